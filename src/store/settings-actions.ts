/** Saving the student's settings: validate, write through db/, await the echo. */
import { THEMES, applicationDateProblem, dayCountProblem } from '../domain/settings';
import type { Theme } from '../domain/settings';
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

type SettingsField = 'applicationDate' | 'warningDays' | 'alarmDays' | 'studentName' | 'theme';

export async function saveSettings(input: SettingsInput): Promise<ActionResult<SettingsField>> {
  const problems: Partial<Record<SettingsField, string>> = {};
  const dateIssue = applicationDateProblem(input.applicationDate);
  if (dateIssue) problems.applicationDate = dateIssue;
  const warningIssue = dayCountProblem(input.warningDays);
  if (warningIssue) problems.warningDays = warningIssue;
  const alarmIssue = input.alarmDays.map(dayCountProblem).find((issue) => issue !== null);
  if (alarmIssue) problems.alarmDays = alarmIssue;
  if (input.studentName.length > 120)
    problems.studentName = 'Keep the name to 120 characters or fewer.';
  if (!(THEMES as readonly string[]).includes(input.theme)) problems.theme = 'Choose a theme.';
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const saved = await runWrite(() =>
    saveSettingsRows(db, {
      applicationDate: input.applicationDate || undefined,
      warningDays: Number(input.warningDays),
      alarmDays: [...new Set(input.alarmDays.map(Number))].sort((a, b) => b - a),
      studentName: input.studentName.trim() || undefined,
      theme: input.theme as Theme,
    }),
  );
  return saved ? { ok: true } : writeFailed();
}
