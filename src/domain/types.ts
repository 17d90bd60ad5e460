/**
 * The app's one vocabulary: requirements, pathways and the student's own records.
 * Plain data only; no behaviour, no React, no Dexie.
 */
import type { COURSE_STATUSES, COURSE_SUBJECTS, DEGREE_LEVELS } from './degree-kinds';
import type { IsoDate } from './dates';
import { isOneOf } from './one-of';
import type { StandingCode } from './standing';
import type { Certification } from './records/schemas';

/**
 * The stored records. Their shapes, limits and date range are the schemas in records/schemas.ts;
 * the types are inferred from them there and named here, so every module imports them from one place.
 */
export type {
  Certification,
  ClinicalEntry,
  Course,
  CustomRequirement,
  DegreeRecord,
  EvidenceFile,
  EvidenceFileInfo,
  ExamAttempt,
  ExamPlan,
  RequirementState,
  SettingRow,
  Target,
  Clearance,
  ClearanceRule,
} from './records/schemas';

export const AREA_IDS = ['degree', 'exam', 'clinical', 'cpr-first-aid'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const AREA_LABELS: Record<AreaId, string> = {
  degree: 'Degree',
  exam: 'Certification exam',
  clinical: 'Clinical experience',
  'cpr-first-aid': 'CPR and First Aid',
};

export function isAreaId(value: unknown): value is AreaId {
  return isOneOf(AREA_IDS, value);
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

export const PATHWAY_IDS = ['mlt', 'mls', 'pbt', 'cpt', 'cpht', 'caa'] as const;
export type PathwayId = (typeof PATHWAY_IDS)[number];

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

export type DegreeLevel = (typeof DEGREE_LEVELS)[number];
export type CourseSubject = (typeof COURSE_SUBJECTS)[number];
export type CourseStatus = (typeof COURSE_STATUSES)[number];

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

export const COUNT_KINDS = ['venipuncture', 'skin-puncture'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

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

export const EXAM_IDS = [
  'ascp-mlt',
  'ascp-mls',
  'amt-mlt',
  'amt-mls',
  'ascp-pbt',
  'nha-cpt',
  'ptcb-ptce',
  'nha-excpt',
  'nccaa',
  'other',
] as const;
export type ExamId = (typeof EXAM_IDS)[number];

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

/** The kinds of file kept as evidence: photos and PDFs. */
export const EVIDENCE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
] as const;

export const PROVIDER_IDS = ['aha', 'red-cross', 'ashi', 'ascp-boc', 'other'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  aha: 'American Heart Association',
  'red-cross': 'American Red Cross',
  ashi: 'ASHI (Health & Safety Institute)',
  'ascp-boc': 'ASCP Board of Certification',
  other: 'Other provider',
};

export const EXAM_RESULTS = ['passed', 'failed'] as const;
export type ExamResult = (typeof EXAM_RESULTS)[number];

/** The student's own required clinical hours (stored as clinicalTargets), where their program sets the figures. */
export interface ClinicalTargets {
  totalHours?: number;
  byArea: Record<string, number>;
}

export const TARGET_KINDS = ['program', 'job', 'exam-application'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  program: 'Program',
  job: 'Job',
  'exam-application': 'Exam application',
};

/**
 * Where a requirement stands on the date it is judged, as a code. Every surface (the checklist,
 * a target's card, the report, the Degree screen) words it from VERDICT_LABELS, and the code comes
 * from one rule (verdict-code.ts), so a requirement never reads one way here and another there.
 */
export const VERDICT_CODES = ['met', 'on-track', 'at-risk', 'not-met'] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

export const VERDICT_LABELS: Record<VerdictCode, string> = {
  met: 'Met',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'not-met': 'Not met',
};

/** How a requirement judged from records stands on the date it is judged. */
export interface RecordVerdict {
  /** The verdict as a code (verdict-code.ts), named by VERDICT_LABELS. */
  code: VerdictCode;
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
  /** In words, with what to do: "Met by your BLS Provider card, valid until Jun 30, 2028." */
  reason: string;
}

/** What a judge finds, before verdict-code.ts names it with its code. */
export type VerdictFacts = Omit<RecordVerdict, 'code'>;

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
   * judge by yet (no degree entered, no required hours): the checkbox stands in until there are.
   */
  verdict?: RecordVerdict;
}
