import { describe, expect, it } from 'vitest';
import type { ContentCalendarItem } from '../../../shared/content/calendarItem';
import type { TrackedDeliverable } from '../../../shared/domain/offer';
import {
  flaggedByDate,
  itemAttention,
  matchesAttention,
} from '../../../renderer/src/features/content/attention';

const NOW = Date.parse('2025-08-06T12:00:00Z');

const item = (patch: Partial<ContentCalendarItem> = {}): ContentCalendarItem => ({
  id: 'a',
  accountId: 'acc',
  title: 't',
  format: 'short_video',
  status: 'idea',
  plannedAt: '2025-08-07T12:00:00.000Z',
  plannedEndAt: '2025-08-07T12:00:00.000Z',
  durationMinutes: null,
  creatorId: null,
  series: null,
  archived: false,
  warnings: [],
  ...patch,
});

describe('calendar attention', () => {
  it('calls an item overdue when its time passed and it is not out; published and cancelled never are', () => {
    const past = { plannedAt: '2025-08-05T12:00:00.000Z' };
    expect(itemAttention(item(past), undefined, NOW).overdue).toBe(true);
    expect(itemAttention(item({ ...past, status: 'published' }), undefined, NOW).overdue).toBe(false);
    expect(itemAttention(item({ ...past, status: 'cancelled' }), undefined, NOW).overdue).toBe(false);
    expect(itemAttention(item(), undefined, NOW).overdue).toBe(false);
  });

  it('follows the deliverable for creator items, and calls an item with its own warnings warned', () => {
    // The calendar's items carry only item-scoped warnings (content.calendarItems drops the week's).
    const deliverable = { overdue: true } as TrackedDeliverable;
    expect(itemAttention(item(), deliverable, NOW)).toEqual({ creator: true, overdue: true, warned: false });
    expect(itemAttention(item({ creatorId: 'c1' }), undefined, NOW).creator).toBe(true);
    const own = { code: 'convert_without_product', severity: 'warning', params: {} } as const;
    expect(itemAttention(item({ warnings: [own] }), undefined, NOW).warned).toBe(true);
  });

  it('filters on every kind picked, and groups flagged items by their wall date in the zone', () => {
    const a = { creator: false, overdue: true, warned: false };
    expect(matchesAttention(a, [])).toBe(true);
    expect(matchesAttention(a, ['overdue'])).toBe(true);
    expect(matchesAttention(a, ['overdue', 'warned'])).toBe(false);
    const late = item({ id: 'late', plannedAt: '2025-08-05T17:00:00.000Z' });
    const byDate = flaggedByDate([late], new Map([['late', a]]), 'Asia/Shanghai');
    expect([...byDate.keys()]).toEqual(['2025-08-06']);
    expect([...byDate.get('2025-08-06')!.overdue]).toEqual(['late']);
  });
});
