/**
 * Records kept from before a rule tightened, which today's rules refuse (db/set-aside-repo.ts):
 * listed with the reason, downloadable as a file, and let go one by one. They are no longer part
 * of the records, the screens or a backup; nothing here is deleted unasked.
 */
import { useState } from 'react';
import { formatDisplayDate } from '../../domain/format';
import { countOf, pluralOf } from '../../domain/plural';
import { nameRecord } from '../../domain/records/record-names';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { discardSetAsideRow, downloadSetAside, useSetAside } from '../../store/useSetAside';

export function SetAside() {
  const rows = useSetAside();
  const [message, setMessage] = useState<string | undefined>();
  if (rows.length === 0) return null;
  const them = pluralOf(rows.length, 'it', 'them');
  return (
    <div className="panel" role="group" aria-labelledby="set-aside-heading">
      <h3 id="set-aside-heading">Set aside: records today’s rules refuse</h3>
      <p>
        {countOf(rows.length, 'record')} stored by an earlier version of the app{' '}
        {pluralOf(rows.length, 'breaks', 'break')} today’s limits, so{' '}
        {pluralOf(rows.length, 'it was', 'they were')} moved out of your records: no screen counts{' '}
        {them} and backups leave {them} out. Download a copy to keep, then enter what is right again
        on its screen.
      </p>
      <ul className="set-aside">
        {rows.map((row) => (
          <li key={row.id}>
            <p>
              {nameRecord(row.table, row.row)}, set aside on {formatDisplayDate(row.setAsideOn)}:{' '}
              {row.problem}.
            </p>
            <ConfirmButton
              label="Let go"
              confirmLabel="Confirm let go"
              subject={`the set-aside ${nameRecord(row.table, row.row)}: ${row.problem}`}
              onConfirm={() => void discardSetAsideRow(row.id)}
            />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() =>
          void downloadSetAside(rows).then((name) => setMessage(`Downloaded ${name}.`))
        }
      >
        Download the set-aside records
      </button>
      <p role="status" className="hint">
        {message}
      </p>
    </div>
  );
}
