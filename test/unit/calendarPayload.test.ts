import { describe, expect, it } from 'vitest';
import type { ContentCalendarItem } from '../../shared/content/calendarItem';
import {
  calendarItemsPayloadSchema,
  decodeCalendarItems,
  encodeCalendarItems,
} from '../../shared/content/calendarPayload';

const base = (n: number, over: Partial<ContentCalendarItem> = {}): ContentCalendarItem => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  accountId: '11111111-1111-4111-8111-111111111111',
  title: `内容 ${n}`,
  format: 'short_video',
  status: 'scheduled',
  plannedAt: '2025-10-01T02:00:00.000Z',
  plannedEndAt: '2025-10-01T02:00:00.000Z',
  durationMinutes: null,
  creatorId: null,
  series: null,
  archived: false,
  warnings: [],
  ...over,
});

const overlap = { code: 'live_overlap', severity: 'warning', params: { other: '晚场' } } as const;
const onBrand = {
  code: 'sales_objective_on_brand_account',
  severity: 'warning',
  params: { objective: 'convert', account: '品牌号' },
} as const;

const items: ContentCalendarItem[] = [
  base(1),
  base(2, {
    accountId: '22222222-2222-4222-8222-222222222222',
    format: 'live',
    plannedEndAt: '2025-10-01T05:00:00.000Z',
    durationMinutes: 180,
    warnings: [overlap, onBrand],
  }),
  base(3, {
    archived: true,
    creatorId: '33333333-3333-4333-8333-333333333333',
    series: {
      id: '44444444-4444-4444-8444-444444444444',
      occurrenceAt: '2025-10-01T02:00:00.000Z',
      detached: true,
    },
    warnings: [{ ...onBrand, params: { ...onBrand.params } }],
  }),
];

describe('content.calendarItems wire form', () => {
  it('decodes back to exactly the items encoded', () => {
    const payload = calendarItemsPayloadSchema.parse(encodeCalendarItems(items));
    expect(decodeCalendarItems(payload)).toEqual(items);
  });

  it('sends each account and each distinct warning once and leaves default fields out', () => {
    const payload = encodeCalendarItems(items);
    expect(payload.accountIds).toEqual([items[0]!.accountId, items[1]!.accountId]);
    expect(payload.warnings).toEqual([overlap, onBrand]);
    expect(payload.items[2]!.warnings).toEqual([1]);
    expect(Object.keys(payload.items[0]!).sort()).toEqual(
      ['account', 'format', 'id', 'plannedAt', 'status', 'title'].sort(),
    );
  });

  it('refuses a reference outside a side table', () => {
    const payload = encodeCalendarItems(items);
    expect(() => decodeCalendarItems({ ...payload, warnings: [] })).toThrow(/no warning at index 0/);
    expect(() => decodeCalendarItems({ ...payload, accountIds: [] })).toThrow(/no account at index 0/);
  });
});
