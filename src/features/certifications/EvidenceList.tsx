/**
 * The photos and PDFs kept with a card: an image is previewed, a PDF opens in a new tab.
 * Object URLs are made when needed and released afterwards.
 */
import { useEffect, useRef, useState } from 'react';
import type { EvidenceFile } from '../../domain/types';
import { removeEvidence } from '../../store/certification-actions';

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
  const [confirming, setConfirming] = useState<string | undefined>();
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
          {confirming === file.id ? (
            <>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => void removeEvidence(file.id)}
              >
                Confirm remove <span className="visually-hidden">{file.name}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setConfirming(undefined)}
              >
                Keep it
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small"
              onClick={() => setConfirming(file.id)}
            >
              Remove file <span className="visually-hidden">{file.name}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
