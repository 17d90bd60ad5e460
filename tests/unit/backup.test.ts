import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, MAX_BACKUP_BYTES, parseBackup } from '../../src/domain/backup';
import type { BackupData, ParseStage } from '../../src/domain/backup';
import { MAX_ROWS } from '../../src/domain/records/limits';
import {
  EMPTY_DATA,
  backupData,
  backupDataWithEvidence,
  backupText,
  malformedFiles,
} from '../fixtures/backup-arbitraries';
import { isolate } from '../../src/domain/isolate';

const EMPTY = EMPTY_DATA;

function refused(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('parseBackup', () => {
  it('reads a valid backup and counts what it holds', () => {
    const result = parseBackup(
      backupText({
        ...EMPTY,
        targets: [
          {
            id: 't',
            name: 'Job',
            kind: 'job',
            date: '2027-01-01',
            pathwayId: 'mlt',
            createdAt: 'x',
            updatedAt: 'x',
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.counts.targets).toBe(1);
  });

  it.each([
    ['not JSON', 'hello', 'This file is not a MedTech Ready backup: it is not JSON.'],
    ['a JSON list', '[1,2]', 'This file is not a MedTech Ready backup.'],
    [
      'another format',
      JSON.stringify({ format: 'other-app', version: 1 }),
      /format name is missing or different/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'medtech-ready-backup', version: BACKUP_VERSION + 1 }),
      /made by a newer version of MedTech Ready/,
    ],
    [
      'no version',
      JSON.stringify({ format: 'medtech-ready-backup' }),
      'This backup has no valid format version.',
    ],
    [
      '__proto__',
      `{"format":"medtech-ready-backup","version":1,"__proto__":{"admin":true}}`,
      /key that is not allowed \(backup.__proto__\)/,
    ],
    [
      'constructor deep inside',
      `{"format":"medtech-ready-backup","version":1,"data":{"targets":[{"constructor":{}}]}}`,
      /backup.data.targets.0.constructor/,
    ],
  ])('refuses %s', (_name, text, message) => {
    const problems = refused(text);
    if (typeof message === 'string') expect(problems).toEqual([message]);
    else expect(problems.join(' ')).toMatch(message);
  });

  it('says where a record is wrong: impossible dates, negative hours, wrong types', () => {
    const bad = backupText({
      ...EMPTY,
      clinicalEntries: [
        {
          id: 'e',
          date: '2026-02-30',
          site: 'Lab',
          area: 'chemistry',
          hours: -2,
          createdAt: 'x',
          updatedAt: 'x',
        },
      ],
    });
    const problems = refused(bad);
    // The date is not real, so the entry is named by its site and its place.
    expect(problems).toContain(
      `Clinical log entry at ${isolate('Lab')}: date is not a real calendar date (yyyy-MM-dd) from 1900-01-01 to 2199-12-31`,
    );
    expect(problems).toContain(
      `Clinical log entry at ${isolate('Lab')}: hours must be more than 0`,
    );
    expect(problems.join(' ')).not.toMatch(/data\.|clinicalEntries|\.0\./);
    expect(
      refused(
        JSON.stringify({ ...JSON.parse(backupText(EMPTY)), data: { ...EMPTY, targets: 'x' } }),
      ).join(' '),
    ).toMatch(/The file's targets is wrong/);
  });

  it('refuses an evidence file whose card is not in the backup, and duplicate records', () => {
    const orphan = {
      ...EMPTY,
      evidenceFiles: [
        {
          id: 'f',
          certificationId: 'none',
          name: 'a.png',
          mimeType: 'image/png' as const,
          size: 0,
          data: '',
          addedAt: 'x',
        },
      ],
    };
    expect(refused(backupText(orphan))).toEqual([
      `Evidence file “${isolate('a.png')}” belongs to no certification in the file.`,
    ]);
    const course = {
      id: 'c',
      name: 'Bio',
      subject: 'biology' as const,
      credits: 4,
      status: 'completed' as const,
      createdAt: 'x',
      updatedAt: 'x',
    };
    expect(refused(backupText({ ...EMPTY, courses: [course, course] }))).toEqual([
      'This file holds the same course twice.',
    ]);
  });

  it('format 2: evidence of a clearance or a requirement needs its owner in the file (a built-in requirement always exists)', () => {
    const file = (owner: Record<string, string>, id = 'f') => ({
      id,
      ...owner,
      name: `${id}.pdf`,
      mimeType: 'application/pdf' as const,
      size: 0,
      data: '',
      addedAt: 'x',
    });
    const clearance = {
      id: 'cl-1',
      kind: 'drug-screen' as const,
      testedOn: '2026-10-01',
      result: 'negative' as const,
      createdAt: 'x',
      updatedAt: 'x',
    };
    const custom = { id: 'custom-1', area: 'degree' as const, title: 'Transcript', createdAt: 'x' };
    const ok = {
      ...EMPTY,
      clearances: [clearance],
      customRequirements: [custom],
      evidenceFiles: [
        file({ clearanceId: 'cl-1' }, 'a'),
        file({ requirementKey: 'custom-1' }, 'b'),
        file({ requirementKey: 'cpr-bls' }, 'c'),
      ],
    };
    const parsed = parseBackup(backupText(ok));
    expect(parsed.ok && parsed.counts).toMatchObject({ clearances: 1, evidenceFiles: 3 });
    expect(
      refused(
        backupText({
          ...EMPTY,
          evidenceFiles: [
            file({ clearanceId: 'gone' }, 'x'),
            file({ requirementKey: 'gone' }, 'y'),
          ],
        }),
      ),
    ).toEqual([
      `Evidence file “${isolate('x.pdf')}” belongs to no clearance in the file.`,
      `Evidence file “${isolate('y.pdf')}” belongs to no requirement in the file.`,
    ]);
    // Exactly one owner: two, or none, is refused by the record's schema.
    expect(
      refused(
        backupText({
          ...ok,
          evidenceFiles: [file({ clearanceId: 'cl-1', requirementKey: 'cpr-bls' })],
        }),
      ).join(' '),
    ).toMatch(/must belong to exactly one card, clearance or requirement/);
  });

  it('reads a format-1 file as format 2: no clearances, its card files as they were', () => {
    const v1 = JSON.parse(backupText(EMPTY)) as { version: number; data: Record<string, unknown> };
    const { clearances, ...dataV1 } = v1.data;
    expect(clearances).toEqual([]);
    const parsed = parseBackup(JSON.stringify({ ...v1, version: 1, data: dataV1 }));
    expect(parsed.ok && parsed.backup.version).toBe(2);
    expect(parsed.ok && parsed.backup.data.clearances).toEqual([]);
    // A format-1 file cannot smuggle in a table it did not have... but a format-2 file must have it.
    expect(refused(JSON.stringify({ ...v1, data: dataV1 })).join(' ')).toMatch(/clearances/);
  });

  it('refuses a file with more records than a table may hold, saying the limit, before checking a record', () => {
    // The rows are not even records: the count alone refuses the file.
    const rows = Array.from({ length: MAX_ROWS.clinicalEntries + 1 }, () => ({}));
    const text = JSON.stringify({
      ...JSON.parse(backupText(EMPTY)),
      data: { ...EMPTY, clinicalEntries: rows, courses: Array(MAX_ROWS.courses + 5).fill(0) },
    });
    const stages: ParseStage[] = [];
    const result = parseBackup(text, text.length, (stage) => stages.push(stage));
    expect(result).toEqual({
      ok: false,
      problems: [
        'This file holds 20,001 clinical log entries; MedTech Ready keeps at most 20,000 clinical log entries.',
        'This file holds 505 courses; MedTech Ready keeps at most 500 courses.',
      ],
    });
    expect(stages).toEqual([{ stage: 'parsing' }]);
    // Not walked first either: even rows with a key that is never allowed are refused by count.
    const walked = text.replace('"clinicalEntries":[{}', '"clinicalEntries":[{"__proto__":{}}');
    expect(walked).not.toBe(text);
    expect(refused(walked)).toEqual(result.ok ? [] : result.problems);
  });

  it('takes a table filled to its limit, and says what it is checking', () => {
    const plans = Array.from({ length: MAX_ROWS.examPlans }, (_, index) => ({
      id: `plan-${index}`,
      exam: 'ascp-mlt',
      attempts: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }));
    const stages: ParseStage[] = [];
    const atLimit = backupText({ ...EMPTY, examPlans: plans } as BackupData);
    const result = parseBackup(atLimit, atLimit.length, (stage) => stages.push(stage));
    expect(result.ok && result.counts.examPlans).toBe(MAX_ROWS.examPlans);
    expect(stages).toEqual([
      { stage: 'parsing' },
      { stage: 'checking', records: MAX_ROWS.examPlans },
    ]);
    const over = backupText({
      ...EMPTY,
      examPlans: [...plans, { ...plans[0], id: 'one-more' }],
    } as BackupData);
    expect(refused(over)).toEqual([
      'This file holds 201 exam plans; MedTech Ready keeps at most 200 exam plans.',
    ]);
  });

  it('refuses a file over 50 MB before reading it', () => {
    expect(parseBackup('', MAX_BACKUP_BYTES + 1)).toEqual({
      ok: false,
      problems: ['This file is 50.0 MB; a backup can be at most 50 MB.'],
    });
  });
});

// Enough runs to meet every shape the generators make (they vary every table, optional field and
// enum), each category of bad file on its own so none hides behind another.
describe('property: the backup gate', () => {
  it('reads back generated valid backups exactly as written', () => {
    fc.assert(
      fc.property(backupData, (data) => {
        const result = parseBackup(backupText(data));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.backup.data).toEqual(data);
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads back backups with evidence files byte for byte', () => {
    fc.assert(
      fc.property(backupDataWithEvidence, (data) => {
        const result = parseBackup(backupText(data));
        expect(result.ok && result.backup.data.evidenceFiles).toEqual(data.evidenceFiles);
      }),
      { numRuns: 200 },
    );
  });

  it.each(Object.entries(malformedFiles))(
    'refuses %s with messages, never throwing',
    (_category, files) => {
      fc.assert(
        fc.property(files, (text) => {
          const result = parseBackup(text);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        }),
        { numRuns: 150 },
      );
    },
  );
});
