/**
 * Export, import and undo import. Reading a file goes through the backup gate (domain/backup.ts)
 * inside the import worker (workers/backup-reader.ts); writing goes through db/backup-repo.ts in
 * one transaction. The state before an import is kept in memory for this session, so Undo import
 * puts it back exactly.
 */
import { backupFileName, buildBackup } from '../domain/backup';
import { db } from '../db/database';
import {
  readBackupData,
  readStoredRows,
  restoreStoredRows,
  writeStoredRows,
} from '../db/backup-repo';
import type { ImportMode, StoredRows } from '../db/backup-repo';
import { saveSettings } from '../db/settings-repo';
import { downloadFile } from '../ui/download';
import { readBackupInWorker } from '../workers/backup-reader';
import type { CheckedFile, CheckProgress } from '../workers/backup-reader';
import { runWrite, useAppStore } from './app-store';

export type { CheckedFile, CheckProgress };

export const APP_VERSION = '0.1.0';

let beforeImport: StoredRows | undefined;

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

/** Write a checked backup; the state before is kept for Undo import. */
export async function importBackup(
  checked: Extract<CheckedFile, { ok: true }>,
  mode: ImportMode,
): Promise<{ ok: boolean; leftOut: string[] }> {
  const before = await readStoredRows(db);
  let leftOut: string[] = [];
  const saved = await runWrite(async () => {
    leftOut = (await writeStoredRows(db, checked.rows, mode, checked.about.evidenceIncluded))
      .leftOut;
  });
  if (saved) beforeImport = before;
  return { ok: saved, leftOut: saved ? leftOut : [] };
}

export function canUndoImport(): boolean {
  return beforeImport !== undefined;
}

export async function undoImport(): Promise<boolean> {
  const rows = beforeImport;
  if (!rows) return false;
  const restored = await runWrite(() => restoreStoredRows(db, rows));
  if (restored) beforeImport = undefined;
  return restored;
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
