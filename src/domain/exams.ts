/**
 * The certification exams a student may sit, who gives them, and the credential a pass leads to.
 */
import { EXAM_IDS } from './types';
import type { Certification, ExamId, ProviderId } from './types';
import { isOneOf } from './one-of';

export interface ExamInfo {
  id: ExamId;
  name: string;
  body: string;
  /** The credential earned by passing, as it goes on the Certifications screen. */
  credential: string;
  provider: ProviderId;
}

export const EXAMS: Record<ExamId, ExamInfo> = {
  'ascp-mlt': {
    id: 'ascp-mlt',
    name: 'MLT(ASCP) certification exam',
    body: 'ASCP Board of Certification',
    credential: 'MLT(ASCP)',
    provider: 'ascp-boc',
  },
  'ascp-mls': {
    id: 'ascp-mls',
    name: 'MLS(ASCP) certification exam',
    body: 'ASCP Board of Certification',
    credential: 'MLS(ASCP)',
    provider: 'ascp-boc',
  },
  'amt-mlt': {
    id: 'amt-mlt',
    name: 'MLT(AMT) exam',
    body: 'American Medical Technologists',
    credential: 'MLT(AMT)',
    provider: 'other',
  },
  'amt-mls': {
    id: 'amt-mls',
    name: 'MLS(AMT) exam (formerly MT(AMT))',
    body: 'American Medical Technologists',
    credential: 'MLS(AMT)',
    provider: 'other',
  },
  'ascp-pbt': {
    id: 'ascp-pbt',
    name: 'PBT(ASCP) certification exam',
    body: 'ASCP Board of Certification',
    credential: 'PBT(ASCP)',
    provider: 'ascp-boc',
  },
  'nha-cpt': {
    id: 'nha-cpt',
    name: 'Certified Phlebotomy Technician (CPT) exam',
    body: 'National Healthcareer Association',
    credential: 'CPT (NHA)',
    provider: 'other',
  },
  'ptcb-ptce': {
    id: 'ptcb-ptce',
    name: 'Pharmacy Technician Certification Exam (PTCE)',
    body: 'Pharmacy Technician Certification Board',
    credential: 'CPhT (PTCB)',
    provider: 'other',
  },
  'nha-excpt': {
    id: 'nha-excpt',
    name: 'Exam for the Certification of Pharmacy Technicians (ExCPT)',
    body: 'National Healthcareer Association',
    credential: 'CPhT (NHA)',
    provider: 'other',
  },
  nccaa: {
    id: 'nccaa',
    name: 'NCCAA Certifying Examination for Anesthesiologist Assistants',
    body: 'National Commission for Certification of Anesthesiologist Assistants',
    credential: 'CAA (NCCAA)',
    provider: 'other',
  },
  other: {
    id: 'other',
    name: 'Another exam',
    body: '',
    credential: '',
    provider: 'other',
  },
};

export { EXAM_IDS };

/** One of the known exams; never a name an object inherits ('toString', '__proto__'). */
export function isExamId(value: unknown): value is ExamId {
  return isOneOf(EXAM_IDS, value);
}

/** Whether the credential a pass of `exam` earns is already among the student's certifications. */
export function credentialRecorded(
  certifications: readonly Certification[],
  exam: ExamId,
): boolean {
  const credential = EXAMS[exam].credential.trim().toLowerCase();
  return (
    credential !== '' &&
    certifications.some((card) => card.name.trim().toLowerCase() === credential)
  );
}
