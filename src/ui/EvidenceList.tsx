/**
 * The photos and PDFs kept with a card, a clearance or a requirement: an image is previewed, a PDF
 * opens in a new tab. The store holds only each file's name and size; the bytes are read (through
 * `readBytes`, the store's evidence action) when the list is shown, and object URLs are released
 * when it goes away. Its styles are in records.css, which every screen showing it imports.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { EvidenceFileInfo } from '../domain/types';
import { ConfirmButton } from './ConfirmButton';

type ReadBytes = (fileId: string) => Promise<Blob | undefined>;
const BytesReader = createContext<ReadBytes>(() => Promise.resolve(undefined));

/** An object URL for the file's bytes while the component is shown; undefined until read. */
function useEvidenceUrl(fileId: string): string | undefined {
  const readBytes = useContext(BytesReader);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let current = true;
    let made: string | undefined;
    void readBytes(fileId).then((blob) => {
      if (!current || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [fileId, readBytes]);
  return url;
}

function EvidenceImage({ file }: { file: EvidenceFileInfo }) {
  const url = useEvidenceUrl(file.id);
  return <img src={url} className="evidence__image" alt={`Evidence: ${file.name}`} />;
}

function PdfLink({ file }: { file: EvidenceFileInfo }) {
  const url = useEvidenceUrl(file.id);
  // A link made ahead of the click, so the new tab opens from the click itself.
  return url ? (
    <a className="button button--small" href={url} target="_blank" rel="noopener">
      Open PDF <span className="visually-hidden">{file.name}</span>
    </a>
  ) : (
    <span className="hint">
      Reading <bdi>{file.name}</bdi>…
    </span>
  );
}

interface EvidenceListProps {
  files: readonly EvidenceFileInfo[];
  readBytes: ReadBytes;
  onRemove: (fileId: string) => void;
}

export function EvidenceList({ files, readBytes, onRemove }: EvidenceListProps) {
  if (files.length === 0) return null;
  return (
    <BytesReader value={readBytes}>
      <ul className="evidence">
        {files.map((file) => (
          <li key={file.id} className="evidence__item">
            {file.mimeType.startsWith('image/') ? (
              <EvidenceImage file={file} />
            ) : (
              <PdfLink file={file} />
            )}
            <span className="evidence__name">
              <bdi>{file.name}</bdi> ({Math.max(1, Math.round(file.size / 1024))} KB)
            </span>
            <ConfirmButton
              label="Remove file"
              confirmLabel="Confirm remove"
              subject={file.name}
              onConfirm={() => onRemove(file.id)}
            />
          </li>
        ))}
      </ul>
    </BytesReader>
  );
}
