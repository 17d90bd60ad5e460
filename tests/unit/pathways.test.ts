import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/domain/dates';
import { PATHWAYS, getPathway } from '../../src/domain/pathways/catalog';
import {
  DEFAULT_PATHWAY_ID,
  PATHWAY_SUMMARIES,
  isPathwayId,
} from '../../src/domain/pathways/summaries';
import { AREA_IDS } from '../../src/domain/types';

describe('built-in pathways', () => {
  it('defaults to Medical Laboratory Technician', () => {
    expect(DEFAULT_PATHWAY_ID).toBe('mlt');
    expect(getPathway(DEFAULT_PATHWAY_ID).credential).toBe('MLT(ASCP)');
    expect(isPathwayId('mls')).toBe(true);
    expect(isPathwayId('nope')).toBe(false);
    expect(() => getPathway('nope' as never)).toThrow(RangeError);
  });

  for (const pathway of PATHWAYS) {
    describe(pathway.name, () => {
      it('has unique keys', () => {
        const keys = pathway.requirements.map((requirement) => requirement.key);
        expect(new Set(keys).size).toBe(keys.length);
      });

      it('covers every area', () => {
        for (const area of AREA_IDS) {
          expect(pathway.requirements.some((requirement) => requirement.area === area)).toBe(true);
        }
      });

      it('cites an https source with a checked-on date for every requirement', () => {
        const sources = [
          ...pathway.requirements.map((requirement) => requirement.source),
          ...(pathway.otherRoutes ?? []).map((route) => route.source),
        ];
        for (const source of sources) {
          // The certifying bodies' own pages, and the study guides (marked secondary in their
          // publisher's name) that stand in where a body's page could not be read. NCCAA's FAQ
          // is served over plain http only.
          expect(source.url).toMatch(
            /^(https:\/\/([a-z]+\.)?(ascp\.org|heart\.org|redcross\.org|nhanow\.com|ptcb\.org|zendesk\.com|nccaatest\.org|nccaa\.org|aa-nccaa\.org|anesthetist\.org|mlsiacademy\.com|open-exam-prep\.com|wizedu\.com)\/|http:\/\/www\.aa-nccaa\.org\/FAQRetrieve)/,
          );
          if (/mlsiacademy|open-exam-prep|wizedu/.test(source.url))
            expect(source.publisher).toMatch(/secondary/);
          expect(isIsoDate(source.checkedOn)).toBe(true);
        }
        for (const requirement of pathway.requirements) {
          expect(requirement.title.trim()).not.toBe('');
        }
      });

      it('names CPR and First Aid', () => {
        const titles = pathway.requirements.map((requirement) => requirement.title).join(' ');
        expect(titles).toMatch(/CPR/);
        expect(titles).toMatch(/First Aid/);
      });
    });
  }

  it('lists the same pathways by name as in full, in the same order', () => {
    expect(PATHWAY_SUMMARIES.map(({ id, name, credential }) => ({ id, name, credential }))).toEqual(
      PATHWAYS.map(({ id, name, credential }) => ({ id, name, credential })),
    );
  });

  it('shares the CPR and First Aid keys so completions carry over', () => {
    const keysOf = (id: 'mlt' | 'mls') =>
      new Set(getPathway(id).requirements.map((requirement) => requirement.key));
    const shared = [...keysOf('mlt')].filter((key) => keysOf('mls').has(key));
    expect(shared.sort()).toEqual(['cpr-bls', 'first-aid']);
  });
});
