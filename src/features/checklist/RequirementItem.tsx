/**
 * One requirement: a native checkbox named by its title, the completion date and note, where the
 * requirement comes from, and the student's controls (edit, move, hide or remove).
 */
import {
  Suspense,
  memo,
  startTransition,
  useEffect,
  useOptimistic,
  useRef,
  useState,
  useTransition,
} from 'react';
import { formatDisplayDate } from '../../domain/format';
import type { ChecklistItem } from '../../domain/types';
import { setCompleted } from '../../store/checklist-actions';
import { requirementDomId } from '../../ui/dom-ids';
import { recordScreen } from './record-screens';
import { lazyComponent } from '../../ui/lazy-component';
import { Explained } from '../../ui/Explained';

// A verdict's display loads with the judging code (store/judging.ts), started with the app.
const RecordStatus = lazyComponent(async () => (await import('./RecordStatus')).RecordStatus);
RecordStatus.preload();

// The editor loads when a student first opens it, keeping the first screen's JavaScript small.
// It is opened in a transition, inside a Suspense boundary that is already showing: until its code
// has arrived the item keeps its controls and says it is opening the editor, and the editor then
// shows at once, without a fallback and the 300 ms React holds content back after one
// (ui/lazy-component.ts).
const RequirementEditor = lazyComponent(
  async () => (await import('./RequirementEditor')).RequirementEditor,
);

interface RequirementItemProps {
  item: ChecklistItem;
  /** False until record-backed items have their verdicts: they say so instead of showing a box. */
  judged: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMove: (item: ChecklistItem, direction: 'up' | 'down') => void;
  onRemove: (item: ChecklistItem) => void;
}

/**
 * Re-rendered only when something it shows changed: the checklist is rebuilt on every tick, but
 * an unchanged requirement keeps the same field values (and the same cached verdict object).
 */
export const RequirementItem = memo(RequirementItemView, (before, after) => {
  const { item: a, ...restBefore } = before;
  const { item: b, ...restAfter } = after;
  return sameFields(a, b) && sameFields(restBefore, restAfter);
});

function sameFields(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  return (
    keysA.length === Object.keys(b).length &&
    keysA.every((key) => Object.is(a[key as keyof typeof a], b[key as keyof typeof b]))
  );
}

function RequirementItemView({
  item,
  judged,
  isFirst,
  isLast,
  onMove,
  onRemove,
}: RequirementItemProps) {
  const [editing, setEditing] = useState(false);
  const [opening, startOpening] = useTransition();
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Closing the editor (saved or cancelled) puts focus back on its Edit button.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const domId = requirementDomId(item.key);
  const checkboxId = `${domId}-done`;
  const stored = item.completedOn !== undefined;
  const met = item.verdict ? item.verdict.met : stored;
  // The box follows the click at once; the store action resolves once the database has echoed it.
  const [complete, setOptimisticComplete] = useOptimistic(stored);

  function toggle(checked: boolean) {
    startTransition(async () => {
      setOptimisticComplete(checked);
      await setCompleted(item.key, checked);
    });
  }

  return (
    <li
      id={domId}
      className={`requirement${(item.verdict ? met : complete) ? ' requirement--complete' : ''}`}
    >
      {item.metBy && !judged ? (
        <Checking title={item.title} />
      ) : item.verdict ? (
        <Suspense fallback={<Checking title={item.title} />}>
          <RecordStatus item={item} />
        </Suspense>
      ) : (
        <div className="requirement__main">
          <input
            id={checkboxId}
            type="checkbox"
            checked={complete}
            onChange={(event) => toggle(event.target.checked)}
          />
          <label htmlFor={checkboxId} className="requirement__title">
            <bdi>{item.title}</bdi>
          </label>
        </div>
      )}
      <div className="requirement__body">
        {item.completedOn && !item.verdict && (
          <p className="requirement__done">Completed {formatDisplayDate(item.completedOn)}</p>
        )}
        {item.metBy && judged && !item.verdict && (
          <p className="hint">
            Or track it with your records:{' '}
            <a href={recordScreen(item.metBy).href}>
              {recordScreen(item.metBy).label}
              <span className="visually-hidden"> for {item.title}</span>
            </a>
          </p>
        )}
        {item.note && (
          <p className="requirement__note">
            <bdi>{item.note}</bdi>
          </p>
        )}
        {item.source && (
          <p className="requirement__source">
            Source:{' '}
            <a href={item.source.url} target="_blank" rel="noopener noreferrer">
              {item.source.publisher} — {item.source.title}
            </a>
            , checked {formatDisplayDate(item.source.checkedOn)}
            {item.uncertain && <span className="badge badge--note">To confirm</span>}
          </p>
        )}
        {(item.detail || item.uncertain) && (
          <details className="requirement__more">
            <summary>{item.uncertain ? 'Details and what to confirm' : 'Details'}</summary>
            {item.detail && (
              <p className="requirement__detail">
                <Explained text={item.detail} />
              </p>
            )}
            {item.uncertain && (
              <p className="requirement__uncertain">
                <strong>To confirm:</strong> <Explained text={item.uncertain} />
              </p>
            )}
          </details>
        )}
        {!item.builtIn && <p className="requirement__source">Added by you</p>}

        <Suspense>
          {editing ? (
            <RequirementEditor
              item={item}
              onDone={() => {
                returnFocus.current = true;
                setEditing(false);
              }}
            />
          ) : (
            <div className="button-row requirement__actions">
              <button
                ref={editButton}
                type="button"
                className="button button--small"
                onClick={() => startOpening(() => setEditing(true))}
                aria-label={`Edit ${item.title}`}
              >
                Edit
              </button>
              <button
                type="button"
                id={`${domId}-up`}
                className="button button--small"
                disabled={isFirst}
                onClick={() => onMove(item, 'up')}
                aria-label={`Move up ${item.title}`}
              >
                Move up
              </button>
              <button
                type="button"
                id={`${domId}-down`}
                className="button button--small"
                disabled={isLast}
                onClick={() => onMove(item, 'down')}
                aria-label={`Move down ${item.title}`}
              >
                Move down
              </button>
              {item.builtIn ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onRemove(item)}
                  aria-label={`Hide ${item.title}`}
                >
                  Hide
                </button>
              ) : confirmingRemove ? (
                <>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => onRemove(item)}
                    aria-label={`Confirm remove ${item.title}`}
                  >
                    Confirm remove
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setConfirmingRemove(false)}
                  >
                    Keep it
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setConfirmingRemove(true)}
                  aria-label={`Remove ${item.title}`}
                >
                  Remove
                </button>
              )}
            </div>
          )}
          {opening && <p className="hint">Opening the editor…</p>}
        </Suspense>
      </div>
    </li>
  );
}

/** A record-backed requirement before its verdict can be shown. */
function Checking({ title }: { title: string }) {
  return (
    <div className="requirement__main" aria-busy="true">
      <span className="requirement__title">{title}</span>
      <p className="hint">Checking your records…</p>
    </div>
  );
}
