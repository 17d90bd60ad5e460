/** Where each kind of record-backed requirement's records live, and the link's words. */
import type { RecordLink } from '../../domain/types';
import { ROUTE_HASHES } from '../../ui/routes';

const RECORD_SCREENS: Record<RecordLink['kind'], { href: string; label: string }> = {
  certification: { href: ROUTE_HASHES.certifications, label: 'Certifications' },
  degree: { href: ROUTE_HASHES.degree, label: 'Degree' },
  clinical: { href: ROUTE_HASHES.clinical, label: 'Clinical hours' },
  'exam-applied': { href: ROUTE_HASHES.exam, label: 'Exam' },
  'exam-passed': { href: ROUTE_HASHES.exam, label: 'Exam' },
};

export function recordScreen(link: RecordLink) {
  return RECORD_SCREENS[link.kind];
}
