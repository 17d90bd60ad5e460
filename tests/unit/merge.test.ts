import { describe, expect, it } from 'vitest';
import { mergeClinicalEntries } from '../../src/domain/merge';
import type { ClinicalEntry } from '../../src/domain/types';
import { isolate } from '../../src/domain/isolate';

function entry(date: string, hours: number): ClinicalEntry {
  return {
    id: 'e',
    date,
    site: 'City Hospital',
    area: 'chemistry',
    hours,
    createdAt: 'x',
    updatedAt: 'x',
  };
}

describe('mergeClinicalEntries (a merge keeps the form’s rule: no day over 24 hours)', () => {
  const at = (id: string, date: string, hours: number, createdAt = 'x') => ({
    ...entry(date, hours),
    id,
    createdAt,
  });

  it('leaves out what would put 40 hours on one day, and says which', () => {
    const kept = [at('here', '2026-11-02', 20)];
    const merged = mergeClinicalEntries(kept, [
      at('file-1', '2026-11-02', 20),
      at('file-2', '2026-11-02', 4),
      at('file-3', '2026-11-03', 20),
    ]);
    expect(merged.accepted.map((e) => e.id)).toEqual(['file-2', 'file-3']);
    expect(merged.refused.map((r) => r.entry.id)).toEqual(['file-1']);
    expect(merged.refused[0]?.reason).toBe(
      `Clinical log entry on Nov 2, 2026 at ${isolate('City Hospital')} (20 h): that day already has 20 h here, and a day has 24.`,
    );
  });

  it('a newer copy of an entry replaces it rather than adding to its day', () => {
    const kept = [at('same', '2026-11-02', 20)];
    const merged = mergeClinicalEntries(kept, [at('same', '2026-11-02', 22)]);
    expect(merged.accepted.map((e) => e.hours)).toEqual([22]);
    expect(merged.refused).toEqual([]);
  });

  it('takes the earliest records first when the file alone breaks the rule', () => {
    const merged = mergeClinicalEntries(
      [],
      [
        at('late', '2026-11-02', 16, '2026-11-02T12:00'),
        at('early', '2026-11-02', 16, '2026-11-02T08:00'),
      ],
    );
    expect(merged.accepted.map((e) => e.id)).toEqual(['early']);
    expect(merged.refused.map((r) => r.entry.id)).toEqual(['late']);
  });
});
