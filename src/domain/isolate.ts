/**
 * How text the student typed is quoted inside a sentence the app writes. Apart from format.ts,
 * whose dates and figures the first screen needs, so that this loads with the sentences that
 * quote (reasons, reports, calendar files, import messages), not with the first screen.
 */

const FSI = '\u2068'; // FIRST STRONG ISOLATE
const PDI = '\u2069'; // POP DIRECTIONAL ISOLATE
const PDF = '\u202C'; // POP DIRECTIONAL FORMATTING
/** LRE, RLE, LRO, RLO: closed by a PDF. */
const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
/** LRI, RLI, FSI: closed by a PDI. */
const ISOLATES = new Set(['\u2066', '\u2067', FSI]);
/** Paragraph separators (bidi class B): a new paragraph starts outside every isolate. */
// eslint-disable-next-line no-control-regex -- these separators are what this replaces
const PARAGRAPH_SEPARATORS = /[\n\r\u001C-\u001E\u0085\u2029]+/g;
/** Pairs kept open at once; deeper ones are dropped, far below UAX #9's limit of 125 levels. */
const MAX_NESTING = 16;

/**
 * Text a student typed or a file brought (a card's name, a target's, a site, a file name, a
 * requirement's title), quoted inside a sentence the app writes: "Met by your BLS Provider card."
 * It is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text twin of
 * `<bdi>`: its direction comes from its own first strong letter, and an Arabic or Hebrew name, or
 * "Pay invoice \u202Efdp.exe" with its RIGHT-TO-LEFT OVERRIDE, cannot reorder the words around it.
 * Every sentence that quotes such text uses this one function, on screen, in the report, in the
 * calendar file and in import messages; screen readers ignore the two characters.
 *
 * What the isolate contains by itself (UAX #9, rule X6a): a PDI pops every embedding and override
 * (LRE, RLE, LRO, RLO) opened since its matching isolate initiator, so an unterminated RLO inside
 * the text ends at the closing PDI. What it does not contain, and is put right here first: a PDI in
 * the text with no isolate of its own would match the opening FSI and let the rest out; an
 * isolate the text opens and never closes would take the closing PDI, leaving the rest of the
 * sentence inside; and a paragraph separator ends every isolate. So an unmatched PDI or PDF is
 * dropped, whatever the text leaves open is closed (with a PDF or a PDI, so it is also contained
 * where isolates are unknown), and a line break becomes a space: a name inside a sentence is one
 * line. Pairs that match are kept as they are.
 */
export function isolate(text: string): string {
  const open: { closer: string; kept: boolean }[] = [];
  let inside = '';
  for (const character of text.replace(PARAGRAPH_SEPARATORS, ' ')) {
    const isolating = ISOLATES.has(character);
    if (isolating || EMBEDDINGS.has(character)) {
      const kept = open.length < MAX_NESTING;
      open.push({ closer: isolating ? PDI : PDF, kept });
      if (kept) inside += character;
    } else if (character === PDF) {
      // A PDF closes only an embedding opened inside the innermost isolate; otherwise it does nothing.
      if (open.at(-1)?.closer === PDF) inside += open.pop()?.kept ? PDF : '';
    } else if (character === PDI) {
      // A PDI closes its isolate and every embedding opened inside it.
      const at = open.findLastIndex((pair) => pair.closer === PDI);
      if (at < 0) continue;
      const kept = open[at]?.kept === true;
      inside += open
        .splice(at + 1)
        .reverse()
        .filter((pair) => pair.kept)
        .map((pair) => pair.closer)
        .join('');
      open.length = at;
      if (kept) inside += PDI;
    } else inside += character;
  }
  const closers = open
    .reverse()
    .filter((pair) => pair.kept)
    .map((pair) => pair.closer)
    .join('');
  return `${FSI}${inside}${closers}${PDI}`;
}
