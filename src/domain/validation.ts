/**
 * What the student may type, and the message shown beside the field when it is not.
 * Each check returns a message in the student's words, or null when the value is fine.
 */
import { dateProblem, isAfter, isIsoDate } from './dates';
import type { IsoDate } from './dates';
import { TEXT_MAX } from './records/limits';

export const TITLE_MAX_LENGTH = TEXT_MAX.title;
export const NOTE_MAX_LENGTH = TEXT_MAX.note;

export function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (trimmed.length === 0) return 'Enter a title for this requirement.';
  if (trimmed.length > TITLE_MAX_LENGTH)
    return `Keep the title to ${TITLE_MAX_LENGTH} characters or fewer (it has ${trimmed.length}).`;
  return null;
}

export function noteProblem(note: string): string | null {
  if (note.length > NOTE_MAX_LENGTH)
    return `Keep the note to ${NOTE_MAX_LENGTH} characters or fewer (it has ${note.length}).`;
  return null;
}

export function completionDateProblem(value: string, today: IsoDate): string | null {
  if (value.trim() === '') return 'Enter the date you completed this.';
  if (!isIsoDate(value)) return dateProblem(value);
  if (isAfter(value, today)) return 'The completion date cannot be in the future.';
  return null;
}
