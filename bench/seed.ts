/**
 * Benchmark seeder, built only by `npm run bench` (never part of the app's build). It writes a
 * large database through the app's own db layer, and times a bare Dexie read and the domain's
 * totals for comparison with the app's first screen.
 */
import { readBackupData } from '../src/db/backup-repo';
import { writeImportKeepingUndo } from '../src/db/import-undo-repo';
import Dexie from 'dexie';
import { MedTechDatabase, db } from '../src/db/database';
import { DATABASE_NAME } from '../src/db/schema';
import { loadRowGuard } from '../src/db/row-guard';
import { buildBackup } from '../src/domain/backup';
import { EVIDENCE_MAX_BYTES, MAX_ROWS } from '../src/domain/records/limits';
import { attachEvidence } from '../src/db/evidence-repo';
import { readBackupInWorker } from '../src/workers/backup-reader';
import { saveSettings } from '../src/db/settings-repo';
import { clinicalTotals } from '../src/domain/hours';
import type { ClinicalEntry } from '../src/domain/types';

const AREAS = ['chemistry', 'hematology', 'microbiology', 'blood-bank', 'urinalysis', 'immunology'];

function isoDay(daysAgo: number): string {
  const date = new Date(2026, 10, 25 - daysAgo);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function entriesOf(count: number): ClinicalEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const date = isoDay(index % 700);
    return {
      id: `entry-${index}`,
      date,
      site: `Site ${index % 7}`,
      area: AREAS[index % AREAS.length] ?? 'chemistry',
      hours: 0.25 * ((index % 8) + 1),
      ...(index % 3 === 0 ? {} : { verifiedOn: date }),
      createdAt: `2026-01-01T00:00:00.${String(index % 1000).padStart(3, '0')}Z`,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

async function seed(count: number): Promise<{ entries: number; total: number }> {
  // Every write is checked against the record schemas, as in the app (db/row-guard.ts).
  await loadRowGuard();
  await Promise.all(db.tables.map((table) => table.clear()));
  const entries = entriesOf(count);
  await db.clinicalEntries.bulkPut(entries);
  await db.certifications.bulkPut(
    Array.from({ length: 50 }, (_, index) => ({
      id: `cert-${index}`,
      type: index % 2 === 0 ? ('cpr-bls' as const) : ('first-aid' as const),
      provider: 'aha' as const,
      name: index % 2 === 0 ? 'BLS Provider' : 'Heartsaver First Aid',
      issuedOn: isoDay(30 * index),
      expiresOn: isoDay(30 * index - 730),
      createdAt: `2026-01-01T00:00:00.${String(index).padStart(3, '0')}Z`,
      updatedAt: '2026-01-01T00:00:00.000Z',
    })),
  );
  await db.customRequirements.bulkPut(
    Array.from({ length: 100 }, (_, index) => ({
      id: `custom-${index}`,
      area: (['degree', 'exam', 'clinical', 'cpr-first-aid'] as const)[index % 4] ?? 'degree',
      title: `Requirement of my own ${index + 1}`,
      createdAt: `2026-01-01T00:00:00.${String(index).padStart(3, '0')}Z`,
    })),
  );
  await saveSettings(db, { clinicalTargets: { totalHours: 10_000, byArea: {} } });
  return { entries: count, total: clinicalTotals(entries, '2026-11-25', false).counted };
}

async function bareRead(): Promise<{ readMs: number; totalMs: number; entries: number }> {
  const started = performance.now();
  const entries = await db.clinicalEntries.toArray();
  const read = performance.now();
  clinicalTotals(entries, '2026-11-25', false);
  return { readMs: read - started, totalMs: performance.now() - read, entries: entries.length };
}

/**
 * The floor under an import: the same entries written back with Dexie alone, in one transaction
 * (the table cleared first, as Replace does), with no copy for Undo and no checks.
 */
async function bareWrite(count: number): Promise<{ writeMs: number }> {
  const entries = entriesOf(count);
  // A plain Dexie over the same database: none of the app's middleware (the row guard).
  const bare = new Dexie(DATABASE_NAME);
  await bare.open();
  const table = bare.table('clinicalEntries');
  const started = performance.now();
  await bare.transaction('rw', table, async () => {
    await table.clear();
    await table.bulkPut(entries);
  });
  const writeMs = performance.now() - started;
  bare.close();
  return { writeMs };
}

// Long main-thread tasks, so an import can report the longest one it caused.
const longTasks: { start: number; duration: number }[] = [];
const longTaskObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
});
longTaskObserver.observe({ type: 'longtask', buffered: true });

interface ImportTiming {
  entries: number;
  bytes: number;
  checkMs: number;
  writeMs: number;
  longestTaskMs: number;
}

/**
 * The database (seeded) exported as a backup file, its clinical log set to `entries` entries;
 * then chosen as a File, checked in the import worker and written (Replace, keeping the records
 * from before for Undo import), each timed, as the Backup screen does it.
 */
async function importBench(entries: number): Promise<ImportTiming> {
  await loadRowGuard();
  const data = { ...(await readBackupData(db, true)), clinicalEntries: entriesOf(entries) };
  const text = JSON.stringify(
    buildBackup(data, {
      appVersion: 'bench',
      exportedAt: new Date().toISOString(),
      evidenceIncluded: true,
    }),
  );
  const file = new File([text], 'bench.json', { type: 'application/json' });
  const started = performance.now();
  const checked = await readBackupInWorker(file);
  const read = performance.now();
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  // As the Backup screen does it: the records from before kept for Undo import, in the same
  // transaction.
  await writeImportKeepingUndo(db, checked.rows, 'replace', true, {
    importedAt: new Date().toISOString(),
    importedOn: '2026-11-25',
    keptUntil: '2026-12-02',
    mode: 'replace',
  });
  const written = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  longTasks.push(
    ...longTaskObserver.takeRecords().map((entry) => ({
      start: entry.startTime,
      duration: entry.duration,
    })),
  );
  const during = longTasks.filter((task) => task.start + task.duration >= started);
  return {
    entries,
    bytes: file.size,
    checkMs: read - started,
    writeMs: written - read,
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
  };
}

/** Resolves once `check` holds, asked again every 50 ms (a benchmark's wait, never a test's). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** A file of `size` random bytes (incompressible, as a scan is), as a PDF. */
function randomFile(size: number): Blob {
  const bytes = new Uint8Array(size);
  // getRandomValues fills at most 65,536 bytes a call.
  for (let start = 0; start < size; start += 65_536)
    crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  return new Blob([bytes], { type: 'application/pdf' });
}

/**
 * Sync through the sync server `server` (started by scripts/bench.mjs): a device holding `count`
 * entries and one evidence file of the largest size a file may have turns sync on and sends them
 * all; then a fresh device joins and receives them all, the file's bytes included, each in a
 * database of its own, as two browsers would.
 */
async function syncBench(
  count: number,
  server: string,
  token: string,
): Promise<{ sendMs: number; receiveMs: number }> {
  const { startSession } = await import('../src/sync/session');
  const { generateSyncKey } = await import('../src/sync/crypto');
  const { newDocumentName } = await import('../src/sync/pairing');
  await loadRowGuard();
  const pairing = {
    server,
    doc: newDocumentName(),
    token,
    key: (await generateSyncKey()).text,
    access: 'edit' as const,
  };
  const first = new MedTechDatabase(`bench-sync-first-${pairing.doc}`);
  const fresh = new MedTechDatabase(`bench-sync-fresh-${pairing.doc}`);
  await first.clinicalEntries.bulkPut(entriesOf(count));
  await attachEvidence(
    first,
    { requirementKey: 'mlt-exam' },
    { name: 'transcript.pdf', mimeType: 'application/pdf', blob: randomFile(EVIDENCE_MAX_BYTES) },
  );
  const started = performance.now();
  const sending = await startSession(first, pairing);
  await until(async () => sending.status().state === 'synced');
  await sending.settled();
  const sent = performance.now();
  const receiving = await startSession(fresh, pairing);
  await until(
    async () =>
      (await fresh.clinicalEntries.count()) === count &&
      (await fresh.evidenceFiles.toArray()).some((file) => file.blob.size === EVIDENCE_MAX_BYTES),
  );
  const received = performance.now();
  await sending.stop();
  await receiving.stop();
  for (const database of [first, fresh]) {
    database.close();
    await database.delete();
  }
  return { sendMs: sent - started, receiveMs: received - sent };
}

Object.assign(window, {
  medtechBench: {
    seed,
    bareRead,
    bareWrite,
    importBench,
    syncBench,
    rowLimit: MAX_ROWS.clinicalEntries,
  },
});
document.body.dataset.ready = 'true';
