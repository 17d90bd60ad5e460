/**
 * Backup data ↔ rows exactly as the database stores them: the only difference is evidence, base64
 * in a file and a Blob in IndexedDB. Pure (no Dexie), so the import worker can turn a checked file
 * into rows off the main thread, and the main thread only writes them.
 */
import type { BackupData, BackupTable } from '../domain/backup';
import type { EvidenceFile } from '../domain/types';

export type Row = Record<string, unknown>;
/** Every table's rows exactly as stored (evidence as Blobs). */
export type StoredRows = Record<BackupTable, Row[]>;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk)
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  return btoa(binary);
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Backup rows as they are stored: evidence decoded back into Blobs. */
export function toStoredRows(data: BackupData): StoredRows {
  const evidenceFiles = data.evidenceFiles.map(({ data: encoded, ...file }) => ({
    ...file,
    blob: new Blob([fromBase64(encoded)], { type: file.mimeType }),
  }));
  return { ...(data as unknown as StoredRows), evidenceFiles };
}

/** Stored rows as backup data; evidence files encoded, or left out. */
export async function toBackupData(
  rows: StoredRows,
  includeEvidence: boolean,
): Promise<BackupData> {
  const evidence = includeEvidence
    ? await Promise.all(
        (rows.evidenceFiles as unknown as EvidenceFile[]).map(async ({ blob, ...file }) => ({
          ...file,
          data: toBase64(new Uint8Array(await blob.arrayBuffer())),
        })),
      )
    : [];
  return { ...(rows as unknown as BackupData), evidenceFiles: evidence };
}
