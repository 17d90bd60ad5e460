/**
 * The clinical log, newest first, a page at a time so that a log of 10,000 entries renders as
 * quickly as one of 25. Each entry can be edited or deleted (the screen offers Undo).
 */
import { memo, useState } from 'react';
import { formatDisplayDate, formatNumber } from '../../domain/format';
import { countOf } from '../../domain/plural';
import { COUNT_KINDS, COUNT_LABELS } from '../../domain/types';
import type { ClinicalEntry, ClinicalRules } from '../../domain/types';
import { deleteEntry } from '../../store/clinical-actions';
import { EntryForm } from './EntryForm';

export const PAGE_SIZE = 25;

interface EntryListProps {
  entries: readonly ClinicalEntry[];
  rules: ClinicalRules;
  areaLabel: (id: string) => string;
  onDeleted: (entry: ClinicalEntry) => void;
}

/** Memoised: the screen renders again when its forms open and close, the log only when it changed. */
export const EntryList = memo(function EntryList({
  entries,
  rules,
  areaLabel,
  onDeleted,
}: EntryListProps) {
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string | undefined>();
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = entries.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <div className="entry-log">
      <h3 id="entry-log-heading">Log ({countOf(entries.length, 'entry', 'entries')})</h3>
      <ul className="entry-list" aria-labelledby="entry-log-heading">
        {shown.map((entry) =>
          editing === entry.id ? (
            <li key={entry.id} className="entry">
              <EntryForm
                rules={rules}
                editing={entry}
                title="Edit hours"
                onDone={() => setEditing(undefined)}
              />
            </li>
          ) : (
            <li key={entry.id} className="entry">
              <div className="entry__main">
                <strong>{formatDisplayDate(entry.date)}</strong> · {formatNumber(entry.hours)} h ·{' '}
                {areaLabel(entry.area)} · <bdi>{entry.site}</bdi>
              </div>
              <div className="entry__meta">
                {entry.verifiedOn ? (
                  <span className="badge badge--ok">
                    Signed off {formatDisplayDate(entry.verifiedOn)}
                  </span>
                ) : (
                  <span className="badge badge--plain">Not yet signed off</span>
                )}
                {entry.supervisor && (
                  <span>
                    {' '}
                    Supervisor: <bdi>{entry.supervisor}</bdi>
                  </span>
                )}
                {COUNT_KINDS.map(
                  (kind) =>
                    entry.counts?.[kind] !== undefined && (
                      <span key={kind}>
                        {' '}
                        · {COUNT_LABELS[kind]}: {entry.counts[kind]}
                      </span>
                    ),
                )}
              </div>
              {entry.notes && (
                <p className="entry__notes">
                  <bdi>{entry.notes}</bdi>
                </p>
              )}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing(entry.id)}
                >
                  Edit{' '}
                  <span className="visually-hidden">
                    entry of {formatDisplayDate(entry.date)}, {countOf(entry.hours, 'hour')}
                  </span>
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    void deleteEntry(entry.id).then((deleted) => {
                      if (deleted) onDeleted(deleted);
                    })
                  }
                >
                  Delete{' '}
                  <span className="visually-hidden">
                    entry of {formatDisplayDate(entry.date)}, {countOf(entry.hours, 'hour')}
                  </span>
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {pages > 1 && (
        <nav className="pager" aria-label="Log pages">
          <button
            type="button"
            className="button button--small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Newer
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Older
          </button>
        </nav>
      )}
    </div>
  );
});
