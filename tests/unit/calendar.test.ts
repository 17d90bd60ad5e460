import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFile } from '../../src/domain/calendar';
import type { Certification } from '../../src/domain/types';

const NOW = new Date('2026-11-25T10:00:00Z');

function card(id: string, fields: Partial<Certification>): Certification {
  return {
    id,
    type: 'cpr-bls',
    provider: 'aha',
    name: 'BLS Provider',
    issuedOn: '2026-06-10',
    expiresOn: '2028-06-30',
    createdAt: '2026-06-10T00:00:00.000Z',
    updatedAt: '2026-06-10T00:00:00.000Z',
    ...fields,
  };
}

const SETTINGS = { applicationDate: '2027-04-15', alarmDays: [60, 14] };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      end: event.endDate,
      sequence: event.sequence,
      alarms: component
        .getAllSubcomponents('valarm')
        .map(
          (alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86400,
        ),
    };
  });
}

function file(cards: Certification[], settings = SETTINGS, now = NOW): string {
  const result = calendarFile(calendarEvents(cards, settings, now), now);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe(`calendar file (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('has an all-day event on each expiry and on the application date, as DATE values', () => {
    const events = parse(file([card('a', {})]));
    expect(events.map((event) => event.summary)).toEqual([
      'Renew: BLS Provider expires',
      'Application date',
    ]);
    const [expiry, application] = events;
    expect(expiry?.start.isDate).toBe(true);
    expect(expiry?.start.toString()).toBe('2028-06-30');
    expect(expiry?.end.toString()).toBe('2028-07-01');
    expect(application?.start.toString()).toBe('2027-04-15');
  });

  it('writes DATE values with no time or zone', () => {
    const text = file([card('a', {})]);
    expect(text).toContain('DTSTART;VALUE=DATE:20280630');
    expect(text).not.toMatch(/DTSTART:/);
    expect(text).not.toMatch(/TZID/);
  });

  it('puts the reminder alarms on every event, 60 and 14 days before by default', () => {
    for (const event of parse(file([card('a', {})]))) expect(event.alarms).toEqual([-60, -14]);
    const custom = parse(file([card('a', {})], { ...SETTINGS, alarmDays: [30] }));
    expect(custom[0]?.alarms).toEqual([-30]);
  });

  it('writes day durations as RFC 5545 allows (no dangling "T")', () => {
    const text = file([card('a', {})]);
    expect(text).toMatch(/^TRIGGER:-P60D\r?$/m);
    expect(text).not.toMatch(/TRIGGER:-P\d+DT\r?$/m);
  });

  it('keeps UIDs stable, so a newer file updates events instead of duplicating them', () => {
    const first = parse(file([card('a', {})]));
    const renewed = parse(
      file(
        [
          card('a', {}),
          card('b', {
            issuedOn: '2028-05-02',
            expiresOn: '2030-05-31',
            createdAt: '2028-05-02T00:00:00.000Z',
            updatedAt: '2028-05-02T00:00:00.000Z',
          }),
        ],
        SETTINGS,
        new Date('2028-05-03T09:00:00Z'),
      ),
    );
    expect(renewed.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(renewed[0]?.start.toString()).toBe('2030-05-31');
    expect(renewed[0]?.sequence).toBeGreaterThan(first[0]?.sequence ?? Infinity);
    expect(new Set(renewed.map((event) => event.uid)).size).toBe(renewed.length);
  });

  it('leaves out cards with no expiry and, without an application date, the deadline', () => {
    const licence = card('l', { type: 'state-licence', name: 'CLS licence', expiresOn: undefined });
    const events = calendarEvents([licence, card('a', {})], { alarmDays: [60, 14] }, NOW);
    expect(events.map((event) => event.title)).toEqual(['Renew: BLS Provider expires']);
  });

  it('says so when there is nothing to put in a calendar', () => {
    const result = calendarFile(calendarEvents([], { alarmDays: [60] }, NOW), NOW);
    expect(result).toEqual({
      ok: false,
      message:
        'There is nothing to remind you of yet: add a card with an expiry date, or your application date.',
    });
  });
});

describe('sequence', () => {
  it('never goes down, even when deleting a renewal makes an older card current again', () => {
    const renewal = card('b', {
      issuedOn: '2028-05-02',
      expiresOn: '2030-05-31',
      updatedAt: '2028-05-02T00:00:00.000Z',
    });
    const withRenewal = parse(
      file([card('a', {}), renewal], SETTINGS, new Date('2028-05-03T00:00:00Z')),
    );
    const afterDelete = parse(file([card('a', {})], SETTINGS, new Date('2028-05-04T00:00:00Z')));
    expect(afterDelete[0]?.uid).toBe(withRenewal[0]?.uid);
    expect(afterDelete[0]?.sequence).toBeGreaterThan(withRenewal[0]?.sequence ?? Infinity);
  });
});
