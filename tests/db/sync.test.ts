/**
 * store/sync.ts (the mirror) and store/echo.ts (a write waits for its own echo), against
 * fake-indexeddb. A second MedTechDatabase on the same name plays another tab: Dexie announces its
 * commits to this one as a browser's BroadcastChannel would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MedTechDatabase } from '../../src/db/database';
import { EMPTY_SNAPSHOT, SLICE_READERS } from '../../src/db/snapshot';
import type { Snapshot } from '../../src/db/snapshot';
import { runWrite, useAppStore } from '../../src/store/app-store';
import { tablesIn } from '../../src/store/echo';
import { startSync } from '../../src/store/sync';
import type { ClinicalEntry, Target } from '../../src/domain/types';

let db: MedTechDatabase;
let otherTab: MedTechDatabase;
let stop: () => void;

function entry(id: string, hours = 2): ClinicalEntry {
  return {
    id,
    date: '2026-11-20',
    site: 'City Hospital',
    area: 'chemistry',
    hours,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
  };
}

const target: Target = {
  id: 'target-1',
  name: 'City MLT program',
  kind: 'program',
  date: '2027-04-15',
  pathwayId: 'mlt',
  createdAt: 'x',
  updatedAt: 'x',
};

/** Resolves when the store's snapshot satisfies `ready`. */
function storeReaches(ready: (snapshot: Snapshot) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready(useAppStore.getState().snapshot)) return resolve();
    const unsubscribe = useAppStore.subscribe((state) => {
      if (ready(state.snapshot)) {
        unsubscribe();
        resolve();
      }
    });
  });
}

async function startMirror(): Promise<void> {
  stop = startSync(db);
  await new Promise<void>((resolve) => {
    if (useAppStore.getState().status === 'ready') return resolve();
    const unsubscribe = useAppStore.subscribe((state) => {
      if (state.status === 'ready') {
        unsubscribe();
        resolve();
      }
    });
  });
}

beforeEach(async () => {
  const name = `sync-${crypto.randomUUID()}`;
  db = new MedTechDatabase(name);
  otherTab = new MedTechDatabase(name);
  await db.open();
  await otherTab.open();
  useAppStore.setState({
    snapshot: EMPTY_SNAPSHOT,
    loaded: {},
    status: 'loading',
    writeError: undefined,
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  stop?.();
  otherTab.close();
  await db.delete();
});

describe('the mirror (sync.ts)', () => {
  it('has exactly one reader per part of the snapshot (a second one re-reads its table twice)', () => {
    const keys = SLICE_READERS.map((slice) => slice.key).sort();
    expect(keys).toEqual(Object.keys(EMPTY_SNAPSHOT).sort());
  });

  it('is ready only once every slice has arrived, with the stored rows', async () => {
    await db.clinicalEntries.put(entry('e1'));
    await db.targets.put(target);
    await startMirror();
    const { snapshot } = useAppStore.getState();
    expect(snapshot.clinicalEntries.map((row) => row.id)).toEqual(['e1']);
    expect(snapshot.targets.map((row) => row.id)).toEqual(['target-1']);
  });

  it("shows another tab's write", async () => {
    await startMirror();
    await otherTab.targets.put(target);
    await storeReaches((snapshot) => snapshot.targets.length === 1);
    expect(useAppStore.getState().snapshot.targets[0]?.name).toBe('City MLT program');
  });

  it('stops mirroring when stopped', async () => {
    await startMirror();
    stop();
    await db.clinicalEntries.put(entry('late'));
    // A write after the stop is not mirrored, and nothing waits for it either.
    expect(await runWrite(() => db.clinicalEntries.put(entry('later')))).toBe(true);
    expect(useAppStore.getState().snapshot.clinicalEntries).toEqual([]);
  });

  it('says the records could not be read when a slice fails, and writes stop waiting', async () => {
    vi.spyOn(db.targets, 'toArray').mockRejectedValue(new Error('The disk is unreadable'));
    stop = startSync(db);
    await new Promise<void>((resolve) => {
      const unsubscribe = useAppStore.subscribe((state) => {
        if (state.status === 'failed') {
          unsubscribe();
          resolve();
        }
      });
    });
    expect(useAppStore.getState().loadError).toEqual({
      reason: 'other',
      detail: 'The disk is unreadable',
    });
    expect(await runWrite(() => db.targets.put(target))).toBe(true);
  });
});

describe('a whole table, row by row (table-mirror.ts)', () => {
  const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

  it('a write of one entry to a log of 300 reads that entry, not the log', async () => {
    await db.clinicalEntries.bulkPut(
      Array.from({ length: 300 }, (_, index) => entry(`e${String(index).padStart(3, '0')}`)),
    );
    await startMirror();
    const before = useAppStore.getState().snapshot.clinicalEntries;
    const wholeReads = vi.spyOn(db.clinicalEntries, 'toArray');
    const rowReads = vi.spyOn(db.clinicalEntries, 'bulkGet');

    await runWrite(() => db.clinicalEntries.put(entry('e150a', 3)));
    const after = useAppStore.getState().snapshot.clinicalEntries;
    expect(wholeReads).not.toHaveBeenCalled();
    expect(rowReads).toHaveBeenCalledTimes(1);
    expect(rowReads.mock.calls[0]?.[0]).toEqual(['e150a']);
    // The same rows, in the same order, as a whole read gives; the untouched rows unchanged.
    expect(ids(after)).toEqual(ids(await db.clinicalEntries.toArray()));
    expect(after).toHaveLength(301);
    expect(after[0]).toBe(before[0]);
    expect(after[299]).toBe(before[298]);
  });

  it("another tab's edit and delete arrive row by row", async () => {
    await db.clinicalEntries.bulkPut([entry('a'), entry('b'), entry('c')]);
    await startMirror();
    const wholeReads = vi.spyOn(db.clinicalEntries, 'toArray');
    await otherTab.clinicalEntries.update('b', { hours: 7 });
    await otherTab.clinicalEntries.delete('c');
    await storeReaches(
      (snapshot) =>
        snapshot.clinicalEntries.length === 2 &&
        snapshot.clinicalEntries.find((row) => row.id === 'b')?.hours === 7,
    );
    expect(ids(useAppStore.getState().snapshot.clinicalEntries)).toEqual(['a', 'b']);
    expect(wholeReads).not.toHaveBeenCalled();
  });

  it('a bulk write of 60 rows, or a clear, re-reads the whole table', async () => {
    await startMirror();
    const wholeReads = vi.spyOn(db.clinicalEntries, 'toArray');
    const many = Array.from({ length: 60 }, (_, index) => entry(`m${index}`));
    await runWrite(() => db.clinicalEntries.bulkPut(many));
    expect(useAppStore.getState().snapshot.clinicalEntries).toHaveLength(60);
    expect(wholeReads).toHaveBeenCalled();
    await runWrite(() => db.clinicalEntries.clear());
    expect(useAppStore.getState().snapshot.clinicalEntries).toEqual([]);
  });
});

describe('runWrite (echo.ts)', () => {
  it('resolves once its own row is in the store, not before', async () => {
    await startMirror();
    const done = runWrite(() => db.clinicalEntries.put(entry('mine')));
    const atResolution = await done.then(() => useAppStore.getState().snapshot.clinicalEntries);
    expect(atResolution.map((row) => row.id)).toEqual(['mine']);
  });

  it("does not resolve on another tab's echo that lands while it is writing", async () => {
    await startMirror();
    let sawOtherTab = false;
    const done = runWrite(async () => {
      // Another tab's change arrives and is mirrored while this write is under way…
      await otherTab.targets.put(target);
      await storeReaches((snapshot) => snapshot.targets.length === 1);
      sawOtherTab = true;
      // …and only then does this write commit.
      await db.transaction('rw', db.clinicalEntries, async () => {
        await db.clinicalEntries.put(entry('mine'));
      });
    });
    const atResolution = await done.then(() => useAppStore.getState().snapshot);
    expect(sawOtherTab).toBe(true);
    expect(atResolution.clinicalEntries.map((row) => row.id)).toEqual(['mine']);
  });

  it('waits for its own row when another tab writes the same table at the same time', async () => {
    await startMirror();
    const [ok] = await Promise.all([
      runWrite(() => db.clinicalEntries.put(entry('mine', 3))),
      otherTab.clinicalEntries.put(entry('theirs', 4)),
    ]);
    expect(ok).toBe(true);
    expect(useAppStore.getState().snapshot.clinicalEntries.map((row) => row.id)).toContain('mine');
  });

  it('a write that writes nothing resolves at once, with no timer', async () => {
    await startMirror();
    let resolved = false;
    void runWrite(async () => undefined).then(() => {
      resolved = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toBe(true);
  });

  it('a write that stores the same row again resolves on its re-read', async () => {
    await db.clinicalEntries.put(entry('same'));
    await startMirror();
    const before = useAppStore.getState().snapshot.clinicalEntries;
    expect(await runWrite(() => db.clinicalEntries.put(entry('same')))).toBe(true);
    // The store holds a fresh read of the table, equal in value.
    expect(useAppStore.getState().snapshot.clinicalEntries).not.toBe(before);
    expect(useAppStore.getState().snapshot.clinicalEntries).toEqual(before);
  });

  it('a failed write resolves false with a message, and nothing is stored', async () => {
    await startMirror();
    const ok = await runWrite(() =>
      db.transaction('rw', db.clinicalEntries, async () => {
        await db.clinicalEntries.put(entry('half'));
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }),
    );
    expect(ok).toBe(false);
    expect(useAppStore.getState().writeError).toMatch(/run out of storage space/);
    expect(await db.clinicalEntries.count()).toBe(0);
  });

  it('reads table names from Dexie announcements', () => {
    expect(
      [
        ...tablesIn({
          'idb://medtech-ready/clinicalEntries/': 1,
          'idb://medtech-ready/clinicalEntries/:dels': 1,
          'idb://medtech-ready/targets/date': 1,
          nonsense: 1,
        }),
      ].sort(),
    ).toEqual(['clinicalEntries', 'targets']);
  });
});
