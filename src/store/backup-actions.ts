/**
 * Export, import and undo import. Reading a file goes through the backup gate (domain/backup.ts)
 * inside the import worker (workers/backup-reader.ts); writing goes through db/backup-repo.ts in
 * one transaction. The records from before an import are kept in IndexedDB with it
 * (db/import-undo-repo.ts), so Undo import survives a reload, works from any tab, and never
 * loses later work without saying so first.
 */
import { backupFileName, buildBackup, preImportFileName } from '../domain/backup';
import { undoKeptUntil } from '../domain/import-undo';
import { db } from '../db/database';
import { readBackupData } from '../db/backup-repo';
import type { ImportMode } from '../db/backup-repo';
import {
  letUndoGo,
  readPreImportCopy,
  readUndoOffer,
  undoImport,
  writeImportKeepingUndo,
} from '../db/import-undo-repo';
import type { UndoOutcome } from '../db/import-undo-repo';
import { toBackupData } from '../db/stored-rows';
import { saveSettings } from '../db/settings-repo';
import { downloadFile } from '../ui/download';
import { readBackupInWorker } from '../workers/backup-reader';
import type { CheckedFile, CheckProgress } from '../workers/backup-reader';
import { runWrite, useAppStore } from './app-store';

export type { CheckedFile, CheckProgress };

export const APP_VERSION = '0.1.0';

export async function exportBackup(includeEvidence: boolean): Promise<string> {
  const today = useAppStore.getState().today;
  const data = await readBackupData(db, includeEvidence);
  const backup = buildBackup(data, {
    appVersion: APP_VERSION,
    exportedAt: new Date().toISOString(),
    evidenceIncluded: includeEvidence,
  });
  const name = backupFileName(today);
  downloadFile(name, JSON.stringify(backup, null, 1), 'application/json');
  await runWrite(() => saveSettings(db, { lastBackupOn: today }));
  return name;
}

/** Read and check a chosen file, off the main thread. Nothing is written. */
export function readBackupFile(
  file: File,
  onProgress?: (progress: CheckProgress) => void,
): Promise<CheckedFile> {
  return readBackupInWorker(file, onProgress);
}

/** Write a checked backup, keeping what was here before for Undo import. */
export async function importBackup(
  checked: Extract<CheckedFile, { ok: true }>,
  mode: ImportMode,
): Promise<{ ok: boolean; leftOut: string[] }> {
  const today = useAppStore.getState().today;
  const offer = {
    importedAt: new Date().toISOString(),
    importedOn: today,
    keptUntil: undoKeptUntil(today),
    mode,
  };
  let leftOut: string[] = [];
  const saved = await runWrite(async () => {
    leftOut = (
      await writeImportKeepingUndo(db, checked.rows, mode, checked.about.evidenceIncluded, offer)
    ).leftOut;
  });
  return { ok: saved, leftOut: saved ? leftOut : [] };
}

/**
 * Undo the last import. Without `accepted`, only if nothing changed since; otherwise the outcome
 * counts what would be lost, with the token that accepts exactly that. `failed`: the write failed
 * (the banner says why) and nothing changed.
 */
export async function undoLastImport(
  accepted?: string,
): Promise<UndoOutcome | { status: 'failed' }> {
  let outcome: UndoOutcome = { status: 'gone' };
  const ok = await runWrite(async () => {
    outcome = await undoImport(db, accepted);
  });
  return ok ? outcome : { status: 'failed' };
}

/** Keep the import as it is and let the copy from before it go. */
export function keepImport(): Promise<boolean> {
  return runWrite(() => letUndoGo(db));
}

/** Download the records from before the import as a backup file; its name, or undefined if gone. */
export async function downloadPreImportCopy(): Promise<string | undefined> {
  const [offer, rows] = await Promise.all([readUndoOffer(db), readPreImportCopy(db)]);
  if (!offer || !rows) return undefined;
  const backup = buildBackup(await toBackupData(rows, true), {
    appVersion: APP_VERSION,
    exportedAt: offer.importedAt,
    evidenceIncluded: true,
  });
  const name = preImportFileName(offer.importedOn);
  downloadFile(name, JSON.stringify(backup, null, 1), 'application/json');
  return name;
}

export interface StorageState {
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export async function storageState(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted() : Promise.resolve(undefined),
    storage?.estimate ? storage.estimate() : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Ask the browser to keep this site's storage through storage pressure. */
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  return storage?.persist ? storage.persist() : undefined;
}
