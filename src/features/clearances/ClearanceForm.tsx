/**
 * Adding or editing a clearance. The fields follow the kind: an immunization takes its doses
 * (one date each) and an optional titer; a TB screening its test, date and result; a background
 * check or a drug screen its date and result. An expiry only where the document states one, and a
 * photo or PDF of the record. Nothing is stored until every field, and the file, is valid.
 */
import { useId } from 'react';
import { CLEARANCE_GUIDANCE, dosesNeeded } from '../../domain/clearances';
import type { ClearanceField, ClearanceInput } from '../../domain/clearance-validation';
import { isOneOf } from '../../domain/one-of';
import { MAX_DOSES } from '../../domain/records/limits';
import type { Clearance } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveClearance } from '../../store/clearance-actions';
import { EvidenceField } from '../../ui/EvidenceField';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';
import {
  CLEARANCE_KINDS,
  CLEARANCE_KIND_LABELS,
  CLEARANCE_RESULT_LABELS,
  TB_TEST_LABELS,
  TB_TEST_TYPES,
  isImmunization,
  resultsFor,
} from '../../domain/clearance-kinds';
import type { ClearanceKind } from '../../domain/clearance-kinds';
import { Options } from '../../ui/Options';

interface ClearanceFormInput extends ClearanceInput {
  evidence: File | undefined;
}

interface ClearanceFormProps {
  editing?: Clearance;
  title: string;
  onDone: () => void;
}

function initialInput(editing: Clearance | undefined): ClearanceFormInput {
  return {
    kind: editing?.kind ?? 'hepatitis-b',
    doses: editing?.doses && editing.doses.length > 0 ? [...editing.doses] : [''],
    seriesDoses: editing?.seriesDoses !== undefined ? String(editing.seriesDoses) : '',
    testType: editing?.testType ?? 'igra',
    testedOn: editing?.testedOn ?? '',
    result: editing?.result ?? '',
    expiresOn: editing?.expiresOn ?? '',
    notes: editing?.notes ?? '',
    evidence: undefined,
  };
}

export function ClearanceForm({ editing, title, onDone }: ClearanceFormProps) {
  const today = useAppStore((state) => state.today);
  const { input, update, problems, showProblem, submit, busy } = useRecordForm<
    ClearanceFormInput,
    ClearanceField
  >(
    () => initialInput(editing),
    ({ evidence, ...values }) => saveClearance(values, editing?.id, evidence),
    onDone,
  );
  const id = useId();
  const kind: ClearanceKind = isOneOf(CLEARANCE_KINDS, input.kind) ? input.kind : 'hepatitis-b';
  const immunization = isImmunization(kind);
  const guidance = CLEARANCE_GUIDANCE[kind];
  const testLabel = immunization ? 'Titer (blood test) date (optional)' : 'Date done';

  function changeDose(index: number, value: string) {
    update({ doses: input.doses.map((dose, at) => (at === index ? value : dose)) }, [
      `dose-${index}`,
      'doses',
    ]);
  }

  return (
    <form
      className="certification-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      <Field id={`${id}-kind`} label="Clearance" error={problems.kind}>
        {(control) => (
          <select
            {...control}
            autoFocus
            value={input.kind}
            onChange={(event) => update({ kind: event.target.value, result: '' })}
          >
            <Options values={CLEARANCE_KINDS} labels={CLEARANCE_KIND_LABELS} />
          </select>
        )}
      </Field>
      <p className="hint">{guidance.text}</p>
      {immunization && (
        <fieldset className="form-fieldset">
          <legend>Doses</legend>
          {problems.doses && (
            <p className="field-error" role="alert">
              {problems.doses}
            </p>
          )}
          <div className="form-grid">
            {input.doses.map((dose, index) => (
              <Field
                key={index}
                id={`${id}-dose-${index}`}
                label={`Dose ${index + 1} date`}
                error={problems[`dose-${index}`]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    max={today}
                    value={dose}
                    onChange={(event) => changeDose(index, event.target.value)}
                  />
                )}
              </Field>
            ))}
          </div>
          {input.doses.length < MAX_DOSES && (
            <button
              type="button"
              className="button button--small"
              onClick={() => update({ doses: [...input.doses, ''] })}
            >
              Add another dose
            </button>
          )}
          <Field
            id={`${id}-seriesDoses`}
            label="Doses in your series (optional)"
            hint={`Counted as ${dosesNeeded({ kind })} unless you enter your own (for example 2 for Heplisav-B).`}
            error={problems.seriesDoses}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={input.seriesDoses}
                onChange={(event) => update({ seriesDoses: event.target.value })}
              />
            )}
          </Field>
        </fieldset>
      )}
      <div className="form-grid">
        {kind === 'tb-screening' && (
          <Field id={`${id}-testType`} label="TB test" error={problems.testType}>
            {(control) => (
              <select
                {...control}
                value={input.testType}
                onChange={(event) => update({ testType: event.target.value })}
              >
                <Options values={TB_TEST_TYPES} labels={TB_TEST_LABELS} />
              </select>
            )}
          </Field>
        )}
        <Field id={`${id}-testedOn`} label={testLabel} error={problems.testedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={input.testedOn}
              onChange={(event) => update({ testedOn: event.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${id}-result`}
          label={immunization ? 'Titer result' : 'Result'}
          error={problems.result}
        >
          {(control) => (
            <select
              {...control}
              value={input.result}
              onChange={(event) => update({ result: event.target.value })}
            >
              <option value="">{immunization ? 'No titer' : 'Choose a result'}</option>
              <Options values={resultsFor(kind)} labels={CLEARANCE_RESULT_LABELS} />
            </select>
          )}
        </Field>
        <Field
          id={`${id}-expiresOn`}
          label="Expires on (optional)"
          hint="Only if the document states a date. Your program's own rule goes on its target."
          error={problems.expiresOn}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={input.expiresOn}
              onChange={(event) => update({ expiresOn: event.target.value })}
            />
          )}
        </Field>
      </div>
      <Field id={`${id}-notes`} label="Notes (optional)" error={problems.notes}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={input.notes}
            onChange={(event) => update({ notes: event.target.value })}
          />
        )}
      </Field>
      <EvidenceField
        id={`${id}-evidence`}
        label="Photo or PDF of the record (optional, up to 10 MB)"
        error={problems.evidence}
        onChoose={(evidence) => update({ evidence })}
        onProblem={(message) => showProblem('evidence', message)}
      />
      <FormActions saveLabel="Save clearance" onCancel={onDone} busy={busy} />
    </form>
  );
}
