import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../src/domain/backup';
import type { BackupData } from '../../src/domain/backup';
import { MAX_BACKUP_BYTES } from '../../src/domain/records/limits';
import { checkBackupFile } from '../../src/workers/check-backup-file';
import type { CheckProgress } from '../../src/workers/check-backup-file';
import { EMPTY_DATA } from '../fixtures/backup-arbitraries';

// The function the import worker runs, called directly (Node has File and streams). The worker
// around it is covered by the end-to-end tests (tests/e2e/import-worker.spec.ts).

const EMPTY = EMPTY_DATA;

const CARD = {
  id: 'card-1',
  type: 'cpr-bls',
  provider: 'aha',
  name: 'BLS Provider',
  issuedOn: '2026-01-10',
  expiresOn: '2028-01-31',
  createdAt: '2026-01-10T00:00:00.000Z',
  updatedAt: '2026-01-10T00:00:00.000Z',
} as const;

function fileOf(data: BackupData, filler = ''): File {
  const text = JSON.stringify(
    buildBackup(data, {
      appVersion: '0.1.0',
      exportedAt: '2026-11-25T10:00:00.000Z',
      evidenceIncluded: true,
    }),
  );
  return new File([text + filler], 'backup.json', { type: 'application/json' });
}

describe('checkBackupFile (the import worker’s work)', () => {
  it('reads a file with progress, checks it, and hands back rows as stored, evidence as a Blob', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const data: BackupData = {
      ...EMPTY,
      certifications: [CARD],
      evidenceFiles: [
        {
          id: 'file-1',
          certificationId: 'card-1',
          name: 'card.pdf',
          mimeType: 'application/pdf',
          size: 4,
          data: Buffer.from(bytes).toString('base64'),
          addedAt: '2026-01-10T00:00:00.000Z',
        },
      ],
    };
    // Two megabytes of white space after the JSON: reading reports its progress on the way.
    const file = fileOf(data, ' '.repeat(2 * 1024 * 1024));
    const progress: CheckProgress[] = [];
    const checked = await checkBackupFile(file, (step) => progress.push(step));
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    expect(checked.about).toEqual({
      exportedAt: '2026-11-25T10:00:00.000Z',
      appVersion: '0.1.0',
      evidenceIncluded: true,
    });
    expect(checked.counts.certifications).toBe(1);
    expect(checked.rows.certifications).toEqual([CARD]);
    const [stored] = checked.rows.evidenceFiles;
    expect(stored).not.toHaveProperty('data');
    expect(new Uint8Array(await (stored?.blob as Blob).arrayBuffer())).toEqual(bytes);
    expect(progress[0]).toEqual({ stage: 'reading', bytesRead: 0, bytes: file.size });
    expect(progress.some((step) => step.stage === 'reading' && step.bytesRead > 0)).toBe(true);
    expect(progress.slice(-2)).toEqual([{ stage: 'parsing' }, { stage: 'checking', records: 2 }]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = new File(['{}'], 'big.json');
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    Object.defineProperty(file, 'stream', {
      value: () => {
        throw new Error('read');
      },
    });
    const progress: CheckProgress[] = [];
    expect(await checkBackupFile(file, (step) => progress.push(step))).toEqual({
      ok: false,
      problems: ['This file is 50.0 MB; a backup can be at most 50 MB.'],
    });
    expect(progress).toEqual([]);
  });
});
