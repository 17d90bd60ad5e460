/**
 * The built-in pathways by name only: small enough for the first screen. The full data (every
 * requirement with its sources) lives in catalog.ts, which the first screen loads on demand for
 * any pathway but the default.
 */
import type { PathwayId } from '../types';

export interface PathwaySummary {
  id: PathwayId;
  name: string;
  credential: string;
  /** Facts marked "To confirm" (toConfirmCount in catalog.ts; a unit test keeps them equal). */
  toConfirm: number;
}

/** In the order the picker lists them. The first is the default. */
export const PATHWAY_SUMMARIES: readonly PathwaySummary[] = [
  { id: 'mlt', name: 'Medical Laboratory Technician', credential: 'MLT(ASCP)', toConfirm: 7 },
  { id: 'mls', name: 'Medical Laboratory Scientist', credential: 'MLS(ASCP)', toConfirm: 6 },
  { id: 'pbt', name: 'Phlebotomy Technician (ASCP)', credential: 'PBT(ASCP)', toConfirm: 7 },
  {
    id: 'cpt',
    name: 'Certified Phlebotomy Technician (NHA)',
    credential: 'CPT (NHA)',
    toConfirm: 3,
  },
  { id: 'cpht', name: 'Pharmacy Technician', credential: 'CPhT (PTCB or NHA)', toConfirm: 3 },
  { id: 'caa', name: 'Anesthesiologist Assistant', credential: 'CAA (NCCAA)', toConfirm: 3 },
];

export const DEFAULT_PATHWAY_ID: PathwayId = 'mlt';

export function isPathwayId(value: unknown): value is PathwayId {
  return PATHWAY_SUMMARIES.some((pathway) => pathway.id === value);
}
