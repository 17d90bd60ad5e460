/**
 * The words and codes for how a certification stands, without the rules that decide it
 * (expiry.ts): the first screen names standings before the judging code has loaded, and the
 * settings need the default warning window.
 */

/** Days before a card's last day from which it counts as "expiring soon", unless the student sets it. */
export const DEFAULT_WARNING_DAYS = 90;

export type ExpiryStatus = 'valid' | 'expiring-soon' | 'expired' | 'no-expiry';

/**
 * A card's standing, the one code every surface words from (badge, checklist, banner, target,
 * report, calendar): its status today, or "lapses before you apply" when it is valid today but
 * expired by the application date.
 */
export type StandingCode = ExpiryStatus | 'lapses-before-application';

/** The words for each standing code, the same on every screen. */
export const STANDING_LABELS: Record<StandingCode, string> = {
  valid: 'Valid',
  'expiring-soon': 'Expiring soon',
  expired: 'Expired',
  'no-expiry': 'No expiry',
  'lapses-before-application': 'Expired on your application date',
};
