/**
 * A text on the first screen whose glossary words explain themselves (GlossaryText), with the
 * glossary loaded on demand: the text shows plain at once and its words become buttons when the
 * glossary arrives, so the first screen's script never carries the explanations.
 */
import { Suspense } from 'react';
import { lazyComponent } from './lazy-component';

const GlossaryText = lazyComponent(async () => (await import('./GlossaryText')).GlossaryText);

export function Explained({ text }: { text: string }) {
  return (
    <Suspense fallback={text}>
      <GlossaryText text={text} />
    </Suspense>
  );
}
