/**
 * Adding or editing a certification. Expires-on is filled in from the provider's validity rule as
 * soon as the issue date is known, and stays editable: once the student types their own date, the
 * rule no longer overwrites it. Nothing is stored until every field, and the file, is valid.
 */
import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { evidenceProblem, EVIDENCE_TYPES } from '../../domain/certification-validation';
import type {
  CertificationInput,
  CertificationProblems,
} from '../../domain/certification-validation';
import { formatDisplayDate } from '../../domain/dates';
import { suggestedExpiry } from '../../domain/expiry';
import {
  CERTIFICATION_TYPE_LABELS,
  CERTIFICATION_TYPES,
  PROVIDER_IDS,
  PROVIDER_LABELS,
} from '../../domain/types';
import type { Certification, CertificationType, ProviderId } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveCertification } from '../../store/certification-actions';
import { FieldError } from '../../ui/FieldError';
import { FormActions } from '../../ui/FormActions';

const DEFAULT_NAMES: Partial<Record<CertificationType, string>> = {
  'cpr-bls': 'BLS Provider',
  'first-aid': 'First Aid',
};

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
): CertificationInput {
  const start = editing ?? template;
  return {
    type: start?.type ?? 'cpr-bls',
    provider: start?.provider ?? 'aha',
    name: start?.name ?? DEFAULT_NAMES['cpr-bls'] ?? '',
    issuedOn: editing?.issuedOn ?? '',
    expiresOn: editing?.expiresOn ?? '',
    cardNumber: editing?.cardNumber ?? '',
    notes: editing?.notes ?? '',
  };
}

export function CertificationForm({ editing, template, title, onDone }: CertificationFormProps) {
  const today = useAppStore((state) => state.today);
  const [input, setInput] = useState<CertificationInput>(() => initialInput(editing, template));
  // An edited card keeps its stored expiry unless the student asks for the rule's date again.
  const [expiryTyped, setExpiryTyped] = useState(editing !== undefined);
  const [file, setFile] = useState<File | undefined>();
  const [problems, setProblems] = useState<CertificationProblems>({});
  const [saving, setSaving] = useState(false);
  const id = useId();
  const suggestion = suggestedExpiry(
    input.provider as ProviderId,
    input.type as CertificationType,
    input.issuedOn,
  );

  function update(changes: Partial<CertificationInput>, typedExpiry = expiryTyped) {
    setInput((previous) => {
      const next = { ...previous, ...changes };
      if (
        changes.type &&
        previous.name === (DEFAULT_NAMES[previous.type as CertificationType] ?? '')
      )
        next.name = DEFAULT_NAMES[changes.type as CertificationType] ?? '';
      if (!typedExpiry) {
        next.expiresOn =
          suggestedExpiry(
            next.provider as ProviderId,
            next.type as CertificationType,
            next.issuedOn,
          )?.expiresOn ?? '';
      }
      return next;
    });
    setProblems((previous) => {
      const rest = { ...previous };
      for (const field of Object.keys(changes)) delete rest[field as keyof CertificationProblems];
      return rest;
    });
  }

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    const problem = chosen ? evidenceProblem(chosen) : null;
    setProblems((previous) => {
      const rest = { ...previous };
      delete rest.evidence;
      return problem ? { ...rest, evidence: problem } : rest;
    });
    if (problem) {
      event.target.value = '';
      setFile(undefined);
    } else setFile(chosen);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await saveCertification(input, editing?.id, file);
    setSaving(false);
    if (result.ok) onDone();
    else setProblems(result.problems);
  }

  const fieldId = (field: string) => `${id}-${field}`;
  const errorId = (field: keyof CertificationProblems) => `${id}-${field}-error`;
  const invalid = (field: keyof CertificationProblems) =>
    problems[field] ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {};

  return (
    <form
      className="certification-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={fieldId('heading')}
    >
      <h3 id={fieldId('heading')}>{title}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={fieldId('type')}>Type</label>
          <select
            id={fieldId('type')}
            autoFocus
            value={input.type}
            onChange={(event) => update({ type: event.target.value })}
            {...invalid('type')}
          >
            {CERTIFICATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {CERTIFICATION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
          <FieldError id={errorId('type')} message={problems.type} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('provider')}>Provider</label>
          <select
            id={fieldId('provider')}
            value={input.provider}
            onChange={(event) => update({ provider: event.target.value })}
            {...invalid('provider')}
          >
            {PROVIDER_IDS.map((provider) => (
              <option key={provider} value={provider}>
                {PROVIDER_LABELS[provider]}
              </option>
            ))}
          </select>
          <FieldError id={errorId('provider')} message={problems.provider} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('name')}>Name on the card</label>
          <input
            id={fieldId('name')}
            type="text"
            value={input.name}
            onChange={(event) => update({ name: event.target.value })}
            {...invalid('name')}
          />
          <FieldError id={errorId('name')} message={problems.name} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('issuedOn')}>Issued on</label>
          <input
            id={fieldId('issuedOn')}
            type="date"
            value={input.issuedOn}
            max={today}
            onChange={(event) => update({ issuedOn: event.target.value })}
            {...invalid('issuedOn')}
          />
          <FieldError id={errorId('issuedOn')} message={problems.issuedOn} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('expiresOn')}>Expires on (last valid day)</label>
          <input
            id={fieldId('expiresOn')}
            type="date"
            value={input.expiresOn}
            onChange={(event) => {
              setExpiryTyped(true);
              update({ expiresOn: event.target.value }, true);
            }}
            {...invalid('expiresOn')}
          />
          <FieldError id={errorId('expiresOn')} message={problems.expiresOn} />
          {suggestion && (
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
                    update({ expiresOn: suggestion.expiresOn }, false);
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
          )}
        </div>
        <div className="field">
          <label htmlFor={fieldId('cardNumber')}>Card or certificate number (optional)</label>
          <input
            id={fieldId('cardNumber')}
            type="text"
            value={input.cardNumber}
            onChange={(event) => update({ cardNumber: event.target.value })}
            {...invalid('cardNumber')}
          />
          <FieldError id={errorId('cardNumber')} message={problems.cardNumber} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId('notes')}>Notes (optional)</label>
        <textarea
          id={fieldId('notes')}
          rows={2}
          value={input.notes}
          onChange={(event) => update({ notes: event.target.value })}
          {...invalid('notes')}
        />
        <FieldError id={errorId('notes')} message={problems.notes} />
      </div>
      <div className="field">
        <label htmlFor={fieldId('evidence')}>
          Photo or PDF of the card (optional, up to 10 MB)
        </label>
        <input
          id={fieldId('evidence')}
          type="file"
          accept={EVIDENCE_TYPES.join(',')}
          onChange={chooseFile}
          {...invalid('evidence')}
        />
        <FieldError id={errorId('evidence')} message={problems.evidence} />
      </div>
      <FormActions saveLabel="Save certification" onCancel={onDone} busy={saving} />
    </form>
  );
}
