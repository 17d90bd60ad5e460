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
  | 'settings'
  | 'backup'
  | 'report';

export const ROUTE_HASHES: Record<NamedRoute, string> = {
  checklist: '#/',
  targets: '#/targets',
  clinical: '#/clinical',
  degree: '#/degree',
  exam: '#/exam',
  certifications: '#/certifications',
  settings: '#/settings',
  backup: '#/backup',
  report: '#/report',
};

/** The address of one target's printable report. */
export function reportHash(targetId: string): string {
  return `${ROUTE_HASHES.report}/${encodeURIComponent(targetId)}`;
}
