import { addDays, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFile, foldLines } from '../../src/domain/calendar';
import type { CalendarEvent } from '../../src/domain/calendar';
import { EARLIEST_DATE, LATEST_DATE, toIsoDate, toLocalDate } from '../../src/domain/dates';
import type { Certification } from '../../src/domain/types';
import { isolate } from '../../src/domain/isolate';
import { levelsAround } from './bidi';

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
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      sequence: event.sequence,
      alarms: component
        .getAllSubcomponents('valarm')
        .map(
          (alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86400,
        ),
      alarmTexts: component
        .getAllSubcomponents('valarm')
        .map((alarm) => alarm.getFirstPropertyValue('description')),
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
      `Renew: ${isolate('BLS Provider')} expires`,
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
    expect(events.map((event) => event.title)).toEqual([
      `Renew: ${isolate('BLS Provider')} expires`,
    ]);
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

const utf8 = new TextEncoder();

/** The file's physical lines, each as long as it is in octets of UTF-8. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

/** What a text should read as once parsed back: control characters gone, CR LF one newline. */
function cleaned(text: string): string {
  return [...text]
    .filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code === 0x0a || (code > 0x1f && code !== 0x7f);
    })
    .join('');
}

function dayAfter(date: string): string {
  return toIsoDate(addDays(toLocalDate(date), 1));
}

describe(`calendar texts (TZ=${process.env.TZ ?? 'default'})`, () => {
  const texts: { case: string; name: string; expected: string }[] = [
    { case: 'commas', name: 'BLS, Heartsaver, ACLS', expected: 'BLS, Heartsaver, ACLS' },
    { case: 'semicolons', name: 'BLS; renewed; twice', expected: 'BLS; renewed; twice' },
    { case: 'backslashes', name: 'C:\\cards\\n\\BLS\\', expected: 'C:\\cards\\n\\BLS\\' },
    // A name inside a sentence is one line: isolate() turns its line breaks into spaces.
    {
      case: 'newlines',
      name: 'line one\nline two\r\nthree',
      expected: 'line one line two three',
    },
    {
      case: 'control characters',
      name: 'nul\u0000 bell\u0007 tab\t cr\r esc\u001b del\u007f unit\u001f end',
      expected: 'nul bell tab cr  esc del unit end',
    },
    {
      case: 'quotes and colons',
      name: 'Cert: "Red Cross" ;,\\:',
      expected: 'Cert: "Red Cross" ;,\\:',
    },
    {
      case: 'accents past 75 octets',
      name: 'Zertifizierung für Notfallmedizin, Ärztekammer Köln; Prüfung bestanden: ÉÉÉÉÉÉÉÉÉÉ',
      expected:
        'Zertifizierung für Notfallmedizin, Ärztekammer Köln; Prüfung bestanden: ÉÉÉÉÉÉÉÉÉÉ',
    },
    { case: 'emoji', name: '🚑🩺👩‍⚕️'.repeat(12), expected: '🚑🩺👩‍⚕️'.repeat(12) },
    {
      case: 'three-octet letters',
      name: '日本語の資格'.repeat(10),
      expected: '日本語の資格'.repeat(10),
    },
    {
      case: 'everything at once',
      name: 'a,\\;\n😀é\u0001'.repeat(15),
      expected: 'a,\\; 😀é'.repeat(15),
    },
  ];

  it.each(texts)('writes $case so they read back exactly', ({ name, expected }) => {
    const result = calendarFile(
      calendarEvents([card('a', { name })], { ...SETTINGS, alarmDays: [60, 14] }, NOW),
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    const [expiry, application] = parse(result.text);
    expect(expiry?.summary).toBe(`Renew: ${isolate(expected)} expires`);
    expect(expiry?.description).toBe(
      `Your ${isolate(expected)} card (American Heart Association) is valid through Jun 30, 2028. Renew it before then and add the new card to MedTech Ready.`,
    );
    expect(expiry?.alarmTexts).toEqual([
      `Renew: ${isolate(expected)} expires in 60 days`,
      `Renew: ${isolate(expected)} expires in 14 days`,
    ]);
    expect(application?.summary).toBe('Application date');
    expect(result.eventCount).toBe(2);
    for (const line of physicalLines(result.text))
      expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('keeps a name with an override inside its isolate, in the summary and the alarms', () => {
    const name = 'Pay invoice \u202Efdp.exe';
    const result = calendarFile(
      calendarEvents([card('a', { name })], { ...SETTINGS, alarmDays: [60] }, NOW),
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    const [expiry] = parse(result.text);
    expect(expiry?.summary).toBe(`Renew: ${isolate(name)} expires`);
    for (const text of [expiry?.summary, expiry?.description, ...(expiry?.alarmTexts ?? [])])
      expect(levelsAround(String(text), isolate(name))).toMatch(/^0+$/);
  });

  it('escapes texts in every property, the alarms included', () => {
    const text = file([card('a', { name: 'a,b;c\\d\u0007' })]);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:Renew: ${isolate('a\\,b\\;c\\\\d')} expires\r\n`);
    expect(unfolded).toContain(`DESCRIPTION:Your ${isolate('a\\,b\\;c\\\\d')} card`);
    expect(unfolded).toContain(
      `DESCRIPTION:Renew: ${isolate('a\\,b\\;c\\\\d')} expires in 60 days\r\n`,
    );
    // eslint-disable-next-line no-control-regex -- no control character but the CR LF ending lines
    expect(unfolded.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});

describe(`calendar dates (TZ=${process.env.TZ ?? 'default'})`, () => {
  const dates = [
    { date: '1900-01-01', start: '19000101', end: '19000102' },
    { date: '1999-12-31', start: '19991231', end: '20000101' },
    { date: '2024-02-28', start: '20240228', end: '20240229' },
    { date: '2100-02-28', start: '21000228', end: '21000301' },
    { date: '2199-12-31', start: '21991231', end: '22000101' },
  ];

  it.each(dates)('writes $date as DTSTART $start and DTEND $end', ({ date, start, end }) => {
    const events = calendarEvents([card('a', { expiresOn: date })], { alarmDays: [365, 1] }, NOW);
    const result = calendarFile(events, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
    const [event] = parse(result.text);
    expect(event?.start.toString()).toBe(date);
    expect(event?.end.toString()).toBe(dayAfter(date));
    expect(event?.alarms).toEqual([-365, -1]);
  });

  it('leaves out a stored date outside the range instead of writing a five-digit year, and counts what it wrote', () => {
    const events = calendarEvents(
      [
        card('a', { type: 'state-licence', name: 'Far future', expiresOn: '9999-12-31' }),
        card('b', { type: 'state-licence', name: 'Far past', expiresOn: '0999-01-01' }),
        card('c', {}),
      ],
      SETTINGS,
      NOW,
    );
    expect(events).toHaveLength(4);
    const result = calendarFile(events, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(parse(result.text).map((event) => event.summary)).toEqual([
      `Renew: ${isolate('BLS Provider')} expires`,
      'Application date',
    ]);
    expect(result.eventCount).toBe(2);
    expect(result.message).toBe(
      'Downloaded 2 events. Open the file to add them to your calendar; importing a newer file updates them. Left out 2 reminders dated outside 1900–2199: correct the date to include it.',
    );
    for (const line of physicalLines(result.text))
      if (line.includes('VALUE=DATE:')) expect(line).toMatch(/VALUE=DATE:\d{8}$/);
  });

  it('says so when every date is outside the range', () => {
    const events = calendarEvents(
      [card('a', { expiresOn: '9999-12-31' })],
      { alarmDays: [60] },
      NOW,
    );
    expect(calendarFile(events, NOW)).toEqual({
      ok: false,
      message: 'Left out 1 reminder dated outside 1900–2199: correct the date to include it.',
    });
  });

  it('announces the number of events in the file', () => {
    const one = calendarFile(calendarEvents([card('a', {})], { alarmDays: [60] }, NOW), NOW);
    expect(one).toMatchObject({ ok: true, eventCount: 1 });
    expect(one.message).toMatch(/^Downloaded 1 event\. /);
    const two = calendarFile(calendarEvents([card('a', {})], SETTINGS, NOW), NOW);
    expect(two.message).toMatch(/^Downloaded 2 events\. /);
  });
});

describe('foldLines', () => {
  const cases: { case: string; line: string; expected: string[] }[] = [
    { case: 'a short line', line: 'SUMMARY:short', expected: ['SUMMARY:short'] },
    { case: '75 octets', line: 'x'.repeat(75), expected: ['x'.repeat(75)] },
    { case: '76 octets', line: 'x'.repeat(76), expected: ['x'.repeat(75), ' x'] },
    {
      case: 'a continuation of 74 octets after the space',
      line: 'x'.repeat(75 + 74 + 1),
      expected: ['x'.repeat(75), ` ${'x'.repeat(74)}`, ' x'],
    },
    {
      case: 'a two-octet letter that would cross octet 75',
      line: `${'x'.repeat(74)}é`,
      expected: ['x'.repeat(74), ' é'],
    },
    {
      case: 'a four-octet emoji that would cross octet 75',
      line: `${'x'.repeat(72)}😀`,
      expected: ['x'.repeat(72), ' 😀'],
    },
    {
      case: 'a four-octet emoji that fits',
      line: `${'x'.repeat(71)}😀`,
      expected: [`${'x'.repeat(71)}😀`],
    },
    {
      case: 'three-octet letters',
      line: '日'.repeat(30),
      expected: ['日'.repeat(25), ` ${'日'.repeat(5)}`],
    },
  ];

  it.each(cases)('folds $case', ({ line, expected }) => {
    expect(foldLines(`${line}\r\nEND:VCALENDAR\r\n`)).toBe(
      `${expected.join('\r\n')}\r\nEND:VCALENDAR\r\n`,
    );
  });

  it('refolds lines already folded at 75 characters with a tab', () => {
    const folded = `SUMMARY:${'é'.repeat(67)}\r\n\t${'é'.repeat(20)}\r\n`;
    const result = foldLines(folded);
    expect(result.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(87)}\r\n`);
    for (const line of physicalLines(result))
      expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe(`calendar file, any texts and dates (TZ=${process.env.TZ ?? 'default'})`, () => {
  const nasty = fc.constantFrom(
    ',',
    ';',
    '\\',
    '\n',
    '\r\n',
    '\r',
    '\t',
    '\u0000',
    '\u007f',
    ':',
    '"',
    'é',
    '😀',
    '👩‍⚕️',
    '日',
    ' ',
  );
  const text = (maxLength: number) =>
    fc.string({
      unit: fc.oneof(
        nasty,
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength,
    });
  const daysInRange = differenceInCalendarDays(
    toLocalDate(LATEST_DATE),
    toLocalDate(EARLIEST_DATE),
  );
  const date = fc
    .integer({ min: 0, max: daysInRange })
    .map((days) => toIsoDate(addDays(toLocalDate(EARLIEST_DATE), days)));
  const event = fc.record({
    uid: fc.uuid().map((id) => `${id}@medtech-ready.local`),
    title: text(150),
    description: text(600),
    date: fc.oneof(date, fc.constantFrom(EARLIEST_DATE, LATEST_DATE)),
    alarmDaysBefore: fc.array(fc.integer({ min: 1, max: 365 }), { maxLength: 3 }),
    sequence: fc.nat(),
  });

  it('parses back into exactly the events and texts given, in lines of at most 75 octets', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 4 }), (events: CalendarEvent[]) => {
        const result = calendarFile(events, NOW);
        if (!result.ok) throw new Error(result.message);
        for (const line of physicalLines(result.text)) {
          expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
          // No character is split: each line survives UTF-8 on its own.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(utf8.encode(line))).toBe(line);
        }
        const parsed = parse(result.text);
        expect(result.eventCount).toBe(events.length);
        expect(parsed).toHaveLength(events.length);
        events.forEach((given, index) => {
          const written = parsed[index];
          const title = cleaned(given.title);
          expect(written?.uid).toBe(given.uid);
          // `ics` leaves out an empty SUMMARY or DESCRIPTION, which reads back as null.
          expect(written?.summary ?? '').toBe(title);
          expect(written?.description ?? '').toBe(cleaned(given.description));
          expect(written?.start.toString()).toBe(given.date);
          expect(written?.end.toString()).toBe(dayAfter(given.date));
          expect(written?.alarms).toEqual(given.alarmDaysBefore.map((days) => -days));
          expect(written?.alarmTexts).toEqual(
            given.alarmDaysBefore.map(
              (days) => `${title} in ${days} ${days === 1 ? 'day' : 'days'}`,
            ),
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});
