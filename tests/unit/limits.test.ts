/**
 * One limit, one place: what a form accepts at a limit the backup gate accepts too, and one past
 * it both refuse (the app used to accept 100,001 punctures in a form and refuse its own backup).
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, BACKUP_FORMAT, parseBackup } from '../../src/domain/backup';
import type { BackupData } from '../../src/domain/backup';
import { clinicalEntryProblems } from '../../src/domain/clinical-validation';
import { attemptProblems, targetProblems } from '../../src/domain/record-validation';
import {
  MAX_ATTEMPTS,
  MAX_COUNT_PER_ENTRY,
  MAX_REQUIRED_HOURS,
} from '../../src/domain/records/limits';
import { EMPTY_DATA } from '../fixtures/backup-arbitraries';

const TODAY = '2026-11-25';
const EMPTY = EMPTY_DATA;

function backup(data: Partial<BackupData>, exportedAt = '2026-11-25T10:00:00.000Z'): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: '0.1.0',
    exportedAt,
    evidenceIncluded: true,
    data: { ...EMPTY, ...data },
  });
}

function entryWith(venipunctures: number, area = 'venipuncture') {
  return {
    id: 'e1',
    date: '2026-11-20',
    site: 'Draw station',
    area,
    hours: 4,
    counts: { venipuncture: venipunctures },
    createdAt: 'x',
    updatedAt: 'x',
  };
}

function formCountProblem(count: number) {
  return clinicalEntryProblems(
    {
      date: '2026-11-20',
      site: 'Draw station',
      area: 'venipuncture',
      hours: '4',
      supervisor: '',
      verifiedOn: '',
      notes: '',
      counts: { venipuncture: String(count) },
    },
    { today: TODAY, areas: ['venipuncture'], entries: [] },
  )['count-venipuncture'];
}

describe('procedure counts per entry', () => {
  it('the form and the gate both take the limit', () => {
    expect(formCountProblem(MAX_COUNT_PER_ENTRY)).toBeUndefined();
    expect(parseBackup(backup({ clinicalEntries: [entryWith(MAX_COUNT_PER_ENTRY)] })).ok).toBe(
      true,
    );
  });

  it('the form and the gate both refuse one past it, 100,001 included', () => {
    for (const count of [MAX_COUNT_PER_ENTRY + 1, 100_001]) {
      expect(formCountProblem(count)).toMatch(/at most 1,000 in one entry/);
      expect(parseBackup(backup({ clinicalEntries: [entryWith(count)] })).ok).toBe(false);
    }
  });
});

describe('required hours on a target', () => {
  const target = (clinicalHours: number) => ({
    id: 't1',
    name: 'City program',
    kind: 'program' as const,
    date: '2027-04-15',
    pathwayId: 'mlt' as const,
    clinicalHours,
    createdAt: 'x',
    updatedAt: 'x',
  });
  const form = (hours: string) =>
    targetProblems({
      name: 'City program',
      kind: 'program',
      date: '2027-04-15',
      pathwayId: 'mlt',
      clinicalHours: hours,
      requiresAhaBls: false,
      validThrough: '',
      clearances: {},
      notes: '',
    }).clinicalHours;

  it('agree at the limit and past it (100,000 h is refused by both)', () => {
    expect(form(String(MAX_REQUIRED_HOURS))).toBeUndefined();
    expect(parseBackup(backup({ targets: [target(MAX_REQUIRED_HOURS)] })).ok).toBe(true);
    expect(form('100000')).toMatch(/10,000 hours or fewer/);
    expect(parseBackup(backup({ targets: [target(100_000)] })).ok).toBe(false);
  });
});

describe('exam attempts', () => {
  it('the form stops at the number the gate keeps', () => {
    const input = { takenOn: '2026-11-20', result: 'failed', score: '' };
    expect(attemptProblems(input, TODAY, MAX_ATTEMPTS - 1)).toEqual({});
    expect(attemptProblems(input, TODAY, MAX_ATTEMPTS).takenOn).toMatch(/already has 50 attempts/);
  });
});

describe('the gate refuses what no form could write', () => {
  it('an area named __proto__ (or any area no pathway has)', () => {
    for (const area of ['__proto__', 'constructor', 'made-up-area']) {
      const result = parseBackup(backup({ clinicalEntries: [entryWith(3, area)] }));
      expect(result.ok).toBe(false);
    }
    expect(Object.prototype).not.toHaveProperty('verified');
  });

  it('an export time that is not a date and time, with a message', () => {
    const result = parseBackup(backup({}, 'hello'));
    expect(result).toEqual({
      ok: false,
      problems: ["The file's export time is not a date and time"],
    });
  });

  it('a date outside the range every form keeps', () => {
    for (const date of ['0001-01-01', '9999-12-31'])
      expect(parseBackup(backup({ clinicalEntries: [{ ...entryWith(1), date }] })).ok).toBe(false);
  });
});
