import { describe, expect, it } from 'vitest';
import {
  certificationVerdict,
  groupIntoSeries,
  needingAttention,
  newestOfType,
  seriesKey,
} from '../../src/domain/certifications';
import type { Certification } from '../../src/domain/types';
import { isolate } from '../../src/domain/isolate';
import { levelsAround } from './bidi';

function card(id: string, fields: Partial<Certification>): Certification {
  return {
    id,
    type: 'cpr-bls',
    provider: 'aha',
    name: 'BLS Provider',
    issuedOn: '2024-06-10',
    expiresOn: '2026-06-30',
    createdAt: `2024-06-10T00:00:0${id.length}Z`,
    updatedAt: 'x',
    ...fields,
  };
}

const OLD = card('old', {});
const RENEWED = card('renewed', { issuedOn: '2026-06-05', expiresOn: '2028-06-30' });
const FIRST_AID = card('fa', {
  type: 'first-aid',
  name: 'Heartsaver First Aid',
  issuedOn: '2025-03-15',
  expiresOn: '2027-03-31',
});
const MLT = card('mlt', {
  type: 'exam-credential',
  provider: 'ascp-boc',
  name: 'MLT(ASCP)',
  issuedOn: '2026-07-15',
  expiresOn: '2029-07-15',
});

describe('series and renewals', () => {
  it('groups renewals of the same card; the newest is current, the rest history', () => {
    const series = groupIntoSeries([OLD, FIRST_AID, RENEWED, MLT]);
    const cpr = series.find((entry) => entry.key === 'cpr-bls');
    expect(cpr?.current.id).toBe('renewed');
    expect(cpr?.history.map((entry) => entry.id)).toEqual(['old']);
    expect(series.map((entry) => entry.key)).toEqual([
      'exam-credential:mlt(ascp)',
      'cpr-bls',
      'first-aid',
    ]);
  });

  it('keeps different credentials apart, and matches names loosely', () => {
    expect(seriesKey(MLT)).not.toBe(seriesKey({ ...MLT, name: 'MLS(ASCP)' }));
    expect(seriesKey(MLT)).toBe(seriesKey({ ...MLT, name: ' mlt(ascp) ' }));
    // Any CPR card renews any other: AHA BLS can be followed by Red Cross BLS.
    expect(seriesKey(OLD)).toBe(seriesKey({ ...OLD, name: 'Red Cross BLS' }));
  });

  it('breaks a tie on the issue date by the later record', () => {
    const sameDay = card('later', { createdAt: '2030-01-01T00:00:00Z' });
    expect(newestOfType([OLD, sameDay], 'cpr-bls')?.id).toBe('later');
  });
});

/** The context a verdict is judged in: a day and the warning window. */
function on(today: string, warningDays = 90) {
  return { today, warningDays };
}

describe('certificationVerdict', () => {
  it('is met by the newest card while it is valid', () => {
    expect(certificationVerdict([OLD, RENEWED], 'cpr-bls', on('2026-11-25'))).toMatchObject({
      met: true,
      reason: `Met by your ${isolate('BLS Provider')} card, valid until Jun 30, 2028.`,
    });
  });

  it('is not met once the newest card has expired, even if an older one was renewed late', () => {
    const verdict = certificationVerdict([OLD], 'cpr-bls', on('2026-07-01'));
    expect(verdict.met).toBe(false);
    expect(verdict.reason).toBe(
      `Not met: your ${isolate('BLS Provider')} card expired on Jun 30, 2026. Renew it and add the new card.`,
    );
  });

  it('says what to do when there is no card', () => {
    expect(certificationVerdict([MLT], 'first-aid', on('2026-11-25'))).toEqual({
      code: 'not-met',
      met: false,
      warning: false,
      reason: 'No First Aid card recorded yet. Add it under Certifications.',
    });
  });
});

describe('needingAttention', () => {
  const context = { today: '2026-11-25', warningDays: 90 };

  it('lists current cards that need action, most urgent first, never superseded ones', () => {
    const expired = card('exp', { type: 'first-aid', name: 'First Aid', expiresOn: '2026-10-31' });
    const soon = card('soon', {
      name: 'BLS Provider',
      issuedOn: '2024-12-20',
      expiresOn: '2026-12-31',
    });
    const list = needingAttention([OLD, soon, expired, MLT], context);
    expect(list.map((item) => item.certification.id)).toEqual(['exp', 'soon']);
  });

  it('includes a card that lapses before the application date', () => {
    const list = needingAttention([FIRST_AID], { ...context, applicationDate: '2027-04-15' });
    expect(list).toHaveLength(1);
    expect(list[0]?.assessment.message).toMatch(/before your application date Apr 15, 2027/);
    expect(needingAttention([FIRST_AID], context)).toEqual([]);
  });
});

describe('certificationVerdict inside the warning window', () => {
  const soon = card('soon', { issuedOn: '2024-12-20', expiresOn: '2026-12-31' });

  it('is met but flagged expiring soon, with the renew-by date', () => {
    expect(certificationVerdict([soon], 'cpr-bls', on('2026-11-25'))).toMatchObject({
      met: true,
      warning: true,
      reason: `Met by your ${isolate('BLS Provider')} card until Dec 31, 2026, expiring soon: renew by Dec 31, 2026.`,
    });
  });

  it('follows the warning window given', () => {
    expect(certificationVerdict([soon], 'cpr-bls', on('2026-11-25', 30)).warning).toBe(false);
  });
});

describe('the card’s name inside the reason', () => {
  it.each([
    ['an override', 'Pay invoice \u202Efdp.exe'],
    ['a stray isolate end and an override', 'BLS \u2069\u202EProvider'],
    ['Arabic with a number', 'دعم الحياة الأساسي 2'],
  ])('is isolated, so a name with %s cannot reorder the sentence', (_, name) => {
    for (const today of ['2026-11-25', '2028-07-01', '2028-05-01']) {
      const { reason } = certificationVerdict([{ ...RENEWED, name }], 'cpr-bls', on(today));
      expect(reason).toContain(`your ${isolate(name)} card`);
      expect(levelsAround(reason, isolate(name))).toMatch(/^0+$/);
    }
  });
});
