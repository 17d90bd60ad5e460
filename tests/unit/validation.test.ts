import { describe, expect, it } from 'vitest';
import {
  completionDateProblem,
  noteProblem,
  titleProblem,
  NOTE_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '../../src/domain/validation';

const TODAY = '2026-11-25';

describe('titleProblem', () => {
  it('refuses an empty or blank title', () => {
    expect(titleProblem('')).toBe('Enter a title for this requirement.');
    expect(titleProblem('   ')).toBe('Enter a title for this requirement.');
  });
  it('refuses an overlong title and says how long it is', () => {
    expect(titleProblem('x'.repeat(TITLE_MAX_LENGTH + 1))).toContain(
      `it has ${TITLE_MAX_LENGTH + 1}`,
    );
  });
  it('accepts a title at the limit, and markup as plain text', () => {
    expect(titleProblem('x'.repeat(TITLE_MAX_LENGTH))).toBeNull();
    expect(titleProblem('<img src=x onerror=alert(1)>')).toBeNull();
  });
});

describe('noteProblem', () => {
  it('accepts an empty note and refuses an overlong one', () => {
    expect(noteProblem('')).toBeNull();
    expect(noteProblem('n'.repeat(NOTE_MAX_LENGTH + 1))).toMatch(/2000 characters or fewer/);
  });
});

describe('completionDateProblem', () => {
  it('accepts today and the past', () => {
    expect(completionDateProblem(TODAY, TODAY)).toBeNull();
    expect(completionDateProblem('2020-02-29', TODAY)).toBeNull();
  });
  it('refuses tomorrow', () => {
    expect(completionDateProblem('2026-11-26', TODAY)).toBe(
      'The completion date cannot be in the future.',
    );
  });
  it('refuses what is not a date', () => {
    expect(completionDateProblem('', TODAY)).toBe('Enter the date you completed this.');
    expect(completionDateProblem('2026-02-30', TODAY)).toMatch(/real calendar date/);
    expect(completionDateProblem('yesterday', TODAY)).toMatch(/real calendar date/);
  });
});
