/**
 * The pathway the checklist follows. Switching keeps every record: completions follow the key.
 * Each option and the summary say how many of the pathway's facts are still "To confirm"; the
 * summary explains its words (glossary), "To confirm" among them: once per pathway, with what to do.
 */
import { PATHWAY_SUMMARIES, isPathwayId } from '../../domain/pathways/summaries';
import type { Pathway } from '../../domain/types';
import { choosePathway } from '../../store/checklist-actions';
import { Explained } from '../../ui/Explained';

export function PathwayPicker({ pathway }: { pathway: Pathway }) {
  const count = PATHWAY_SUMMARIES.find((option) => option.id === pathway.id)?.toConfirm ?? 0;
  return (
    <div className="pathway-picker">
      <label htmlFor="pathway">Pathway</label>
      <select
        id="pathway"
        value={pathway.id}
        onChange={(event) => {
          if (isPathwayId(event.target.value)) void choosePathway(event.target.value);
        }}
      >
        {PATHWAY_SUMMARIES.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name} — {option.credential}
            {option.toConfirm ? ` (${option.toConfirm} to confirm)` : ''}
          </option>
        ))}
      </select>
      <p className="pathway-picker__summary">
        <Explained
          text={`${pathway.summary}${count ? ` ${count} facts are marked To confirm.` : ''}`}
        />
      </p>
    </div>
  );
}
