/**
 * What a certification record and its evidence file may hold, and the message shown beside each
 * field when they do not. Returns problems keyed by field; an empty object means valid.
 */
import { formatNumber } from './format';
import { isolate } from './isolate';
import { dateProblem, isAfter, isIsoDate } from './dates';
import type { IsoDate } from './dates';
import { mustExpire, ruleFor } from './expiry';
import {
  CERTIFICATION_TYPES,
  PROVIDER_IDS,
  PROVIDER_LABELS,
  CERTIFICATION_TYPE_LABELS,
} from './types';
import type { Certification } from './types';
import { isOneOf, oneOf } from './one-of';
import { EVIDENCE_MAX_BYTES, TEXT_MAX, tooLong } from './records/limits';
import { EVIDENCE_TYPES } from './types';

export { EVIDENCE_MAX_BYTES };
export { EVIDENCE_TYPES };

/** The form's fields as typed. */
export interface CertificationInput {
  type: string;
  provider: string;
  name: string;
  issuedOn: string;
  expiresOn: string;
  cardNumber: string;
  notes: string;
}

export type CertificationField = keyof CertificationInput | 'evidence';
export type CertificationProblems = Partial<Record<CertificationField, string>>;

export function certificationProblems(
  input: CertificationInput,
  today: IsoDate,
): CertificationProblems {
  const problems: CertificationProblems = {};
  const type = isOneOf(CERTIFICATION_TYPES, input.type) ? input.type : undefined;
  const provider = isOneOf(PROVIDER_IDS, input.provider) ? input.provider : undefined;
  if (!type) problems.type = 'Choose what kind of certification this is.';
  if (!provider) problems.provider = 'Choose who issued it.';

  const name = input.name.trim();
  if (name === '') problems.name = 'Enter the name on the card, such as "BLS Provider".';
  else if (name.length > TEXT_MAX.shortName) problems.name = tooLong('name', TEXT_MAX.shortName);

  if (input.issuedOn.trim() === '') problems.issuedOn = 'Enter the date it was issued.';
  else if (!isIsoDate(input.issuedOn)) problems.issuedOn = dateProblem(input.issuedOn) ?? undefined;
  else if (isAfter(input.issuedOn, today))
    problems.issuedOn = 'The issue date cannot be in the future.';

  if (input.expiresOn.trim() !== '') {
    if (!isIsoDate(input.expiresOn)) problems.expiresOn = dateProblem(input.expiresOn) ?? undefined;
    else if (isIsoDate(input.issuedOn) && isAfter(input.issuedOn, input.expiresOn))
      problems.expiresOn = 'The expiry date cannot be before the issue date.';
  } else if (type && mustExpire(type)) {
    problems.expiresOn =
      provider && !ruleFor(provider, type)
        ? `No validity rule is known for ${PROVIDER_LABELS[provider]} ${CERTIFICATION_TYPE_LABELS[type]} cards: enter the expiry date printed on the card.`
        : 'Enter the expiry date printed on the card.';
  }

  if (input.cardNumber.length > TEXT_MAX.cardNumber)
    problems.cardNumber = tooLong('card number', TEXT_MAX.cardNumber);
  if (input.notes.length > TEXT_MAX.note) problems.notes = tooLong('notes', TEXT_MAX.note);
  return problems;
}

export interface EvidenceCandidate {
  name: string;
  size: number;
  type: string;
}

export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export function isEvidenceType(type: string): type is EvidenceType {
  return isOneOf(EVIDENCE_TYPES, type);
}

/** The stored fields of a file that evidenceProblem accepted. */
export function evidenceFields(file: File): { name: string; mimeType: EvidenceType; blob: Blob } {
  if (!isEvidenceType(file.type)) throw new Error(`"${isolate(file.name)}" is not a photo or PDF.`);
  return { name: file.name, mimeType: file.type, blob: file };
}

export function evidenceProblem(file: EvidenceCandidate): string | null {
  if (!isEvidenceType(file.type))
    return `"${isolate(file.name)}" is not a photo or PDF. Choose a JPEG, PNG, WebP or GIF image, or a PDF.`;
  if (file.size > EVIDENCE_MAX_BYTES)
    return `"${isolate(file.name)}" is ${formatNumber(file.size / 1024 / 1024, 1)} MB; files up to 10 MB can be kept.`;
  if (file.size === 0) return `"${isolate(file.name)}" is empty.`;
  return null;
}

/** The stored fields of a card the form accepted (certificationProblems found nothing). */
export function certificationFields(
  input: CertificationInput,
): Omit<Certification, 'id' | 'createdAt' | 'updatedAt'> {
  const cardNumber = input.cardNumber.trim();
  const notes = input.notes.trim();
  return {
    type: oneOf(CERTIFICATION_TYPES, input.type),
    provider: oneOf(PROVIDER_IDS, input.provider),
    name: input.name.trim(),
    issuedOn: input.issuedOn,
    ...(input.expiresOn ? { expiresOn: input.expiresOn } : {}),
    ...(cardNumber ? { cardNumber } : {}),
    ...(notes ? { notes } : {}),
  };
}
