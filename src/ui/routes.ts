/**
 * The one route table: every screen's address. The shell's router (app/useRoute.ts), the
 * navigation and every link between features name addresses from here, never as strings.
 */

/** The screens that have an address of their own. */
export type NamedRoute =
  | 'checklist'
  | 'targets'
  | 'clinical'
  | 'degree'
  | 'exam'
  | 'certifications'
  | 'clearances'
  | 'settings'
  | 'backup'
  | 'report'
  | 'more'
  | 'pair';

export const ROUTE_HASHES: Record<NamedRoute, string> = {
  checklist: '#/',
  targets: '#/targets',
  clinical: '#/clinical',
  degree: '#/degree',
  exam: '#/exam',
  certifications: '#/certifications',
  clearances: '#/clearances',
  settings: '#/settings',
  backup: '#/backup',
  report: '#/report',
  more: '#/more',
  // Joining a student's synced records: a pairing link is this address with its details after a
  // `?` in the fragment (sync/pairing.ts builds and reads them; app/useRoute.ts routes them here).
  pair: '#/pair',
};

/** Whether an address's fragment is a pairing link's, `#/pair?…` (sync/pairing.ts reads the rest). */
export function isPairingLinkHash(hash: string): boolean {
  return hash.startsWith(`${ROUTE_HASHES.pair}?`);
}

/** The address of one target's printable report. */
export function reportHash(targetId: string): string {
  return `${ROUTE_HASHES.report}/${encodeURIComponent(targetId)}`;
}

/** The wide screens' navigation: every screen with an address of its own but the report. */
export const NAVIGATION: ReadonlyArray<{ route: NamedRoute; label: string }> = [
  { route: 'checklist', label: 'Checklist' },
  { route: 'targets', label: 'Targets' },
  { route: 'clinical', label: 'Clinical hours' },
  { route: 'degree', label: 'Degree' },
  { route: 'exam', label: 'Exam' },
  { route: 'certifications', label: 'Certifications' },
  { route: 'clearances', label: 'Clearances' },
  { route: 'backup', label: 'Backup' },
  { route: 'settings', label: 'Settings' },
];

/**
 * The phone's bottom bar: five destinations, the last one ("More") a screen that lists the rest,
 * so every screen is at most two taps away. `section` names the routes a destination stands for.
 */
export const TAB_BAR: ReadonlyArray<{
  route: NamedRoute;
  label: string;
  section: readonly NamedRoute[];
}> = [
  { route: 'checklist', label: 'Checklist', section: ['checklist'] },
  { route: 'targets', label: 'Targets', section: ['targets', 'report'] },
  { route: 'clinical', label: 'Hours', section: ['clinical'] },
  { route: 'certifications', label: 'Cards', section: ['certifications'] },
  {
    route: 'more',
    label: 'More',
    section: ['more', 'degree', 'exam', 'clearances', 'backup', 'settings'],
  },
];

/**
 * What an advisor's read-only link shows: the readiness summary (on the checklist's address), the
 * targets with their reports, and Settings (how sync is going, and leaving). Every other screen
 * edits records, so an advisor's device neither lists nor shows it.
 */
export const ADVISOR_ROUTES: readonly NamedRoute[] = [
  'checklist',
  'targets',
  'report',
  'settings',
  'pair',
];

/** The advisor's navigation, wide screens and phones alike: three destinations. */
export const ADVISOR_NAVIGATION: ReadonlyArray<{
  route: NamedRoute;
  label: string;
  section: readonly NamedRoute[];
}> = [
  { route: 'checklist', label: 'Readiness', section: ['checklist'] },
  { route: 'targets', label: 'Targets', section: ['targets', 'report'] },
  { route: 'settings', label: 'Settings', section: ['settings'] },
];
