import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteCertification, saveCertification } from '../../src/db/certifications-repo';
import { removeEvidence } from '../../src/db/evidence-repo';
import type { CertificationFields } from '../../src/db/certifications-repo';
import { MedTechDatabase } from '../../src/db/database';
import { saveSettings } from '../../src/db/settings-repo';
import { readSnapshot } from '../../src/db/snapshot';

let db: MedTechDatabase;

beforeEach(async () => {
  db = new MedTechDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const BLS: CertificationFields = {
  type: 'cpr-bls',
  provider: 'aha',
  name: 'BLS Provider',
  issuedOn: '2026-06-10',
  expiresOn: '2028-06-30',
};

describe('certifications', () => {
  it('adds a card with its evidence file, stored as a Blob', async () => {
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' });
    const saved = await saveCertification(db, BLS, undefined, {
      name: 'card.jpg',
      mimeType: 'image/jpeg',
      blob,
    });
    expect(saved.id).toMatch(/^cert-/);
    expect(await db.certifications.get(saved.id)).toMatchObject(BLS);
    const [file] = await db.evidenceFiles.where('certificationId').equals(saved.id).toArray();
    expect(file).toMatchObject({ name: 'card.jpg', mimeType: 'image/jpeg', size: 4 });
    expect(file?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (file?.blob as Blob).arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    );
  });

  it('replaces a card in place, keeping its id and creation time', async () => {
    const saved = await saveCertification(db, BLS, undefined, undefined);
    const edited = await saveCertification(
      db,
      { ...BLS, cardNumber: 'AHA-123' },
      saved.id,
      undefined,
    );
    expect(edited.id).toBe(saved.id);
    expect(edited.createdAt).toBe(saved.createdAt);
    expect(await db.certifications.count()).toBe(1);
    expect((await db.certifications.get(saved.id))?.cardNumber).toBe('AHA-123');
  });

  it('refuses to edit a card that no longer exists, writing nothing', async () => {
    await expect(saveCertification(db, BLS, 'cert-gone', undefined)).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.certifications.count()).toBe(0);
  });

  it('writes neither card nor file when the file cannot be stored', async () => {
    const saved = await saveCertification(db, BLS, undefined, undefined);
    const broken = {
      name: 'x.png',
      mimeType: 'image/png' as const,
      blob: undefined as unknown as Blob,
    };
    await expect(
      saveCertification(db, { ...BLS, notes: 'should not stay' }, saved.id, broken),
    ).rejects.toThrow();
    expect((await db.certifications.get(saved.id))?.notes).toBeUndefined();
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('deletes a card together with its files; removes one file alone', async () => {
    const blob = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    const first = await saveCertification(db, BLS, undefined, {
      name: 'a.pdf',
      mimeType: 'application/pdf',
      blob,
    });
    const second = await saveCertification(db, { ...BLS, issuedOn: '2028-06-01' }, undefined, {
      name: 'b.pdf',
      mimeType: 'application/pdf',
      blob,
    });
    const [secondFile] = await db.evidenceFiles
      .where('certificationId')
      .equals(second.id)
      .toArray();
    await deleteCertification(db, first.id);
    expect(await db.certifications.count()).toBe(1);
    expect((await db.evidenceFiles.toArray()).map((file) => file.certificationId)).toEqual([
      second.id,
    ]);
    await removeEvidence(db, secondFile?.id ?? '');
    expect(await db.evidenceFiles.count()).toBe(0);
    expect(await db.certifications.count()).toBe(1);
  });
});

describe('settings', () => {
  it('stores settings, reads them back validated, and removes one set to undefined', async () => {
    await saveSettings(db, { applicationDate: '2027-04-15', warningDays: 30, alarmDays: [30, 7] });
    let snapshot = await readSnapshot(db);
    expect(snapshot.settings).toMatchObject({
      applicationDate: '2027-04-15',
      warningDays: 30,
      alarmDays: [30, 7],
    });
    expect((await db.settings.get('warningDays'))?.updatedAt).toMatch(/^\d{4}-/);
    await saveSettings(db, { applicationDate: undefined });
    snapshot = await readSnapshot(db);
    expect(snapshot.settings.applicationDate).toBeUndefined();
    expect(snapshot.settings.warningDays).toBe(30);
  });
});
