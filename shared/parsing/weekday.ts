import { normalizeCellText } from './normalize';

/**
 * The day of the week planners write beside a date (`12月22日（周二）`, `12/22 周二`, `2026-12-22 星期二`,
 * `2026/12/22(二)`, `Tue 12/22/2026`): taken out before the date is read, then checked against it, so a
 * copied row whose date was changed and weekday not is caught rather than planned on the wrong day.
 */

export interface WeekdayMark {
  /** The cell's text without the weekday. */
  rest: string;
  /** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
  weekday: number;
  /** As written, for the message. */
  written: string;
}

const chineseDays: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const englishDays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// After NFKC the full-width brackets are ASCII. A bracketed single day (`(二)`) or a prefixed one (`周二`).
const chineseMark = /\(?\s*(?:周|星期|礼拜)([日天一二三四五六])\s*\)?|\(\s*([日天一二三四五六])\s*\)/;
const englishMark = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|rs|t)?\b\.?,?/i;

/** The weekday written in `text`, with the text left when it is taken out; null when there is none. */
export function takeWeekday(text: string): WeekdayMark | null {
  const normalized = normalizeCellText(text);
  const chinese = chineseMark.exec(normalized);
  const english = chinese ? null : englishMark.exec(normalized);
  const match = chinese ?? english;
  if (!match) return null;
  const weekday = chinese
    ? chineseDays[(chinese[1] ?? chinese[2])!]!
    : englishDays.indexOf(english![1]!.toLowerCase());
  const rest = (normalized.slice(0, match.index) + ' ' + normalized.slice(match.index + match[0].length))
    .replace(/\s+/g, ' ')
    .trim();
  return { rest, weekday, written: match[0].trim() };
}

/** The weekday of a civil date `YYYY-MM-DD`. */
export function weekdayOf(civilDate: string): number {
  return new Date(`${civilDate}T00:00:00Z`).getUTCDay();
}
