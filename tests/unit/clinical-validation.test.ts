import { describe, expect, it } from 'vitest';
import { clinicalEntryProblems, targetHoursProblem } from '../../src/domain/clinical-validation';
import type { ClinicalEntryInput } from '../../src/domain/clinical-validation';
import type { ClinicalEntry } from '../../src/domain/types';

const TODAY = '2026-11-25';
const AREAS = ['chemistry', 'hematology'];
const VALID: ClinicalEntryInput = {
  date: '2026-11-20',
  site: 'City Hospital',
  area: 'chemistry',
  hours: '7.5',
  supervisor: '',
  verifiedOn: '',
  notes: '',
  counts: {},
};
const logged: ClinicalEntry = {
  id: 'a',
  date: '2026-11-20',
  site: 'City Hospital',
  area: 'chemistry',
  hours: 20,
  createdAt: 'x',
  updatedAt: 'x',
};

function problems(
  changes: Partial<ClinicalEntryInput>,
  entries: ClinicalEntry[] = [],
  editingId?: string,
) {
  return clinicalEntryProblems(
    { ...VALID, ...changes },
    { today: TODAY, areas: AREAS, entries, ...(editingId ? { editingId } : {}) },
  );
}

describe('clinicalEntryProblems', () => {
  it('accepts a complete entry', () => {
    expect(problems({})).toEqual({});
  });

  it.each([
    ['-2', 'Enter the hours as a number, such as 7.5.'],
    ['seven', 'Enter the hours as a number, such as 7.5.'],
    ['', 'Enter the hours as a number, such as 7.5.'],
    ['0', 'Enter more than 0 hours.'],
    ['7.3', 'Log hours in quarter hours: .25, .5 or .75.'],
    ['1e2', 'Enter the hours as a number, such as 7.5.'],
  ])('refuses hours "%s"', (hours, message) => {
    expect(problems({ hours }).hours).toBe(message);
  });

  it('accepts quarter hours', () => {
    for (const hours of ['0.25', '.5', '7.75', '24'])
      expect(problems({ hours: hours.startsWith('.') ? `0${hours}` : hours })).toEqual({});
  });

  it('refuses a day whose total passes 24 hours, except the entry being edited', () => {
    expect(problems({ hours: '4.25' }, [logged]).hours).toBe(
      'That makes 24.25 hours on one day (20 already logged); a day has 24.',
    );
    expect(problems({ hours: '4' }, [logged])).toEqual({});
    expect(problems({ hours: '24' }, [logged], 'a')).toEqual({});
  });

  it('refuses dates that are not dates or are in the future, and an unknown area', () => {
    expect(problems({ date: '2026-02-30' }).date).toMatch(/real calendar date/);
    expect(problems({ date: '2026-11-26' }).date).toMatch(/cannot be in the future/);
    expect(problems({ area: 'astrology' }).area).toBe('Choose a rotation area from the list.');
  });

  it('refuses a sign-off before the shift or in the future', () => {
    expect(problems({ verifiedOn: '2026-11-19' }).verifiedOn).toBe(
      'Hours cannot be signed off before the shift.',
    );
    expect(problems({ verifiedOn: '2026-12-01' }).verifiedOn).toMatch(/future/);
    expect(problems({ verifiedOn: '2026-11-21' })).toEqual({});
  });

  it('refuses counts that are not whole numbers', () => {
    expect(problems({ counts: { venipuncture: '2.5' } })['count-venipuncture']).toBe(
      'Enter a whole number, such as 12.',
    );
    expect(problems({ counts: { venipuncture: '12' } })).toEqual({});
  });
});

describe('targetHoursProblem', () => {
  it('accepts blank and non-negative numbers only', () => {
    expect(targetHoursProblem('')).toBeNull();
    expect(targetHoursProblem('200')).toBeNull();
    expect(targetHoursProblem('-5')).toMatch(/0 or more/);
    expect(targetHoursProblem('lots')).toMatch(/0 or more/);
    expect(targetHoursProblem('20000')).toMatch(/10,000/);
  });
});
