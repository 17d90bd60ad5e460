/** The one rule from a judge's facts to a verdict code (domain/verdict-code.ts). */
import { describe, expect, it } from 'vitest';
import { coded, verdictCode } from '../../src/domain/verdict-code';
import type { VerdictFacts } from '../../src/domain/types';

const facts = (extra: Partial<VerdictFacts>): VerdictFacts => ({
  met: false,
  warning: false,
  reason: 'why',
  ...extra,
});

describe('verdictCode', () => {
  it.each<[string, string, Partial<VerdictFacts>]>([
    ['met', 'met', { met: true }],
    ['met but a window closing', 'met', { met: true, warning: true }],
    [
      'a card valid today that lapses before the date',
      'at-risk',
      { met: true, standing: 'lapses-before-application' },
    ],
    ['a card expiring soon, still valid then', 'met', { met: true, standing: 'expiring-soon' }],
    [
      'expected before the application date',
      'on-track',
      { onTrack: true, expectedOn: '2027-01-01' },
    ],
    ['expected after it', 'at-risk', { onTrack: false, expectedOn: '2027-09-01' }],
    ['late with no date it is expected on', 'not-met', { onTrack: false }],
    ['no application date to judge by', 'not-met', { expectedOn: '2027-01-01' }],
    ['nothing recorded', 'not-met', {}],
  ])('%s → %s', (_, code, extra) => {
    expect(verdictCode(facts(extra))).toBe(code);
  });

  it('coded keeps every fact and adds the code', () => {
    expect(coded(facts({ met: true, reason: 'Met by your card.' }))).toEqual({
      code: 'met',
      met: true,
      warning: false,
      reason: 'Met by your card.',
    });
    expect(coded(undefined)).toBeUndefined();
  });
});
