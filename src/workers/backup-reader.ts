/**
 * The page's side of the import worker: hands the chosen File to a Web Worker (a File is passed
 * by handle, its bytes are read there) and resolves with the checked result.
 *
 * Where there is no Worker (jsdom in the component tests) the same function runs in place: that
 * fallback exists for the tests only, every browser the app supports has module workers. The
 * worker path itself is covered by the end-to-end tests.
 */
import { checkBackupFile } from './check-backup-file';
import type { CheckedFile, CheckProgress } from './check-backup-file';
import type { ReaderMessage } from './backup-reader.worker';

export type { CheckedFile, CheckProgress };

export function readBackupInWorker(
  file: File,
  onProgress: (progress: CheckProgress) => void = () => {},
): Promise<CheckedFile> {
  if (typeof Worker === 'undefined') return checkBackupFile(file, onProgress);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./backup-reader.worker.ts', import.meta.url), {
      type: 'module',
    });
    const received = new Map<string, unknown[]>();
    const finish = (result: CheckedFile) => {
      worker.terminate();
      if (result.ok)
        for (const [table, rows] of received)
          (result.rows as Record<string, unknown[]>)[table] = rows;
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'rows') {
        const rows = received.get(message.table) ?? [];
        for (const row of message.rows) rows.push(row);
        received.set(message.table, rows);
      } else finish(message.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({
        ok: false,
        problems: [`This file could not be checked (${event.message || 'the reader stopped'}).`],
      });
    };
    worker.postMessage({ file });
  });
}
