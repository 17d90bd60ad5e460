import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  applicationDateProblem,
  backupReminder,
  dayCountProblem,
  readSettings,
} from '../../src/domain/settings';

describe('readSettings', () => {
  it('gives the defaults for no rows', () => {
    expect(readSettings([])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      pathwayId: 'mlt',
      warningDays: 90,
      alarmDays: [60, 14],
    });
  });

  it('reads valid stored values', () => {
    expect(
      readSettings([
        { key: 'pathwayId', value: 'mls' },
        { key: 'applicationDate', value: '2027-04-15' },
        { key: 'warningDays', value: 30 },
        { key: 'alarmDays', value: [30, 7] },
        { key: 'clinicalTargets', value: { totalHours: 200, byArea: { chemistry: 40 } } },
        { key: 'studentName', value: 'Ana Reyes' },
        { key: 'theme', value: 'dark' },
      ]),
    ).toEqual({
      pathwayId: 'mls',
      applicationDate: '2027-04-15',
      warningDays: 30,
      alarmDays: [30, 7],
      clinicalTargets: { totalHours: 200, byArea: { chemistry: 40 } },
      studentName: 'Ana Reyes',
      theme: 'dark',
    });
  });

  it('falls back to defaults for malformed values, field by field', () => {
    expect(
      readSettings([
        { key: 'pathwayId', value: 'astronaut' },
        { key: 'applicationDate', value: '2027-02-30' },
        { key: 'warningDays', value: -5 },
        { key: 'alarmDays', value: [30, 'soon'] },
        { key: 'clinicalTargets', value: 'lots' },
        { key: 'studentName', value: 42 },
        { key: 'theme', value: 'neon' },
      ]),
    ).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings validation', () => {
  it('accepts an empty or real application date', () => {
    expect(applicationDateProblem('')).toBeNull();
    expect(applicationDateProblem('2027-04-15')).toBeNull();
    expect(applicationDateProblem('2027-04-31')).toMatch(/real calendar date/);
  });

  it('accepts whole days from 1 to 365', () => {
    expect(dayCountProblem('90')).toBeNull();
    expect(dayCountProblem('1')).toBeNull();
    expect(dayCountProblem('365')).toBeNull();
    expect(dayCountProblem('0')).toBe('Choose between 1 and 365 days.');
    expect(dayCountProblem('366')).toBe('Choose between 1 and 365 days.');
    expect(dayCountProblem('-3')).toMatch(/whole number/);
    expect(dayCountProblem('2.5')).toMatch(/whole number/);
    expect(dayCountProblem('ninety')).toMatch(/whole number/);
  });
});

describe('backupReminder', () => {
  it('reminds when there has never been a backup', () => {
    expect(backupReminder(undefined, '2026-11-25', 1)).toMatch(/not exported a backup yet/);
  });

  it('says nothing while there is nothing to lose', () => {
    expect(backupReminder(undefined, '2026-11-25', 0)).toBeUndefined();
    expect(backupReminder('2026-01-01', '2026-11-25', 0)).toBeUndefined();
  });

  it('stays quiet for 30 days, then reminds', () => {
    expect(backupReminder('2026-10-26', '2026-11-25', 3)).toBeUndefined();
    expect(backupReminder('2026-10-25', '2026-11-25', 3)).toBe(
      'Your last backup was 31 days ago. Export a new one to keep your records safe.',
    );
  });
});
