/**
 * Export, import and undo import. Reading a file goes through the backup gate (domain/backup.ts);
 * writing goes through db/backup-repo.ts in one transaction. The state before an import is kept
 * in memory for this session, so Undo import puts it back exactly.
 */
import { backupFileName, buildBackup, parseBackup } from '../domain/backup';
import type { ParseResult } from '../domain/backup';
import { db } from '../db/database';
import { readBackupData, readStoredRows, restoreStoredRows, writeBackup } from '../db/backup-repo';
import type { ImportMode, StoredRows } from '../db/backup-repo';
import { saveSettings } from '../db/settings-repo';
import { downloadFile } from '../ui/download';
import { runWrite, useAppStore } from './app-store';

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

/** Read and check a chosen file. Nothing is written. */
export async function readBackupFile(file: File): Promise<ParseResult> {
  if (file.size > 50 * 1024 * 1024) return parseBackup('', file.size);
  return parseBackup(await file.text(), file.size);
}

/** Write a checked backup; the state before is kept for Undo import. */
export async function importBackup(
  parsed: Extract<ParseResult, { ok: true }>,
  mode: ImportMode,
): Promise<{ ok: boolean; leftOut: string[] }> {
  const before = await readStoredRows(db);
  let leftOut: string[] = [];
  const saved = await runWrite(async () => {
    leftOut = (await writeBackup(db, parsed.backup.data, mode, parsed.backup.evidenceIncluded))
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
