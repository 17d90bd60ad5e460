/**
 * The app's one vocabulary: requirements, pathways and the student's own records.
 * Plain data only; no behaviour, no React, no Dexie.
 */
import type { IsoDate } from './dates';

export const AREA_IDS = ['degree', 'exam', 'clinical', 'cpr-first-aid'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const AREA_LABELS: Record<AreaId, string> = {
  degree: 'Degree',
  exam: 'Certification exam',
  clinical: 'Clinical experience',
  'cpr-first-aid': 'CPR and First Aid',
};

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}

/** Where a built-in requirement comes from, and when we last checked it there. */
export interface Source {
  publisher: string;
  title: string;
  url: string;
  checkedOn: IsoDate;
}

/** A requirement shipped with the app, from a certifying body's published rules. */
export interface BuiltInRequirement {
  /** Stable across pathways and app versions: completions are matched by it. */
  key: string;
  area: AreaId;
  title: string;
  detail: string;
  source: Source;
  /** Set when sources disagree or only secondary ones exist: what the student should confirm. */
  uncertain?: string;
}

export type PathwayId = 'mlt' | 'mls';

export interface Pathway {
  id: PathwayId;
  name: string;
  credential: string;
  summary: string;
  requirements: readonly BuiltInRequirement[];
}

/** A requirement the student added to an area. It applies whatever pathway is chosen. */
export interface CustomRequirement {
  id: string;
  area: AreaId;
  title: string;
  createdAt: string;
}

/**
 * The student's record of one requirement, built-in or their own, keyed by the requirement's key.
 * Kept when the pathway changes, so completions carry over wherever the key appears.
 */
export interface RequirementState {
  key: string;
  completedOn?: IsoDate;
  note?: string;
  /** The student's own wording of a built-in requirement's title. */
  title?: string;
  hidden?: boolean;
  position?: number;
  updatedAt: string;
}

/** One row of the checklist as shown: the built-in or custom requirement merged with its state. */
export interface ChecklistItem {
  key: string;
  area: AreaId;
  title: string;
  /** The built-in title when the student has renamed it. */
  originalTitle?: string;
  detail?: string;
  source?: Source;
  uncertain?: string;
  builtIn: boolean;
  completedOn?: IsoDate;
  note?: string;
  hidden: boolean;
  position: number;
}
