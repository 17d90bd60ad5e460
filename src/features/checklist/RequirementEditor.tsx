/**
 * Editing one requirement: its title, its note, once completed the completion date, and its
 * evidence (a transcript, a signed hours sheet, an acceptance letter: the same files and limits
 * as a card's). Nothing is stored until every field is valid; each refusal is shown beside its
 * field. The edit is saved first, then the file attached: saving again never attaches it twice.
 */
import { useId } from 'react';
import type { ChecklistItem } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { saveRequirement } from '../../store/requirement-form-actions';
import type { RequirementEditField } from '../../store/requirement-form-actions';
import {
  attachRequirementEvidence,
  evidenceBytes,
  removeEvidence,
  useEvidence,
} from '../../store/evidence-actions';
import { EvidenceField } from '../../ui/EvidenceField';
import { EvidenceList } from '../../ui/EvidenceList';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';
import '../../ui/records.css';

interface RequirementEditorProps {
  item: ChecklistItem;
  onDone: () => void;
}

interface RequirementEditorInput {
  title: string;
  note: string;
  completedOn: string;
  evidence: File | undefined;
}

export function RequirementEditor({ item, onDone }: RequirementEditorProps) {
  const today = useAppStore((state) => state.today);
  // A requirement judged from records takes its dates from them, not from a completion.
  const editsCompletion = item.completedOn !== undefined && !item.verdict;
  const { input, update, problems, showProblem, submit, busy } = useRecordForm<
    RequirementEditorInput,
    RequirementEditField | 'evidence'
  >(
    {
      title: item.title,
      note: item.note ?? '',
      completedOn: item.completedOn ?? '',
      evidence: undefined,
    },
    async ({ completedOn, evidence, ...values }) => {
      const saved = await saveRequirement(item, {
        ...values,
        ...(editsCompletion ? { completedOn } : {}),
      });
      return saved.ok && evidence ? attachRequirementEvidence(item.key, evidence) : saved;
    },
    onDone,
  );
  const id = useId();
  const files = useEvidence('requirementKey').get(item.key) ?? [];

  return (
    <form className="requirement-editor" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`${id}-title`}
        label="Title"
        error={problems.title}
        hint={
          item.builtIn && item.originalTitle ? `Original wording: ${item.originalTitle}` : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoFocus
            value={input.title}
            onChange={(event) => update({ title: event.target.value })}
          />
        )}
      </Field>
      {editsCompletion && (
        <Field id={`${id}-completedOn`} label="Completed on" error={problems.completedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={input.completedOn}
              max={today}
              onChange={(event) => update({ completedOn: event.target.value })}
            />
          )}
        </Field>
      )}
      <Field id={`${id}-note`} label="Note (optional)" error={problems.note}>
        {(control) => (
          <textarea
            {...control}
            value={input.note}
            rows={3}
            onChange={(event) => update({ note: event.target.value })}
          />
        )}
      </Field>
      <EvidenceList
        files={files}
        readBytes={evidenceBytes}
        onRemove={(fileId) => void removeEvidence(fileId)}
      />
      <EvidenceField
        id={`${id}-evidence`}
        label="Attach evidence: a photo or PDF, such as a transcript or hours sheet (optional, up to 10 MB)"
        error={problems.evidence}
        onChoose={(evidence) => update({ evidence })}
        onProblem={(message) => showProblem('evidence', message)}
      />
      {/* A write that failed after every field was accepted belongs to no field. */}
      <FieldError id={`${id}-form-error`} message={problems.form} />
      <FormActions saveLabel="Save" onCancel={onDone} busy={busy} />
    </form>
  );
}
