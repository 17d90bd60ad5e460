/**
 * What a stored record is called in the student's words, written once: a table's records one and
 * many ("clinical log entry", "clinical log entries"), one record by its kind and its most telling
 * field ("Clinical log entry on Nov 3, 2026", "Certification “BLS Provider”"), and a field by name
 * ("expiry date"). The import gate, the db layer's refusals, the import summary and the undo all
 * say these. Works on rows that failed their schema: every field is read as unknown.
 */
import { isIsoDate } from '../dates';
import { EXAMS } from '../exams';
import { formatDisplayDate } from '../format';
import { isolate } from '../isolate';
import { isOneOf } from '../one-of';
import { CLEARANCE_KINDS, CLEARANCE_KIND_LABELS } from '../clearance-kinds';
import { EXAM_IDS } from '../types';
import type { RecordTable } from './schemas';

/** What a table's records are called, one and many. */
export const RECORD_WORDS: Record<RecordTable, readonly [one: string, many: string]> = {
  requirementStates: ['checklist record', 'checklist records'],
  customRequirements: ['requirement of your own', 'requirements of your own'],
  settings: ['setting', 'settings'],
  certifications: ['certification', 'certifications'],
  evidenceFiles: ['evidence file', 'evidence files'],
  clinicalEntries: ['clinical log entry', 'clinical log entries'],
  degreeRecords: ['degree record', 'degree records'],
  courses: ['course', 'courses'],
  examPlans: ['exam plan', 'exam plans'],
  targets: ['target', 'targets'],
  clearances: ['clearance', 'clearances'],
};

/** Field names a student would not read as they are stored. Others are split from camelCase. */
const FIELD_WORDS: Record<string, string> = {
  issuedOn: 'issue date',
  expiresOn: 'expiry date',
  verifiedOn: 'sign-off date',
  completedOn: 'completion date',
  conferredOn: 'conferred-on date',
  expectedGraduation: 'expected graduation date',
  validThrough: 'valid-through date',
  takenOn: 'exam date',
  appliedOn: 'application date',
  scheduledOn: 'exam booking date',
  windowEndsOn: 'end of the exam window',
  mimeType: 'file type',
  certificationId: 'certification it belongs to',
  pathwayId: 'pathway',
  createdAt: 'creation time',
  updatedAt: 'time of the last change',
  addedAt: 'time it was added',
  exportedAt: 'export time',
  appVersion: 'app version',
  key: 'name',
  id: 'id',
};

/** A field's path inside a record in words: "hours", "expiry date", "attempt 2: exam date". */
export function fieldWords(path: ReadonlyArray<PropertyKey>): string {
  const words: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const part = path[index];
    if (typeof part === 'number') continue;
    const name = String(part);
    const next = path[index + 1];
    const said = FIELD_WORDS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    // A list's item by its place, counted from 1: "attempt 2" rather than "attempts.1".
    words.push(
      typeof next === 'number' && name.endsWith('s')
        ? `${said.replace(/s$/, '')} ${next + 1}`
        : said,
    );
  }
  return words.join(': ');
}

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null
    ? (row as Record<string, unknown>)[name]
    : undefined;
}

/** A short text field worth naming a record by, or undefined. */
function nameText(row: unknown, name: string): string | undefined {
  const value = field(row, name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
}

function dateText(row: unknown, name: string): string | undefined {
  const value = field(row, name);
  return isIsoDate(value) ? formatDisplayDate(value) : undefined;
}

/** What tells this record apart, after its kind: " on Nov 3, 2026", " “BLS Provider”", or "". */
function tellingPart(table: RecordTable, row: unknown): string {
  const quoted = (text: string | undefined) => (text ? ` “${isolate(text)}”` : '');
  switch (table) {
    case 'clinicalEntries': {
      const date = dateText(row, 'date');
      const site = nameText(row, 'site');
      return `${date ? ` on ${date}` : ''}${site ? ` at ${isolate(site)}` : ''}`;
    }
    case 'certifications':
    case 'evidenceFiles':
    case 'courses':
    case 'targets':
      return quoted(nameText(row, 'name'));
    case 'customRequirements':
      return quoted(nameText(row, 'title'));
    case 'requirementStates':
      return quoted(nameText(row, 'title') ?? nameText(row, 'key'));
    case 'settings':
      return quoted(nameText(row, 'key'));
    case 'degreeRecords':
      return quoted(nameText(row, 'program'));
    case 'clearances': {
      const kind = field(row, 'kind');
      return isOneOf(CLEARANCE_KINDS, kind) ? ` for ${CLEARANCE_KIND_LABELS[kind]}` : '';
    }
    case 'examPlans': {
      const exam = field(row, 'exam');
      return isOneOf(EXAM_IDS, exam) ? ` for the ${EXAMS[exam].name}` : '';
    }
  }
}

/**
 * One record by its kind and its most telling field, capitalised to start a sentence:
 * "Clinical log entry on Nov 3, 2026 at Mercy Lab", "Course “Biochemistry”". When the row has no
 * readable name, its place in the file (`index`, from 0) tells it apart: "Course 3".
 */
export function nameRecord(table: RecordTable, row: unknown, index?: number): string {
  const [one] = RECORD_WORDS[table];
  const kind = one.charAt(0).toUpperCase() + one.slice(1);
  const telling = tellingPart(table, row);
  if (telling) return `${kind}${telling}`;
  return index === undefined ? kind : `${kind} ${index + 1}`;
}

/**
 * A check's message after the field it is about: "hours must be more than 0". zod's own messages
 * ("Invalid input: expected number, received string") read as "credits is wrong: Invalid input…".
 */
export function fieldProblem(path: ReadonlyArray<PropertyKey>, message: string): string {
  const where = fieldWords(path) || 'the record';
  return /^(Invalid|Unrecognized|Too)/.test(message)
    ? `${where} is wrong: ${message}`
    : `${where} ${message}`;
}

/**
 * One problem with one record of a file, naming the record: "Clinical log entry on Nov 3, 2026 at
 * City Hospital: hours must be more than 0"; `index` (from 0) names a record without a readable name.
 */
export function recordProblem(
  table: RecordTable,
  row: unknown,
  path: ReadonlyArray<PropertyKey>,
  message: string,
  index?: number,
): string {
  return `${nameRecord(table, row, index)}: ${fieldProblem(path, message)}`;
}
