/** Targets side by side: readiness for each as of its own date, and what to do next. */
import { useState } from 'react';
import { formatDisplayDate } from '../../domain/format';
import { useAppStore, useReadOnly } from '../../store/app-store';
import { archiveTarget, deleteTarget } from '../../store/target-actions';
import { useTargets } from '../../store/useTargets';
import { TargetCard } from './TargetCard';
import { TargetForm } from './TargetForm';
import { useDisclosure } from '../../ui/useDisclosure';
import '../../ui/records.css';
import './targets.css';

export function TargetsScreen() {
  const { active, archived } = useTargets();
  const pathwayId = useAppStore((state) => state.snapshot.settings.pathwayId);
  const adding = useDisclosure('add-target');
  const [confirmingDelete, setConfirmingDelete] = useState<string | undefined>();
  // An advisor's device reads the targets: no adding, archiving, restoring or deleting.
  const readOnly = useReadOnly();

  return (
    <section aria-labelledby="targets-heading" className="screen">
      <h2 id="targets-heading" tabIndex={-1} data-screen-heading="targets">
        Targets
      </h2>
      <p className="hint">
        The programs, jobs and exam applications you aim at. Each is judged as of its own date:
        cards on the day they must be valid, hours and graduation by their forecast.
      </p>
      {!readOnly && !adding.open && (
        <div className="button-row">
          <button
            id="add-target"
            type="button"
            className="button button--primary"
            onClick={adding.show}
          >
            Add a target
          </button>
        </div>
      )}
      {!readOnly && adding.open && (
        <TargetForm title="Add a target" defaultPathway={pathwayId} onDone={adding.hide} />
      )}
      {active.length === 0 ? (
        <p className="empty">
          {readOnly
            ? 'No targets yet: the student has not named a program or job to apply to.'
            : 'No targets yet. Add the program or job you are applying to, with its deadline, and see whether you will be ready by then.'}
        </p>
      ) : (
        <ul className="target-grid">
          {active.map((readiness) => (
            <TargetCard key={readiness.target.id} readiness={readiness} />
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <details className="panel">
          <summary>Archived targets ({archived.length})</summary>
          <ul className="course-list">
            {archived.map((target) => (
              <li key={target.id} className="course">
                <span>
                  <bdi>{target.name}</bdi> · {formatDisplayDate(target.date)}
                </span>
                {!readOnly && (
                  <span className="button-row">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => void archiveTarget(target.id, false)}
                    >
                      Restore <span className="visually-hidden">{target.name}</span>
                    </button>
                    {confirmingDelete === target.id ? (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => void deleteTarget(target.id)}
                      >
                        Confirm delete <span className="visually-hidden">{target.name}</span>
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setConfirmingDelete(target.id)}
                      >
                        Delete <span className="visually-hidden">{target.name}</span>
                      </button>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
