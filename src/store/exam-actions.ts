/**
 * Exam plans and attempts: validate, write through db/, await the echo. Passing an exam can
 * create the matching credential on the Certifications screen, with its renewal cycle.
 */
import { certificationProblems } from '../domain/certification-validation';
import { credentialValidity } from '../domain/credential-validity';
import { isIsoDate } from '../domain/dates';
import { EXAMS, credentialRecorded } from '../domain/exams';
import { oneOf } from '../domain/one-of';
import { attemptProblems, examPlanProblems } from '../domain/record-validation';
import type { AttemptInput, ExamPlanInput } from '../domain/record-validation';
import { EXAM_IDS, EXAM_RESULTS } from '../domain/types';
import type { ExamId, ExamPlan } from '../domain/types';
import { saveCertification } from '../db/certifications-repo';
import { db } from '../db/database';
import { addExamAttempt, deleteExamPlan, saveExamPlan } from '../db/records-repo';
import { runWrite, useAppStore, writeFailed } from './app-store';
import type { ActionResult } from './app-store';

export async function savePlan(
  input: ExamPlanInput,
  existing: ExamPlan | undefined,
): Promise<ActionResult<keyof ExamPlanInput>> {
  const problems = examPlanProblems(input, useAppStore.getState().today);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const notes = input.notes.trim();
  const saved = await runWrite(() =>
    saveExamPlan(
      db,
      {
        exam: oneOf(EXAM_IDS, input.exam),
        ...(input.appliedOn ? { appliedOn: input.appliedOn } : {}),
        ...(input.windowEndsOn ? { windowEndsOn: input.windowEndsOn } : {}),
        ...(input.scheduledOn ? { scheduledOn: input.scheduledOn } : {}),
        ...(notes ? { notes } : {}),
      },
      existing?.id,
    ),
  );
  return saved ? { ok: true } : writeFailed();
}

export async function addAttempt(
  plan: ExamPlan,
  input: AttemptInput,
): Promise<ActionResult<keyof AttemptInput>> {
  const problems = attemptProblems(input, useAppStore.getState().today, plan.attempts.length);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const score = input.score.trim();
  const saved = await runWrite(() =>
    addExamAttempt(db, plan.id, {
      takenOn: input.takenOn,
      result: oneOf(EXAM_RESULTS, input.result),
      ...(score ? { score } : {}),
    }),
  );
  return saved ? { ok: true } : writeFailed();
}

export async function deletePlan(id: string): Promise<void> {
  await runWrite(() => deleteExamPlan(db, id));
}

/**
 * Create the credential a pass earns, dated the day of the pass, with the expiry its body's rule
 * gives (credential-validity.ts: PTCB and NHA 2 years, ASCP 3, NCCAA CME by 1 June).
 * Validated like any card; nothing is written for an exam that earns no named credential.
 */
export async function createCredential(exam: ExamId, passedOn: string): Promise<boolean> {
  const info = EXAMS[exam];
  const expiry = isIsoDate(passedOn) ? credentialValidity(exam, passedOn) : undefined;
  const input = {
    type: 'exam-credential',
    provider: info.provider,
    name: info.credential,
    issuedOn: passedOn,
    expiresOn: expiry?.expiresOn ?? '',
    cardNumber: '',
    notes: `Created when you recorded passing the ${info.name}. Check the dates against your certificate.`,
  };
  const { snapshot, today } = useAppStore.getState();
  if (Object.keys(certificationProblems(input, today)).length > 0) return false;
  if (credentialRecorded(snapshot.certifications, exam)) return true;
  return runWrite(() =>
    saveCertification(
      db,
      {
        type: 'exam-credential',
        provider: info.provider,
        name: info.credential,
        issuedOn: passedOn,
        ...(expiry ? { expiresOn: expiry.expiresOn } : {}),
        notes: input.notes,
      },
      undefined,
      undefined,
    ),
  );
}
