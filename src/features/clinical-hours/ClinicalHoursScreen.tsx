/**
 * Clinical hours: progress against the required hours (overall and per area, signed-off hours apart),
 * pace and forecast, the chart, and the log with add, edit and delete (with undo).
 */
import { Suspense, useCallback, useState } from 'react';
import { clinicalAreaLabel, countTowards, describeForecast } from '../../domain/hours';
import type { ClinicalEntry } from '../../domain/types';
import { undoDelete } from '../../store/clinical-actions';
import { useClinical } from '../../store/useClinical';
import { ProgressBar } from '../../ui/ProgressBar';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { TargetsForm } from './TargetsForm';
import { useDisclosure } from '../../ui/useDisclosure';
import { lazyComponent } from '../../ui/lazy-component';
import { formatDisplayDate, formatNumber as hours } from '../../domain/format';
import { countOf } from '../../domain/plural';
import '../../ui/records.css';
import './clinical-hours.css';

// The chart's code loads only when this screen's code does, beside it rather than after it.
const HoursChart = lazyComponent(async () => (await import('./HoursChart')).HoursChart);
HoursChart.preload();

export function ClinicalHoursScreen() {
  const view = useClinical();
  const { rules, targets, required, totals, perWeek, outlook, entries, points, applicationDate } =
    view;
  const adding = useDisclosure('log-hours');
  const [deleted, setDeleted] = useState<ClinicalEntry | undefined>();
  // Stable while the rules are, so the log (memoised) is not drawn again when a form opens or closes.
  const areaLabel = useCallback((id: string) => clinicalAreaLabel(rules, id), [rules]);
  const areasShown = rules.areas.filter(
    (area) => targets.byArea[area.id] !== undefined || totals.byArea.has(area.id),
  );

  return (
    <section aria-labelledby="clinical-heading" className="screen">
      <h2 id="clinical-heading" tabIndex={-1} data-screen-heading="clinical">
        Clinical hours
      </h2>
      <p className="hint">{rules.note}</p>

      <div className="panel" aria-labelledby="clinical-progress-heading">
        <h3 id="clinical-progress-heading">Progress</h3>
        {required !== undefined ? (
          <ProgressBar
            label="Clinical hours counted"
            done={totals.counted}
            required={required}
            unit="hours"
            pending={rules.countsUnverified ? 0 : totals.unverified}
          />
        ) : (
          <p>
            {hours(totals.counted)} signed-off hours logged
            {totals.unverified > 0 ? `, ${hours(totals.unverified)} awaiting sign-off` : ''}. Set
            your program&apos;s required hours below to see progress and a forecast.
          </p>
        )}
        <p>
          Pace: {hours(perWeek, 1)} hours a week over the last 4 weeks.{' '}
          {outlook && describeForecast(outlook, applicationDate)}
        </p>
        {areasShown.length > 0 && (
          <ul className="area-progress">
            {areasShown.map((area) => {
              const split = totals.byArea.get(area.id);
              const target = targets.byArea[area.id];
              return (
                <li key={area.id}>
                  <span className="area-progress__label">{area.label}</span>
                  {target !== undefined ? (
                    <ProgressBar
                      label={`${area.label} hours`}
                      done={split?.counted ?? 0}
                      required={target}
                      unit="hours"
                      pending={rules.countsUnverified ? 0 : (split?.unverified ?? 0)}
                    />
                  ) : (
                    <span className="progress-bar__figures">
                      {countOf(split?.counted ?? 0, 'hour')}
                      {split && split.unverified > 0 && !rules.countsUnverified
                        ? ` (+${hours(split.unverified)} unverified)`
                        : ''}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {rules.counts.length > 0 && (
          <ul className="area-progress">
            {rules.counts.map((count) => (
              <li key={count.id}>
                <span className="area-progress__label">{count.label}</span>
                <ProgressBar
                  label={count.label}
                  done={countTowards(totals, count)}
                  required={count.required}
                  unit={count.label.toLowerCase()}
                />
                {count.uncertain && <p className="requirement__uncertain">{count.uncertain}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>

      {entries.length === 0 ? (
        <p className="panel hours-chart hours-chart--empty">
          Your chart starts with the first shift you log: your hours added up over time
          {required !== undefined ? `, with the ${hours(required)} required marked` : ''}.
        </p>
      ) : (
        <Suspense fallback={<p className="hint">Loading the chart…</p>}>
          <HoursChart
            points={points}
            counted={totals.counted}
            required={required}
            outlook={outlook}
            applicationDate={applicationDate}
          />
        </Suspense>
      )}

      <TargetsForm rules={rules} targets={targets} />

      {deleted && (
        <div className="banner banner--info" role="status">
          <p>
            Deleted {countOf(deleted.hours, 'hour')} on {formatDisplayDate(deleted.date)} at{' '}
            <bdi>{deleted.site}</bdi>.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              void undoDelete(deleted);
              setDeleted(undefined);
            }}
          >
            Undo
          </button>
        </div>
      )}

      <div className="button-row">
        {!adding.open && (
          <button
            id="log-hours"
            type="button"
            className="button button--primary"
            onClick={adding.show}
          >
            Log hours
          </button>
        )}
      </div>
      {adding.open && <EntryForm rules={rules} title="Log hours" onDone={adding.hide} />}
      {entries.length === 0 ? (
        <p className="empty">
          No hours logged yet. Log each shift as you go: date, site, rotation area and hours. Ask
          your supervisor to sign them off, and record the date they do.
        </p>
      ) : (
        <EntryList entries={entries} rules={rules} areaLabel={areaLabel} onDeleted={setDeleted} />
      )}
    </section>
  );
}
