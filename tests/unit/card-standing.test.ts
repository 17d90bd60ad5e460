/**
 * One judgement for a card (expiry.ts's `assess`, its standing code), read by every surface: the
 * badge on Certifications, the checklist verdict, the banner, a target's verdict. For any card,
 * day and application date they must agree.
 */
import { addDays, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificationVerdict, needingAttention } from '../../src/domain/certifications';
import { toLocalDate } from '../../src/domain/dates';
import { STANDING_LABELS, assess } from '../../src/domain/expiry';
import type { StandingCode } from '../../src/domain/expiry';
import { targetReadiness } from '../../src/domain/target-readiness';
import type { Certification, Target } from '../../src/domain/types';

const BASE = '2024-01-01';
const day = (offset: number) => format(addDays(toLocalDate(BASE), offset), 'yyyy-MM-dd');

function bls(issuedOn: string, expiresOn?: string): Certification {
  return {
    id: 'card',
    type: 'cpr-bls',
    provider: 'aha',
    name: 'BLS Provider',
    issuedOn,
    ...(expiresOn ? { expiresOn } : {}),
    createdAt: 'x',
    updatedAt: 'x',
  };
}

function targetOn(date: string): Target {
  return {
    id: 't',
    name: 'City program',
    kind: 'program',
    date,
    pathwayId: 'mlt',
    createdAt: 'x',
    updatedAt: 'x',
  };
}

const NEEDS_ATTENTION: ReadonlySet<StandingCode> = new Set([
  'expired',
  'expiring-soon',
  'lapses-before-application',
]);

function everySurface(card: Certification, today: string, applicationDate: string | undefined) {
  const context = { today, warningDays: 90, ...(applicationDate ? { applicationDate } : {}) };
  const badge = assess(card, context).code;
  const checklist = certificationVerdict([card], 'cpr-bls', context);
  const banner = needingAttention([card], context);
  const target = applicationDate
    ? targetReadiness(
        targetOn(applicationDate),
        {
          requirementStates: [],
          customRequirements: [],
          records: {
            certifications: [card],
            courses: [],
            clinicalEntries: [],
            clinicalTargets: { byArea: {} },
            examPlans: [],
          },
          clearances: [],
          warningDays: 90,
        },
        today,
      ).judgements.find((judgement) => judgement.item.key === 'cpr-bls')?.verdict
    : undefined;
  return { badge, checklist, banner, target };
}

describe('a card reads the same everywhere', () => {
  it('six months out, with the application two months after it expires: never "Expiring soon"', () => {
    // An AHA card issued May 10, 2025 runs to May 31, 2027, about six months after today.
    const card = bls('2025-05-10', '2027-05-31');
    const { badge, checklist, banner, target } = everySurface(card, '2026-11-25', '2027-07-31');
    expect(badge).toBe('lapses-before-application');
    expect(checklist.standing).toBe(badge);
    expect(checklist.met).toBe(true);
    expect(checklist.code).toBe('at-risk');
    expect(STANDING_LABELS[checklist.standing ?? 'valid']).toBe('Expired on your application date');
    expect(banner).toHaveLength(1);
    expect(banner[0]?.assessment.message).toMatch(/before your application date Jul 31, 2027/);
    expect(target).toBe('at-risk');
  });

  it('for any card, day and application date (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
        fc.integer({ min: 0, max: 3000 }),
        fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
        (issued, length, todayOffset, applicationIn) => {
          const card = bls(day(issued), length === undefined ? undefined : day(issued + length));
          const today = day(todayOffset);
          const applicationDate =
            applicationIn === undefined ? undefined : day(todayOffset + applicationIn);
          const { badge, checklist, banner, target } = everySurface(card, today, applicationDate);
          expect(checklist.standing).toBe(badge);
          expect(checklist.met).toBe(badge !== 'expired');
          expect(checklist.warning).toBe(
            badge === 'expiring-soon' || badge === 'lapses-before-application',
          );
          expect(banner.length === 1).toBe(NEEDS_ATTENTION.has(badge));
          // The checklist and a target on the same date give the same verdict code (and words).
          if (target !== undefined) expect(target).toBe(checklist.code);
          if (target !== undefined)
            expect(target).toBe(
              badge === 'expired'
                ? 'not-met'
                : badge === 'lapses-before-application'
                  ? 'at-risk'
                  : 'met',
            );
        },
      ),
      { numRuns: 500 },
    );
  });
});
