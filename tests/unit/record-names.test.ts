/**
 * Records named in the student's words (domain/records/record-names.ts): the import gate and the
 * db layer's refusals name a record by its kind and its most telling field, never by a path.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup';
import { isolate } from '../../src/domain/isolate';
import { fieldWords, nameRecord, recordProblem } from '../../src/domain/records/record-names';
import { rowRefusal } from '../../src/domain/records/schemas';
import { EMPTY_DATA } from '../fixtures/backup-arbitraries';
import { levelsAround } from './bidi';

const ENTRY = {
  id: 'e1',
  date: '2026-11-03',
  site: 'City Hospital',
  area: 'chemistry',
  hours: 0,
  createdAt: 'x',
  updatedAt: 'x',
};

describe('nameRecord', () => {
  it.each<[Parameters<typeof nameRecord>[0], unknown, string]>([
    ['clinicalEntries', ENTRY, `Clinical log entry on Nov 3, 2026 at ${isolate('City Hospital')}`],
    ['clinicalEntries', { date: '2026-11-03' }, 'Clinical log entry on Nov 3, 2026'],
    ['certifications', { name: 'BLS Provider' }, `Certification “${isolate('BLS Provider')}”`],
    ['courses', { name: '  Biochemistry ' }, `Course “${isolate('Biochemistry')}”`],
    [
      'targets',
      { name: 'Mercy Hospital MLT job' },
      `Target “${isolate('Mercy Hospital MLT job')}”`,
    ],
    ['evidenceFiles', { name: 'card.png' }, `Evidence file “${isolate('card.png')}”`],
    [
      'customRequirements',
      { title: 'Flu shot' },
      `Requirement of your own “${isolate('Flu shot')}”`,
    ],
    [
      'degreeRecords',
      { program: 'BS Clinical Lab Science' },
      `Degree record “${isolate('BS Clinical Lab Science')}”`,
    ],
    ['examPlans', { exam: 'ascp-mlt' }, 'Exam plan for the MLT(ASCP) certification exam'],
    ['settings', { key: 'pathway' }, `Setting “${isolate('pathway')}”`],
  ])('%s %j → %s', (table, row, name) => {
    expect(nameRecord(table, row)).toBe(name);
  });

  it('names a record without a readable name by its place in the file, counted from 1', () => {
    expect(nameRecord('courses', { name: 42 }, 2)).toBe('Course 3');
    expect(nameRecord('clinicalEntries', { date: '2026-02-30' }, 0)).toBe('Clinical log entry 1');
    expect(nameRecord('examPlans', { exam: 'not-an-exam' })).toBe('Exam plan');
    expect(nameRecord('targets', null, 4)).toBe('Target 5');
  });

  it('isolates the name, so a file name with an override cannot reverse the sentence', () => {
    const name = 'Pay invoice \u202Efdp.exe';
    const named = nameRecord('evidenceFiles', { name });
    expect(named).toBe(`Evidence file “${isolate(name)}”`);
    const refusal = `${named} belongs to no certification in the file.`;
    expect(levelsAround(refusal, isolate(name))).toMatch(/^0+$/);
    const site = '\u05D1\u05D9\u05EA \u05D7\u05D5\u05DC\u05D9\u05DD \u202E3';
    expect(
      levelsAround(
        recordProblem('clinicalEntries', { ...ENTRY, site }, ['hours'], 'is wrong'),
        isolate(site),
      ),
    ).toMatch(/^0+$/);
  });

  it('shortens a very long name', () => {
    const named = nameRecord('courses', { name: 'x'.repeat(500) });
    expect(named.length).toBeLessThan(80);
    expect(named).toMatch(/…\u2069”$/);
  });
});

describe('fieldWords', () => {
  it.each<[PropertyKey[], string]>([
    [['hours'], 'hours'],
    [['expiresOn'], 'expiry date'],
    [['verifiedOn'], 'sign-off date'],
    [['cardNumber'], 'card number'],
    [['attempts', 1, 'takenOn'], 'attempt 2: exam date'],
    [[], ''],
  ])('%j → %s', (path, words) => {
    expect(fieldWords(path)).toBe(words);
  });
});

describe('problems naming the record', () => {
  it('reads as the student would say it', () => {
    expect(recordProblem('clinicalEntries', ENTRY, ['hours'], 'must be more than 0')).toBe(
      `Clinical log entry on Nov 3, 2026 at ${isolate('City Hospital')}: hours must be more than 0`,
    );
  });

  it('an imported file’s problems name the record, not data.table.index.field', () => {
    const text = JSON.stringify({
      format: 'medtech-ready-backup',
      version: 1,
      appVersion: '1',
      exportedAt: '2026-11-25T10:00:00.000Z',
      evidenceIncluded: false,
      data: {
        ...EMPTY_DATA,
        clinicalEntries: [ENTRY],
        courses: [{ id: 'c', name: 'Biology', credits: 'four' }],
      },
    });
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContain(
      `Clinical log entry on Nov 3, 2026 at ${isolate('City Hospital')}: hours must be more than 0`,
    );
    expect(
      problems.some((problem) =>
        problem.startsWith(`Course “${isolate('Biology')}”: credits is wrong`),
      ),
    ).toBe(true);
    for (const problem of problems) expect(problem).not.toMatch(/data\.|\.\d+\./);
  });

  it('the database’s refusal names the record too', () => {
    expect(rowRefusal('clinicalEntries', { ...ENTRY, hours: 25 })).toBe(
      `Clinical log entry on Nov 3, 2026 at ${isolate('City Hospital')} cannot be kept: hours cannot be more than 24 hours.`,
    );
    expect(rowRefusal('clinicalEntries', ENTRY)).toMatch(/hours must be more than 0\.$/);
  });
});
