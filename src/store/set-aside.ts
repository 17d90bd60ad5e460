/**
 * After the first screen is shown, once per version of the record rules: move stored rows that
 * today's rules refuse out of the records (db/set-aside-repo.ts) and tell the student how many.
 * Loaded on demand by sync.ts; the record schemas load only when a check is due.
 */
import type { MedTechDatabase } from '../db/database';
import { rowsCheckedByTodaysRules } from '../db/meta-repo';
import { runWrite, useAppStore } from './app-store';

/** `stopped` says when the mirror has stopped since (the database may be closing): no write then. */
export async function checkStoredRows(
  db: MedTechDatabase,
  stopped: () => boolean = () => false,
): Promise<void> {
  // An advisor's device writes nothing (runWrite would refuse, and say so for no action of
  // theirs); its rows come from the document, checked by today's rules as they arrive.
  if (stopped() || useAppStore.getState().readOnly === true) return;
  if (await rowsCheckedByTodaysRules(db)) return;
  const { setAsideRefusedRows } = await import('../db/set-aside-repo');
  let moved = 0;
  const saved = await runWrite(async () => {
    // Asked again once runWrite has loaded its checks: each wait is a chance to have stopped.
    if (!stopped()) moved = await setAsideRefusedRows(db, useAppStore.getState().today);
  });
  if (saved && moved > 0) useAppStore.setState({ setAsideMoved: moved });
}
