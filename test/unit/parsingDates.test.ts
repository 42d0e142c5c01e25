import { describe, expect, it } from 'vitest';
import { parseDate, parseDateCell, parseDateTime, parseDateTimeCell } from '../../shared/parsing/date';
import { wallTimeToInstant, zoneOffsetMs } from '../../shared/parsing/timeZone';
import { errorOf, valueOf } from './support/parseResult';

describe('parseDate', () => {
  it.each([
    ['2025.08.06', '2025-08-06'],
    ['2025/8/6', '2025-08-06'],
    ['2025-08-06', '2025-08-06'],
    ['2025-8-6', '2025-08-06'],
    ['2025年8月6日', '2025-08-06'],
    ['2025年08月06号', '2025-08-06'],
    ['2025 年 8 月 6 日', '2025-08-06'],
    ['２０２５／８／６', '2025-08-06'], // full-width
    ['20250806', '2025-08-06'],
    ['2025-08-06 20:00', '2025-08-06'], // the time is dropped
    ['2025/8/6 23:59:59', '2025-08-06'],
    ['45875', '2025-08-06'], // Excel serial
    ['45875.9', '2025-08-06'],
    ['8/26/2025', '2025-08-26'], // month first, unambiguous because 26 > 12
    ['26/8/2025', '2025-08-26'], // day first, unambiguous
    ['26.08.2025', '2025-08-26'],
    ['6/6/2025', '2025-06-06'], // both readings agree
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %s', (text, expected) => {
    expect(valueOf(parseDate(text))).toBe(expected);
  });

  it('takes the date of an instant with an offset in the workspace zone', () => {
    // 20:00 UTC is 04:00 the next day in Shanghai.
    expect(valueOf(parseDate('2025-08-06T20:00:00Z'))).toBe('2025-08-07');
    expect(valueOf(parseDate('2025-08-06T20:00:00Z', 'America/New_York'))).toBe('2025-08-06');
    expect(valueOf(parseDate('2025-08-06T20:00:00+08:00'))).toBe('2025-08-06');
  });

  it.each(['', '--', '-', '暂无'])('treats %j as missing', (text) => {
    expect(valueOf(parseDate(text))).toBeNull();
  });

  it.each([
    ['2025-02-30', /not a valid calendar date/],
    ['2023-02-29', /not a valid calendar date/],
    ['2025-13-01', /not a valid calendar date/],
    ['2025-00-10', /not a valid calendar date/],
    ['1899-12-31', /not a valid calendar date/], // outside the supported years
    ['8/6/2025', /ambiguous: it could be 6 August or 8 June 2025/],
    ['2025-08/06', /Couldn't read/], // mixed separators
    ['2025', /Couldn't read/], // a year, not an Excel serial
    ['12345', /Couldn't read/], // a serial far outside plausible business dates
    ['next friday', /Couldn't read/],
    ['2025-08-06 25:00', /invalid time of day/],
    ['2025-08-06 20:61', /invalid time of day/],
    ['2025-08-06 8pm', /Couldn't read the time/],
    ['2025-08-06T20:00+15:00', /invalid UTC offset/],
  ])('rejects %j', (text, message) => {
    const error = errorOf(parseDate(text));
    expect(error).toMatch(message);
    expect(error).toContain(`"${text}"`);
  });

  it('throws for an unknown time zone: a configuration error, not a bad cell', () => {
    expect(() => parseDate('2025-08-06', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('parseDateTime', () => {
  it.each([
    // Shanghai is UTC+8 all year.
    ['2025-08-06 20:00', '2025-08-06T12:00:00.000Z'],
    ['2025/8/6 20:00:00', '2025-08-06T12:00:00.000Z'],
    ['2025.08.06 08:05', '2025-08-06T00:05:00.000Z'],
    ['2025年8月6日 20:00', '2025-08-06T12:00:00.000Z'],
    ['2025-08-06T20:00:00.250', '2025-08-06T12:00:00.250Z'],
    ['2025-08-06', '2025-08-05T16:00:00.000Z'], // a plain date is the start of that day in the zone
    ['45875.5', '2025-08-06T04:00:00.000Z'], // serial: noon Shanghai
    ['2025-08-06T20:00:00Z', '2025-08-06T20:00:00.000Z'], // an explicit offset wins over the zone
    ['2025-08-06 20:00:00+0900', '2025-08-06T11:00:00.000Z'],
    ['2025-08-06T20:00-05', '2025-08-07T01:00:00.000Z'],
  ])('reads %j as %s', (text, expected) => {
    expect(valueOf(parseDateTime(text))).toBe(expected);
  });

  it('applies the given IANA zone, including daylight saving', () => {
    expect(valueOf(parseDateTime('2025-01-15 12:00', 'America/New_York'))).toBe('2025-01-15T17:00:00.000Z');
    expect(valueOf(parseDateTime('2025-07-15 12:00', 'America/New_York'))).toBe('2025-07-15T16:00:00.000Z');
    expect(valueOf(parseDateTime('2025-08-06 20:00', 'UTC'))).toBe('2025-08-06T20:00:00.000Z');
  });

  it('resolves skipped and repeated wall times like Temporal "compatible"', () => {
    // 02:30 does not exist on 2025-03-09 in New York: moved forward to 03:30 EDT.
    expect(valueOf(parseDateTime('2025-03-09 02:30', 'America/New_York'))).toBe('2025-03-09T07:30:00.000Z');
    // 01:30 happens twice on 2025-11-02: the earlier (EDT) reading.
    expect(valueOf(parseDateTime('2025-11-02 01:30', 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
    // Same rule east of UTC: 02:30 repeats in Sydney on 2025-04-06; earlier = AEDT (+11).
    expect(valueOf(parseDateTime('2025-04-06 02:30', 'Australia/Sydney'))).toBe('2025-04-05T15:30:00.000Z');
  });

  it('rejects what parseDate rejects', () => {
    expect(errorOf(parseDateTime('2025-02-30 10:00'))).toMatch(/not a valid calendar date/);
    expect(valueOf(parseDateTime('--'))).toBeNull();
  });
});

describe('date cells', () => {
  it('reads Excel serial numbers (1900 date system)', () => {
    expect(valueOf(parseDateCell(45875))).toBe('2025-08-06');
    expect(valueOf(parseDateCell(45658))).toBe('2025-01-01');
    expect(valueOf(parseDateCell(18264))).toBe('1950-01-01');
    // 20:00 is 0.8333… of a day; rounding to the second avoids 19:59:59.999.
    expect(valueOf(parseDateTimeCell(45875 + 20 / 24))).toBe('2025-08-06T12:00:00.000Z');
  });

  it('reads whole 8-digit numbers as compact dates', () => {
    expect(valueOf(parseDateCell(20250806))).toBe('2025-08-06');
    expect(errorOf(parseDateCell(20251332))).toMatch(/not a valid calendar date/);
  });

  it('reads exceljs Date objects by their UTC fields (the sheet wall clock)', () => {
    const cell = new Date(Date.UTC(2025, 7, 6, 20, 0, 0));
    expect(valueOf(parseDateCell(cell))).toBe('2025-08-06');
    expect(valueOf(parseDateTimeCell(cell))).toBe('2025-08-06T12:00:00.000Z');
    expect(valueOf(parseDateTimeCell(cell, 'UTC'))).toBe('2025-08-06T20:00:00.000Z');
  });

  it('rejects numbers that cannot be dates and other cell kinds', () => {
    expect(errorOf(parseDateCell(2025))).toMatch(/2025 is not a date/);
    expect(errorOf(parseDateCell(-1))).toMatch(/not a date/);
    expect(errorOf(parseDateCell(new Date(Number.NaN)))).toMatch(/invalid date/);
    expect(errorOf(parseDateCell(true))).toMatch(/not a date/);
    expect(valueOf(parseDateCell(null))).toBeNull();
    expect(valueOf(parseDateCell('  '))).toBeNull();
    expect(valueOf(parseDateCell('2025/8/6'))).toBe('2025-08-06');
  });
});

describe('time zone arithmetic', () => {
  it('finds zone offsets through Intl', () => {
    const instant = Date.UTC(2025, 7, 6, 12);
    expect(zoneOffsetMs(instant, 'Asia/Shanghai')).toBe(8 * 3_600_000);
    expect(zoneOffsetMs(instant, 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(zoneOffsetMs(instant, 'America/Los_Angeles')).toBe(-7 * 3_600_000);
  });

  it('round-trips wall times', () => {
    const wall = { year: 2025, month: 11, day: 11, hour: 0, minute: 0, second: 0, millisecond: 0 };
    expect(new Date(wallTimeToInstant(wall, 'Asia/Shanghai')).toISOString()).toBe('2025-11-10T16:00:00.000Z');
  });
});
