/**
 * The import worker: reads and checks one backup file off the main thread, so a 50 MB file or a
 * million rows never freezes the page. Receives `{ file }`, posts progress, then the result.
 */
import { BACKUP_TABLES } from '../domain/backup';
import type { BackupTable } from '../domain/backup';
import type { Row } from '../db/stored-rows';
import { checkBackupFile } from './check-backup-file';
import type { CheckedFile, CheckProgress } from './check-backup-file';

/**
 * Accepted rows go to the page this many at a time, before 'done' (whose `rows` are then empty):
 * the page decodes each message in one task, and 20,000 long entries in one would take 100 ms+.
 */
const ROWS_PER_MESSAGE = 1_000;

export type ReaderMessage =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'rows'; table: BackupTable; rows: Row[] }
  | { type: 'done'; result: CheckedFile };

const post = (message: ReaderMessage) => self.postMessage(message);

function send(result: CheckedFile): void {
  if (!result.ok) return post({ type: 'done', result });
  for (const table of BACKUP_TABLES) {
    const rows = result.rows[table];
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE)
      post({ type: 'rows', table, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
  }
  const empty = Object.fromEntries(BACKUP_TABLES.map((table) => [table, []]));
  post({ type: 'done', result: { ...result, rows: empty as unknown as typeof result.rows } });
}

self.onmessage = (event: MessageEvent<{ file: File }>) => {
  void checkBackupFile(event.data.file, (progress) => post({ type: 'progress', progress })).then(
    send,
    (error: unknown) =>
      post({
        type: 'done',
        result: {
          ok: false,
          problems: [
            `This file could not be checked (${error instanceof Error ? error.message : String(error)}).`,
          ],
        },
      }),
  );
};
