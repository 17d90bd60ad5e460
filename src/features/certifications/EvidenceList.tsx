/**
 * The photos and PDFs kept with a card: an image is previewed, a PDF opens in a new tab.
 * Object URLs are made when needed and released afterwards.
 */
import { useEffect, useRef } from 'react';
import type { EvidenceFile } from '../../domain/types';
import { removeEvidence } from '../../store/certification-actions';
import { ConfirmButton } from '../../ui/ConfirmButton';

function EvidenceImage({ file }: { file: EvidenceFile }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(file.blob);
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file.blob]);
  return <img ref={image} className="evidence__image" alt={`Evidence: ${file.name}`} />;
}

function openPdf(file: EvidenceFile) {
  const url = URL.createObjectURL(file.blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function EvidenceList({ files }: { files: readonly EvidenceFile[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="evidence">
      {files.map((file) => (
        <li key={file.id} className="evidence__item">
          {file.mimeType.startsWith('image/') ? (
            <EvidenceImage file={file} />
          ) : (
            <button type="button" className="button button--small" onClick={() => openPdf(file)}>
              Open PDF <span className="visually-hidden">{file.name}</span>
            </button>
          )}
          <span className="evidence__name">
            {file.name} ({Math.max(1, Math.round(file.size / 1024))} KB)
          </span>
          <ConfirmButton
            label="Remove file"
            confirmLabel="Confirm remove"
            subject={file.name}
            onConfirm={() => void removeEvidence(file.id)}
          />
        </li>
      ))}
    </ul>
  );
}
