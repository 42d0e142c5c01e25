import { parseDateTimeCell } from '../parsing/date';
import { parseTimeOfDayCell } from '../parsing/partialDate';
import { readTimeSlot } from '../parsing/timeSlot';
import { readDateOrMonthDay, type YearFor } from '../parsing/yearRule';
import type { ParseResult } from '../parsing/result';
import { instantToWallTime, wallTimeToInstant } from '../parsing/timeZone';
import { coded, type CodedMessage } from '../domain/importErrors';

/**
 * When a plan row happens: its date (a full date, a date-time, or a month-day whose year the importer
 * infers), completed by the time of day from a time column when the date carries none. Pure: the caller
 * supplies the cells, the workspace's zone and the year rule.
 */
export interface PlannedAtInput {
  /** The date cell, or the user's fix of it (text). */
  date: unknown;
  /** The time cell, or its fix; null when no column gives the time. */
  time: unknown;
  timeZone: string;
  /** The year for a month-day without one (see `nearestYear`). */
  yearFor: YearFor;
}

export type PlannedAtReading =
  | {
      ok: true;
      /** UTC ISO instant, or null when the date cell is empty. */
      value: string | null;
      /** The year given to a month-day, for the preview to say so. */
      assumedYear: number | null;
      /** The row has a date and no time at all: it is planned at 00:00. */
      dateOnly: boolean;
      /** The length of the slot the time column gave (`20:00-22:00`), in minutes; null for a plain time. */
      slotMinutes: number | null;
    }
  | { ok: false; field: 'plannedAt' | 'plannedTime'; error: CodedMessage };

const failed = (field: 'plannedAt' | 'plannedTime', r: ParseResult<unknown>): PlannedAtReading =>
  r.ok
    ? { ok: false, field, error: coded('Invalid value', 'value.invalid') }
    : {
        ok: false,
        field,
        error:
          r.params === undefined
            ? { message: r.error, code: r.code }
            : {
                message: r.error,
                code: r.code,
                params: r.params,
              },
      };

export function readPlannedAt({ date, time, timeZone, yearFor }: PlannedAtInput): PlannedAtReading {
  const { result, assumedYear } = readDateOrMonthDay(date, (v) => parseDateTimeCell(v, timeZone), yearFor);
  if (!result.ok) return failed('plannedAt', result);
  const slot = typeof time === 'string' ? readTimeSlot(time) : null;
  const timeResult = slot ? { ok: true as const, value: slot.start } : parseTimeOfDayCell(time);
  if (!timeResult.ok) return failed('plannedTime', timeResult);
  const slotMinutes = slot?.minutes ?? null;
  if (result.value === null)
    return { ok: true, value: null, assumedYear: null, dateOnly: false, slotMinutes };

  const wall = instantToWallTime(Date.parse(result.value), timeZone);
  const midnight = wall.hour === 0 && wall.minute === 0 && wall.second === 0;
  const tod = timeResult.value;
  if (tod === null) return { ok: true, value: result.value, assumedYear, dateOnly: midnight, slotMinutes };
  if (!midnight && (wall.hour !== tod.hour || wall.minute !== tod.minute)) {
    const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    return {
      ok: false,
      field: 'plannedTime',
      error: coded(
        `The date says ${hhmm(wall.hour, wall.minute)} and the time column ${hhmm(tod.hour, tod.minute)}: keep one`,
        'row.timeTwice',
        { date: hhmm(wall.hour, wall.minute), time: hhmm(tod.hour, tod.minute) },
      ),
    };
  }
  const ms = wallTimeToInstant({ ...wall, ...tod, millisecond: 0 }, timeZone);
  return { ok: true, value: new Date(ms).toISOString(), assumedYear, dateOnly: false, slotMinutes };
}
