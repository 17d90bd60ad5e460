/**
 * The readiness report for one target: a one-page summary to print or save as PDF with the
 * browser (print stylesheet in app.css). Requirements with verdicts and dates, hours by area,
 * certifications with expiry, and the sources behind the built-in requirements.
 */
import type { ReactNode } from 'react';
import { CLEARANCE_GUIDANCE, describeRule } from '../../domain/clearances';
import { formatDisplayDate } from '../../domain/format';
import { countOf } from '../../domain/plural';
import { AREA_LABELS, PROVIDER_LABELS, TARGET_KIND_LABELS } from '../../domain/types';
import type { Source } from '../../domain/types';
import { useReport } from '../../store/useTargets';
import { formatNumber as hours } from '../../domain/format';
import { ROUTE_HASHES } from '../../ui/routes';
import { VERDICT_LABELS } from '../../domain/types';
import './report.css';

/** The requirements' columns: the table's headings, and each card's labels on a phone. */
const COLUMNS = ['Area', 'Requirement', 'Verdict', 'Evidence and reason'] as const;

export function ReportScreen({ targetId }: { targetId: string }) {
  const report = useReport(targetId);
  if (!report)
    return (
      <section aria-labelledby="report-heading" className="screen">
        <h2 id="report-heading" tabIndex={-1} data-screen-heading="report">
          Report
        </h2>
        <p>
          This target no longer exists. <a href={ROUTE_HASHES.targets}>Back to your targets</a>
        </p>
      </section>
    );
  const { readiness, studentName, today, hoursByArea, totals, certifications, evidenceCounts } =
    report;
  const { target, pathway, judgements, clearances, counts, total } = readiness;
  const attached = (count: number | undefined) =>
    count ? ` Evidence attached (${countOf(count, 'file')}).` : '';
  const sources = [
    ...new Map(
      [
        ...judgements.map((judgement) => judgement.item.source),
        ...clearances.map((judgement) => CLEARANCE_GUIDANCE[judgement.rule.kind].source),
      ]
        .filter((source): source is Source => source !== undefined)
        .map((source) => [source.url, source]),
    ).values(),
  ];

  return (
    <section aria-labelledby="report-heading" className="screen report">
      <div className="button-row no-print">
        <a className="button button--small" href={ROUTE_HASHES.targets}>
          Back to targets
        </a>
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => window.print()}
        >
          Print or save as PDF
        </button>
      </div>
      <h2 id="report-heading" tabIndex={-1} data-screen-heading="report">
        Readiness report: <bdi>{target.name}</bdi>
      </h2>
      <p className="report__meta">
        {studentName && (
          <>
            <bdi>{studentName}</bdi> ·{' '}
          </>
        )}
        {TARGET_KIND_LABELS[target.kind]} · {pathway.name} ({pathway.credential}) · judged as of{' '}
        {formatDisplayDate(target.date)} · made {formatDisplayDate(today)}
      </p>
      <p className="report__summary">
        <strong>
          {counts.met} of {total} requirements met
        </strong>
        : {counts['on-track']} on track, {counts['at-risk']} at risk, {counts['not-met']} not met.
      </p>

      <h3>Requirements</h3>
      {/* A table on paper and on a wide screen; on a phone each row is a card (report.css). The
          roles keep it a table for screen readers whatever its display. */}
      <table className="report__table" role="table">
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" role="columnheader">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {judgements.map((judgement) => {
            const cells = [
              AREA_LABELS[judgement.item.area],
              <bdi key="title">{judgement.item.title}</bdi>,
              VERDICT_LABELS[judgement.verdict],
              <>
                {judgement.reason}
                {attached(evidenceCounts.requirements.get(judgement.item.key))}
              </>,
            ];
            return <ReportRow key={judgement.item.key} cells={cells} />;
          })}
          {clearances.map((judgement) => {
            const cells = [
              'Clearances',
              describeRule(judgement.rule),
              VERDICT_LABELS[judgement.verdict],
              <>
                {judgement.reason}
                {attached(
                  judgement.clearance && evidenceCounts.clearances.get(judgement.clearance.id),
                )}
              </>,
            ];
            return <ReportRow key={`clearance-${judgement.rule.kind}`} cells={cells} />;
          })}
        </tbody>
      </table>

      <div className="report__columns">
        <div>
          <h3>Clinical hours by area</h3>
          {hoursByArea.length === 0 ? (
            <p>No hours logged.</p>
          ) : (
            <ul>
              {hoursByArea.map((area) => (
                <li key={area.label}>
                  {area.label}: {hours(area.counted)} h
                  {area.unverified > 0 ? ` (+${hours(area.unverified)} awaiting sign-off)` : ''}
                </li>
              ))}
              <li>
                <strong>Total: {hours(totals.counted)} h</strong>
                {totals.unverified > 0 ? ` (+${hours(totals.unverified)} awaiting sign-off)` : ''}
              </li>
            </ul>
          )}
        </div>
        <div>
          <h3>Certifications</h3>
          {certifications.length === 0 ? (
            <p>None recorded.</p>
          ) : (
            <ul>
              {certifications.map(({ current }) => (
                <li key={current.id}>
                  <bdi>{current.name}</bdi> ({PROVIDER_LABELS[current.provider]}): issued{' '}
                  {formatDisplayDate(current.issuedOn)}
                  {current.expiresOn
                    ? `, valid through ${formatDisplayDate(current.expiresOn)}`
                    : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <h3>Sources</h3>
      <ul className="report__sources">
        {sources.map((source) => (
          <li key={source.url}>
            {source.publisher}, {source.title}: {source.url} (checked{' '}
            {formatDisplayDate(source.checkedOn)})
          </li>
        ))}
      </ul>
      <p className="hint">
        Made with MedTech Ready from the student&apos;s own records. Requirements may change:
        confirm with the program and the certifying body.
      </p>
    </section>
  );
}

/** One row of the report's table: a card on a phone's screen, each cell labelled by its column. */
function ReportRow({ cells }: { cells: ReactNode[] }) {
  return (
    <tr role="row">
      {cells.map((cell, index) => (
        <td key={COLUMNS[index]} role="cell" data-label={COLUMNS[index]}>
          {cell}
        </td>
      ))}
    </tr>
  );
}
