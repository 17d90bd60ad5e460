/**
 * The words a student may not know (ASCP BOC, NAACLS, PTCB, "Route 1", CE …), each explained once,
 * here, and found in any text the app shows (`glossaryParts`), so every screen explains the same
 * word the same way. Loaded on demand: the first screen shows its text plain and gains the
 * explanations when this module arrives (ui/Explained.tsx).
 */

export interface GlossaryEntry {
  /** How the term is shown and announced: "NAACLS". */
  term: string;
  /** Other spellings that mean the same and get the same explanation: "ASCP Board of Certification". */
  aliases?: readonly string[];
  /** The explanation, in one or two plain sentences. */
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'ASCP BOC',
    aliases: ['ASCP Board of Certification'],
    definition:
      'The American Society for Clinical Pathology Board of Certification: it certifies laboratory professionals (MLT, MLS, phlebotomy technician and others) by exam.',
  },
  {
    term: 'NAACLS',
    definition:
      'The National Accrediting Agency for Clinical Laboratory Sciences: it accredits MLT, MLS and phlebotomy programs. Ask your program whether it is NAACLS-accredited.',
  },
  {
    term: 'ABHES',
    definition:
      'The Accrediting Bureau of Health Education Schools: a national accreditor of health-education schools and programs.',
  },
  {
    term: 'CAAHEP',
    definition:
      'The Commission on Accreditation of Allied Health Education Programs: it accredits programs in many allied health fields, anesthesiologist assistant programs among them.',
  },
  {
    term: 'NHA',
    definition:
      'The National Healthcareer Association: it certifies allied health workers by exam, such as the CPT (phlebotomy) and the ExCPT (pharmacy technician).',
  },
  {
    term: 'PTCB',
    definition:
      'The Pharmacy Technician Certification Board: it gives the PTCE exam, which leads to the CPhT credential.',
  },
  {
    term: 'NCCAA',
    definition:
      'The National Commission for Certification of Anesthesiologist Assistants: it gives the certifying exam and keeps the certification current (CME and the CDQ exam).',
  },
  {
    term: 'Route 1',
    aliases: ['Route 2', 'Route 3', 'Route 4', 'Route 5'],
    definition:
      'An eligibility route: one set of education, training or work experience that lets you sit a certification exam. Route 1 is usually the accredited-program route; the others are on the Degree screen.',
  },
  {
    term: 'CE',
    definition:
      'Continuing education: courses or credits completed after you are certified, to keep the credential current.',
  },
  {
    term: 'CME',
    definition:
      'Continuing medical education: the continuing education physicians and anesthesiologist assistants record to stay certified.',
  },
  {
    term: 'CMP',
    definition:
      "The Credential Maintenance Program: ASCP BOC's three-year cycle of continuing education points that keeps an ASCP certification current.",
  },
  {
    term: 'Conferred on',
    definition:
      'The date your school officially awarded the degree, as printed on your diploma or transcript. It can be later than your last class or the ceremony.',
  },
  {
    term: 'IGRA',
    definition:
      'Interferon-gamma release assay: a blood test for tuberculosis infection (for example QuantiFERON), often accepted instead of a skin test.',
  },
  {
    term: 'TST',
    definition:
      'Tuberculin skin test: the tuberculosis skin test, read 48 to 72 hours after it is placed.',
  },
  {
    term: 'To confirm',
    definition:
      'The public page this fact comes from leaves a detail open, such as an exact date, a fee or who qualifies. Nothing is wrong with your records: open the item’s details to see what to check, then check it on the linked source or with your program before you rely on it.',
  },
];

/** A piece of a text: plain words, or a term with its glossary entry. */
export type GlossaryPart = string | { text: string; entry: GlossaryEntry };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BY_SPELLING = new Map<string, GlossaryEntry>(
  GLOSSARY.flatMap((entry) =>
    [entry.term, ...(entry.aliases ?? [])].map((spelling) => [spelling, entry] as const),
  ),
);

// Longest spelling first, so "ASCP Board of Certification" wins over a shorter term inside it;
// whole words only, so "CE" is never found inside "PTCE".
const TERMS = new RegExp(
  `(?<![\\w-])(${[...BY_SPELLING.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\w])`,
  'g',
);

/** The glossary entry for a spelling ("NAACLS", "ASCP Board of Certification"), if there is one. */
export function glossaryEntry(spelling: string): GlossaryEntry | undefined {
  return BY_SPELLING.get(spelling);
}

/**
 * A text cut into plain words and glossary terms, each term marked once (its first time), so a
 * sentence is not a row of buttons: "NAACLS-accredited MLS program" → [{NAACLS}, "-accredited MLS program"].
 */
export function glossaryParts(text: string): GlossaryPart[] {
  const parts: GlossaryPart[] = [];
  const seen = new Set<GlossaryEntry>();
  let from = 0;
  for (const match of text.matchAll(TERMS)) {
    const entry = BY_SPELLING.get(match[0]);
    if (!entry || seen.has(entry)) continue;
    seen.add(entry);
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ text: match[0], entry });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
