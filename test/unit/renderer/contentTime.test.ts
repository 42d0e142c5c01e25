import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  atTime,
  formatInZone,
  fromPickerValue,
  midnightIso,
  mondayOf,
  shiftAnchor,
  toPickerValue,
  viewDays,
  viewRange,
  wallParts,
  weeksOfView,
  todayInZone,
} from '../../../renderer/src/features/content/time';
import { calendarPlace } from '../../../renderer/src/features/content/calendarRange';

/** The calendar plans in the workspace's zone, whatever the computer's zone is (tests run in UTC). */
describe('content time helpers (workspace time zone at the edges)', () => {
  it('reads an instant as the workspace wall time and back', () => {
    const iso = '2025-08-06T12:00:00.000Z'; // 20:00 in Shanghai, 08:00 in New York
    expect(wallParts(iso, 'Asia/Shanghai')).toEqual({ date: '2025-08-06', time: '20:00' });
    expect(wallParts(iso, 'America/New_York')).toEqual({ date: '2025-08-06', time: '08:00' });
    expect(formatInZone(iso, 'Asia/Shanghai')).toBe('2025.08.06 20:00');
    expect(formatInZone(iso, 'Asia/Shanghai', false)).toBe('20:00');
    expect(formatInZone(null, 'Asia/Shanghai')).toBe('—');
  });

  it('round-trips picker values through the zone, also across a daylight-saving change', () => {
    for (const [iso, zone] of [
      ['2025-08-06T12:00:00.000Z', 'Asia/Shanghai'],
      ['2025-03-09T07:30:00.000Z', 'America/New_York'], // 03:30 EDT, just after the spring-forward gap
      ['2025-12-31T23:45:00.000Z', 'Pacific/Auckland'],
    ] as const) {
      const picker = toPickerValue(iso, zone);
      expect(fromPickerValue(picker, zone)).toBe(iso);
    }
    // The picker shows the workspace's reading in its local fields.
    const shown = toPickerValue('2025-08-06T12:00:00.000Z', 'Asia/Shanghai');
    expect([shown.hour(), shown.minute(), shown.date()]).toEqual([20, 0, 6]);
    expect(fromPickerValue(dayjs(new Date(2025, 7, 6, 20, 0)), 'Asia/Shanghai')).toBe(
      '2025-08-06T12:00:00.000Z',
    );
  });

  it('turns a civil date and time in the zone into an instant', () => {
    expect(atTime('2025-08-06', '20:00', 'Asia/Shanghai')).toBe('2025-08-06T12:00:00.000Z');
    expect(midnightIso('2025-08-06', 'Asia/Shanghai')).toBe('2025-08-05T16:00:00.000Z');
    expect(midnightIso('2025-08-06', 'UTC')).toBe('2025-08-06T00:00:00.000Z');
  });

  it('finds Mondays and the days each view shows', () => {
    expect(mondayOf('2025-08-06')).toBe('2025-08-04'); // a Wednesday
    expect(mondayOf('2025-08-04')).toBe('2025-08-04');
    expect(mondayOf('2025-08-10')).toBe('2025-08-04'); // a Sunday belongs to the week before
    expect(viewDays('week', '2025-08-06')).toEqual({ start: '2025-08-04', end: '2025-08-11' });
    // August 2025 starts on a Friday and ends on a Sunday: the grid runs Monday 28 July to Monday 1 September.
    expect(viewDays('month', '2025-08-15')).toEqual({ start: '2025-07-28', end: '2025-09-01' });
    expect(viewDays('list', '2025-08-15')).toEqual({ start: '2025-08-01', end: '2025-09-01' });
    expect(weeksOfView('month', '2025-08-15')).toEqual([
      '2025-07-28',
      '2025-08-04',
      '2025-08-11',
      '2025-08-18',
      '2025-08-25',
    ]);
    expect(viewRange('week', '2025-08-06', 'Asia/Shanghai')).toEqual({
      from: '2025-08-03T16:00:00.000Z',
      to: '2025-08-10T16:00:00.000Z',
    });
  });

  it('reads the view and date from the URL, falling back to today for a date that does not exist', () => {
    const place = (search: string) => calendarPlace(new URLSearchParams(search), 'Asia/Shanghai');
    expect(place('view=week&date=2025-08-06')).toEqual({ view: 'week', anchor: '2025-08-06' });
    const today = todayInZone('Asia/Shanghai');
    expect(place('view=month&date=2025-02-30')).toEqual({ view: 'month', anchor: today });
    expect(place('view=agenda&date=2025-13-01')).toEqual({ view: 'month', anchor: today });
    // A month grid across the year's end: December 2025 ends on a Wednesday.
    expect(viewDays('month', '2025-12-31')).toEqual({ start: '2025-12-01', end: '2026-01-05' });
  });

  it('moves the anchor by a week or to the first of a month', () => {
    expect(shiftAnchor('week', '2025-08-06', 1)).toBe('2025-08-13');
    expect(shiftAnchor('month', '2025-08-15', -1)).toBe('2025-07-01');
    expect(shiftAnchor('month', '2025-01-31', 1)).toBe('2025-02-01');
  });
});
