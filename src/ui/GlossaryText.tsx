/** A text with every glossary word in it (its first time) explaining itself (GlossaryTerm). */
import { glossaryParts } from '../domain/glossary';
import { GlossaryTerm } from './GlossaryTerm';
import './glossary.css';

export function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {glossaryParts(text).map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <GlossaryTerm key={`${index}-${part.text}`} text={part.text} entry={part.entry} />
        ),
      )}
    </>
  );
}
