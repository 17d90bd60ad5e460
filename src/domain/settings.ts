/**
 * The student's settings: what they are, their defaults, and what values are accepted.
 * Stored values are read back through `readSettings`, so a bad row never reaches the screens.
 */
import { differenceInCalendarDays } from 'date-fns';
import { dateProblem, isIsoDate, toLocalDate } from './dates';
import type { IsoDate } from './dates';
import { DEFAULT_WARNING_DAYS } from './standing';
import { DEFAULT_PATHWAY_ID, isPathwayId } from './pathways/summaries';
import type { ClinicalTargets, PathwayId } from './types';
import { isOneOf } from './one-of';
import { timeUntil } from './plural';
import { MAX_REQUIRED_HOURS, TEXT_MAX } from './records/limits';

export interface Settings {
  pathwayId: PathwayId;
  /** The date the student plans to apply: certifications are judged on it too. */
  applicationDate?: IsoDate;
  /** How many days ahead an expiry counts as "expiring soon". */
  warningDays: number;
  /** Calendar reminders, in days before each expiry or deadline. */
  alarmDays: number[];
  /** The student's required clinical hours (stored as clinicalTargets), where their program sets the figures. */
  clinicalTargets: ClinicalTargets;
  /** The name printed on the readiness report. */
  studentName?: string;
  /** The day the last backup was exported. */
  lastBackupOn?: IsoDate;
  /** The day the student finished or skipped the welcome; absent until then. */
  welcomedOn?: IsoDate;
  theme: Theme;
}

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_ALARM_DAYS = [60, 14];

export const DEFAULT_SETTINGS: Settings = {
  pathwayId: DEFAULT_PATHWAY_ID,
  warningDays: DEFAULT_WARNING_DAYS,
  alarmDays: DEFAULT_ALARM_DAYS,
  clinicalTargets: { byArea: {} },
  theme: 'system',
};

export type SettingKey = keyof Settings;

/** Settings from stored key/value rows; anything unknown or malformed falls back to its default. */
export function readSettings(rows: ReadonlyArray<{ key: string; value: unknown }>): Settings {
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const pathwayId = values.get('pathwayId');
  const applicationDate = values.get('applicationDate');
  const warningDays = values.get('warningDays');
  const alarmDays = values.get('alarmDays');
  const clinicalTargets = values.get('clinicalTargets');
  const studentName = values.get('studentName');
  const theme = values.get('theme');
  const lastBackupOn = values.get('lastBackupOn');
  const welcomedOn = values.get('welcomedOn');
  return {
    pathwayId: isPathwayId(pathwayId) ? pathwayId : DEFAULT_SETTINGS.pathwayId,
    ...(isIsoDate(applicationDate) ? { applicationDate } : {}),
    warningDays:
      dayCountProblem(String(warningDays)) === null ? Number(warningDays) : DEFAULT_WARNING_DAYS,
    alarmDays:
      Array.isArray(alarmDays) && alarmDays.every((days) => dayCountProblem(String(days)) === null)
        ? alarmDays.map(Number)
        : DEFAULT_ALARM_DAYS,
    clinicalTargets: readClinicalTargets(clinicalTargets),
    ...(typeof studentName === 'string' &&
    studentName.trim() !== '' &&
    studentName.length <= TEXT_MAX.shortName
      ? { studentName }
      : {}),
    theme: isOneOf(THEMES, theme) ? theme : 'system',
    ...(isIsoDate(lastBackupOn) ? { lastBackupOn } : {}),
    ...(isIsoDate(welcomedOn) ? { welcomedOn } : {}),
  };
}

function isHours(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_REQUIRED_HOURS
  );
}

function readClinicalTargets(value: unknown): ClinicalTargets {
  if (typeof value !== 'object' || value === null) return { byArea: {} };
  const { totalHours, byArea } = value as { totalHours?: unknown; byArea?: unknown };
  const areas =
    typeof byArea === 'object' && byArea !== null
      ? Object.fromEntries(
          Object.entries(byArea).filter((entry): entry is [string, number] => isHours(entry[1])),
        )
      : {};
  return { ...(isHours(totalHours) ? { totalHours } : {}), byArea: areas };
}

export function applicationDateProblem(value: string): string | null {
  if (value.trim() === '') return null;
  return dateProblem(value);
}

/** A warning window or reminder, in whole days from 1 to 365. */
export function dayCountProblem(value: string): string | null {
  if (!/^\d+$/.test(value.trim())) return 'Enter a whole number of days, such as 90.';
  const days = Number(value);
  return days >= 1 && days <= 365 ? null : 'Choose between 1 and 365 days.';
}

/** Days after which the app reminds the student to export a backup. */
export const BACKUP_REMINDER_DAYS = 30;

/**
 * The reminder to show, or undefined when the last backup is recent enough or there is nothing to
 * lose yet (`recordsKept`: how many records the student has made, settings apart).
 */
export function backupReminder(
  lastBackupOn: IsoDate | undefined,
  today: IsoDate,
  recordsKept: number,
): string | undefined {
  if (recordsKept === 0) return undefined;
  if (!lastBackupOn)
    return 'You have not exported a backup yet. Your records exist only in this browser.';
  const days = differenceInCalendarDays(toLocalDate(today), toLocalDate(lastBackupOn));
  return days > BACKUP_REMINDER_DAYS
    ? `Your last backup was ${timeUntil(-days, { unit: 'days' })}. Export a new one to keep your records safe.`
    : undefined;
}
