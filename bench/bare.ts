/**
 * Benchmark baseline, built only by `npm run bench`: a page holding Dexie and the domain's totals
 * and nothing else, which opens the app's database as it stands, reads the clinical log and totals
 * it as soon as it loads. `performance.now()` when the totals are known is the floor under the
 * app's first screen from a cold start (navigation, script, database open and read included).
 */
import Dexie from 'dexie';
import { DATABASE_NAME } from '../src/db/schema';
import { clinicalTotals } from '../src/domain/hours';
import type { ClinicalEntry } from '../src/domain/types';

async function readAndTotal(): Promise<number> {
  // No version given: Dexie opens the database with the schema it already has.
  const db = new Dexie(DATABASE_NAME);
  await db.open();
  const entries = (await db.table('clinicalEntries').toArray()) as ClinicalEntry[];
  const totals = clinicalTotals(entries, '2026-11-25', false);
  db.close();
  document.body.dataset.counted = String(totals.counted);
  return performance.now();
}

void readAndTotal().then((at) => {
  document.body.dataset.doneAt = String(at);
});
