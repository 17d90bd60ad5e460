/**
 * CPR (BLS) and First Aid: asked for by programs, clinical sites and employers rather than by the
 * certifying bodies, and shared by every pathway under the same keys so completions carry over.
 */
import type { BuiltInRequirement } from '../types';
import { AHA_COURSE_CARDS } from './sources';

export const CPR_BLS: BuiltInRequirement = {
  key: 'cpr-bls',
  area: 'cpr-first-aid',
  title: 'Current CPR card: BLS Provider (healthcare level)',
  detail:
    'Clinical sites and employers usually ask for AHA BLS Provider or the Red Cross equivalent, not a lay CPR course. AHA course cards are valid for two years, through the end of the month they were issued.',
  source: AHA_COURSE_CARDS,
  metBy: { kind: 'certification', type: 'cpr-bls' },
};

export const FIRST_AID: BuiltInRequirement = {
  key: 'first-aid',
  area: 'cpr-first-aid',
  title: 'Current First Aid certificate',
  detail:
    'AHA Heartsaver First Aid or Red Cross First Aid. AHA course cards are valid for two years, through the end of the month they were issued; a Red Cross certificate prints its own expiry date.',
  source: AHA_COURSE_CARDS,
  metBy: { kind: 'certification', type: 'first-aid' },
  uncertain:
    'Whether First Aid is required varies by program. Red Cross validity was not confirmed on redcross.org: use the date printed on your certificate.',
};
