import { normalizeCellText } from './normalize';
import { parseTimeOfDay, type TimeOfDay } from './partialDate';

/**
 * A time slot written in one cell of a plan's time column, as live sessions are planned: `20:00-22:00`,
 * `20:00～22:00`, `晚上8点到10点`, `8 PM - 10 PM`. Its start completes the planned date like a plain time;
 * its length can stand for the session's duration (content/importRow.ts).
 */
export interface TimeSlot {
  start: TimeOfDay;
  minutes: number;
}

// NFKC (normalizeCellText) has already turned ～ into ~ and full-width digits into ASCII.
const separator = /\s*(?:-|–|—|~|至|到)\s*/;
const DAY_MINUTES = 24 * 60;
const minutesOf = (t: TimeOfDay) => t.hour * 60 + t.minute;

/** The slot in `text`, or null when it is not two times of day joined by a dash, ~, 至 or 到. */
export function readTimeSlot(text: string): TimeSlot | null {
  const parts = normalizeCellText(text).split(separator);
  if (parts.length !== 2) return null;
  const start = parseTimeOfDay(parts[0]!);
  const end = parseTimeOfDay(parts[1]!);
  if (!start.ok || !end.ok || start.value === null || end.value === null) return null;
  const from = minutesOf(start.value);
  let to = minutesOf(end.value);
  // `晚上8点到10点`: the end shares the start's afternoon; `23:00-01:00` runs past midnight.
  if (to <= from && end.value.hour < 12 && to + 12 * 60 > from) to += 12 * 60;
  else if (to <= from) to += DAY_MINUTES;
  return { start: start.value, minutes: to - from };
}
