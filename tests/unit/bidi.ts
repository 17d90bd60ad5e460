/**
 * What the Unicode Bidirectional Algorithm (UAX #9, run by bidi-js) makes of a sentence the app
 * writes: the tests ask it, rather than trusting a reading of the rules, whether quoted text can
 * reorder the words around it.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/**
 * The embedding levels, in a left-to-right paragraph, of the sentence's own characters: all but
 * every occurrence of each `quoted` text. "000…0" when the sentence's words keep their order,
 * whatever the quoted text holds.
 */
export function levelsAround(sentence: string, ...quoted: string[]): string {
  const { levels } = bidi.getEmbeddingLevels(sentence, 'ltr');
  const inside = new Set<number>();
  for (const text of quoted) {
    if (!sentence.includes(text)) throw new Error(`${JSON.stringify(text)} is not in the sentence`);
    for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1))
      for (let index = at; index < at + text.length; index += 1) inside.add(index);
  }
  // Indexes are UTF-16 code units, as bidi-js counts them.
  let own = '';
  for (let index = 0; index < sentence.length; index += 1)
    if (!inside.has(index)) own += String(levels[index]);
  return own;
}
