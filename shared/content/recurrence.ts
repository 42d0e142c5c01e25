import { z } from 'zod';
import { formatCivilDate, isValidCivilDate, type CivilDate } from '../parsing/calendar';
import { civilAddDays } from '../domain/dates';
import { instantToWallTime, midnightIn, wallTimeToInstant } from '../parsing/timeZone';

/**
 * Repeating content items (issue 11 §5): the subset of RFC 5545 RRULE planners need — a daily 自播 live, a
 * weekly column on chosen days, every N days — ending on a date or after N times. Rules are evaluated in the
 * workspace's time zone on wall-clock dates, so a 20:00 Asia/Shanghai live stays at 20:00 local on every
 * occurrence (and across a DST change elsewhere). Open-ended rules are not offered: every occurrence is
 * stored as a real content item, so a series is always finite and capped.
 */

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const weekdaySchema = z.enum(weekdays);
export type Weekday = z.infer<typeof weekdaySchema>;

/** At most this many occurrences in one series: a daily rule for a year. */
export const MAX_OCCURRENCES = 366;
export const MAX_INTERVAL = 99;

export interface Recurrence {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  /** WEEKLY only; empty means the weekday of the first occurrence. */
  byDay: Weekday[];
  /** Last instant an occurrence may start at (inclusive), UTC ms; RFC 5545 UNTIL in UTC. */
  until: number | null;
  count: number | null;
}

/** Why a rule text or a rule was refused: a code the renderer translates, with params. */
export class RecurrenceError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Weekday of a civil date, Monday first (RFC 5545's default WKST=MO). */
export function weekdayOf(date: CivilDate): Weekday {
  const sundayFirst = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7]!;
}

function dayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

function sortedDays(days: readonly Weekday[]): Weekday[] {
  return weekdays.filter((d) => days.includes(d));
}

/** Checks a rule's numbers; every way in (API, RRULE text) goes through here. */
export function checkRecurrence(rule: Recurrence): void {
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > MAX_INTERVAL) {
    throw new RecurrenceError(`INTERVAL must be 1 to ${MAX_INTERVAL}`, 'recurrence.interval', {
      max: MAX_INTERVAL,
    });
  }
  if (
    rule.count !== null &&
    (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_OCCURRENCES)
  ) {
    throw new RecurrenceError(`COUNT must be 1 to ${MAX_OCCURRENCES}`, 'recurrence.count', {
      max: MAX_OCCURRENCES,
    });
  }
  if (rule.count !== null && rule.until !== null) {
    throw new RecurrenceError(
      'A rule ends on a date or after a number of times, not both',
      'recurrence.endBoth',
    );
  }
  if (rule.freq === 'DAILY' && rule.byDay.length > 0) {
    throw new RecurrenceError('BYDAY is only supported with FREQ=WEEKLY', 'recurrence.byDayDaily');
  }
}

// --- RRULE text (RFC 5545 §3.3.10), the subset above ---

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function parseUntil(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  if (!isValidCivilDate(date)) return null;
  // A date-only UNTIL includes that whole day (taken in UTC, as the rule text carries no zone).
  if (h === undefined) return Date.UTC(date.year, date.month - 1, date.day, 23, 59, 59);
  return Date.UTC(date.year, date.month - 1, date.day, Number(h), Number(mi), Number(s));
}

/** `FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=6` (an optional `RRULE:` prefix is accepted). */
export function parseRrule(text: string): Recurrence {
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [name, value] = part.split('=');
    if (!name || value === undefined || parts.has(name.toUpperCase())) {
      throw new RecurrenceError(`Malformed rule part "${part}"`, 'recurrence.malformed', { part });
    }
    parts.set(name.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') {
    throw new RecurrenceError('Only FREQ=DAILY and FREQ=WEEKLY are supported', 'recurrence.freq', {
      freq: freq ?? '',
    });
  }
  for (const name of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT', 'WKST'].includes(name)) {
      throw new RecurrenceError(`Unsupported rule part ${name}`, 'recurrence.unsupported', { part: name });
    }
  }
  if ((parts.get('WKST') ?? 'MO') !== 'MO') {
    throw new RecurrenceError('Only WKST=MO is supported', 'recurrence.unsupported', { part: 'WKST' });
  }
  const byDayText = parts.get('BYDAY');
  const byDay = byDayText === undefined ? [] : byDayText.split(',');
  for (const day of byDay) {
    if (!weekdaySchema.safeParse(day).success) {
      throw new RecurrenceError(`Unsupported BYDAY value ${day}`, 'recurrence.byDay', { day });
    }
  }
  const number = (name: string) => {
    const value = parts.get(name);
    if (value === undefined) return null;
    if (!/^\d{1,4}$/.test(value)) {
      throw new RecurrenceError(`${name} must be a whole number`, 'recurrence.malformed', { part: name });
    }
    return Number(value);
  };
  const untilText = parts.get('UNTIL');
  const until = untilText === undefined ? null : parseUntil(untilText);
  if (untilText !== undefined && until === null) {
    throw new RecurrenceError(`Malformed UNTIL ${untilText}`, 'recurrence.malformed', { part: 'UNTIL' });
  }
  const rule: Recurrence = {
    freq,
    interval: number('INTERVAL') ?? 1,
    byDay: sortedDays(byDay as Weekday[]),
    until,
    count: number('COUNT'),
  };
  checkRecurrence(rule);
  return rule;
}

export function formatRrule(rule: Recurrence): string {
  const parts = [`FREQ=${rule.freq}`, `INTERVAL=${rule.interval}`];
  if (rule.byDay.length > 0) parts.push(`BYDAY=${sortedDays(rule.byDay).join(',')}`);
  if (rule.until !== null) parts.push(`UNTIL=${utcStamp(rule.until)}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  return parts.join(';');
}

// --- Expansion ---

/** The first date on or after `date` that the rule can start on (a weekly rule's first chosen weekday). */
export function firstMatchingDate(rule: Recurrence, date: CivilDate): CivilDate {
  if (rule.freq === 'DAILY' || rule.byDay.length === 0) return date;
  for (let i = 0; i < 7; i++) {
    const candidate = civilAddDays(date, i);
    if (rule.byDay.includes(weekdayOf(candidate))) return candidate;
  }
  return date;
}

export interface Expansion {
  /** Occurrence start instants, UTC ms, ascending; the first is DTSTART. */
  starts: number[];
  /** The rule would have produced more than `cap` occurrences (no end, or an end too far away). */
  truncated: boolean;
}

/**
 * Occurrences of `rule` from DTSTART (`startMs`, synchronised with the rule as RFC 5545 §3.8.5.3 asks),
 * at DTSTART's wall-clock time of day in `timeZone`, at most `cap`. COUNT counts from DTSTART.
 */
export function expandRecurrence(
  rule: Recurrence,
  startMs: number,
  timeZone: string,
  cap = MAX_OCCURRENCES,
): Expansion {
  checkRecurrence(rule);
  const wall = instantToWallTime(startMs, timeZone);
  const first: CivilDate = { year: wall.year, month: wall.month, day: wall.day };
  const limit = rule.count ?? Number.POSITIVE_INFINITY;
  const at = (date: CivilDate) => wallTimeToInstant({ ...wall, ...date }, timeZone);
  // DTSTART is always the first occurrence.
  const starts: number[] = [startMs];
  if (limit <= 1) return { starts, truncated: false };
  const days =
    rule.freq === 'WEEKLY' ? sortedDays(rule.byDay.length > 0 ? rule.byDay : [weekdayOf(first)]) : [];
  const step = rule.freq === 'DAILY' ? rule.interval : 7 * rule.interval;
  // Weekly periods start on the Monday of DTSTART's week (WKST=MO).
  const periodStart =
    rule.freq === 'DAILY' ? first : civilAddDays(first, -weekdays.indexOf(weekdayOf(first)));
  const firstDay = dayNumber(first);
  for (let period = rule.freq === 'DAILY' ? 1 : 0; ; period++) {
    const base = civilAddDays(periodStart, period * step);
    const dates = rule.freq === 'DAILY' ? [base] : days.map((d) => civilAddDays(base, weekdays.indexOf(d)));
    for (const date of dates) {
      if (dayNumber(date) <= firstDay) continue;
      const ms = at(date);
      if (rule.until !== null && ms > rule.until) return { starts, truncated: false };
      if (starts.length >= cap) return { starts, truncated: true };
      starts.push(ms);
      if (starts.length >= limit) return { starts, truncated: false };
    }
  }
}

/** A civil date's last second in a zone: the UNTIL that makes "until 12月31日" include that day. */
export function endOfDayInstant(date: CivilDate, timeZone: string): number {
  return midnightIn(civilAddDays(date, 1), timeZone) - 1000;
}

export function civilDateOf(instantMs: number, timeZone: string): string {
  const w = instantToWallTime(instantMs, timeZone);
  return formatCivilDate({ year: w.year, month: w.month, day: w.day });
}
