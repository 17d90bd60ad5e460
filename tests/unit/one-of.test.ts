/** src/domain/one-of.ts: enums as `as const` tuples, narrowed by a guard rather than a cast. */
import { describe, expect, it } from 'vitest';
import { isExamId } from '../../src/domain/exams';
import { isOneOf, oneOf } from '../../src/domain/one-of';
import { CERTIFICATION_TYPES, EXAM_RESULTS } from '../../src/domain/types';

describe('isOneOf', () => {
  it('accepts the members only, whatever was typed or read', () => {
    expect(isOneOf(EXAM_RESULTS, 'passed')).toBe(true);
    expect(isOneOf(EXAM_RESULTS, 'failed')).toBe(true);
    for (const value of ['Passed', ' passed', '', 'toString', '__proto__', undefined, null, 1, {}])
      expect(isOneOf(EXAM_RESULTS, value)).toBe(false);
  });
});

describe('oneOf', () => {
  it('returns a member as the tuple type, and throws on anything a validator should have refused', () => {
    const type: (typeof CERTIFICATION_TYPES)[number] = oneOf(CERTIFICATION_TYPES, 'cpr-bls');
    expect(type).toBe('cpr-bls');
    expect(() => oneOf(CERTIFICATION_TYPES, 'cpr')).toThrow(/"cpr" is not one of/);
  });
});

describe('isExamId', () => {
  it('knows the exams and nothing an object inherits', () => {
    expect(isExamId('ascp-mlt')).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', ''])
      expect(isExamId(name)).toBe(false);
  });
});
