import { describe, expect, it } from 'vitest';
import { getPathway } from '../../src/domain/pathways/catalog';
import { verdictFor } from '../../src/domain/verdicts';
import type { StudentRecords } from '../../src/domain/verdicts';
import { createVerdictCache } from '../../src/store/verdict-cache';

const MLT = getPathway('mlt');
const TODAY = '2026-11-25';
const RECORDS: StudentRecords = {
  certifications: [],
  courses: [],
  clinicalEntries: [
    {
      id: 'e1',
      date: '2026-11-01',
      site: 'Lab',
      area: 'chemistry',
      hours: 8,
      verifiedOn: '2026-11-02',
      createdAt: 'x',
      updatedAt: 'x',
    },
  ],
  clinicalTargets: { totalHours: 100, byArea: {} },
  examPlans: [],
};
const CLINICAL = { kind: 'clinical' } as const;

describe('the verdict cache', () => {
  it('gives the same verdict object while the inputs are the same ones', () => {
    const judge = createVerdictCache();
    const first = judge(CLINICAL, MLT, RECORDS, { asOf: TODAY });
    expect(first).toEqual(verdictFor(CLINICAL, MLT, RECORDS, { asOf: TODAY }));
    // Other slices changed (a tick, a new card): the clinical verdict is reused.
    expect(judge(CLINICAL, MLT, { ...RECORDS, certifications: [] }, { asOf: TODAY })).toBe(first);
  });

  it('judges again when the entries, the date or the pathway change', () => {
    const judge = createVerdictCache();
    const first = judge(CLINICAL, MLT, RECORDS, { asOf: TODAY });
    const more = { ...RECORDS, clinicalEntries: [...RECORDS.clinicalEntries] };
    expect(judge(CLINICAL, MLT, more, { asOf: TODAY })).not.toBe(first);
    expect(judge(CLINICAL, MLT, RECORDS, { asOf: '2026-11-26' })).toEqual(
      verdictFor(CLINICAL, MLT, RECORDS, { asOf: '2026-11-26' }),
    );
    const withHours = { ...MLT, clinical: { ...MLT.clinical, requiredHours: 20 } };
    expect(judge(CLINICAL, withHours, RECORDS, { asOf: TODAY })?.progress?.required).toBe(20);
  });

  it('keeps one entry per date: a target’s date does not evict today’s verdict', () => {
    const judge = createVerdictCache();
    const today = judge(CLINICAL, MLT, RECORDS, { asOf: TODAY });
    judge(CLINICAL, MLT, RECORDS, { asOf: TODAY, applicationDate: '2027-04-15' });
    expect(judge(CLINICAL, MLT, RECORDS, { asOf: TODAY })).toBe(today);
  });
});
