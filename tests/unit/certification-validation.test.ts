import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_MAX_BYTES,
  certificationProblems,
  evidenceProblem,
} from '../../src/domain/certification-validation';
import type { CertificationInput } from '../../src/domain/certification-validation';
import { isolate } from '../../src/domain/isolate';
import { levelsAround } from './bidi';

const TODAY = '2026-11-25';
const VALID: CertificationInput = {
  type: 'cpr-bls',
  provider: 'aha',
  name: 'BLS Provider',
  issuedOn: '2026-06-10',
  expiresOn: '2028-06-30',
  cardNumber: '',
  notes: '',
};

describe('certificationProblems', () => {
  it('accepts a complete card', () => {
    expect(certificationProblems(VALID, TODAY)).toEqual({});
  });

  it('refuses an expiry before the issue date', () => {
    expect(certificationProblems({ ...VALID, expiresOn: '2026-06-09' }, TODAY)).toEqual({
      expiresOn: 'The expiry date cannot be before the issue date.',
    });
  });

  it('refuses an issue date in the future, or one that is not a date', () => {
    expect(certificationProblems({ ...VALID, issuedOn: '2026-11-26' }, TODAY).issuedOn).toBe(
      'The issue date cannot be in the future.',
    );
    expect(certificationProblems({ ...VALID, issuedOn: '2026-02-30' }, TODAY).issuedOn).toMatch(
      /real calendar date/,
    );
    expect(certificationProblems({ ...VALID, issuedOn: '' }, TODAY).issuedOn).toBe(
      'Enter the date it was issued.',
    );
  });

  it('asks for the printed expiry when no provider rule is known', () => {
    expect(
      certificationProblems({ ...VALID, provider: 'other', expiresOn: '' }, TODAY).expiresOn,
    ).toBe(
      'No validity rule is known for Other provider CPR / BLS cards: enter the expiry date printed on the card.',
    );
  });

  it('lets a licence or other record go without an expiry', () => {
    expect(
      certificationProblems(
        { ...VALID, type: 'state-licence', provider: 'other', name: 'CA CLS', expiresOn: '' },
        TODAY,
      ),
    ).toEqual({});
  });

  it('refuses unknown types and providers, and an empty name', () => {
    expect(
      certificationProblems({ ...VALID, type: 'wizard', provider: 'hogwarts', name: ' ' }, TODAY),
    ).toMatchObject({
      type: 'Choose what kind of certification this is.',
      provider: 'Choose who issued it.',
      name: 'Enter the name on the card, such as "BLS Provider".',
    });
  });
});

describe('evidenceProblem', () => {
  it('accepts photos and PDFs up to 10 MB', () => {
    expect(evidenceProblem({ name: 'card.jpg', type: 'image/jpeg', size: 200_000 })).toBeNull();
    expect(
      evidenceProblem({ name: 'card.pdf', type: 'application/pdf', size: EVIDENCE_MAX_BYTES }),
    ).toBeNull();
  });

  it('names a file whose name holds an override without letting it reverse the sentence', () => {
    const name = 'Pay invoice \u202Efdp.exe';
    const problem = evidenceProblem({ name, type: 'application/x-msdownload', size: 1000 }) ?? '';
    expect(problem).toMatch(new RegExp(`^"${isolate(name)}" is not a photo or PDF\\.`));
    expect(levelsAround(problem, isolate(name))).toMatch(/^0+$/);
  });

  it('refuses larger files, other types and empty files, naming the file', () => {
    expect(
      evidenceProblem({ name: 'scan.pdf', type: 'application/pdf', size: EVIDENCE_MAX_BYTES + 1 }),
    ).toBe(`"${isolate('scan.pdf')}" is 10.0 MB; files up to 10 MB can be kept.`);
    expect(evidenceProblem({ name: 'card.docx', type: 'application/msword', size: 1000 })).toBe(
      `"${isolate('card.docx')}" is not a photo or PDF. Choose a JPEG, PNG, WebP or GIF image, or a PDF.`,
    );
    expect(evidenceProblem({ name: 'empty.png', type: 'image/png', size: 0 })).toBe(
      `"${isolate('empty.png')}" is empty.`,
    );
  });
});
