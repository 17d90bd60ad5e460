/**
 * The Clearances screen: what a clinical placement asks a student to prove (immunizations, TB
 * screening, a background check, a drug screen), each with its dates, result and evidence; how
 * each active target's own rules judge them on its date; and the public-health guidance, cited.
 */
import { CLEARANCE_GUIDANCE, describeRule } from '../../domain/clearances';
import { formatDisplayDate } from '../../domain/format';
import { useClearances } from '../../store/useTargets';
import { ROUTE_HASHES } from '../../ui/routes';
import { useDisclosure } from '../../ui/useDisclosure';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { ClearanceCard } from './ClearanceCard';
import { ClearanceForm } from './ClearanceForm';
import '../../ui/records.css';
import { CLEARANCE_KINDS, CLEARANCE_KIND_LABELS } from '../../domain/clearance-kinds';

export function ClearancesScreen() {
  const { byKind, forTargets } = useClearances();
  const adding = useDisclosure('add-clearance');

  return (
    <section aria-labelledby="clearances-heading" className="screen">
      <h2 id="clearances-heading" tabIndex={-1} data-screen-heading="clearances">
        Clearances
      </h2>
      <p className="hint">
        Immunizations, TB screening, a background check and a drug screen for clinical placements.
        What counts, and how recent it must be, is your program&apos;s rule: add it to the program
        on <a href={ROUTE_HASHES.targets}>Targets</a>, and each record is judged on that
        target&apos;s date.
      </p>
      <div className="button-row">
        {!adding.open && (
          <button
            id="add-clearance"
            type="button"
            className="button button--primary"
            onClick={adding.show}
          >
            Add a clearance
          </button>
        )}
      </div>
      {adding.open && <ClearanceForm title="Add a clearance" onDone={adding.hide} />}

      {forTargets.length > 0 && (
        <section aria-labelledby="clearances-targets">
          <h3 id="clearances-targets">For your targets</h3>
          {forTargets.map(({ target, judgements }) => (
            <div key={target.id}>
              <h4>
                {target.name} · {formatDisplayDate(target.date)}
              </h4>
              <ul className="judgements">
                {judgements.map((judgement) => (
                  <li key={judgement.rule.kind}>
                    <VerdictBadge code={judgement.verdict} />{' '}
                    <strong>{describeRule(judgement.rule)}</strong>: {judgement.reason}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {CLEARANCE_KINDS.map((kind) => {
        const views = byKind.get(kind) ?? [];
        const guidance = CLEARANCE_GUIDANCE[kind];
        return (
          <section key={kind} aria-labelledby={`clearance-kind-${kind}`}>
            <h3 id={`clearance-kind-${kind}`}>{CLEARANCE_KIND_LABELS[kind]}</h3>
            <p className="hint">
              {guidance.text}
              {guidance.source && (
                <>
                  {' '}
                  <a href={guidance.source.url} target="_blank" rel="noopener noreferrer">
                    Source: {guidance.source.publisher}
                    <span className="visually-hidden"> — {guidance.source.title}</span>
                  </a>
                  , checked {formatDisplayDate(guidance.source.checkedOn)}.
                </>
              )}
            </p>
            {views.length === 0 ? (
              <p className="empty">None recorded.</p>
            ) : (
              <ul className="certification-list">
                {views.map((view) => (
                  <ClearanceCard key={view.clearance.id} view={view} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
