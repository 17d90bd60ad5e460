/**
 * The clearances vocabulary: kinds, TB tests, results and their words. Apart from types.ts so that
 * none of it rides on the first screen (types.ts is on it; the Clearances, Targets and Backup
 * screens load this with them). Plain data and two lookups; no behaviour beyond them.
 */
/**
 * What a clinical placement asks a student to prove: immunizations, TB screening, a background
 * check and a drug screen. Each is one stored record (records/schemas.ts `clearanceSchema`);
 * what counts and for how long is the program's rule, stated on a target (clearances.ts).
 */
export const CLEARANCE_KINDS = [
  'hepatitis-b',
  'mmr',
  'varicella',
  'tdap',
  'influenza',
  'covid-19',
  'tb-screening',
  'background-check',
  'drug-screen',
] as const;
export type ClearanceKind = (typeof CLEARANCE_KINDS)[number];

export const CLEARANCE_KIND_LABELS: Record<ClearanceKind, string> = {
  'hepatitis-b': 'Hepatitis B',
  mmr: 'MMR (measles, mumps, rubella)',
  varicella: 'Varicella (chickenpox)',
  tdap: 'Tdap (tetanus, diphtheria, pertussis)',
  influenza: 'Seasonal influenza',
  'covid-19': 'COVID-19 (if your program asks)',
  'tb-screening': 'TB screening',
  'background-check': 'Background check',
  'drug-screen': 'Drug screen',
};

/** The immunizations: proven by doses with their dates, or by a titer (a blood test of immunity). */
export const IMMUNIZATION_KINDS = [
  'hepatitis-b',
  'mmr',
  'varicella',
  'tdap',
  'influenza',
  'covid-19',
] as const satisfies readonly ClearanceKind[];

export const TB_TEST_TYPES = ['igra', 'tst', 'two-step-tst', 'chest-x-ray'] as const;
export type TbTestType = (typeof TB_TEST_TYPES)[number];

export const TB_TEST_LABELS: Record<TbTestType, string> = {
  igra: 'TB blood test (IGRA: QuantiFERON or T-SPOT)',
  tst: 'TB skin test (TST)',
  'two-step-tst': 'Two-step TB skin test',
  'chest-x-ray': 'Chest X-ray',
};

/** Every result a clearance's test can have; which apply to which kind is CLEARANCE_RESULTS_BY_KIND. */
export const CLEARANCE_RESULTS = [
  'immune',
  'not-immune',
  'equivocal',
  'negative',
  'positive',
  'indeterminate',
  'clear',
  'flagged',
  'pending',
] as const;
export type ClearanceResult = (typeof CLEARANCE_RESULTS)[number];

export const CLEARANCE_RESULT_LABELS: Record<ClearanceResult, string> = {
  immune: 'Immune (positive titer)',
  'not-immune': 'Not immune',
  equivocal: 'Equivocal',
  negative: 'Negative',
  positive: 'Positive',
  indeterminate: 'Indeterminate',
  clear: 'Clear',
  flagged: 'Something to review',
  pending: 'Waiting for the result',
};

/** The results a titer (any immunization), a TB test, a background check and a drug screen can have. */
export const TITER_RESULTS = ['immune', 'not-immune', 'equivocal'] as const;
export const CLEARANCE_RESULTS_BY_KIND: Record<
  'titer' | 'tb-screening' | 'background-check' | 'drug-screen',
  readonly ClearanceResult[]
> = {
  titer: TITER_RESULTS,
  'tb-screening': ['negative', 'positive', 'indeterminate', 'pending'],
  'background-check': ['clear', 'flagged', 'pending'],
  'drug-screen': ['negative', 'positive', 'pending'],
};

export function isImmunization(kind: ClearanceKind): boolean {
  return (IMMUNIZATION_KINDS as readonly ClearanceKind[]).includes(kind);
}

/** The results a clearance of `kind` can have: a titer's for an immunization. */
export function resultsFor(kind: ClearanceKind): readonly ClearanceResult[] {
  return isImmunization(kind)
    ? TITER_RESULTS
    : CLEARANCE_RESULTS_BY_KIND[kind as 'tb-screening' | 'background-check' | 'drug-screen'];
}
