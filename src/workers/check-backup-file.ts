/**
 * Reading a chosen backup file, start to end: its bytes, the backup gate (domain/backup.ts:
 * size, JSON, keys, version, migration, row limits, zod) and the rows as they will be stored
 * (evidence decoded into Blobs). Runs inside the import worker (backup-reader.worker.ts); the
 * page only receives progress and the result. Writes nothing.
 */
import { parseBackup, sizeProblem } from '../domain/backup';
import type { BackupTable, ParseStage } from '../domain/backup';
import { toStoredRows } from '../db/stored-rows';
import type { StoredRows } from '../db/stored-rows';

export type CheckProgress = { stage: 'reading'; bytesRead: number; bytes: number } | ParseStage;

/** What the Backup screen shows before Replace or Merge, and what they write. */
export type CheckedFile =
  | {
      ok: true;
      about: { exportedAt: string; appVersion: string; evidenceIncluded: boolean };
      counts: Record<BackupTable, number>;
      rows: StoredRows;
    }
  | { ok: false; problems: string[] };

/** Report reading progress at most this often (bytes). */
const PROGRESS_STEP = 1024 * 1024;

async function readText(
  file: File,
  onProgress: (progress: CheckProgress) => void,
): Promise<string> {
  if (typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytesRead = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    bytesRead += value.byteLength;
    if (bytesRead - reported >= PROGRESS_STEP) {
      reported = bytesRead;
      onProgress({ stage: 'reading', bytesRead, bytes: file.size });
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function checkBackupFile(
  file: File,
  onProgress: (progress: CheckProgress) => void = () => {},
): Promise<CheckedFile> {
  const tooBig = sizeProblem(file.size);
  if (tooBig && !tooBig.ok) return tooBig;
  onProgress({ stage: 'reading', bytesRead: 0, bytes: file.size });
  let text: string;
  try {
    text = await readText(file, onProgress);
  } catch {
    return { ok: false, problems: ['This file could not be read. Choose it again.'] };
  }
  const parsed = parseBackup(text, file.size, onProgress);
  if (!parsed.ok) return parsed;
  const { exportedAt, appVersion, evidenceIncluded, data } = parsed.backup;
  return {
    ok: true,
    about: { exportedAt, appVersion, evidenceIncluded },
    counts: parsed.counts,
    rows: toStoredRows(data),
  };
}
