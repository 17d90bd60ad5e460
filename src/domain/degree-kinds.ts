/**
 * The degree's and courses' kinds and their labels: what the degree screen offers and the record
 * schemas accept. Apart from types.ts so that the first screen, which shows no degree form, does
 * not carry them.
 */
import type { CourseStatus, CourseSubject, DegreeLevel } from './types';

export const DEGREE_LEVELS = ['high-school', 'associate', 'bachelor', 'master'] as const;

export const DEGREE_LEVEL_LABELS: Record<DegreeLevel, string> = {
  'high-school': 'High school diploma or equivalent',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
};

export const COURSE_SUBJECTS = ['biology', 'chemistry', 'math', 'other'] as const;

export const COURSE_SUBJECT_LABELS: Record<CourseSubject, string> = {
  biology: 'Biology',
  chemistry: 'Chemistry',
  math: 'Mathematics',
  other: 'Other',
};

export const COURSE_STATUSES = ['planned', 'in-progress', 'completed'] as const;

export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  completed: 'Completed',
};
