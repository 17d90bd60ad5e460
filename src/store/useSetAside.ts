/**
 * Rows moved out of the records because today's rules refuse them (db/set-aside-repo.ts), as the
 * Backup screen lists them: read live from IndexedDB (not part of the snapshot; only the Backup
 * screen needs them), with the two things a student can do: download them, or let one go.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { db } from '../db/database';
import { discardSetAside, readSetAside, setAsideFileText } from '../db/set-aside-repo';
import type { SetAsideRow } from '../db/set-aside-repo';
import { downloadFile } from '../ui/download';
import { runWrite, useAppStore } from './app-store';

export type { SetAsideRow };

export function useSetAside(): SetAsideRow[] {
  const [rows, setRows] = useState<SetAsideRow[]>([]);
  useEffect(() => {
    const subscription = liveQuery(() => readSetAside(db)).subscribe({
      next: setRows,
      error: () => setRows([]),
    });
    return () => subscription.unsubscribe();
  }, []);
  return rows;
}

/** Let one set-aside row go for good. */
export function discardSetAsideRow(id: string): Promise<boolean> {
  return runWrite(() => discardSetAside(db, id));
}

/** Download every set-aside row as one JSON file; returns the file's name. */
export async function downloadSetAside(rows: readonly SetAsideRow[]): Promise<string> {
  const name = `medtech-ready-set-aside-${useAppStore.getState().today}.json`;
  downloadFile(name, await setAsideFileText(rows), 'application/json');
  return name;
}
