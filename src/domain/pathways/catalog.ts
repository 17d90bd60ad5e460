/** Every built-in pathway in full, in the order of PATHWAY_SUMMARIES. */
import type { Pathway, PathwayId } from '../types';
import { ANESTHESIOLOGIST_ASSISTANT_PATHWAY } from './anesthesiologist-assistant';
import { CPT_PATHWAY } from './cpt';
import { MLS_PATHWAY } from './mls';
import { MLT_PATHWAY } from './mlt';
import { PBT_PATHWAY } from './pbt';
import { PHARMACY_TECHNICIAN_PATHWAY } from './pharmacy-technician';

export const PATHWAYS: readonly Pathway[] = [
  MLT_PATHWAY,
  MLS_PATHWAY,
  PBT_PATHWAY,
  CPT_PATHWAY,
  PHARMACY_TECHNICIAN_PATHWAY,
  ANESTHESIOLOGIST_ASSISTANT_PATHWAY,
];

export function getPathway(id: PathwayId): Pathway {
  const pathway = PATHWAYS.find((candidate) => candidate.id === id);
  if (!pathway) throw new RangeError(`Unknown pathway: ${id}`);
  return pathway;
}

/**
 * How many of a pathway's facts are marked "To confirm": its requirements and its other routes.
 * The picker shows the figure from PATHWAY_SUMMARIES (no catalog on the first screen); a unit
 * test keeps the two equal.
 */
export function toConfirmCount(pathway: Pathway): number {
  return [...pathway.requirements, ...(pathway.otherRoutes ?? [])].filter((fact) => fact.uncertain)
    .length;
}
