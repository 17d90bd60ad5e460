/**
 * Whatever the backup gate accepts, every screen can show: generated backups (dates across the
 * whole kept range, limits at their edges) are written through the real db layer, and each screen,
 * the report of every target included, renders with no error boundary. The schemas and the
 * judgements must agree: nothing a file may carry can make a screen throw.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { writeBackup } from '../../src/db/backup-repo';
import { db } from '../../src/db/database';
import { EMPTY_SNAPSHOT } from '../../src/db/snapshot';
import { parseBackup } from '../../src/domain/backup';
import type { BackupData } from '../../src/domain/backup';
import { useAppStore } from '../../src/store/app-store';
import { startSync } from '../../src/store/sync';
import { ROUTE_HASHES, reportHash } from '../../src/ui/routes';
import type { NamedRoute } from '../../src/ui/routes';
import { backupData, backupText } from '../fixtures/backup-arbitraries';
import { setUpAppTests } from './render-app';

setUpAppTests();

const SCREENS = Object.keys(ROUTE_HASHES) as NamedRoute[];

async function showScreen(hash: string, heading: string): Promise<void> {
  window.location.hash = hash;
  await waitFor(() => {
    if (screen.queryByText(/This screen could not be shown/))
      throw new Error(
        `${hash}: ${document.querySelector('[role="alert"]')?.textContent ?? 'error boundary'}`,
      );
    expect(document.querySelector(`[data-screen-heading="${heading}"]`)).not.toBeNull();
  });
  // Screens that judge records render once more after their data arrives: still no boundary.
  expect(screen.queryByText(/This screen could not be shown/)).not.toBeInTheDocument();
}

/** Write an accepted backup, open the app, and visit every screen and every target's report. */
async function everyScreenRenders(data: BackupData): Promise<void> {
  const parsed = parseBackup(backupText(data));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  await Promise.all(db.tables.map((table) => table.clear()));
  await writeBackup(db, parsed.backup.data, 'replace', false);
  useAppStore.setState({ snapshot: EMPTY_SNAPSHOT, loaded: {}, status: 'loading' });
  const stop = startSync(db);
  try {
    render(<App />);
    for (const route of SCREENS) await showScreen(ROUTE_HASHES[route], route);
    for (const target of parsed.backup.data.targets)
      await showScreen(reportHash(target.id), 'report');
  } finally {
    stop();
    cleanup();
    window.location.hash = '';
  }
}

const EXTREME: BackupData = {
  requirementStates: [],
  customRequirements: [],
  settings: [{ key: 'applicationDate', value: '2199-12-31' }],
  certifications: [
    {
      id: 'c1',
      type: 'cpr-bls',
      provider: 'aha',
      name: 'BLS Provider',
      issuedOn: '1900-01-01',
      expiresOn: '2199-12-31',
      createdAt: 'x',
      updatedAt: 'x',
    },
  ],
  evidenceFiles: [],
  clinicalEntries: [
    {
      id: 'e1',
      date: '1900-01-01',
      site: 'Lab',
      area: 'chemistry',
      hours: 0.25,
      createdAt: 'x',
      updatedAt: 'x',
    },
  ],
  degreeRecords: [],
  courses: [],
  examPlans: [],
  targets: [
    {
      id: 't1',
      name: 'Far program',
      kind: 'program',
      date: '2199-12-31',
      pathwayId: 'mls',
      clinicalHours: 10_000,
      clearances: [
        { kind: 'hepatitis-b' },
        { kind: 'tb-screening', withinMonths: 120 },
        { kind: 'influenza', withinMonths: 1 },
      ],
      createdAt: 'x',
      updatedAt: 'x',
    },
  ],
  clearances: [
    {
      id: 'cl1',
      kind: 'hepatitis-b',
      doses: ['1900-01-01', '2199-12-31'],
      seriesDoses: 10,
      expiresOn: '2199-12-31',
      createdAt: 'x',
      updatedAt: 'x',
    },
    {
      id: 'cl2',
      kind: 'tb-screening',
      testType: 'igra',
      testedOn: '2199-12-31',
      result: 'negative',
      createdAt: 'x',
      updatedAt: 'x',
    },
    {
      id: 'cl3',
      kind: 'influenza',
      doses: ['1900-01-01'],
      testedOn: '1900-01-01',
      result: 'immune',
      createdAt: 'x',
      updatedAt: 'x',
    },
  ],
};

describe('any backup the gate accepts', () => {
  it('renders every screen at the edges of the kept range (10,000 h at 0.25 h, years 1900 and 2199)', async () => {
    await everyScreenRenders(EXTREME);
  });

  it('renders every screen, for generated backups', async () => {
    await fc.assert(fc.asyncProperty(backupData, everyScreenRenders), {
      numRuns: 8,
      endOnFailure: true,
    });
  });
});
