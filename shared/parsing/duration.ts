import { parseNumberCell } from './number';
import { parseFailure, type ParseResult } from './result';

/**
 * Durations as live exports write them: `2小时15分`, `2h15m`, `02:15:00`, `135` (a bare number in the
 * column's unit). `HH:MM` means hours and minutes for a session length but minutes and seconds for a
 * watch time, so the caller says which (`twoPartClock`). Returns whole seconds.
 */
export interface DurationOptions {
  /** Seconds per unit of a bare number: 60 for 直播时长 (minutes), 1 for 人均观看时长 (seconds). */
  bareUnitSeconds: number;
  twoPartClock: 'hm' | 'ms';
}

const words =
  /^(?:(\d+(?:\.\d+)?)\s*(?:小时|时|hours?|hrs?|h))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|minutes?|mins?|m))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|seconds?|secs?|s))?$/i;

export function parseDuration(value: unknown, options: DurationOptions): ParseResult<number | null> {
  if (typeof value === 'string') {
    const text = value.normalize('NFKC').trim().replace(/\s+/g, ' ');
    const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(text);
    if (clock) {
      const [a, b, c] = [
        Number(clock[1]),
        Number(clock[2]),
        clock[3] === undefined ? null : Number(clock[3]),
      ];
      if (b >= 60 || (c !== null && c >= 60)) return invalid(value);
      if (c !== null) return { ok: true, value: a * 3600 + b * 60 + c };
      return { ok: true, value: options.twoPartClock === 'hm' ? a * 3600 + b * 60 : a * 60 + b };
    }
    const m = words.exec(text);
    if (m && (m[1] || m[2] || m[3])) {
      return {
        ok: true,
        value: Math.round(Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)),
      };
    }
  }
  const n = parseNumberCell(value);
  if (!n.ok) return invalid(value);
  if (n.value === null) return n;
  if (n.value < 0) return parseFailure('A duration cannot be negative.', 'duration.negative');
  return { ok: true, value: Math.round(n.value * options.bareUnitSeconds) };
}

function invalid(value: unknown): ParseResult<number | null> {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return parseFailure(
    `Couldn't read "${text}" as a duration. Use 2小时15分, 02:15:00 or a plain number (in the unit its header names).`,
    'duration.invalid',
    { text },
  );
}

/** The unit a header gives bare numbers: 直播时长(分钟) → 60, 人均观看时长(秒) → 1, (小时) → 3600. */
export function headerDurationUnit(header: string, fallbackSeconds: number): number {
  const k = header.normalize('NFKC').toLowerCase();
  if (/小时|hour|\(h\)/.test(k)) return 3600;
  if (/分钟|minute|\(min\)|\(m\)|\(分\)/.test(k)) return 60;
  if (/秒|second|\(s\)/.test(k)) return 1;
  return fallbackSeconds;
}
