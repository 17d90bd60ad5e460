/**
 * The app's one vocabulary: requirements, pathways and the student's own records.
 * Plain data only; no behaviour, no React, no Dexie.
 */
import type { IsoDate } from './dates';
import type { StandingCode } from './expiry';

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
  /**
   * The figures the page states, as `figuresIn` (pathways/figures.ts) words them: "90 days",
   * "20 hours", "$25", "1 June". A requirement citing the page may state only these (a unit test
   * checks it). Absent: the page is cited for no figure.
   */
  figures?: readonly string[];
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
  /** Judged from the student's records (a card, the degree, hours, the exam) rather than a checkbox. */
  metBy?: RecordLink;
}

/** Which of the student's records decide a requirement. */
export type RecordLink =
  | { kind: 'certification'; type: CertificationType }
  | { kind: 'degree' }
  | { kind: 'clinical' }
  | { kind: 'exam-applied' }
  | { kind: 'exam-passed' };

export type PathwayId = 'mlt' | 'mls' | 'pbt' | 'cpt' | 'cpht' | 'caa';

export interface Pathway {
  id: PathwayId;
  name: string;
  credential: string;
  summary: string;
  requirements: readonly BuiltInRequirement[];
  degree: DegreeRule;
  clinical: ClinicalRules;
  /** The exams that lead to this pathway's credential, the usual one first. */
  exams: readonly ExamId[];
  /**
   * Other routes to the same credential, for a student whose education or experience does not
   * fit the one the checklist follows. Shown for reference on the Degree screen; never judged.
   */
  otherRoutes?: readonly OtherRoute[];
}

/** An eligibility route the checklist does not follow, described in full with its source. */
export interface OtherRoute {
  name: string;
  detail: string;
  source: Source;
  uncertain?: string;
}

export type DegreeLevel = 'high-school' | 'associate' | 'bachelor' | 'master';

export const DEGREE_LEVELS: readonly DegreeLevel[] = [
  'high-school',
  'associate',
  'bachelor',
  'master',
];

export const DEGREE_LEVEL_LABELS: Record<DegreeLevel, string> = {
  'high-school': 'High school diploma or equivalent',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
};

export type CourseSubject = 'biology' | 'chemistry' | 'math' | 'other';

export const COURSE_SUBJECTS: readonly CourseSubject[] = ['biology', 'chemistry', 'math', 'other'];

export const COURSE_SUBJECT_LABELS: Record<CourseSubject, string> = {
  biology: 'Biology',
  chemistry: 'Chemistry',
  math: 'Mathematics',
  other: 'Other',
};

/** What a pathway asks of the degree. */
export interface DegreeRule {
  /** The level the pathway asks for; absent where it names no degree. */
  level?: DegreeLevel;
  /** Semester hours that stand in for the degree where the route allows it (MLT: 60). */
  alternativeSemesterHours?: number;
  /** Science coursework the route names, in semester hours. */
  coursework: readonly { subject: CourseSubject; semesterHours: number; note: string }[];
  source: Source;
  uncertain?: string;
}

export type CountKind = 'venipuncture' | 'skin-puncture';

export const COUNT_LABELS: Record<CountKind, string> = {
  venipuncture: 'Successful venipunctures',
  'skin-puncture': 'Successful skin (capillary) punctures',
};

/** A number of procedures a pathway asks for, summed over one or more kinds. */
export interface CountRequirement {
  id: string;
  label: string;
  kinds: readonly CountKind[];
  required: number;
  source: Source;
  uncertain?: string;
}

/** What a pathway asks of clinical experience. */
export interface ClinicalRules {
  /** The rotation areas entries are logged against. */
  areas: readonly { id: string; label: string }[];
  /** Required hours, where the certifying body sets them; otherwise the student enters their program's. */
  requiredHours?: number;
  /** Whether hours not yet signed off by a supervisor count towards the total. */
  countsUnverified: boolean;
  counts: readonly CountRequirement[];
  /** Why the figures are what they are, shown with the progress. */
  note: string;
  source: Source;
}

export type ExamId =
  | 'ascp-mlt'
  | 'ascp-mls'
  | 'amt-mlt'
  | 'amt-mls'
  | 'ascp-pbt'
  | 'nha-cpt'
  | 'ptcb-ptce'
  | 'nha-excpt'
  | 'nccaa'
  | 'other';

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

/** The student's degree program: one record. */
export interface DegreeRecord {
  id: 'degree';
  program: string;
  institution: string;
  level: DegreeLevel;
  expectedGraduation?: IsoDate;
  /** Set once the degree is conferred. */
  conferredOn?: IsoDate;
  creditsEarned?: number;
  creditsRequired?: number;
  updatedAt: string;
}

export type CourseStatus = 'planned' | 'in-progress' | 'completed';

export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** A prerequisite course, in semester hours. */
export interface Course {
  id: string;
  name: string;
  subject: CourseSubject;
  credits: number;
  status: CourseStatus;
  createdAt: string;
  updatedAt: string;
}

/** One day's clinical experience at one site and rotation area. */
export interface ClinicalEntry {
  id: string;
  date: IsoDate;
  site: string;
  area: string;
  /** Quarter hours, more than 0. */
  hours: number;
  supervisor?: string;
  /** The date a supervisor signed the hours off; absent while unverified. */
  verifiedOn?: IsoDate;
  /** Procedures performed, for pathways that count them (venipunctures …). */
  counts?: Partial<Record<CountKind, number>>;
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** The student's own clinical targets, where their program sets the figures. */
export interface ClinicalTargets {
  totalHours?: number;
  byArea: Record<string, number>;
}

export interface ExamAttempt {
  takenOn: IsoDate;
  result: 'passed' | 'failed';
  score?: string;
}

/** The student's plan for one certification exam. */
export interface ExamPlan {
  id: string;
  exam: ExamId;
  appliedOn?: IsoDate;
  /** The last day of the eligibility or authorisation-to-test window. */
  windowEndsOn?: IsoDate;
  scheduledOn?: IsoDate;
  attempts: ExamAttempt[];
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

export type TargetKind = 'program' | 'job' | 'exam-application';

export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  program: 'Program',
  job: 'Job',
  'exam-application': 'Exam application',
};

/** A program, job or exam application the student aims at, with its date and its own thresholds. */
export interface Target {
  id: string;
  name: string;
  kind: TargetKind;
  /** The deadline or start date everything is judged on. */
  date: IsoDate;
  pathwayId: PathwayId;
  /** Hours this target asks for, where it differs from the pathway. */
  clinicalHours?: number;
  /** The target asks for AHA BLS Provider, not just any CPR card. */
  requiresAhaBls?: boolean;
  /** Cards must still be valid on this date (for example the start date); the target's date if absent. */
  validThrough?: IsoDate;
  notes?: string;
  archived?: boolean;
  createdAt: string;
  updatedAt: string;
}

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

/** What the screens hold of an evidence file: everything but its bytes, read when shown. */
export type EvidenceFileInfo = Omit<EvidenceFile, 'blob'>;

/** How a requirement judged from records stands on the date it is judged. */
export interface RecordVerdict {
  met: boolean;
  /** Needs attention soon: met but expiring, a window closing, or at risk for the application date. */
  warning: boolean;
  /** Not met yet, but will be by the application date at the current course. */
  onTrack?: boolean;
  progress?: { done: number; required: number; unit: string };
  /** When it is expected to be met: the forecast at the current pace, or the expected graduation. */
  expectedOn?: IsoDate;
  /** The card that decides, for a certification. */
  certification?: Certification;
  /** For a certification: the card's standing code (domain/expiry.ts), which names its badge. */
  standing?: StandingCode;
  /** In words, with what to do: "Met by your BLS Provider card, valid until 30 Jun 2028." */
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
  /** Judged from the student's records rather than a checkbox. */
  metBy?: RecordLink;
  /**
   * The verdict from the records on the checklist's date. Absent when there are no records to
   * judge by yet (no degree entered, no hours target): the checkbox stands in until there are.
   */
  verdict?: RecordVerdict;
}
