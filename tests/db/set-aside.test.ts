/**
 * Rows stored under older rules that today's refuse are moved aside, once, whole and with the
 * reason (db/set-aside-repo.ts): what stays is accepted by the app's own backup, a card's evidence
 * goes with its card, an edit made since is never undone, and nothing is deleted unasked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readStoredRows } from '../../src/db/backup-repo';
import { MedTechDatabase } from '../../src/db/database';
import { rowsCheckedByTodaysRules } from '../../src/db/meta-repo';
import {
  discardSetAside,
  readSetAside,
  setAsideFileText,
  setAsideRefusedRows,
} from '../../src/db/set-aside-repo';
import { toBackupData } from '../../src/db/stored-rows';
import { buildBackup, parseBackup } from '../../src/domain/backup';
import { GOOD_ENTRY, LOOSE_EVIDENCE, createLooseVersion5Database } from '../fixtures/db-v5-loose';

const TODAY = '2026-12-02';
let db: MedTechDatabase | undefined;

afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function openLoose(): Promise<MedTechDatabase> {
  const name = `loose-${crypto.randomUUID()}`;
  await createLooseVersion5Database(name);
  db = new MedTechDatabase(name);
  await db.open();
  return db;
}

async function exportAndReimport(database: MedTechDatabase) {
  const backup = buildBackup(await toBackupData(await readStoredRows(database), true), {
    appVersion: 'test',
    exportedAt: '2026-12-02T10:00:00.000Z',
    evidenceIncluded: true,
  });
  const text = JSON.stringify(backup);
  return parseBackup(text, text.length);
}

describe('rows that today’s rules refuse', () => {
  it('the upgrade keeps them as they were, and the app’s own backup refuses the result', async () => {
    const database = await openLoose();
    expect(await database.clinicalEntries.count()).toBe(2);
    expect(await rowsCheckedByTodaysRules(database)).toBe(false);
    expect((await exportAndReimport(database)).ok).toBe(false);
  });

  it('are moved aside with their reason; what stays exports and imports again', async () => {
    const database = await openLoose();
    expect(await setAsideRefusedRows(database, TODAY)).toBe(4);

    expect(await database.clinicalEntries.toArray()).toEqual([GOOD_ENTRY]);
    expect((await database.certifications.toArray()).map((card) => card.id)).toEqual(['card-good']);
    expect(await database.targets.count()).toBe(0);
    expect(await database.evidenceFiles.count()).toBe(0);

    const aside = await readSetAside(database);
    expect(aside.map((row) => [row.table, row.row.id, row.setAsideOn]).sort()).toEqual(
      [
        ['certifications', 'card-9999', TODAY],
        ['clinicalEntries', 'entry-punctures', TODAY],
        ['evidenceFiles', 'evidence-9999', TODAY],
        ['targets', 'target-huge', TODAY],
      ].sort(),
    );
    const reasons = Object.fromEntries(aside.map((row) => [row.row.id, row.problem]));
    expect(reasons['entry-punctures']).toMatch(/1000|1,000/);
    expect(reasons['target-huge']).toMatch(/10000|10,000/);
    expect(reasons['card-9999']).toMatch(/date/i);
    expect(reasons['evidence-9999']).toBe('what it belongs to was set aside');

    const reimported = await exportAndReimport(database);
    expect(reimported.ok).toBe(true);
    expect(await rowsCheckedByTodaysRules(database)).toBe(true);
  });

  it('keep every byte: the file to download holds each row as stored, evidence in base64', async () => {
    const database = await openLoose();
    await setAsideRefusedRows(database, TODAY);
    const file = JSON.parse(await setAsideFileText(await readSetAside(database))) as {
      format: string;
      rows: Array<{ table: string; row: Record<string, unknown> }>;
    };
    expect(file.format).toBe('medtech-ready-set-aside');
    const evidence = file.rows.find((row) => row.table === 'evidenceFiles')?.row;
    expect(evidence?.data).toBe(btoa('%PDF'));
    expect(evidence?.name).toBe(LOOSE_EVIDENCE.name);
    const entry = file.rows.find((row) => row.table === 'clinicalEntries')?.row;
    expect(entry?.counts).toEqual({ 'skin-puncture': 100_001 });
  });

  it('a row mended before the move stays where it is', async () => {
    const database = await openLoose();
    // The row is found refused, then mended (by a raw write, as another tab's old version might)
    // before the move: the move checks it again in its own transaction and leaves it.
    const original = database.transaction.bind(database);
    let mended = false;
    (database as unknown as { transaction: unknown }).transaction = async (...args: unknown[]) => {
      if (!mended) {
        mended = true;
        await database.targets.update('target-huge', { clinicalHours: 1_000 });
      }
      return (original as (...a: unknown[]) => unknown)(...args);
    };
    expect(await setAsideRefusedRows(database, TODAY)).toBe(3);
    expect((await database.targets.get('target-huge'))?.clinicalHours).toBe(1_000);
  });

  it('are let go only when asked, one by one', async () => {
    const database = await openLoose();
    await setAsideRefusedRows(database, TODAY);
    const [first, ...rest] = await readSetAside(database);
    await discardSetAside(database, first!.id);
    expect((await readSetAside(database)).map((row) => row.id)).toEqual(rest.map((row) => row.id));
  });

  it('a clean database moves nothing and is checked once', async () => {
    db = new MedTechDatabase(`clean-${crypto.randomUUID()}`);
    await db.open();
    await db.clinicalEntries.add(GOOD_ENTRY);
    expect(await setAsideRefusedRows(db, TODAY)).toBe(0);
    expect(await db.clinicalEntries.count()).toBe(1);
    expect(await rowsCheckedByTodaysRules(db)).toBe(true);
  });
});

describe('a database created new', () => {
  it('is noted as checked by today’s rules: no old rows to look for', async () => {
    db = new MedTechDatabase(`new-${crypto.randomUUID()}`);
    await db.open();
    expect(await rowsCheckedByTodaysRules(db)).toBe(true);
  });
});
