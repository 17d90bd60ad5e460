/**
 * Adding or editing a certification. Expires-on is filled in from the provider's validity rule as
 * soon as the issue date is known, and stays editable: once the student types their own date, the
 * rule no longer overwrites it. Nothing is stored until every field, and the file, is valid.
 */
import { useId, useState } from 'react';
import type { CertificationField, CertificationInput } from '../../domain/certification-validation';
import { formatDisplayDate } from '../../domain/format';
import { suggestedExpiry } from '../../domain/expiry';
import { isOneOf } from '../../domain/one-of';
import {
  CERTIFICATION_TYPE_LABELS,
  CERTIFICATION_TYPES,
  PROVIDER_IDS,
  PROVIDER_LABELS,
} from '../../domain/types';
import type { Certification, CertificationType } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveCertification } from '../../store/certification-actions';
import { EvidenceField } from '../../ui/EvidenceField';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';
import { Options } from '../../ui/Options';

const DEFAULT_NAMES: Partial<Record<CertificationType, string>> = {
  'cpr-bls': 'BLS Provider',
  'first-aid': 'First Aid',
};

/** The name a new card of this type starts with ('' for types without one). */
function defaultName(type: string): string {
  return isOneOf(CERTIFICATION_TYPES, type) ? (DEFAULT_NAMES[type] ?? '') : '';
}

/** The expiry the provider's validity rule gives, once the type, provider and issue date are known. */
function suggestionFor(input: CertificationInput) {
  return isOneOf(PROVIDER_IDS, input.provider) && isOneOf(CERTIFICATION_TYPES, input.type)
    ? suggestedExpiry(input.provider, input.type, input.issuedOn)
    : undefined;
}

/** The fields as typed, and the evidence file chosen (checked as it is chosen, and again on save). */
interface CertificationFormInput extends CertificationInput {
  evidence: File | undefined;
}

interface CertificationFormProps {
  /** The card to edit, or the fields to start a new one from (a renewal copies type and name). */
  editing?: Certification;
  template?: Pick<Certification, 'type' | 'provider' | 'name'>;
  title: string;
  onDone: () => void;
}

function initialInput(
  editing?: Certification,
  template?: CertificationFormProps['template'],
): CertificationFormInput {
  const start = editing ?? template;
  return {
    type: start?.type ?? 'cpr-bls',
    provider: start?.provider ?? 'aha',
    name: start?.name ?? DEFAULT_NAMES['cpr-bls'] ?? '',
    issuedOn: editing?.issuedOn ?? '',
    expiresOn: editing?.expiresOn ?? '',
    cardNumber: editing?.cardNumber ?? '',
    notes: editing?.notes ?? '',
    evidence: undefined,
  };
}

export function CertificationForm({ editing, template, title, onDone }: CertificationFormProps) {
  const today = useAppStore((state) => state.today);
  const { input, update, problems, showProblem, submit, busy } = useRecordForm<
    CertificationFormInput,
    CertificationField
  >(
    () => initialInput(editing, template),
    ({ evidence, ...values }) => saveCertification(values, editing?.id, evidence),
    onDone,
  );
  // An edited card keeps its stored expiry unless the student asks for the rule's date again.
  const [expiryTyped, setExpiryTyped] = useState(editing !== undefined);
  const id = useId();
  const suggestion = suggestionFor(input);

  /**
   * Change fields as typed. The name follows the type while it is still the type's default, and
   * the expiry follows the rule until the student types their own.
   */
  function change(changes: Partial<CertificationInput>, typedExpiry = expiryTyped) {
    const derived: Partial<CertificationInput> = { ...changes };
    if (changes.type !== undefined && input.name === defaultName(input.type))
      derived.name = defaultName(changes.type);
    if (!typedExpiry) {
      const expiresOn = suggestionFor({ ...input, ...changes })?.expiresOn ?? '';
      if (expiresOn !== input.expiresOn) derived.expiresOn = expiresOn;
    }
    // A field the rule fills in has changed too: its problem goes with its old value.
    update(derived);
  }

  const text = (field: 'name' | 'cardNumber', label: string) => (
    <Field id={`${id}-${field}`} label={label} error={problems[field]}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={input[field]}
          onChange={(event) => change({ [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      className="certification-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      <div className="form-grid">
        <Field id={`${id}-type`} label="Type" error={problems.type}>
          {(control) => (
            <select
              {...control}
              autoFocus
              value={input.type}
              onChange={(event) => change({ type: event.target.value })}
            >
              <Options values={CERTIFICATION_TYPES} labels={CERTIFICATION_TYPE_LABELS} />
            </select>
          )}
        </Field>
        <Field id={`${id}-provider`} label="Provider" error={problems.provider}>
          {(control) => (
            <select
              {...control}
              value={input.provider}
              onChange={(event) => change({ provider: event.target.value })}
            >
              <Options values={PROVIDER_IDS} labels={PROVIDER_LABELS} />
            </select>
          )}
        </Field>
        {text('name', 'Name on the card')}
        <Field id={`${id}-issuedOn`} label="Issued on" error={problems.issuedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={input.issuedOn}
              max={today}
              onChange={(event) => change({ issuedOn: event.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${id}-expiresOn`}
          label="Expires on (last valid day)"
          error={problems.expiresOn}
          aside={
            suggestion && (
              <div className="hint">
                {input.expiresOn === suggestion.expiresOn ? 'Filled in from ' : 'The rule of '}
                {PROVIDER_LABELS[suggestion.rule.provider]}: {suggestion.rule.summary}
                {input.expiresOn === suggestion.expiresOn
                  ? '. You can change it.'
                  : ` gives ${formatDisplayDate(suggestion.expiresOn)}. `}
                {input.expiresOn !== suggestion.expiresOn && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setExpiryTyped(false);
                      change({ expiresOn: suggestion.expiresOn }, false);
                    }}
                  >
                    Use {formatDisplayDate(suggestion.expiresOn)}
                  </button>
                )}{' '}
                <a href={suggestion.rule.source.url} target="_blank" rel="noopener noreferrer">
                  Source: {suggestion.rule.source.publisher}
                </a>
                {suggestion.rule.uncertain && (
                  <p className="requirement__uncertain">{suggestion.rule.uncertain}</p>
                )}
              </div>
            )
          }
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={input.expiresOn}
              onChange={(event) => {
                setExpiryTyped(true);
                change({ expiresOn: event.target.value }, true);
              }}
            />
          )}
        </Field>
        {text('cardNumber', 'Card or certificate number (optional)')}
      </div>
      <Field id={`${id}-notes`} label="Notes (optional)" error={problems.notes}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={input.notes}
            onChange={(event) => change({ notes: event.target.value })}
          />
        )}
      </Field>
      <EvidenceField
        id={`${id}-evidence`}
        label="Photo or PDF of the card (optional, up to 10 MB)"
        error={problems.evidence}
        onChoose={(evidence) => update({ evidence })}
        onProblem={(message) => showProblem('evidence', message)}
      />
      <FormActions saveLabel="Save certification" onCancel={onDone} busy={busy} />
    </form>
  );
}
