import { describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../shared/random';
import { instantToWallTime, zoneOffsetMs } from '../../shared/parsing/timeZone';

/**
 * timeZone.ts keeps each zone's offsets per UTC day instead of asking Intl per instant. These tests hold it
 * to Intl itself (an independent formatter here), to the millisecond at daylight-saving changes, whatever
 * order the instants are asked in.
 */
const HOUR = 3_600_000;

const oracles = new Map<string, Intl.DateTimeFormat>();
function intlWall(instantMs: number, timeZone: string) {
  let format = oracles.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    oracles.set(timeZone, format);
  }
  const parts = format.formatToParts(instantMs);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour') % 24,
    minute: part('minute'),
    second: part('second'),
    millisecond: new Date(instantMs).getUTCMilliseconds(),
  };
}

const utc = (iso: string) => Date.parse(iso);

/** Local wall time as text, for readable failures. */
function wallText(instantMs: number, timeZone: string): string {
  const w = instantToWallTime(instantMs, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}:${two(w.second)}.${String(w.millisecond).padStart(3, '0')}`;
}

describe('zone offsets kept per day', () => {
  // The last millisecond before and the first after each change of 2026 (fresh days: nothing cached yet).
  it.each([
    [
      'America/New_York',
      '2026-03-08T07:00:00.000Z',
      -5,
      -4,
      '2026-03-08 01:59:59.999',
      '2026-03-08 03:00:00.000',
    ],
    [
      'America/New_York',
      '2026-11-01T06:00:00.000Z',
      -4,
      -5,
      '2026-11-01 01:59:59.999',
      '2026-11-01 01:00:00.000',
    ],
    ['Europe/Berlin', '2026-03-29T01:00:00.000Z', 1, 2, '2026-03-29 01:59:59.999', '2026-03-29 03:00:00.000'],
    ['Europe/Berlin', '2026-10-25T01:00:00.000Z', 2, 1, '2026-10-25 02:59:59.999', '2026-10-25 02:00:00.000'],
    // China kept daylight saving from 1986 to 1991: the first change, at 02:00 local on 4 May 1986.
    ['Asia/Shanghai', '1986-05-03T18:00:00.000Z', 8, 9, '1986-05-04 01:59:59.999', '1986-05-04 03:00:00.000'],
  ])('%s changes at %s exactly', (zone, change, before, after, wallBefore, wallAfter) => {
    const at = utc(change);
    // The later instant first: the day is learnt from it, and the earlier one must still be right.
    expect(zoneOffsetMs(at, zone)).toBe(after * HOUR);
    expect(zoneOffsetMs(at - 1, zone)).toBe(before * HOUR);
    expect(wallText(at - 1, zone)).toBe(wallBefore);
    expect(wallText(at, zone)).toBe(wallAfter);
  });

  it('keeps Asia/Shanghai at +8 all year without daylight saving', () => {
    for (let day = 0; day < 365; day++) {
      const instant = utc('2026-01-01T00:00:00.000Z') + day * 24 * HOUR + 15 * HOUR + 59 * 60_000;
      expect(zoneOffsetMs(instant, 'Asia/Shanghai')).toBe(8 * HOUR);
    }
    expect(wallText(utc('2026-06-30T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-07-01 00:00:00.000');
    expect(wallText(utc('2026-06-30T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-06-30 23:59:59.999');
  });

  it('agrees with Intl every 10 minutes around each change of 2026 in both directions', () => {
    const changes: [string, string][] = [
      ['America/New_York', '2026-03-08T07:00:00.000Z'],
      ['America/New_York', '2026-11-01T06:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29T01:00:00.000Z'],
      ['Europe/Berlin', '2026-10-25T01:00:00.000Z'],
      // Half-hour daylight saving, and a change that skipped a whole day (Samoa, 30 Dec 2011).
      ['Australia/Lord_Howe', '2026-04-04T15:00:00.000Z'],
      ['Pacific/Apia', '2011-12-30T10:00:00.000Z'],
    ];
    for (const [zone, change] of changes) {
      const instants: number[] = [];
      for (let t = utc(change) - 36 * HOUR; t <= utc(change) + 36 * HOUR; t += 10 * 60_000) instants.push(t);
      for (const t of [...instants].reverse()) {
        expect(instantToWallTime(t, zone), `${zone} ${new Date(t).toISOString()}`).toEqual(intlWall(t, zone));
      }
    }
  });

  it('agrees with Intl at random instants from 1900 to 2199', () => {
    const random = mulberry32(20261202);
    const from = utc('1900-01-01T00:00:00.000Z');
    const span = utc('2200-01-01T00:00:00.000Z') - from;
    for (const zone of [
      'America/New_York',
      'Europe/Berlin',
      'Asia/Shanghai',
      'Asia/Kolkata',
      'America/St_Johns',
    ]) {
      for (let i = 0; i < 400; i++) {
        const t = from + Math.floor(random() * span);
        expect(instantToWallTime(t, zone), `${zone} ${new Date(t).toISOString()}`).toEqual(intlWall(t, zone));
      }
    }
  });

  it('still refuses an unknown zone and an invalid instant', () => {
    expect(() => zoneOffsetMs(utc('2026-01-01T00:00:00.000Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => instantToWallTime(Number.NaN, 'Asia/Shanghai')).toThrow(RangeError);
  });

  it('reads China and UTC since 1992 without asking Intl (its first formatter costs ~50 ms on a page)', () => {
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      expect(wallText(utc('2031-03-08T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2031-03-09 00:00:00.000');
      expect(wallText(utc('1992-01-01T00:00:00.000Z'), 'Asia/Shanghai')).toBe('1992-01-01 08:00:00.000');
      expect(wallText(utc('2044-07-01T12:34:56.789Z'), 'UTC')).toBe('2044-07-01 12:34:56.789');
      expect(formatToParts).not.toHaveBeenCalled();
      // Before 1992 China's summer times (1986–1991) still come from Intl.
      expect(zoneOffsetMs(utc('1991-07-01T00:00:00.000Z'), 'Asia/Shanghai')).toBe(9 * HOUR);
      expect(formatToParts).toHaveBeenCalled();
    } finally {
      formatToParts.mockRestore();
    }
  });
});
