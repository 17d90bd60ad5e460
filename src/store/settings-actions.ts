/** Saving the student's settings: validate, write through db/, await the echo. */
import { isOneOf, oneOf } from '../domain/one-of';
import { THEMES, applicationDateProblem, dayCountProblem } from '../domain/settings';
import { TEXT_MAX, tooLong } from '../domain/records/limits';
import { db } from '../db/database';
import { saveSettings as saveSettingsRows } from '../db/settings-repo';
import { runWrite, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export interface SettingsInput {
  applicationDate: string;
  warningDays: string;
  alarmDays: string[];
  studentName: string;
  theme: string;
}

export type SettingsField = keyof SettingsInput;

export async function saveSettings(input: SettingsInput): Promise<ActionResult<SettingsField>> {
  const problems: Partial<Record<SettingsField, string>> = {};
  const dateIssue = applicationDateProblem(input.applicationDate);
  if (dateIssue) problems.applicationDate = dateIssue;
  const warningIssue = dayCountProblem(input.warningDays);
  if (warningIssue) problems.warningDays = warningIssue;
  const alarmIssue = input.alarmDays.map(dayCountProblem).find((issue) => issue !== null);
  if (alarmIssue) problems.alarmDays = alarmIssue;
  if (input.studentName.length > TEXT_MAX.shortName)
    problems.studentName = tooLong('name', TEXT_MAX.shortName);
  if (!isOneOf(THEMES, input.theme)) problems.theme = 'Choose a theme.';
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const saved = await runWrite(() =>
    saveSettingsRows(db, {
      applicationDate: input.applicationDate || undefined,
      warningDays: Number(input.warningDays),
      alarmDays: [...new Set(input.alarmDays.map(Number))].sort((a, b) => b - a),
      studentName: input.studentName.trim() || undefined,
      theme: oneOf(THEMES, input.theme),
    }),
  );
  return saved ? { ok: true } : writeFailed();
}
