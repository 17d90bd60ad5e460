/**
 * The checklist's judging code in one chunk (verdicts over cards, degree, hours and exams, with
 * their cache), loaded by judging.ts beside the database's first read, not before the first
 * screen. Screens that load on demand import these modules directly.
 */
export { withVerdicts } from '../domain/verdicts';
export { judgeRecords } from './verdict-cache';
