/**
 * Backup: export everything as one JSON file, import a file (Replace or Merge, after seeing what
 * it holds; read and checked in a worker, with progress), undo an import (ImportUndo), and see
 * how this browser keeps the data.
 */
import { useEffect, useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { countOfRows } from '../../domain/backup';
import type { BackupTable } from '../../domain/backup';
import { isIsoDate } from '../../domain/dates';
import { formatDisplayDate, formatNumber } from '../../domain/format';
import { countOf } from '../../domain/plural';
import { MAX_BACKUP_BYTES, MAX_ROWS } from '../../domain/records/limits';
import { useAppStore } from '../../store/app-store';
import {
  exportBackup,
  importBackup,
  readBackupFile,
  requestPersistence,
  storageState,
} from '../../store/backup-actions';
import type { CheckedFile, CheckProgress, StorageState } from '../../store/backup-actions';
import { ImportUndo } from './ImportUndo';
import { SetAside } from './SetAside';
import '../../ui/records.css';
import { SyncReach } from './SyncReach';

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? 'unknown' : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** What the file check is doing, for the label of its progress bar. */
function progressLabel(progress: CheckProgress): string {
  switch (progress.stage) {
    case 'reading':
      return `Reading the file: ${megabytes(progress.bytesRead)} of ${megabytes(progress.bytes)}…`;
    case 'parsing':
      return 'Reading the records in the file…';
    case 'checking':
      return `Checking ${formatNumber(progress.records)} records…`;
  }
}

export function BackupScreen() {
  const lastBackupOn = useAppStore((state) => state.snapshot.settings.lastBackupOn);
  const [includeEvidence, setIncludeEvidence] = useState(true);
  const [exportMessage, setExportMessage] = useState<string | undefined>();
  const [parsed, setParsed] = useState<CheckedFile | undefined>();
  /** Set while a file is checked (with its progress) or written: the import controls wait. */
  const [busy, setBusy] = useState<'checking' | 'writing' | undefined>();
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [importMessage, setImportMessage] = useState<string | undefined>();
  /** What a merge could not take, each in words, shown under the import message. */
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const [storage, setStorage] = useState<StorageState | undefined>();
  const id = useId();

  useEffect(() => {
    let current = true;
    void storageState().then((state) => {
      if (current) setStorage(state);
    });
    return () => {
      current = false;
    };
  }, [importMessage, exportMessage]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setImportMessage(undefined);
    setLeftOut([]);
    setParsed(undefined);
    if (!file) return;
    setBusy('checking');
    try {
      setParsed(await readBackupFile(file, setProgress));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  }

  async function runImport(mode: 'replace' | 'merge') {
    if (!parsed?.ok || busy) return;
    setBusy('writing');
    const { ok, leftOut } = await importBackup(parsed, mode).finally(() => setBusy(undefined));
    setImportMessage(
      ok
        ? `Imported (${mode === 'replace' ? 'replaced everything' : 'merged, newer records win'}). Undo import puts back what was here before.`
        : 'The import failed, and nothing was changed.',
    );
    setLeftOut(leftOut);
    if (ok) setParsed(undefined);
  }

  const errorId = `${id}-file-error`;
  const fileProblems = parsed && !parsed.ok ? parsed.problems : undefined;

  return (
    <section aria-labelledby="backup-heading" className="screen">
      <h2 id="backup-heading" tabIndex={-1} data-screen-heading="backup">
        Backup
      </h2>
      <p className="hint">
        Your records exist only in this browser. Export a backup now and then, and keep the file
        somewhere safe: it is how you move to a new phone or computer.
      </p>

      <div className="panel">
        <h3>Export</h3>
        <p>
          Last backup:{' '}
          {lastBackupOn && isIsoDate(lastBackupOn) ? formatDisplayDate(lastBackupOn) : 'never'}.
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeEvidence}
            onChange={(event) => setIncludeEvidence(event.target.checked)}
          />{' '}
          Include photos and PDFs of cards (a larger file)
        </label>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              void exportBackup(includeEvidence).then(
                (name) => setExportMessage(`Downloaded ${name}.`),
                (error: unknown) =>
                  setExportMessage(
                    `The backup could not be made (${error instanceof Error ? error.message : String(error)}).`,
                  ),
              )
            }
          >
            Export backup
          </button>
        </div>
        <p role="status" className="hint">
          {exportMessage}
        </p>
      </div>

      <div className="panel">
        <h3>Import</h3>
        <div className="field">
          <label htmlFor={`${id}-file`}>Backup file (.json)</label>
          <p id={`${id}-file-hint`} className="hint">
            At most {MAX_BACKUP_BYTES / 1024 / 1024} MB and{' '}
            {countOfRows('clinicalEntries', MAX_ROWS.clinicalEntries)}.
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            disabled={busy !== undefined}
            onChange={(event) => void choose(event)}
            aria-describedby={fileProblems ? `${id}-file-hint ${errorId}` : `${id}-file-hint`}
            {...(fileProblems ? { 'aria-invalid': true } : {})}
          />
          {progress && (
            <div className="import-progress">
              <label htmlFor={`${id}-progress`}>{progressLabel(progress)}</label>
              <progress
                id={`${id}-progress`}
                {...(progress.stage === 'reading'
                  ? { value: progress.bytesRead, max: Math.max(progress.bytes, 1) }
                  : {})}
              />
            </div>
          )}
          {fileProblems && (
            <div id={errorId} className="field-error" role="alert">
              <p>This file was not imported, and nothing was changed:</p>
              <ul>
                {fileProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {parsed?.ok && (
          <div className="import-summary">
            <p>
              A backup exported {formatDisplayDate(parsed.about.exportedAt.slice(0, 10))} by MedTech
              Ready {parsed.about.appVersion}, holding:
            </p>
            <ul>
              {Object.entries(parsed.counts)
                .filter(([, count]) => count > 0)
                .map(([table, count]) => (
                  <li key={table}>{countOfRows(table as BackupTable, count)}</li>
                ))}
            </ul>
            {!parsed.about.evidenceIncluded && (
              <p className="hint">It was made without photos and PDFs: the ones here are kept.</p>
            )}
            <SyncReach action="Replace everything replaces the records" />
            <div className="button-row">
              <button
                type="button"
                className="button button--danger"
                disabled={busy !== undefined}
                onClick={() => void runImport('replace')}
              >
                Replace everything
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== undefined}
                onClick={() => void runImport('merge')}
              >
                Merge (newer records win)
              </button>
            </div>
          </div>
        )}
        <p role="status" className="hint">
          {importMessage}
        </p>
        {leftOut.length > 0 && (
          <div className="banner banner--warn" role="alert">
            <p>
              {leftOut.length === 1
                ? 'One record from the file was not merged, because it breaks a rule the forms keep:'
                : `${countOf(leftOut.length, 'record')} from the file were not merged, because they break rules the forms keep:`}
            </p>
            <ul>
              {leftOut.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          </div>
        )}
        <ImportUndo disabled={busy !== undefined} />
      </div>

      <SetAside />

      <div className="panel">
        <h3>Storage in this browser</h3>
        <p>
          {storage?.persisted === true
            ? 'The browser keeps this site’s storage even when space runs low.'
            : storage?.persisted === false
              ? 'The browser may clear this site’s storage when space runs low. Export backups, or allow persistent storage.'
              : 'This browser does not say whether it keeps this site’s storage.'}
        </p>
        <p>
          Used: {megabytes(storage?.usage)} of {megabytes(storage?.quota)} available.
        </p>
        {storage?.persisted === false && (
          <button
            type="button"
            className="button"
            onClick={() => void requestPersistence().then(() => storageState().then(setStorage))}
          >
            Ask to keep storage
          </button>
        )}
      </div>
    </section>
  );
}
