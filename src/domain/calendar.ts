/**
 * Calendar reminders as an iCalendar file: an all-day event on every current card's last valid
 * day and on the application date, each with alarms. Built with the `ics` package; this module
 * is loaded on demand (it and `ics` stay out of the first screen's JavaScript).
 *
 * UIDs are stable per card series (a renewal moves the same event) and per deadline, with a
 * SEQUENCE that grows with each change, so importing a newer file updates events in place.
 * Dates are iCalendar DATE values: no time, no zone, nothing to shift.
 */
import { createEvents } from 'ics';
import type { EventAttributes } from 'ics';
import { addDays } from 'date-fns';
import { groupIntoSeries } from './certifications';
import { formatDisplayDate, toIsoDate, toLocalDate } from './dates';
import type { IsoDate } from './dates';
import type { Settings } from './settings';
import { PROVIDER_LABELS } from './types';
import type { Certification } from './types';

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
    events.push({
      uid: `expiry-${uidPart(key)}@${UID_DOMAIN}`,
      title: `Renew: ${current.name} expires`,
      description: `Your ${current.name} card (${PROVIDER_LABELS[current.provider]}) is valid through ${formatDisplayDate(current.expiresOn)}. Renew it before then and add the new card to MedTech Ready.`,
      date: current.expiresOn,
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

function dateArray(date: IsoDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

export type CalendarFileResult = { ok: true; text: string } | { ok: false; message: string };

/** The .ics text for the events, stamped with `now` (the moment the file is made). */
export function calendarFile(events: readonly CalendarEvent[], now: Date): CalendarFileResult {
  if (events.length === 0)
    return {
      ok: false,
      message:
        'There is nothing to remind you of yet: add a card with an expiry date, or your application date.',
    };
  const attributes: EventAttributes[] = events.map((event) => ({
    uid: event.uid,
    title: event.title,
    description: event.description,
    start: dateArray(event.date),
    end: dateArray(toIsoDate(addDays(toLocalDate(event.date), 1))),
    sequence: event.sequence,
    timestamp: now.getTime(),
    productId: 'medtech-ready',
    calName: 'MedTech Ready',
    alarms: event.alarmDaysBefore.map((days) => ({
      action: 'display' as const,
      description: `${event.title} in ${days} days`,
      trigger: { days, before: true },
    })),
  }));
  const { error, value } = createEvents(attributes);
  if (error || !value)
    return {
      ok: false,
      message: `The calendar file could not be made (${error?.message ?? 'unknown error'}).`,
    };
  // `ics` writes a day-only duration as "P14DT", which RFC 5545 does not allow ("T" must be
  // followed by a time). Strict clients reject it, so drop the dangling "T".
  return { ok: true, text: value.replace(/^(TRIGGER:-?P\d+D)T(\r?)$/gm, '$1$2') };
}
