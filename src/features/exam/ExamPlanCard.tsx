/** One exam plan: its dates, the window's status, attempts, and the credential a pass earns. */
import { useId, useState } from 'react';
import { formatDisplayDate } from '../../domain/format';
import { credentialValidity } from '../../domain/credential-validity';
import { passedAttempt, windowStatus } from '../../domain/exam-plan';
import { EXAMS, credentialRecorded } from '../../domain/exams';
import type { AttemptInput } from '../../domain/record-validation';
import type { ExamId, ExamPlan } from '../../domain/types';
import { addAttempt, createCredential, deletePlan } from '../../store/exam-actions';
import { useAppStore } from '../../store/app-store';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field } from '../../ui/Field';
import { ExamPlanForm } from './ExamPlanForm';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';

interface ExamPlanCardProps {
  plan: ExamPlan;
  today: string;
  pathwayExams: readonly ExamId[];
}

function AttemptForm({ plan, onDone }: { plan: ExamPlan; onDone: () => void }) {
  const today = useAppStore((state) => state.today);
  const { input, update, problems, submit, busy } = useRecordForm<AttemptInput, keyof AttemptInput>(
    { takenOn: today, result: 'passed', score: '' },
    (values) => addAttempt(plan, values),
    onDone,
  );
  const id = useId();

  return (
    <form
      className="record-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Record an attempt"
    >
      <div className="form-grid">
        <Field id={`${id}-takenOn`} label="Taken on" error={problems.takenOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={input.takenOn}
              onChange={(event) => update({ takenOn: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-result`} label="Result" error={problems.result}>
          {(control) => (
            <select
              {...control}
              value={input.result}
              onChange={(event) => update({ result: event.target.value })}
            >
              <option value="passed">Passed</option>
              <option value="failed">Not passed</option>
            </select>
          )}
        </Field>
        <Field id={`${id}-score`} label="Score (optional)" error={problems.score}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={input.score}
              onChange={(event) => update({ score: event.target.value })}
            />
          )}
        </Field>
      </div>
      <FormActions saveLabel="Save attempt" onCancel={onDone} busy={busy} />
    </form>
  );
}

export function ExamPlanCard({ plan, today, pathwayExams }: ExamPlanCardProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'attempt'>('view');
  const [credentialMessage, setCredentialMessage] = useState<string | undefined>();
  const [addingCredential, setAddingCredential] = useState(false);
  const certifications = useAppStore((state) => state.snapshot.certifications);
  const info = EXAMS[plan.exam];
  const window = windowStatus(plan, today);
  const passed = passedAttempt(plan, today);
  const proposal = passed ? credentialValidity(plan.exam, passed.takenOn) : undefined;
  const headingId = `exam-${plan.id}`;

  if (mode === 'edit')
    return (
      <li className="certification">
        <ExamPlanForm
          title={`Edit ${info.name}`}
          editing={plan}
          defaultExam={plan.exam}
          pathwayExams={pathwayExams}
          onDone={() => setMode('view')}
        />
      </li>
    );

  return (
    <li className="certification" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {info.name}{' '}
        {passed ? (
          <span className="badge badge--ok">Passed</span>
        ) : window?.closed ? (
          <span className="badge badge--danger">Window closed</span>
        ) : window?.closingSoon ? (
          <span className="badge badge--warn">Window closing</span>
        ) : null}
      </h3>
      {info.body && <p className="hint">{info.body}</p>}
      <dl className="certification__facts">
        <div>
          <dt>Applied</dt>
          <dd>{plan.appliedOn ? formatDisplayDate(plan.appliedOn) : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Window ends</dt>
          <dd>{plan.windowEndsOn ? formatDisplayDate(plan.windowEndsOn) : '—'}</dd>
        </div>
        <div>
          <dt>Scheduled</dt>
          <dd>{plan.scheduledOn ? formatDisplayDate(plan.scheduledOn) : '—'}</dd>
        </div>
      </dl>
      {window && <p className="certification__message">{window.message}</p>}
      {plan.attempts.length > 0 && (
        <ul className="attempts">
          {plan.attempts.map((attempt, index) => (
            <li key={`${attempt.takenOn}-${index}`}>
              {formatDisplayDate(attempt.takenOn)}:{' '}
              {attempt.result === 'passed' ? 'Passed' : 'Not passed'}
              {attempt.score && (
                <>
                  {' '}
                  (score <bdi>{attempt.score}</bdi>)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {passed && info.credential !== '' && !credentialRecorded(certifications, plan.exam) && (
        <div className="banner banner--info">
          <p>
            You passed. Add {info.credential} to your certifications
            {proposal ? `, valid until ${formatDisplayDate(proposal.expiresOn)}` : ''}?
          </p>
          {proposal && (
            <p className="hint">
              {proposal.rule.summary}
              {proposal.applyBy ? ` Apply to renew by ${formatDisplayDate(proposal.applyBy)}.` : ''}
              {proposal.rule.uncertain ? ` To confirm: ${proposal.rule.uncertain}` : ''}
            </p>
          )}
          <button
            type="button"
            className="button button--small button--primary"
            disabled={addingCredential}
            onClick={() => {
              setAddingCredential(true);
              void createCredential(plan.exam, passed.takenOn).then((ok) => {
                setAddingCredential(false);
                setCredentialMessage(
                  ok
                    ? `${info.credential} added to your certifications.`
                    : `${info.credential} could not be added: add it on the Certifications screen.`,
                );
              });
            }}
          >
            Add {info.credential}
          </button>
        </div>
      )}
      <p role="status" className="hint">
        {credentialMessage}
      </p>
      {mode === 'attempt' ? (
        <AttemptForm plan={plan} onDone={() => setMode('view')} />
      ) : (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={() => setMode('attempt')}>
            Record an attempt <span className="visually-hidden">at the {info.name}</span>
          </button>
          <button type="button" className="button button--small" onClick={() => setMode('edit')}>
            Edit <span className="visually-hidden">{info.name}</span>
          </button>
          <ConfirmButton
            label="Delete"
            confirmLabel="Confirm delete"
            subject={info.name}
            onConfirm={() => void deletePlan(plan.id)}
          />
        </div>
      )}
    </li>
  );
}
