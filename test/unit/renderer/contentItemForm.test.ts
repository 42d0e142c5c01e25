import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/account';
import {
  fieldsFromForm,
  formValuesFor,
  type ContentFormValues,
} from '../../../renderer/src/features/content/contentItemForm';
import { toPickerValue } from '../../../renderer/src/features/content/time';

const base = {
  workspaceId: 'w1',
  platform: 'douyin' as const,
  followers: 0,
  notes: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};
const brandTargets = {
  postsPerWeek: null,
  followerGrowthMonthly: null,
  engagementRatePct: null,
  a3GrowthMonthly: null,
};
const salesTargets = { postsPerWeek: null, liveHoursPerWeek: null, gmvMonthly: null, gpm: null, roi: null };
const archivedBrand: Account = {
  ...base,
  id: 'old',
  handle: 'old',
  displayName: '旧号',
  archivedAt: '2025-02-01T00:00:00.000Z',
  role: 'brand',
  selfBroadcast: false,
  targets: brandTargets,
};
const brand: Account = {
  ...archivedBrand,
  id: 'b1',
  handle: 'brand',
  displayName: '品牌号',
  archivedAt: null,
};
const sales: Account = {
  ...base,
  id: 's1',
  handle: 'shop',
  displayName: '店播号',
  archivedAt: null,
  role: 'sales',
  selfBroadcast: true,
  targets: salesTargets,
};
const zone = 'Asia/Shanghai';
const newAt = '2025-08-06T12:00:00.000Z';

describe('content drawer form values', () => {
  it('opens a new item blank on the first active account, seeding on a brand account', () => {
    const v = formValuesFor({ newAt }, [archivedBrand, brand, sales], zone);
    expect(v).toMatchObject({
      accountId: 'b1',
      title: '',
      format: 'short_video',
      objective: 'seed',
      status: 'idea',
      productIds: [],
      tags: [],
      publishedAt: null,
    });
    expect(v.plannedAt?.format('YYYY-MM-DD HH:mm')).toBe('2025-08-06 20:00');
  });

  it('sells on a sales account the user opened the item on', () => {
    expect(formValuesFor({ newAt, accountId: 's1' }, [brand, sales], zone)).toMatchObject({
      accountId: 's1',
      objective: 'convert',
    });
  });

  it('saves the time picked as wall time in the workspace zone, and a duration only for a live', () => {
    const form: ContentFormValues = {
      accountId: 'b1',
      title: '新品试用',
      format: 'short_video',
      objective: 'seed',
      pillar: '',
      status: 'idea',
      plannedAt: toPickerValue(newAt, zone),
      durationMinutes: 90,
      productIds: [],
      tags: [],
      owner: '',
      brief: '',
      publishedUrl: 'https://www.douyin.com/video/1',
      publishedAt: null,
    };
    const fields = fieldsFromForm(form, zone);
    expect(fields.plannedAt).toBe(newAt);
    expect(fields.durationMinutes).toBeNull();
    // Not published: the link and time are left alone.
    expect(fields.publishedUrl).toBeUndefined();
    expect(fieldsFromForm({ ...form, format: 'live' }, zone).durationMinutes).toBe(90);
  });

  it('clears an emptied link on a published item and keeps its time from the picker', () => {
    const fields = fieldsFromForm(
      {
        ...formValuesFor({ newAt }, [brand], zone),
        status: 'published',
        publishedUrl: '',
        publishedAt: toPickerValue('2025-08-07T01:30:00.000Z', zone),
      } as ContentFormValues,
      zone,
    );
    expect(fields.publishedUrl).toBeNull();
    expect(fields.publishedAt).toBe('2025-08-07T01:30:00.000Z');
  });
});
