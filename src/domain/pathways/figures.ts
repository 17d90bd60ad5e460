/**
 * The figures a sentence states (hours, counts, years, windows, deadlines, fees), in one
 * canonical wording, so a requirement's figures can be compared with those its cited page lists
 * (`Source.figures`). Used by the citation test; the app never calls it, so it costs the
 * bundle nothing. Words are read as numbers ("five years" is "5 years"), plurals and hyphens
 * are folded ("a 3-year cycle" is "3 years"), and a dollar amount is a fee.
 */

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};

/** The units a figure may carry, longest first, each with its canonical (plural) name. */
const UNITS: readonly [pattern: string, canonical: string][] = [
  ['semester hours?', 'semester hours'],
  ['quarter hours?', 'quarter hours'],
  ['(?:clock |contact |CE |continuing[- ]education )?hours?', 'hours'],
  ['(?:continuing[- ]education |CE )?credits?', 'credits'],
  ['years?', 'years'],
  ['months?', 'months'],
  ['weeks?', 'weeks'],
  ['days?', 'days'],
  ['(?:successful )?venipunctures?', 'venipunctures'],
  ['(?:capillary|finger|skin) (?:sticks?|punctures?)', 'capillary sticks'],
  ['(?:successful )?(?:unaided )?collections?', 'collections'],
];

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';

const NUMBER = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

function toNumber(text: string): number {
  return NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
}

/** Every figure in `text`, canonical and without repeats, in the order found. */
export function figuresIn(text: string): string[] {
  const found: string[] = [];
  const add = (figure: string) => {
    if (!found.includes(figure)) found.push(figure);
  };
  for (const match of text.matchAll(/\$\s?(\d[\d,]*)/g)) add(`$${match[1]}`);
  // A deadline day: "by 1 June"
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2}) (${MONTHS})\\b`, 'g')))
    add(`${Number(match[1])} ${match[2]}`);
  // Longest units first, each match taken out, so "60 semester hours" is not also "60 hours".
  let rest = text;
  for (const [pattern, canonical] of UNITS) {
    const unit = new RegExp(`\\b${NUMBER}[ -](?:[a-z]+ )?${pattern}\\b`, 'gi');
    for (const match of rest.matchAll(unit)) add(`${toNumber(match[1] as string)} ${canonical}`);
    rest = rest.replace(unit, ' ');
  }
  return found;
}
