/**
 * The answer to "am I ready, and what is left?": the readiness ring with its figure and the
 * requirements that remain, each a link to its place in the checklist (plain words on an
 * advisor's read-only device, which shows no checklist).
 */
import { memo } from 'react';
import type { Readiness } from '../../domain/readiness';
import { AREA_LABELS } from '../../domain/types';
import type { AreaId, Pathway } from '../../domain/types';
import { useReadOnly } from '../../store/app-store';
import { requirementDomId } from '../../ui/dom-ids';
import { ProgressRing } from '../../ui/ProgressRing';

interface ReadinessSummaryProps {
  pathway: Pathway;
  /** Undefined for the moment the records are being judged (store/judging.ts). */
  readiness: Readiness | undefined;
}

export function ReadinessSummary({ pathway, readiness }: ReadinessSummaryProps) {
  const readOnly = useReadOnly();
  if (!readiness)
    return (
      <section className="readiness" aria-labelledby="readiness-heading" aria-busy="true">
        <h2 id="readiness-heading" className="visually-hidden">
          Readiness
        </h2>
        <p className="readiness__count">
          <strong>Checking your records…</strong>
          <span className="readiness__pathway">{pathway.credential}</span>
        </p>
      </section>
    );
  const { complete, total, remaining } = readiness;
  return (
    <section className="readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading" className="visually-hidden">
        Readiness
      </h2>
      <div className="readiness__figure">
        <ProgressRing
          complete={complete}
          total={total}
          label={`Readiness for ${pathway.credential}`}
        />
        <p className="readiness__count">
          <strong>
            {complete} of {total} complete
          </strong>
          <span className="readiness__pathway">{pathway.credential}</span>
        </p>
      </div>
      <div className="readiness__remaining">
        <h3>What remains</h3>
        {remaining.length === 0 ? (
          <p>
            Everything on this checklist is complete. Check each card is still current before you
            apply.
          </p>
        ) : (
          <ul>
            {remaining.map((item) => (
              <RemainingItem
                key={item.key}
                itemKey={item.key}
                title={item.title}
                area={item.area}
                readOnly={readOnly}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

interface RemainingItemProps {
  itemKey: string;
  title: string;
  area: AreaId;
  readOnly: boolean;
}

/**
 * One requirement that remains. Given its fields, not the item, so that a tick (which rebuilds
 * every item) re-renders only the rows that came or went, not the whole list.
 */
const RemainingItem = memo(function RemainingItem({
  itemKey,
  title,
  area,
  readOnly,
}: RemainingItemProps) {
  return (
    <li>
      {readOnly ? (
        <bdi>{title}</bdi>
      ) : (
        <a href={`#${requirementDomId(itemKey)}`}>
          <bdi>{title}</bdi>
        </a>
      )}{' '}
      <span className="readiness__area">({AREA_LABELS[area]})</span>
    </li>
  );
});
