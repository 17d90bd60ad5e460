/**
 * Facts about this database itself, in its `meta` table (never part of a backup): for now, which
 * version of the record rules its rows were last checked by (set-aside-repo.ts). Tiny and free of
 * the record schemas, so the check on each start costs one small read.
 */
import { RECORD_RULES_VERSION } from '../domain/records/limits';
import type { MedTechDatabase } from './database';

const RULES_CHECKED_KEY = 'rowsCheckedForRules';

/** The note that the rows obey today's rules: true of a database created just now, empty. */
export const RULES_CHECKED_NOTE = { key: RULES_CHECKED_KEY, value: RECORD_RULES_VERSION };

/** Whether the stored rows have been checked by today's rules. */
export async function rowsCheckedByTodaysRules(db: MedTechDatabase): Promise<boolean> {
  const row = await db.meta.get(RULES_CHECKED_KEY);
  return row?.value === RECORD_RULES_VERSION;
}

/** Note that the rows now obey today's rules (inside the transaction that made them so). */
export async function noteRowsChecked(db: MedTechDatabase): Promise<void> {
  await db.meta.put(RULES_CHECKED_NOTE);
}
