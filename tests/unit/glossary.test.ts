/** The glossary (domain/glossary.ts): every word the issue names is explained, found whole-word, once. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry, glossaryParts } from '../../src/domain/glossary';

const terms = (text: string) =>
  glossaryParts(text).flatMap((part) => (typeof part === 'string' ? [] : [part.text]));

describe('the glossary', () => {
  it.each([
    'ASCP BOC',
    'NAACLS',
    'ABHES',
    'CAAHEP',
    'NHA',
    'PTCB',
    'NCCAA',
    'Route 1',
    'CE',
    'CME',
    'CMP',
    'Conferred on',
    'IGRA',
    'TST',
    'To confirm',
  ])('explains %s in a sentence', (term) => {
    const entry = glossaryEntry(term);
    expect(entry?.definition).toMatch(/^[A-Z].{30,}\.$/);
  });

  it('has each term once', () => {
    const spellings = GLOSSARY.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])]);
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('finds terms as whole words, the longest spelling first, each once per text', () => {
    expect(
      terms(
        "ASCP Board of Certification, Route 1: a bachelor's degree and a NAACLS-accredited MLS program. Route 2 is on the Degree screen; NAACLS again.",
      ),
    ).toEqual(['ASCP Board of Certification', 'Route 1', 'NAACLS']);
    // Not inside other words: the PTCE is not CE, MLT(ASCP) is not ASCP BOC.
    expect(terms('PTCB: then the PTCE. MLT(ASCP) or CEU')).toEqual(['PTCB']);
    expect(
      terms('Register CME every two years; CMP points; 7 facts are marked To confirm.'),
    ).toEqual(['CME', 'CMP', 'To confirm']);
  });

  it('keeps every word of the text, in order', () => {
    const text =
      'PTCB: a PTCB-recognized program (Pathway 1), then the PTCE. NHA offers the ExCPT.';
    const joined = glossaryParts(text)
      .map((part) => (typeof part === 'string' ? part : part.text))
      .join('');
    expect(joined).toBe(text);
    expect(glossaryParts('No terms here.')).toEqual(['No terms here.']);
  });
});
