/**
 * Undo import: offered while the records from before the last import are kept (in IndexedDB, so
 * after a reload and in every tab). Undo goes ahead at once only if nothing changed since the
 * import; otherwise the student is told what would be lost, counted by kind, and chooses: undo
 * anyway, download the records from before the import, or keep everything as it is.
 */
import { useId, useState } from 'react';
import { formatDisplayDate } from '../../domain/format';
import { describeChanges } from '../../domain/import-undo';
import { downloadPreImportCopy, keepImport, undoLastImport } from '../../store/backup-actions';
import { useImportUndo } from '../../store/useImportUndo';
import { pluralOf } from '../../domain/plural';
import { SyncReach } from './SyncReach';

interface Changes {
  changes: Partial<Record<string, number>>;
  token: string;
  /** The import these changes were counted against. */
  importedAt: string;
}

export function ImportUndo({ disabled }: { disabled: boolean }) {
  const offer = useImportUndo();
  const [changes, setChanges] = useState<Changes | undefined>();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const id = useId();

  async function undo(accepted?: string) {
    if (!offer) return;
    setWorking(true);
    setMessage(undefined);
    const outcome = await undoLastImport(accepted).finally(() => setWorking(false));
    if (outcome.status === 'changed') {
      setChanges({ ...outcome, importedAt: offer.importedAt });
      return;
    }
    setChanges(undefined);
    setMessage(
      outcome.status === 'undone'
        ? 'Import undone: everything is as it was before.'
        : outcome.status === 'gone'
          ? 'There is no import to undo any more: it was undone or kept, perhaps in another tab.'
          : 'The import could not be undone, and nothing was changed.',
    );
  }

  async function download() {
    const name = await downloadPreImportCopy();
    setMessage(
      name
        ? `Downloaded ${name}: the records from before the import, as a backup file.`
        : 'There is no import to undo any more, so there is nothing to download.',
    );
  }

  async function keep() {
    setWorking(true);
    const ok = await keepImport().finally(() => setWorking(false));
    setChanges(undefined);
    setMessage(
      ok ? 'The import is kept; the records from before it are no longer kept.' : undefined,
    );
  }

  const busy = disabled || working;
  const shown = changes && offer && changes.importedAt === offer.importedAt ? changes : undefined;
  const total = shown
    ? Object.values(shown.changes).reduce<number>((sum, n) => sum + (n ?? 0), 0)
    : 0;

  return (
    <>
      {offer && (
        <div className="undo-import" role="group" aria-labelledby={`${id}-undo`}>
          <p id={`${id}-undo`}>
            You imported a backup on {formatDisplayDate(offer.importedOn)} (
            {offer.mode === 'replace' ? 'replaced everything' : 'merged'}). What was here before is
            kept in this browser until {formatDisplayDate(offer.keptUntil)}, so the import can be
            undone.
          </p>
          <SyncReach action="undoing the import changes the records" />
          {shown ? (
            <div className="banner banner--warn" role="alert">
              <p>
                Since the import, {describeChanges(shown.changes)} {pluralOf(total, 'was', 'were')}{' '}
                added, changed or deleted (here or in another tab). Undoing the import now would
                lose {pluralOf(total, 'that change', 'those changes')}.
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busy}
                  onClick={() => void undo(shown.token)}
                >
                  Undo anyway and lose {pluralOf(total, 'that change', 'those changes')}
                </button>
                <button type="button" className="button" onClick={() => void download()}>
                  Download the records from before the import
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setChanges(undefined)}
                >
                  Keep everything as it is
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <button type="button" className="button" disabled={busy} onClick={() => void undo()}>
                Undo import
              </button>
              <button type="button" className="button" onClick={() => void download()}>
                Download the records from before the import
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => void keep()}>
                Keep the import and let the old records go
              </button>
            </div>
          )}
        </div>
      )}
      <p role="status" className="hint">
        {message}
      </p>
    </>
  );
}
