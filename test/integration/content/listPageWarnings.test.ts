import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import { insertItem, type ContentValues } from '../../../electron/backend/content/repo';
import { decodeCalendarItems } from '../../../shared/content/calendarPayload';
import { august, item, setupPlan, storedValues, wholeAugust, type Plan } from './setup';
import { walkPages } from '../../support/paging';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

type Items = MethodOutput<'content.list'>['items'];

type Fixture = Partial<ContentValues> & { title: string; plannedAt: string };

/**
 * A plan whose warnings hang on items outside any one page and outside August: a live session from July
 * running into August 1st, cannibalisation across the month's end, weeks straddling both month ends,
 * and same-time items so pages split inside a clash. Written in one transaction straight to the table:
 * content.create refuses overlapping live sessions, which an import or an older plan may still hold.
 */
function planAcrossBoundaries(): void {
  const rows: Fixture[] = [];
  const sale = (f: Fixture): Fixture => ({
    accountId: p.store,
    objective: 'convert',
    productIds: [p.tea],
    ...f,
  });
  const live = (plannedAt: string, durationMinutes: number): Fixture => ({
    accountId: p.store,
    title: `自播 ${plannedAt}`,
    format: 'live',
    objective: 'self_broadcast',
    productIds: [p.tea],
    plannedAt,
    durationMinutes,
  });
  // Live overlap across the month start: July 31st 23:00 for 3 hours against August 1st 01:00.
  rows.push(live('2025-07-31T23:00:00+08:00', 180), live('2025-08-01T01:00:00+08:00', 60));
  // Week of July 28th: brand posts in July make the week's count (target 5) above target.
  for (const day of [28, 29, 30, 31]) {
    rows.push({ title: `brand 7/${day}`, plannedAt: `2025-07-${day}T09:00:00+08:00` });
    rows.push({ title: `brand 7/${day} b`, plannedAt: `2025-07-${day}T12:00:00+08:00` });
  }
  rows.push({ title: 'brand 8/1', plannedAt: '2025-08-01T09:00:00+08:00' });
  rows.push({ title: 'brand 8/2', plannedAt: '2025-08-02T09:00:00+08:00' });
  // Cannibalisation with the other sales account across the month's end and across pages.
  rows.push(sale({ title: 'store 8/31', plannedAt: '2025-08-31T23:40:00+08:00' }));
  rows.push(sale({ accountId: p.deals, title: 'deals 9/1', plannedAt: '2025-09-01T00:10:00+08:00' }));
  for (const minute of ['00', '20', '40']) {
    rows.push(
      sale({
        accountId: minute === '20' ? p.deals : p.store,
        title: `tea 8/15 ${minute}`,
        plannedAt: `2025-08-15T20:${minute}:00+08:00`,
        productIds: [p.gift, p.tea],
      }),
    );
  }
  rows.push(sale({ accountId: p.deals, title: 'deals 8/15 same', plannedAt: '2025-08-15T20:00:00+08:00' }));
  // A cancelled push takes no part.
  rows.push(
    sale({
      accountId: p.deals,
      title: 'cancelled',
      status: 'cancelled',
      plannedAt: '2025-08-15T20:10:00+08:00',
    }),
  );
  // A week straddling the month's end on the store (posts and live hours targets).
  for (const day of [27, 28, 29, 30, 31]) rows.push(live(`2025-08-${day}T20:00:00+08:00`, 90));
  rows.push(sale({ title: 'store 9/2', plannedAt: '2025-09-02T10:00:00+08:00' }));
  // A role warning that needs only the item.
  rows.push({ title: 'brand sells', objective: 'convert', plannedAt: '2025-08-10T10:00:00+08:00' });

  const db = p.t.backend.context.db;
  db.transaction(() => {
    rows.forEach((f, i) => {
      const values = storedValues(p, { ...f, plannedAt: new Date(f.plannedAt).toISOString() });
      insertItem(db, `fixture-${i}`, values, 'manual', '2025-07-01T00:00:00.000Z');
    });
  })();
}

async function pages(limit: number, filter: Record<string, unknown> = {}): Promise<Items> {
  const { items } = await walkPages((cursor) =>
    p.t.call('content.list', { ...august(p), ...filter, limit, ...cursor }),
  );
  return items;
}

describe('content.list warnings on a page', () => {
  it('are the warnings of the whole month, for every page size, though they depend on items outside the page', async () => {
    planAcrossBoundaries();
    const whole = wholeAugust(p);
    // The plan does exercise every neighbour rule, some from outside August.
    const codes = new Set(whole.flatMap((i) => i.warnings.map((w) => w.code)));
    for (const code of [
      'live_overlap',
      'product_cannibalisation',
      'week_posts_above_target',
      'week_live_hours_above_target',
      'sales_objective_on_brand_account',
    ]) {
      expect(codes).toContain(code);
    }
    expect(whole.find((i) => i.title === 'store 8/31')?.warnings.map((w) => w.code)).toContain(
      'product_cannibalisation',
    );
    expect(whole.find((i) => i.title === 'brand 8/1')?.warnings.map((w) => w.code)).toContain(
      'week_posts_above_target',
    );
    for (const limit of [1, 2, 3, 7, 200]) {
      expect(await pages(limit)).toEqual(whole);
    }
  });

  it('are the same under a filter that leaves the neighbours out of the list', async () => {
    planAcrossBoundaries();
    for (const filter of [{ accountIds: [p.store] }, { search: 'tea 8/15' }, { roles: ['brand'] }]) {
      const whole = wholeAugust(p, filter);
      expect(whole.length).toBeGreaterThan(0);
      expect(await pages(2, filter)).toEqual(whole);
    }
  });

  it('follow a write between two pages: the total, the weeks and the products are read again', async () => {
    planAcrossBoundaries();
    const before = await p.t.call('content.list', { ...august(p), limit: 3 });
    expect(before.items.map((i) => i.title)).toContain('brand 8/1');
    // One more brand post in the week of July 28th, and the tea discontinued: the total, that week's
    // post count and the tea items' warnings change; pages read after the writes must show them.
    await p.t.call(
      'content.create',
      item(p, { title: 'brand 8/1 extra', plannedAt: '2025-08-01T10:00:00+08:00' }),
    );
    await p.t.call('products.update', { id: p.tea, status: 'discontinued' });
    const after = await p.t.call('content.list', { ...august(p), limit: 3 });
    expect(after.total).toBe(before.total + 1);
    const whole = wholeAugust(p);
    expect(await pages(3)).toEqual(whole);
    const brand = whole.find((i) => i.title === 'brand 8/1')!;
    expect(brand.warnings).not.toEqual(before.items.find((i) => i.title === 'brand 8/1')!.warnings);
    expect(whole.find((i) => i.title === 'store 8/31')?.warnings.map((w) => w.code)).toContain(
      'discontinued_product',
    );
  });
});

/** The item-scoped warnings of the month-wide computation, in the calendar's wire shape. */
const itemWarnings = (items: Items) =>
  items.map((i) => ({
    id: i.id,
    warnings: i.warnings
      .filter((w) => w.scope === 'item')
      .map(({ code, severity, params }) => ({ code, severity, params })),
  }));

describe('content.calendarItems warnings', () => {
  it('are the month-wide item warnings, read from the days around the range only, under any filter', async () => {
    planAcrossBoundaries();
    // The gift box pushed on Monday July 28th: first in the month's context span (whole weeks), but
    // outside the days around August that the calendar reads.
    const db = p.t.backend.context.db;
    const early = storedValues(p, {
      title: 'gift 7/28',
      accountId: p.deals,
      objective: 'convert',
      productIds: [p.gift],
      plannedAt: new Date('2025-07-28T10:00:00+08:00').toISOString(),
    });
    insertItem(db, 'fixture-early-gift', early, 'manual', '2025-07-01T00:00:00.000Z');
    const filters: Omit<MethodInput<'content.calendarItems'>, 'workspaceId' | 'from' | 'to'>[] = [
      {},
      { accountIds: [p.store] },
      { search: 'tea 8/15' },
      { roles: ['brand'] },
    ];
    for (const filter of filters) {
      const whole = wholeAugust(p, filter);
      expect(whole.length).toBeGreaterThan(0);
      const drawn = decodeCalendarItems(await p.t.call('content.calendarItems', { ...august(p), ...filter }));
      expect(drawn.map((i) => ({ id: i.id, warnings: i.warnings }))).toEqual(itemWarnings(whole));
    }
    // An item clashing on two products lists them in the order the month first pushes them (the gift box
    // on July 28th, then the tea on July 31st), not in the order the days the calendar reads do.
    const drawn = decodeCalendarItems(await p.t.call('content.calendarItems', august(p)));
    const clashes = drawn
      .find((i) => i.title === 'tea 8/15 00')!
      .warnings.filter((w) => w.code === 'product_cannibalisation')
      .map((w) => w.params?.['product']);
    expect(clashes).toEqual(['青柠礼盒 12 瓶', '青柠柠檬茶 500ml']);
  });
});
