/**
 * store/table-mirror.ts's pure parts: rows patched in key order, and the keys a commit's
 * announcement names. The mirror itself, against fake-indexeddb, is in sync.test.ts.
 */
import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { keysNamed, patchRows } from '../../src/store/table-mirror';

interface Row {
  id: string;
  value: number;
}
const row = (id: string, value = 0): Row => ({ id, value });
const keyOf = (r: Row) => r.id;

describe('patchRows', () => {
  const rows = [row('b'), row('d'), row('f')];

  it('inserts a new key in its place, as a whole read would list it', () => {
    const next = patchRows(rows, keyOf, [
      ['a', row('a')],
      ['e', row('e')],
      ['g', row('g')],
    ]);
    expect(next.map(keyOf)).toEqual(['a', 'b', 'd', 'e', 'f', 'g']);
  });

  it('replaces a written row and keeps every other row the same object', () => {
    const next = patchRows(rows, keyOf, [['d', row('d', 5)]]);
    expect(next).toEqual([row('b'), row('d', 5), row('f')]);
    expect(next[0]).toBe(rows[0]);
    expect(next[2]).toBe(rows[2]);
    expect(rows[1]).toEqual(row('d')); // the input is left alone
  });

  it('deletes a key that is gone, and ignores one that never was', () => {
    expect(patchRows(rows, keyOf, [['d', undefined]]).map(keyOf)).toEqual(['b', 'f']);
    expect(patchRows(rows, keyOf, [['c', undefined]]).map(keyOf)).toEqual(['b', 'd', 'f']);
  });

  it('orders keys as IndexedDB does (by code unit, not by locale)', () => {
    const next = patchRows([], keyOf, [
      ['b', row('b')],
      ['B', row('B')],
      ['é', row('é')],
      ['10', row('10')],
      ['9', row('9')],
    ]);
    expect(next.map(keyOf)).toEqual(['10', '9', 'B', 'b', 'é']);
  });
});

describe('keysNamed', () => {
  const part = (set: RangeSet) => ({ 'idb://db/clinicalEntries/': set });

  it('lists the single keys a commit names', () => {
    expect(keysNamed(part(new RangeSet().addKeys(['x', 'y'])), 'db', 'clinicalEntries')).toEqual([
      'x',
      'y',
    ]);
  });

  it("is 'all' for a range (a clear, a bulk write of 50 rows or more)", () => {
    expect(keysNamed(part(new RangeSet('a', 'z')), 'db', 'clinicalEntries')).toBe('all');
  });

  it('is undefined for a commit to another table or another database', () => {
    expect(keysNamed(part(new RangeSet().addKey('x')), 'db', 'targets')).toBeUndefined();
    expect(keysNamed(part(new RangeSet().addKey('x')), 'other', 'clinicalEntries')).toBeUndefined();
  });

  it("reads another tab's announcement, which arrives as plain objects", () => {
    const plain = JSON.parse(JSON.stringify(new RangeSet().addKeys(['x', 'y', 'z']))) as RangeSet;
    expect(keysNamed(part(plain), 'db', 'clinicalEntries')).toEqual(['x', 'y', 'z']);
  });
});
