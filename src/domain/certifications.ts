/**
 * Certifications as a history: renewals of the same card form a series, the newest decides.
 * Also the verdict for checklist requirements that a current card meets, and the attention list
 * behind the banner. Pure functions; dates are passed in.
 */
import { compareIsoDates } from './dates';
import { formatDisplayDate } from './format';
import { isolate } from './isolate';
import { assess } from './expiry';
import type { ExpiryAssessment, ExpiryContext } from './expiry';
import { CERTIFICATION_TYPE_LABELS } from './types';
import type { Certification, CertificationType, RecordVerdict, VerdictFacts } from './types';
import { coded } from './verdict-code';

/** Renewals share a series: one per type for CPR and First Aid, per type and name otherwise. */
export function seriesKey(certification: Pick<Certification, 'type' | 'name'>): string {
  if (certification.type === 'cpr-bls' || certification.type === 'first-aid')
    return certification.type;
  return `${certification.type}:${certification.name.trim().toLowerCase()}`;
}

/** Newest first: the later issue date, then the later record. */
export function newestFirst(a: Certification, b: Certification): number {
  return (
    compareIsoDates(b.issuedOn, a.issuedOn) ||
    (b.createdAt > a.createdAt ? 1 : b.createdAt < a.createdAt ? -1 : 0)
  );
}

export interface CertificationSeries {
  key: string;
  current: Certification;
  /** Older cards of the same series, newest first. */
  history: Certification[];
}

export function groupIntoSeries(certifications: readonly Certification[]): CertificationSeries[] {
  const bySeries = new Map<string, Certification[]>();
  for (const certification of certifications) {
    const key = seriesKey(certification);
    bySeries.set(key, [...(bySeries.get(key) ?? []), certification]);
  }
  return [...bySeries.entries()]
    .map(([key, cards]) => {
      const [current, ...history] = [...cards].sort(newestFirst);
      return { key, current: current as Certification, history };
    })
    .sort((a, b) => compareIsoDates(b.current.issuedOn, a.current.issuedOn));
}

/** The newest card of a type, which decides whether a requirement is met. */
export function newestOfType(
  certifications: readonly Certification[],
  type: CertificationType,
): Certification | undefined {
  return certifications.filter((card) => card.type === type).sort(newestFirst)[0];
}

/**
 * Whether the newest card of `type` meets a requirement on `context.today`, with the reason in
 * words. The card's standing comes from `assess`, the same judgement as its badge and the banner:
 * a card valid today but expired by the application date is met, with that warning.
 */
function judgeCard(
  certifications: readonly Certification[],
  type: CertificationType,
  context: ExpiryContext,
): VerdictFacts {
  const card = newestOfType(certifications, type);
  const label = CERTIFICATION_TYPE_LABELS[type];
  if (!card)
    return {
      met: false,
      warning: false,
      reason: `No ${label} card recorded yet. Add it under Certifications.`,
    };
  const assessment = assess(card, context);
  const { code } = assessment;
  const base = { certification: card, standing: code };
  const expires = card.expiresOn ? formatDisplayDate(card.expiresOn) : '';
  switch (code) {
    case 'no-expiry':
      return {
        ...base,
        met: true,
        warning: false,
        reason: `Met by your ${isolate(card.name)} card.`,
      };
    case 'expired':
      return {
        ...base,
        met: false,
        warning: false,
        reason: `Not met: your ${isolate(card.name)} card expired on ${expires}. Renew it and add the new card.`,
      };
    case 'expiring-soon':
      return {
        ...base,
        met: true,
        warning: true,
        reason: `Met by your ${isolate(card.name)} card until ${expires}, expiring soon: renew by ${expires}.`,
      };
    case 'lapses-before-application':
      return {
        ...base,
        met: true,
        warning: true,
        reason: `Met today, but your ${isolate(card.name)} card expires ${expires} — before your application date ${formatDisplayDate(context.applicationDate ?? '')}. Renew by ${expires}.`,
      };
    case 'valid':
      return {
        ...base,
        met: true,
        warning: false,
        reason: `Met by your ${isolate(card.name)} card, valid until ${expires}.`,
      };
  }
}

/** What `judgeCard` finds, with its verdict code (verdict-code.ts): the one way in for every surface. */
export function certificationVerdict(
  certifications: readonly Certification[],
  type: CertificationType,
  context: ExpiryContext,
): RecordVerdict {
  return coded(judgeCard(certifications, type, context));
}

export interface AttentionItem {
  certification: Certification;
  assessment: ExpiryAssessment;
}

/**
 * The current cards that need attention, most urgent first (the earliest last valid day).
 * Superseded cards never warn: a renewal has replaced them.
 */
export function needingAttention(
  certifications: readonly Certification[],
  context: ExpiryContext,
): AttentionItem[] {
  return groupIntoSeries(certifications)
    .map((series) => ({
      certification: series.current,
      assessment: assess(series.current, context),
    }))
    .filter((item) => item.assessment.needsAttention)
    .sort((a, b) =>
      compareIsoDates(
        a.certification.expiresOn ?? '9999-12-31',
        b.certification.expiresOn ?? '9999-12-31',
      ),
    );
}
