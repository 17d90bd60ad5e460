/**
 * A word from the glossary (domain/glossary.ts) that explains itself: a button named by the word,
 * which shows its explanation beside it on tap, click, Enter or Space (a disclosure, announced as
 * expanded or collapsed), and hides it again on a second press or Escape. Never hover-only.
 */
import { useId, useState } from 'react';
import type { GlossaryEntry } from '../domain/glossary';

export function GlossaryTerm({ text, entry }: { text: string; entry: GlossaryEntry }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="term">
      <button
        type="button"
        className="term__word"
        aria-expanded={open}
        {...(open ? { 'aria-controls': id, 'aria-describedby': id } : {})}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) setOpen(false);
        }}
      >
        {text}
      </button>
      {open && (
        <span id={id} className="term__definition">
          {entry.definition}
        </span>
      )}
    </span>
  );
}
