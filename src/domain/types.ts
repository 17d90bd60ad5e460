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
  /** Met by a current certification of this type rather than by a checkbox. */
  metByCertification?: CertificationType;
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

export const CERTIFICATION_TYPES = [
  'cpr-bls',
  'first-aid',
  'exam-credential',
  'state-licence',
  'other',
] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

export const CERTIFICATION_TYPE_LABELS: Record<CertificationType, string> = {
  'cpr-bls': 'CPR / BLS',
  'first-aid': 'First Aid',
  'exam-credential': 'Exam credential (e.g. MLT(ASCP))',
  'state-licence': 'State licence',
  other: 'Other',
};

export const PROVIDER_IDS = ['aha', 'red-cross', 'ashi', 'ascp-boc', 'other'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  aha: 'American Heart Association',
  'red-cross': 'American Red Cross',
  ashi: 'ASHI (Health & Safety Institute)',
  'ascp-boc': 'ASCP Board of Certification',
  other: 'Other provider',
};

/** A card, certificate, credential or licence the student holds or held. */
export interface Certification {
  id: string;
  type: CertificationType;
  provider: ProviderId;
  /** What the card says, e.g. "BLS Provider" or "MLT(ASCP)". */
  name: string;
  issuedOn: IsoDate;
  /** The last day the card is valid. Absent for a record that does not expire. */
  expiresOn?: IsoDate;
  cardNumber?: string;
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** A photo or PDF of a card, kept in IndexedDB as a Blob. */
export interface EvidenceFile {
  id: string;
  certificationId: string;
  name: string;
  mimeType: string;
  size: number;
  blob: Blob;
  addedAt: string;
}

/** How a certification-backed requirement stands on the date it is judged. */
export interface CertificationVerdict {
  met: boolean;
  /** Met, but inside the warning window: renew soon. */
  expiringSoon: boolean;
  /** The card that decides, when there is one. */
  certification?: Certification;
  /** In words: "Met by your BLS Provider card, valid until 30 Jun 2028." */
  reason: string;
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
  /** Met by a current certification of this type rather than by a checkbox. */
  metByCertification?: CertificationType;
  /** For requirements met by a certification: the verdict on the checklist's date. */
  certificationVerdict?: CertificationVerdict;
}
