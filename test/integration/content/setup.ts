import { listContent, loadWorkspaceContext } from '../../../electron/backend/content/context';
import { insertItem, type ContentValues } from '../../../electron/backend/content/repo';
import { createTestBackend, type TestBackend } from '../../support/backend';
import type { MethodInput } from '../../../shared/api/contract';
import { blankContentFields } from '../../../shared/content/blankItem';

export interface Plan {
  t: TestBackend;
  workspaceId: string;
  brand: string;
  store: string;
  deals: string;
  tea: string;
  gift: string;
}

/**
 * A drinks brand's workspace: one brand-building account (5 posts/week), a 自播 sales account
 * (7 posts, 6 live hours a week) and a second sales account without targets; two products.
 * Handles and SKUs match the fixtures in test/fixtures/content.
 */
export async function setupPlan(timeZone = 'Asia/Shanghai'): Promise<Plan> {
  const t = await createTestBackend();
  const workspaceId = (
    await t.call('workspaces.create', { name: '青柠饮品', industry: 'food_beverage', timeZone })
  ).id;
  const brand = await t.call('accounts.create', {
    workspaceId,
    role: 'brand',
    handle: 'lime_official',
    displayName: '青柠官方号',
    targets: { postsPerWeek: 5 },
  });
  const store = await t.call('accounts.create', {
    workspaceId,
    role: 'sales',
    handle: 'lime_store',
    displayName: '青柠旗舰店',
    selfBroadcast: true,
    targets: { postsPerWeek: 7, liveHoursPerWeek: 6 },
  });
  const deals = await t.call('accounts.create', {
    workspaceId,
    role: 'sales',
    handle: 'lime_deals',
    displayName: '青柠福利社',
  });
  const tea = await t.call('products.create', {
    workspaceId,
    name: '青柠柠檬茶 500ml',
    sku: 'LM-TEA-500',
    price: 6.5,
    category: '茶饮',
    marginPct: 42,
    tags: ['夏日', '饮品'],
  });
  const gift = await t.call('products.create', {
    workspaceId,
    name: '青柠礼盒 12 瓶',
    sku: 'LM-GIFT-12',
    price: 69.9,
    category: '礼盒',
    tags: ['送礼'],
  });
  return { t, workspaceId, brand: brand.id, store: store.id, deals: deals.id, tea: tea.id, gift: gift.id };
}

export function item(
  p: Plan,
  patch: Partial<MethodInput<'content.create'>> = {},
): MethodInput<'content.create'> {
  return {
    workspaceId: p.workspaceId,
    accountId: p.brand,
    title: '夏日第一杯青柠茶',
    format: 'short_video',
    objective: 'seed',
    plannedAt: '2025-08-06T18:00:00+08:00',
    ...patch,
  };
}

/** A short video selling the lemon tea (带货), on the store unless `patch` names another account. */
export const teaSale = (p: Plan, patch: Partial<MethodInput<'content.create'>> = {}) =>
  item(p, { accountId: p.store, objective: 'convert', productIds: [p.tea], ...patch });

export const live = (
  p: Plan,
  plannedAt: string,
  durationMinutes = 120,
  patch: Partial<MethodInput<'content.create'>> = {},
) =>
  item(p, {
    accountId: p.store,
    title: `自播 ${plannedAt}`,
    format: 'live',
    objective: 'self_broadcast',
    plannedAt,
    durationMinutes,
    productIds: [p.tea],
    ...patch,
  });

/** The plan's items planned from `from` (inclusive) to `to` (exclusive), as content.list takes them. */
export const between = (p: Plan, from: string, to: string) => ({ workspaceId: p.workspaceId, from, to });

/** August 2025 in Shanghai, as the calendar's month view asks for it. */
export const august = (p: Plan) => between(p, '2025-08-01T00:00:00+08:00', '2025-09-01T00:00:00+08:00');

/** A brand-account seed item's stored values with `patch` applied, for fixtures written straight to the table. */
export function storedValues(
  p: Plan,
  patch: Partial<ContentValues> & Pick<ContentValues, 'title' | 'plannedAt'>,
): ContentValues {
  return {
    workspaceId: p.workspaceId,
    accountId: p.brand,
    format: 'short_video',
    objective: 'seed',
    ...blankContentFields(),
    status: 'scheduled',
    ...patch,
  };
}

/** `count` ideas on the brand account, one minute apart from 2025-08-01, written in one transaction. */
export function seedIdeas(p: Plan, count: number): void {
  const db = p.t.backend.context.db;
  const start = Date.parse('2025-08-01T00:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const values = storedValues(p, {
        title: `想法 ${i}`,
        format: 'image_text',
        status: 'idea',
        plannedAt: new Date(start + i * 60_000).toISOString(),
      });
      insertItem(db, `idea-${i}`, values, 'manual', '2025-07-01T00:00:00.000Z');
    }
  })();
}

/**
 * August computed at once over the month's context span, as the calendar does: the warnings every page of
 * content.list must carry, whatever the page size and the filter.
 */
export function wholeAugust(p: Plan, filter: Record<string, unknown> = {}) {
  const db = p.t.backend.context.db;
  return listContent(db, loadWorkspaceContext(db, p.workspaceId), {
    workspaceId: p.workspaceId,
    from: new Date('2025-08-01T00:00:00+08:00').toISOString(),
    to: new Date('2025-09-01T00:00:00+08:00').toISOString(),
    ...filter,
  });
}
