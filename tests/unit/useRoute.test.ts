/**
 * src/app/useRoute.ts: which screen an address names. Reading an address never throws, so a
 * hand-typed or cut-short link can never blank the page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportTargetOf, routeOf } from '../../src/app/useRoute';
import { reportHash } from '../../src/ui/routes';

describe('routeOf', () => {
  it.each([
    ['', 'checklist'],
    ['#', 'checklist'],
    ['#/', 'checklist'],
    ['#requirement-cpr-bls', 'checklist'],
    ['#main', 'checklist'],
    ['#/targets', 'targets'],
    ['#/clinical', 'clinical'],
    ['#/settings', 'settings'],
    ['#/report/target-1', 'report'],
    ['#/report/City%20MLT', 'report'],
    ['#/nope', 'not-found'],
    ['#/targets/extra', 'not-found'],
    ['#/report/%', 'not-found'],
    ['#/report/%E0%A4%A', 'not-found'],
    ['#/report/%ZZ', 'not-found'],
    ['#/pair', 'pair'],
    ['#/pair?server=wss%3A%2F%2Fs.example&doc=d&token=t&key=k&access=edit', 'pair'],
    ['#/pairing', 'not-found'],
    ['#/pair/x', 'not-found'],
  ])('reads %j as %s', (hash, route) => {
    expect(routeOf(hash)).toBe(route);
  });

  it('never throws, whatever follows the hash', () => {
    // Mostly percent signs and hex digits, so that broken escapes come up often.
    const tail = fc.string({ unit: fc.constantFrom('%', 'E', '0', 'A', '4', 'f', '/', '€') });
    fc.assert(
      fc.property(tail, (rest) => {
        const route = routeOf(`#/report/${rest}`);
        expect(['report', 'not-found']).toContain(route);
        expect(routeOf(`#/${rest}`)).toBeTypeOf('string');
      }),
    );
  });
});

describe('report addresses', () => {
  it('give back the target id they were made from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (targetId) => {
        expect(routeOf(reportHash(targetId))).toBe('report');
        expect(reportTargetOf(reportHash(targetId))).toBe(targetId);
      }),
    );
  });

  it('have no target when the id is not valid percent-encoding', () => {
    expect(reportTargetOf('#/report/%')).toBeUndefined();
    expect(reportTargetOf('#/targets')).toBeUndefined();
  });
});
