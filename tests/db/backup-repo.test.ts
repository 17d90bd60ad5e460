import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  readBackupData,
  readStoredRows,
  restoreStoredRows,
  writeBackup,
} from '../../src/db/backup-repo';
import type { StoredRows } from '../../src/db/backup-repo';
import { MedTechDatabase } from '../../src/db/database';
import { parseBackup } from '../../src/domain/backup';
import type { BackupData } from '../../src/domain/backup';
import { backupDataWithEvidence, backupText, malformedFiles } from '../fixtures/backup-arbitraries';
import { V3_ROWS, createVersion3Database } from '../fixtures/db-v3';

let db: MedTechDatabase;

beforeEach(async () => {
  const name = `backup-${crypto.randomUUID()}`;
  await createVersion3Database(name);
  db = new MedTechDatabase(name);
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The stored rows with Blobs replaced by their bytes, so they compare by value. */
async function comparable(rows: StoredRows) {
  const evidenceFiles = await Promise.all(
    rows.evidenceFiles.map(async (file) => ({
      ...file,
      blob: [...new Uint8Array(await (file.blob as Blob).arrayBuffer())],
    })),
  );
  const all: Record<string, Record<string, unknown>[]> = { ...rows, evidenceFiles };
  const sorted = Object.fromEntries(
    Object.entries(all).map(([table, list]) => [
      table,
      [...list].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key))),
    ]),
  );
  return sorted;
}

function parsed(data: BackupData) {
  const result = parseBackup(backupText(data));
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.backup;
}

describe('export and import', () => {
  it('exports a database and re-imports it into an empty one identically, files included', async () => {
    const before = await comparable(await readStoredRows(db));
    const backup = parsed(await readBackupData(db, true));
    const fresh = new MedTechDatabase(`fresh-${crypto.randomUUID()}`);
    await fresh.open();
    await writeBackup(fresh, backup.data, 'replace', true);
    expect(await comparable(await readStoredRows(fresh))).toEqual(before);
    await fresh.delete();
  });

  it('merges: newer records win, nothing is duplicated, records only here stay', async () => {
    const backup = parsed(await readBackupData(db, true));
    const older = {
      ...backup.data.clinicalEntries[0]!,
      hours: 1,
      updatedAt: '2020-01-01T00:00:00.000Z',
    };
    const newer = {
      ...backup.data.courses[0]!,
      name: 'Microbiology with lab',
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    const added = { ...newer, id: 'course-2', name: 'Organic chemistry' };
    await writeBackup(
      db,
      { ...backup.data, clinicalEntries: [older], courses: [newer, added], targets: [] },
      'merge',
      true,
    );
    expect(await db.clinicalEntries.get('entry-1')).toMatchObject({ hours: 7.5 });
    expect((await db.courses.toArray()).map((course) => course.name).sort()).toEqual([
      'Microbiology with lab',
      'Organic chemistry',
    ]);
    expect(await db.examPlans.count()).toBe(V3_ROWS.examPlans.length);
  });

  it('a merge keeps the form’s rules: no day over 24 hours, and says what it left out', async () => {
    const backup = parsed(await readBackupData(db, true));
    const here = backup.data.clinicalEntries[0]!;
    const sameDay = (id: string, hours: number) => ({
      ...here,
      id,
      hours,
      updatedAt: '2030-01-01T00:00:00.000Z',
    });
    const report = await writeBackup(
      db,
      { ...backup.data, clinicalEntries: [sameDay('file-20', 20), sameDay('file-2', 2)] },
      'merge',
      true,
    );
    const onThatDay = (await db.clinicalEntries.toArray()).filter((row) => row.date === here.date);
    expect(onThatDay.reduce((sum, row) => sum + row.hours, 0)).toBeLessThanOrEqual(24);
    expect(onThatDay.map((row) => row.id).sort()).toEqual(['entry-1', 'file-2']);
    expect(report.leftOut).toHaveLength(1);
    expect(report.leftOut[0]).toMatch(
      /^Clinical log entry on .* at .* \(20 h\): that day already has/,
    );
  });

  it('keeps the files here when a backup made without files replaces everything', async () => {
    await db.evidenceFiles.bulkPut([
      {
        id: 'keep',
        certificationId: 'cert-1',
        name: 'card.png',
        mimeType: 'image/png',
        size: 1,
        blob: new Blob(['x']),
        addedAt: 'x',
      },
      {
        id: 'drop',
        certificationId: 'cert-gone',
        name: 'old.png',
        mimeType: 'image/png',
        size: 1,
        blob: new Blob(['y']),
        addedAt: 'x',
      },
    ]);
    await db.evidenceFiles.bulkPut([
      {
        id: 'keep-requirement',
        requirementKey: 'cpr-bls',
        name: 'letter.pdf',
        mimeType: 'application/pdf',
        size: 1,
        blob: new Blob(['z']),
        addedAt: 'x',
      },
      {
        id: 'drop-custom',
        requirementKey: 'custom-gone',
        name: 'sheet.pdf',
        mimeType: 'application/pdf',
        size: 1,
        blob: new Blob(['w']),
        addedAt: 'x',
      },
      {
        id: 'drop-clearance',
        clearanceId: 'clearance-gone',
        name: 'tb.pdf',
        mimeType: 'application/pdf',
        size: 1,
        blob: new Blob(['v']),
        addedAt: 'x',
      },
    ]);
    const data = await readBackupData(db, false);
    expect(data.evidenceFiles).toEqual([]);
    await writeBackup(db, data, 'replace', false);
    // The card's file stays, and a built-in requirement's; a file of a record the backup does not
    // have (a card, a clearance, a requirement of one's own) goes with it.
    expect((await db.evidenceFiles.toArray()).map((file) => file.id).sort()).toEqual([
      'keep',
      'keep-requirement',
    ]);
  });

  it('undoes an import exactly', async () => {
    const before = await readStoredRows(db);
    const expected = await comparable(before);
    await writeBackup(
      db,
      { ...parsed(await readBackupData(db, true)).data, targets: [], courses: [] },
      'replace',
      true,
    );
    expect(await db.courses.count()).toBe(0);
    await restoreStoredRows(db, before);
    expect(await comparable(await readStoredRows(db))).toEqual(expected);
  });

  it('leaves the database exactly as it was when a write fails part-way through', async () => {
    const before = await comparable(await readStoredRows(db));
    const backup = parsed(await readBackupData(db, true));
    const examPlans = db.table('examPlans');
    vi.spyOn(examPlans, 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await expect(writeBackup(db, backup.data, 'replace', true)).rejects.toThrow(/quota/);
    expect(await comparable(await readStoredRows(db))).toEqual(before);
  });
});

describe('property: databases', () => {
  it('generated databases export and re-import to the identical state', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataWithEvidence, async (data) => {
        await writeBackup(db, data, 'replace', true);
        const exported = parsed(await readBackupData(db, true));
        const sortById = (value: BackupData) =>
          Object.fromEntries(
            Object.entries(value).map(([table, list]) => [
              table,
              [...(list as Record<string, unknown>[])].sort((a, b) =>
                String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)),
              ),
            ]),
          );
        expect(sortById(exported.data)).toEqual(sortById(data));
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.entries(malformedFiles))(
    'refuses %s without a single write',
    async (_category, files) => {
      const before = await comparable(await readStoredRows(db));
      const transaction = vi.spyOn(db, 'transaction');
      fc.assert(
        fc.property(files, (text) => {
          const result = parseBackup(text);
          expect(result.ok).toBe(false);
        }),
        { numRuns: 50 },
      );
      expect(transaction).not.toHaveBeenCalled();
      transaction.mockRestore();
      expect(await comparable(await readStoredRows(db))).toEqual(before);
    },
  );
});

describe('backup files of every format version', () => {
  it('imports the version-1 fixture file, every record and byte intact', async () => {
    const text = await readFile(new URL('../fixtures/backup-v1.json', import.meta.url), 'utf8');
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fresh = new MedTechDatabase(`v1-file-${crypto.randomUUID()}`);
    await fresh.open();
    await writeBackup(fresh, result.backup.data, 'replace', result.backup.evidenceIncluded);
    expect(await fresh.targets.count()).toBe(1);
    expect(await fresh.clinicalEntries.get('entry-1')).toMatchObject({ hours: 7.5 });
    const [file] = await fresh.evidenceFiles.toArray();
    expect(new TextDecoder().decode(await (file?.blob as Blob).arrayBuffer())).toBe('%PDF-1.4');
    await fresh.delete();
  });
});

describe('several tabs', () => {
  it('closes an old connection when another tab upgrades the schema, and says so', async () => {
    const seen = vi.fn();
    db.onNewerVersion(seen);
    const { default: Dexie } = await import('dexie');
    const newer = new Dexie(db.name);
    newer.version(99).stores({ extra: '&id' });
    await newer.open();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});
