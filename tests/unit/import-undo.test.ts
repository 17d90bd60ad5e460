import { describe, expect, it } from 'vitest';
import {
  UNDO_KEEP_DAYS,
  changesSince,
  describeChanges,
  fingerprints,
  stateToken,
  undoExpired,
  undoKeptUntil,
} from '../../src/domain/import-undo';

const ENTRY = { id: 'e1', date: '2026-11-20', hours: 1, updatedAt: 'a' };

describe('undo import rules', () => {
  it('keeps the copy for a week, counted in calendar days', () => {
    expect(UNDO_KEEP_DAYS).toBe(7);
    expect(undoKeptUntil('2026-12-28')).toBe('2027-01-04');
    expect(undoKeptUntil('2026-03-05')).toBe('2026-03-12');
    expect(undoExpired('2027-01-04', '2027-01-04')).toBe(false);
    expect(undoExpired('2027-01-04', '2027-01-05')).toBe(true);
  });

  it('counts records added, changed and deleted since, per kind; the same records count nothing', () => {
    const then = fingerprints({ clinicalEntries: [ENTRY, { ...ENTRY, id: 'e2' }], settings: [] });
    expect(
      changesSince(then, fingerprints({ clinicalEntries: [ENTRY, { ...ENTRY, id: 'e2' }] })),
    ).toEqual({});
    const now = fingerprints({
      clinicalEntries: [
        { ...ENTRY, hours: 2 },
        { ...ENTRY, id: 'e3' },
      ],
      settings: [{ key: 'studentName', value: 'Sam' }],
    });
    expect(changesSince(then, now)).toEqual({ clinicalEntries: 3, settings: 1 });
  });

  it('fingerprints an evidence file by its details, not its bytes', () => {
    const file = { id: 'f', name: 'card.pdf', size: 3 };
    expect(fingerprints({ evidenceFiles: [{ ...file, blob: new Blob(['abc']) }] })).toEqual(
      fingerprints({ evidenceFiles: [{ ...file, blob: new Blob(['xyz']) }] }),
    );
  });

  it('gives one token per state of the records', () => {
    const a = fingerprints({ clinicalEntries: [ENTRY] });
    expect(stateToken(a)).toBe(stateToken(fingerprints({ clinicalEntries: [{ ...ENTRY }] })));
    expect(stateToken(a)).not.toBe(
      stateToken(fingerprints({ clinicalEntries: [{ ...ENTRY, hours: 2 }] })),
    );
  });

  it('says the changes by kind, in words', () => {
    expect(describeChanges({ clinicalEntries: 1 })).toBe('1 clinical log entry');
    expect(describeChanges({ requirementStates: 2, clinicalEntries: 1, settings: 1 })).toBe(
      '2 checklist records, 1 setting and 1 clinical log entry',
    );
  });
});
