/**
 * What a clearance may hold, and the message beside each field when it does not: the same rules as
 * its record schema (records/schemas.ts `clearanceSchema`), worded for the form, from the same
 * limits (records/limits.ts). Returns problems keyed by field; an empty object means valid.
 */
import { dateProblem, isAfter, isIsoDate } from './dates';
import type { IsoDate } from './dates';
import { isOneOf, oneOf } from './one-of';
import { MAX_DOSES, TEXT_MAX, tooLong } from './records/limits';
import type { Clearance } from './types';
import { CLEARANCE_KINDS, TB_TEST_TYPES, isImmunization, resultsFor } from './clearance-kinds';
import type { ClearanceResult } from './clearance-kinds';

/** The form's fields as typed; `doses` holds one date per dose row (empty rows are left out). */
export interface ClearanceInput {
  kind: string;
  doses: string[];
  seriesDoses: string;
  testType: string;
  testedOn: string;
  result: string;
  expiresOn: string;
  notes: string;
}

export type DoseField = `dose-${number}`;
export type ClearanceField =
  Exclude<keyof ClearanceInput, 'doses'> | 'doses' | DoseField | 'evidence';
export type ClearanceProblems = Partial<Record<ClearanceField, string>>;

function pastDateProblem(value: string, today: IsoDate, what: string): string | undefined {
  if (!isIsoDate(value)) return dateProblem(value) ?? undefined;
  return isAfter(value, today) ? `${what} cannot be in the future.` : undefined;
}

export function clearanceProblems(input: ClearanceInput, today: IsoDate): ClearanceProblems {
  const problems: ClearanceProblems = {};
  if (!isOneOf(CLEARANCE_KINDS, input.kind)) {
    problems.kind = 'Choose which clearance this is.';
    return problems;
  }
  const kind = input.kind;
  const immunization = isImmunization(kind);
  const doses = immunization ? input.doses.map((dose) => dose.trim()) : [];
  doses.forEach((dose, index) => {
    if (dose === '') return;
    const problem = pastDateProblem(dose, today, 'A dose');
    if (problem) problems[`dose-${index}`] = problem;
  });
  const givenDoses = doses.filter((dose) => dose !== '');
  if (givenDoses.length > MAX_DOSES) problems.doses = `Keep ${MAX_DOSES} doses or fewer.`;

  const seriesDoses = input.seriesDoses.trim();
  if (immunization && seriesDoses !== '') {
    const count = Number(seriesDoses);
    if (!/^\d+$/.test(seriesDoses) || count < 1 || count > MAX_DOSES)
      problems.seriesDoses = `Enter a whole number of doses from 1 to ${MAX_DOSES}.`;
  }

  const testedOn = input.testedOn.trim();
  const result = input.result;
  if (testedOn !== '') {
    const problem = pastDateProblem(testedOn, today, 'The test date');
    if (problem) problems.testedOn = problem;
  }
  if (immunization) {
    // Beside the first dose, where the student starts (and where a refused save puts focus).
    if (givenDoses.length === 0 && testedOn === '' && result === '')
      problems['dose-0'] ??= 'Enter the date of at least one dose, or a titer (blood test) below.';
    if (testedOn !== '' && result === '') problems.result = 'Choose the titer’s result.';
    if (testedOn === '' && result !== '') problems.testedOn = 'Enter the date of the titer.';
  } else {
    if (testedOn === '') problems.testedOn = 'Enter the date it was done.';
    if (result === '') problems.result = 'Choose the result.';
  }
  if (result !== '' && !(resultsFor(kind) as readonly string[]).includes(result))
    problems.result = 'Choose one of the results listed.';
  if (kind === 'tb-screening' && !isOneOf(TB_TEST_TYPES, input.testType))
    problems.testType = 'Choose the kind of TB test.';

  const expiresOn = input.expiresOn.trim();
  if (expiresOn !== '') {
    const latest = [...givenDoses, testedOn].filter(isIsoDate).sort().at(-1);
    if (!isIsoDate(expiresOn)) problems.expiresOn = dateProblem(expiresOn) ?? undefined;
    else if (latest && isAfter(latest, expiresOn))
      problems.expiresOn = 'The expiry cannot be before the date it was given or tested.';
  }
  if (input.notes.length > TEXT_MAX.note) problems.notes = tooLong('notes', TEXT_MAX.note);
  return problems;
}

/** The stored fields of a clearance the form accepted (clearanceProblems found nothing). */
export function clearanceFields(
  input: ClearanceInput,
): Omit<Clearance, 'id' | 'createdAt' | 'updatedAt'> {
  const kind = oneOf(CLEARANCE_KINDS, input.kind);
  const immunization = isImmunization(kind);
  const doses = immunization
    ? input.doses
        .map((dose) => dose.trim())
        .filter((dose) => dose !== '')
        .sort()
    : [];
  const seriesDoses = input.seriesDoses.trim();
  const testedOn = input.testedOn.trim();
  const notes = input.notes.trim();
  return {
    kind,
    ...(doses.length > 0 ? { doses } : {}),
    ...(immunization && seriesDoses !== '' ? { seriesDoses: Number(seriesDoses) } : {}),
    ...(kind === 'tb-screening' ? { testType: oneOf(TB_TEST_TYPES, input.testType) } : {}),
    ...(testedOn !== '' ? { testedOn, result: input.result as ClearanceResult } : {}),
    ...(input.expiresOn.trim() !== '' ? { expiresOn: input.expiresOn.trim() } : {}),
    ...(notes ? { notes } : {}),
  };
}
