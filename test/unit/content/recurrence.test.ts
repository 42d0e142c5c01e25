import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDateOf,
  endOfDayInstant,
  expandRecurrence,
  firstMatchingDate,
  formatRrule,
  MAX_OCCURRENCES,
  parseRrule,
  RecurrenceError,
  weekdayOf,
  weekdays,
  type Recurrence,
} from '../../../shared/content/recurrence';
import { instantToWallTime } from '../../../shared/parsing/timeZone';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const rule = (r: Partial<Recurrence>): Recurrence => ({
  freq: 'DAILY',
  interval: 1,
  byDay: [],
  until: null,
  count: null,
  ...r,
});

describe('RRULE text', () => {
  it('parses and writes the supported subset', () => {
    const r = parseRrule('RRULE:FREQ=WEEKLY;BYDAY=TH,TU;COUNT=6');
    expect(r).toEqual(rule({ freq: 'WEEKLY', byDay: ['TU', 'TH'], count: 6 }));
    expect(formatRrule(r)).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=6');
    expect(parseRrule('FREQ=DAILY;INTERVAL=3;UNTIL=20261231T155959Z').until).toBe(at('2026-12-31T15:59:59Z'));
    expect(parseRrule('FREQ=DAILY;UNTIL=20261231').until).toBe(at('2026-12-31T23:59:59Z'));
  });

  it.each([
    ['FREQ=MONTHLY', 'recurrence.freq'],
    ['FREQ=DAILY;BYMONTH=1', 'recurrence.unsupported'],
    ['FREQ=WEEKLY;BYDAY=1MO', 'recurrence.byDay'],
    ['FREQ=DAILY;COUNT=0', 'recurrence.count'],
    ['FREQ=DAILY;COUNT=367', 'recurrence.count'],
    ['FREQ=DAILY;INTERVAL=0', 'recurrence.interval'],
    ['FREQ=DAILY;COUNT=2;UNTIL=20261231', 'recurrence.endBoth'],
    ['FREQ=DAILY;BYDAY=MO', 'recurrence.byDayDaily'],
    ['FREQ=DAILY;UNTIL=20261332', 'recurrence.malformed'],
    ['FREQ=DAILY;;', 'recurrence.malformed'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'recurrence.malformed'],
  ])('refuses %s with %s', (text, code) => {
    let caught: unknown;
    try {
      parseRrule(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RecurrenceError);
    expect((caught as RecurrenceError).code).toBe(code);
  });
});

describe('expansion', () => {
  it('a weekly Tue/Thu 20:00 Shanghai live ×6 stays at 20:00 local', () => {
    // 2026-12-01 is a Tuesday.
    const { starts, truncated } = expandRecurrence(
      rule({ freq: 'WEEKLY', byDay: ['TU', 'TH'], count: 6 }),
      at('2026-12-01T12:00:00Z'),
      SH,
    );
    expect(truncated).toBe(false);
    expect(starts.map(iso)).toEqual([
      '2026-12-01T12:00:00.000Z',
      '2026-12-03T12:00:00.000Z',
      '2026-12-08T12:00:00.000Z',
      '2026-12-10T12:00:00.000Z',
      '2026-12-15T12:00:00.000Z',
      '2026-12-17T12:00:00.000Z',
    ]);
  });

  it('keeps the wall-clock time across a DST change', () => {
    // New York leaves DST on 2026-11-01: 09:00 local is 13:00Z before and 14:00Z after.
    const { starts } = expandRecurrence(rule({ count: 4 }), at('2026-10-30T13:00:00Z'), NY);
    expect(starts.map(iso)).toEqual([
      '2026-10-30T13:00:00.000Z',
      '2026-10-31T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('every N days until a date, inclusive of that day', () => {
    const until = endOfDayInstant({ year: 2026, month: 12, day: 10 }, SH);
    const { starts } = expandRecurrence(rule({ interval: 3, until }), at('2026-12-01T02:00:00Z'), SH);
    expect(starts.map((s) => civilDateOf(s, SH))).toEqual([
      '2026-12-01',
      '2026-12-04',
      '2026-12-07',
      '2026-12-10',
    ]);
  });

  it('weekly every 2 weeks, from the Monday of the first week', () => {
    const { starts } = expandRecurrence(
      rule({ freq: 'WEEKLY', interval: 2, byDay: ['MO', 'FR'], count: 4 }),
      at('2026-12-04T02:00:00Z'), // a Friday
      SH,
    );
    expect(starts.map((s) => civilDateOf(s, SH))).toEqual([
      '2026-12-04',
      '2026-12-14',
      '2026-12-18',
      '2026-12-28',
    ]);
  });

  it('stops at the cap and says so for a rule without an end', () => {
    const result = expandRecurrence(rule({}), at('2026-01-01T00:00:00Z'), SH);
    expect(result.starts).toHaveLength(MAX_OCCURRENCES);
    expect(result.truncated).toBe(true);
    expect(expandRecurrence(rule({ count: MAX_OCCURRENCES }), at('2026-01-01T00:00:00Z'), SH).truncated).toBe(
      false,
    );
  });

  it('firstMatchingDate moves a weekly start to the first chosen weekday', () => {
    const r = rule({ freq: 'WEEKLY', byDay: ['TU', 'TH'] });
    expect(firstMatchingDate(r, { year: 2026, month: 12, day: 4 })).toEqual({
      year: 2026,
      month: 12,
      day: 8,
    });
    expect(firstMatchingDate(r, { year: 2026, month: 12, day: 3 })).toEqual({
      year: 2026,
      month: 12,
      day: 3,
    });
  });
});

const zones = fc.constantFrom(SH, NY, 'Europe/Berlin', 'UTC');
const ruleArb: fc.Arbitrary<Recurrence> = fc
  .record({
    weekly: fc.boolean(),
    interval: fc.integer({ min: 1, max: 10 }),
    byDay: fc.subarray([...weekdays]),
    end: fc.oneof(
      fc.record({ count: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ days: fc.integer({ min: 0, max: 400 }) }),
    ),
  })
  .map(({ weekly, interval, byDay, end }) => ({
    freq: weekly ? 'WEEKLY' : 'DAILY',
    interval,
    byDay: weekly ? byDay : [],
    count: 'count' in end ? end.count : null,
    until: 'days' in end ? at('2026-03-01T00:00:00Z') + end.days * 86_400_000 : null,
  }));

describe('properties', () => {
  it('occurrences are ascending, within COUNT/UNTIL/cap, on chosen weekdays, at the first time of day', () => {
    fc.assert(
      fc.property(ruleArb, zones, fc.integer({ min: 0, max: 59 * 24 }), (r, zone, hours) => {
        const wallStart = instantToWallTime(at('2026-01-01T00:00:00Z') + hours * 3_600_000, zone);
        const first = firstMatchingDate(r, wallStart);
        const startMs =
          at('2026-01-01T00:00:00Z') +
          hours * 3_600_000 +
          (Date.UTC(first.year, first.month - 1, first.day) -
            Date.UTC(wallStart.year, wallStart.month - 1, wallStart.day));
        const startWall = instantToWallTime(startMs, zone);
        const { starts } = expandRecurrence(r, startMs, zone);
        expect(starts[0]).toBe(startMs);
        for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
        expect(starts.length).toBeLessThanOrEqual(Math.min(MAX_OCCURRENCES, r.count ?? MAX_OCCURRENCES));
        if (r.count !== null && r.count <= MAX_OCCURRENCES) {
          // A count rule without UNTIL always reaches its count.
          expect(starts.length).toBe(r.count);
        }
        for (const s of starts.slice(1)) {
          if (r.until !== null) expect(s).toBeLessThanOrEqual(r.until);
          const wall = instantToWallTime(s, zone);
          if (r.freq === 'WEEKLY' && r.byDay.length > 0) expect(r.byDay).toContain(weekdayOf(wall));
          // Wall-clock time of day is kept (a time skipped by DST moves forward by the gap).
          if (zone === SH || zone === 'UTC')
            expect([wall.hour, wall.minute]).toEqual([startWall.hour, startWall.minute]);
        }
        expect(parseRrule(formatRrule(r))).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
