/**
 * The sync code's side of the outbox (outbox.ts notes the changes): turning sync on or off for
 * this database, reading the noted changes in order and letting go of those sent. Kept apart from
 * the hook so that it loads with the sync code, never on the first screen.
 */
import type { MedTechDatabase } from './database';
import { SYNC_ENABLED_KEY, noteSyncEnabled } from './outbox';
import type { OutboxRow } from './outbox';

/**
 * Turn sync on or off for this database. From on, every change to a record is noted; changes from
 * before are not, so the sync code's first upload must read every table. Off forgets every note,
 * in the same transaction as the flag, and notes no more.
 */
export async function setSyncEnabled(db: MedTechDatabase, on: boolean): Promise<void> {
  // Off at once, so that no transaction begun meanwhile notes a change after the outbox is cleared.
  if (!on) noteSyncEnabled(db, false);
  try {
    await db.transaction('rw', db.meta, db.outbox, async () => {
      await db.meta.put({ key: SYNC_ENABLED_KEY, value: on });
      if (!on) await db.outbox.clear();
    });
  } catch (error) {
    // Nothing was written: the hook goes on doing what the stored flag says.
    noteSyncEnabled(db, await syncEnabled(db).catch(() => false));
    throw error;
  }
  noteSyncEnabled(db, on);
}

/** Whether sync is on for this database, as stored. */
export async function syncEnabled(db: MedTechDatabase): Promise<boolean> {
  return (await db.meta.get(SYNC_ENABLED_KEY))?.value === true;
}

/** The first `limit` noted changes, oldest first (after the note `afterSeq`, when given). */
export function readOutbox(
  db: MedTechDatabase,
  limit: number,
  afterSeq?: number,
): Promise<OutboxRow[]> {
  const notes =
    afterSeq === undefined ? db.outbox.toCollection() : db.outbox.where(':id').above(afterSeq);
  return notes.limit(limit).toArray();
}

/**
 * Let go of every noted change up to and including `uptoSeq`: the server has it. The notes in
 * `keep` stay, for a change that could not be sent yet (an evidence file while offline).
 */
export async function ackOutbox(
  db: MedTechDatabase,
  uptoSeq: number,
  keep: ReadonlySet<number> = new Set(),
): Promise<void> {
  const sent = db.outbox.where(':id').belowOrEqual(uptoSeq);
  await (keep.size === 0 ? sent : sent.filter((note) => !keep.has(note.seq))).delete();
}

/**
 * Note a row as changed, as the hook would have: for a row that existed before sync was turned on
 * and could not be sent in the first round (an evidence file while the server was out of reach).
 */
export async function noteAgain(db: MedTechDatabase, table: string, key: string): Promise<void> {
  await db.outbox.add({ table, key, op: 'put', at: new Date().toISOString() });
}
