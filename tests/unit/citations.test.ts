/**
 * Citations that cover their claims: every figure a pathway states (hours, counts, years, windows,
 * deadlines, fees) is listed by the page it cites, so a student following the link finds it.
 */
import { describe, expect, it } from 'vitest';
import { PATHWAYS, toConfirmCount } from '../../src/domain/pathways/catalog';
import { figuresIn } from '../../src/domain/pathways/figures';
import { PATHWAY_SUMMARIES } from '../../src/domain/pathways/summaries';
import { COUNT_LABELS } from '../../src/domain/types';
import type { CountKind, Pathway, Source } from '../../src/domain/types';

/** What a count of these kinds is called among figures. */
function countUnit(kinds: readonly CountKind[]): string {
  if (kinds.length > 1) return 'collections';
  return kinds[0] === 'venipuncture' ? 'venipunctures' : 'capillary sticks';
}

/** Every claim in a pathway with the source it cites: [where, text, source]. */
function claims(pathway: Pathway): [string, string, Source][] {
  const { degree, clinical } = pathway;
  return [
    ...pathway.requirements.map((requirement): [string, string, Source] => [
      requirement.key,
      `${requirement.title}. ${requirement.detail}`,
      requirement.source,
    ]),
    ...(pathway.otherRoutes ?? []).map((route): [string, string, Source] => [
      route.name,
      `${route.name}. ${route.detail}`,
      route.source,
    ]),
    [
      'degree rule',
      [
        degree.alternativeSemesterHours ? `${degree.alternativeSemesterHours} semester hours` : '',
        ...degree.coursework.map((need) => `${need.semesterHours} semester hours`),
      ].join('. '),
      degree.source,
    ],
    [
      'clinical rule',
      `${clinical.note}. ${clinical.requiredHours ? `${clinical.requiredHours} hours` : ''}`,
      clinical.source,
    ],
    ...clinical.counts.map((count): [string, string, Source] => [
      count.id,
      `${count.required} ${countUnit(count.kinds)}`,
      count.source,
    ]),
  ];
}

describe('figures in a sentence', () => {
  it.each([
    ['60 semester hours (90 quarter hours)', ['60 semester hours', '90 quarter hours']],
    ['within the last five years', ['5 years']],
    ['a 3-year cycle', ['3 years']],
    ['20 hours, including 1 hour of pharmacy law', ['20 hours', '1 hours']],
    ['apply at least 30 days before to avoid a $25 late fee', ['$25', '30 days']],
    ['50 hours by 1 June', ['1 June', '50 hours']],
    [
      '30 successful venipunctures and 10 capillary sticks',
      ['30 venipunctures', '10 capillary sticks'],
    ],
    ['100 successful unaided collections', ['100 collections']],
    ['10 continuing-education credits', ['10 credits']],
    ['40 classroom hours', ['40 hours']],
    ['Route 3 ended on 1 January 2023', ['1 January']],
    ['Your program sets the hours', []],
  ])('finds the figures in "%s"', (text, figures) => {
    expect(figuresIn(text)).toEqual(figures);
  });
});

describe('citations cover their claims', () => {
  for (const pathway of PATHWAYS) {
    describe(pathway.name, () => {
      it.each(claims(pathway))(
        '%s: every figure is listed by its cited page',
        (_where, text, source) => {
          const unlisted = figuresIn(text).filter((figure) => !source.figures?.includes(figure));
          expect(unlisted, `not listed by ${source.url}`).toEqual([]);
        },
      );

      it('states in its summary only figures that a page it cites lists', () => {
        const listed = new Set(claims(pathway).flatMap(([, , source]) => source.figures ?? []));
        expect(figuresIn(pathway.summary).filter((figure) => !listed.has(figure))).toEqual([]);
      });

      it('lists on each cited page only figures in the canonical wording', () => {
        for (const [, , source] of claims(pathway))
          for (const figure of source.figures ?? []) expect(figuresIn(figure)).toEqual([figure]);
      });
    });
  }

  it('catches a figure its page does not list', () => {
    const page: Source = {
      publisher: 'P',
      title: 'T',
      url: 'https://example.org/',
      checkedOn: '2026-11-25',
      figures: ['60 days'],
    };
    const text = 'Apply up to 60 days before you finish; you then have 90 days to test.';
    expect(figuresIn(text).filter((figure) => !page.figures?.includes(figure))).toEqual([
      '90 days',
    ]);
  });

  it('counts each pathway’s “To confirm” facts the same in the picker as in full', () => {
    expect(PATHWAY_SUMMARIES.map((summary) => [summary.id, summary.toConfirm])).toEqual(
      PATHWAYS.map((pathway) => [pathway.id, toConfirmCount(pathway)]),
    );
    expect(COUNT_LABELS).toBeDefined();
  });
});
