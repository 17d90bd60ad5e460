/**
 * Calendar reminders as an iCalendar file: an all-day event on every current card's last valid
 * day, on the day a credential's renewal application is due (credential-validity.ts) and on the
 * application date, each with alarms. Built with the `ics` package; this module
 * is loaded on demand (it and `ics` stay out of the first screen's JavaScript).
 *
 * UIDs are stable per card series (a renewal moves the same event) and per deadline, with a
 * SEQUENCE that grows with each change, so importing a newer file updates events in place.
 * Dates are iCalendar DATE values: no time, no zone, nothing to shift. Only dates the app keeps
 * (`isIsoDate`: 1900 … 2199) are written, so every DATE, the exclusive DTEND included, has four
 * digits of year.
 *
 * A card's name is quoted through `isolate` here as on screen, so FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE (U+2068, U+2069) stay in SUMMARY, DESCRIPTION and the alarms' text, by
 * choice. RFC 5545 TEXT allows them (they are format characters, not the control characters
 * `calendarText` drops); each is three octets of UTF-8, which `foldLines` never cuts; and
 * calendar apps take them as the Unicode they are: default-ignorable (no glyph) and honoured by
 * the platform's bidi. Without them a card named with a RIGHT-TO-LEFT OVERRIDE, or in Arabic or
 * Hebrew, reorders "Renew: … expires" in the reminder a phone shows.
 *
 * What `ics` 3.12 gets wrong is put right here, and only that: it escapes SUMMARY, DESCRIPTION
 * and LOCATION but not an alarm's DESCRIPTION, keeps control characters, and folds lines at 75
 * characters (not octets) with a tab. Texts are cleaned before `ics` sees them, the alarm's is
 * escaped, and the finished file is refolded by `foldLines`.
 */
import { createEvents } from 'ics';
import type { DateArray, EventAttributes } from 'ics';
import { addDays, getDate, getMonth, getYear } from 'date-fns';
import { groupIntoSeries } from './certifications';
import { credentialRuleForName, renewalDates } from './credential-validity';
import { EARLIEST_DATE, LATEST_DATE, isIsoDate, toLocalDate } from './dates';
import { formatDisplayDate } from './format';
import { isolate } from './isolate';
import type { IsoDate } from './dates';
import type { Settings } from './settings';
import { PROVIDER_LABELS } from './types';
import type { Certification } from './types';
import { countOf, timeUntil } from './plural';

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  /** The all-day event's date. */
  date: IsoDate;
  alarmDaysBefore: number[];
  /** Grows with every export (seconds since 2020), so a re-imported file always updates the event. */
  sequence: number;
}

const UID_DOMAIN = 'medtech-ready.local';
/** 2020-01-01T00:00:00Z: sequences count seconds from here, so they fit in 32 bits for decades. */
const SEQUENCE_EPOCH_MS = 1_577_836_800_000;

/**
 * The SEQUENCE of every event in a file made at `now`. It comes from the export time, not from
 * the records, so it never goes down (deleting a renewal makes an older card current again).
 */
function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

function uidPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function calendarEvents(
  certifications: readonly Certification[],
  settings: Pick<Settings, 'applicationDate' | 'alarmDays'>,
  now: Date,
): CalendarEvent[] {
  const sequence = sequenceAt(now);
  const events: CalendarEvent[] = [];
  for (const { key, current } of groupIntoSeries(certifications)) {
    if (!current.expiresOn) continue;
    const name = isolate(current.name);
    events.push({
      uid: `expiry-${uidPart(key)}@${UID_DOMAIN}`,
      title: `Renew: ${name} expires`,
      description: `Your ${name} card (${PROVIDER_LABELS[current.provider]}) is valid through ${formatDisplayDate(current.expiresOn)}. Renew it before then and add the new card to MedTech Ready.`,
      date: current.expiresOn,
      alarmDaysBefore: settings.alarmDays,
      sequence,
    });
    // A credential whose body wants the renewal in before the expiry (PTCB: 30 days) gets that day too.
    const rule =
      current.type === 'exam-credential' ? credentialRuleForName(current.name) : undefined;
    const { applyBy } = rule ? renewalDates(rule, current.expiresOn) : {};
    if (applyBy)
      events.push({
        uid: `renew-by-${uidPart(key)}@${UID_DOMAIN}`,
        title: `Apply to renew ${name}`,
        description: `Apply to renew your ${name} by ${formatDisplayDate(applyBy)} to avoid a late fee. It expires ${formatDisplayDate(current.expiresOn)}.`,
        date: applyBy,
        alarmDaysBefore: settings.alarmDays,
        sequence,
      });
  }
  if (settings.applicationDate) {
    events.push({
      uid: `application-date@${UID_DOMAIN}`,
      title: 'Application date',
      description: 'The date you plan to apply. Check MedTech Ready for what remains.',
      date: settings.applicationDate,
      alarmDaysBefore: settings.alarmDays,
      sequence,
    });
  }
  return events;
}

/** Year, month, day of a local-midnight Date, as `ics` writes a DATE value. */
function dateArray(date: Date): DateArray {
  return [getYear(date), getMonth(date) + 1, getDate(date)];
}

/**
 * Text a calendar may hold: RFC 5545 TEXT allows no control characters, so they are dropped,
 * all but the line feed, which is escaped as "\n" (a CR LF loses its CR and stays one newline).
 */
function calendarText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '');
}

/** RFC 5545 TEXT escaping, for the one property `ics` does not escape (an alarm's DESCRIPTION). */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');
}

const MAX_LINE_OCTETS = 75;
const utf8 = new TextEncoder();

/**
 * The file's lines folded as RFC 5545 §3.1 says: at most 75 octets of UTF-8 each, continued on
 * lines that start with one space, never inside a character. Lines already folded are unfolded
 * first; the file holds no other CR LF followed by a space or tab, since texts keep no raw
 * newline or tab.
 */
export function foldLines(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      let folded = '';
      let octets = 0;
      for (const character of line) {
        const size = utf8.encode(character).length;
        if (octets + size > MAX_LINE_OCTETS) {
          folded += '\r\n ';
          octets = 1;
        }
        folded += character;
        octets += size;
      }
      return folded;
    })
    .join('\r\n');
}

export type CalendarFileResult =
  | {
      ok: true;
      text: string;
      /** The events in the file, counted in the text itself. */
      eventCount: number;
      /** What to tell the student once the file is handed over. */
      message: string;
    }
  | { ok: false; message: string };

/** The .ics text for the events, stamped with `now` (the moment the file is made). */
export function calendarFile(events: readonly CalendarEvent[], now: Date): CalendarFileResult {
  if (events.length === 0)
    return {
      ok: false,
      message:
        'There is nothing to remind you of yet: add a card with an expiry date, or your application date.',
    };
  // A date from before the date range existed may still be stored: it is left out, not
  // written with a year of five digits.
  const writable = events.filter((event) => isIsoDate(event.date));
  const leftOut =
    writable.length < events.length
      ? ` Left out ${countOf(events.length - writable.length, 'reminder')} dated outside ${EARLIEST_DATE.slice(0, 4)}–${LATEST_DATE.slice(0, 4)}: correct the date to include it.`
      : '';
  if (writable.length === 0) return { ok: false, message: leftOut.trim() };
  const attributes: EventAttributes[] = writable.map((event) => {
    const day = toLocalDate(event.date);
    const title = calendarText(event.title);
    return {
      uid: event.uid,
      title,
      description: calendarText(event.description),
      start: dateArray(day),
      end: dateArray(addDays(day, 1)),
      sequence: event.sequence,
      timestamp: now.getTime(),
      productId: 'medtech-ready',
      calName: 'MedTech Ready',
      alarms: event.alarmDaysBefore.map((days) => ({
        action: 'display' as const,
        description: escapeText(`${title} ${timeUntil(days, { unit: 'days' })}`),
        trigger: { days, before: true },
      })),
    };
  });
  const { error, value } = createEvents(attributes);
  if (error || !value)
    return {
      ok: false,
      message: `The calendar file could not be made (${error?.message ?? 'unknown error'}).`,
    };
  // `ics` writes a day-only duration as "P14DT", which RFC 5545 does not allow ("T" must be
  // followed by a time). Strict clients reject it, so drop the dangling "T".
  const text = foldLines(value.replace(/^(TRIGGER:-?P\d+D)T(\r?)$/gm, '$1$2'));
  const eventCount = text.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
  return {
    ok: true,
    text,
    eventCount,
    message: `Downloaded ${countOf(eventCount, 'event')}. Open the file to add them to your calendar; importing a newer file updates them.${leftOut}`,
  };
}
