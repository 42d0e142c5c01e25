import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertItem, type ContentValues } from '../../../electron/backend/content/repo';
import type { MethodOutput } from '../../../shared/api/contract';
import { walkPages } from '../../support/paging';
import { august, setupPlan, storedValues, wholeAugust, type Plan } from './setup';

let p: Plan;
let outlet: string;
beforeEach(async () => {
  p = await setupPlan();
  // A third sales account, so one product is pushed by several others at once (the warning names them all).
  outlet = (
    await p.t.call('accounts.create', {
      workspaceId: p.workspaceId,
      role: 'sales',
      handle: 'lime_outlet',
      displayName: '青柠折扣店',
      targets: { postsPerWeek: 3, liveHoursPerWeek: 2 },
    })
  ).id;
});
afterEach(() => p.t.close());

type Items = MethodOutput<'content.list'>['items'];

/** A small deterministic generator: the same plan on every run, so a failure names the same items. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * A dense plan around August: 400 items over July 25th – September 5th on all four accounts, a third of
 * them live sessions of up to a day (overlapping in one room, running into August and into a page from
 * the day before), pushes of both products minutes apart, cancelled items and creators' deliverables.
 * Every neighbour rule fires many times, from rows on other pages and outside the month.
 */
function densePlan(): void {
  const rnd = lcg(13);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)]!;
  const start = Date.parse('2025-07-25T00:00:00+08:00');
  const span = Date.parse('2025-09-05T00:00:00+08:00') - start;
  const db = p.t.backend.context.db;
  db.transaction(() => {
    for (let i = 0; i < 400; i++) {
      const accountId = pick([p.brand, p.store, p.deals, outlet]);
      const isLive = rnd() < 0.35;
      // Whole minutes, a quarter of them on the hour, so same-time items split pages inside a clash.
      const minute = Math.floor((rnd() * span) / 60_000);
      const at = start + (rnd() < 0.25 ? minute - (minute % 60) : minute) * 60_000;
      const values: ContentValues = storedValues(p, {
        title: `dense ${i}`,
        accountId,
        plannedAt: new Date(at).toISOString(),
        format: isLive ? 'live' : pick(['short_video', 'image_text'] as const),
        durationMinutes: isLive ? pick([30, 60, 90, 180, 600, 1440]) : null,
        objective: pick(['seed', 'convert', 'brand_story', 'self_broadcast', 'promotion'] as const),
        status: pick(['idea', 'scheduled', 'scheduled', 'published', 'cancelled'] as const),
        productIds: pick([[], [p.tea], [p.gift], [p.tea, p.gift], [p.gift, p.tea]]),
      });
      insertItem(db, `dense-${i}`, values, 'manual', '2025-07-01T00:00:00.000Z');
    }
    // Before the month: a store live running into August (on the first page), a deals push not running
    // into it (on no page), and the store's push just after midnight that it clashes with.
    const fixed: [string, Partial<ContentValues> & { plannedAt: string }][] = [
      [
        'live into august',
        { accountId: p.store, format: 'live', durationMinutes: 180, plannedAt: '2025-07-31T22:00:00+08:00' },
      ],
      ['deals before august', { accountId: p.deals, plannedAt: '2025-07-31T23:30:00+08:00' }],
      ['store after midnight', { accountId: p.store, plannedAt: '2025-08-01T00:10:00+08:00' }],
    ];
    for (const [title, f] of fixed) {
      const values = storedValues(p, {
        objective: 'convert',
        productIds: [p.gift],
        ...f,
        title,
        plannedAt: new Date(f.plannedAt).toISOString(),
      });
      insertItem(db, `fixed-${title}`, values, 'manual', '2025-07-01T00:00:00.000Z');
    }
    // A creator's deliverable runs in the creator's room: it neither blocks nor is blocked by the account's lives.
    db.prepare(
      "UPDATE content_items SET creator_id = 'creator-x' WHERE id IN ('dense-7', 'dense-70', 'dense-170')",
    ).run();
  })();
}

async function pages(limit: number, filter: Record<string, unknown>): Promise<Items> {
  const { items } = await walkPages((cursor) =>
    p.t.call('content.list', { ...august(p), ...filter, limit, ...cursor }),
  );
  return items;
}

describe('content.list warnings on a dense plan', () => {
  it('are the month-wide warnings on every page, whatever the page size and the filter', async () => {
    densePlan();
    const whole = wholeAugust(p);
    const count = (code: string) => whole.filter((i) => i.warnings.some((w) => w.code === code)).length;
    // Every neighbour rule fires on many items, some with two clashing products or several rivals.
    expect(count('live_overlap')).toBeGreaterThan(10);
    expect(count('product_cannibalisation')).toBeGreaterThan(20);
    expect(
      whole.filter((i) => i.warnings.filter((w) => w.code === 'product_cannibalisation').length > 1).length,
    ).toBeGreaterThan(3);
    expect(whole.some((i) => i.warnings.some((w) => String(w.params?.['accounts']).includes(',')))).toBe(
      true,
    );
    expect(
      whole.find((i) => i.title === 'store after midnight')?.warnings.map((w) => w.params?.['accounts']),
    ).toContain('青柠福利社');
    for (const limit of [1, 4, 50]) expect(await pages(limit, {})).toEqual(whole);
    for (const filter of [
      { accountIds: [p.deals] },
      { formats: ['live'] },
      { statuses: ['idea', 'published'] },
      { roles: ['sales'], productIds: [p.gift] },
    ]) {
      const filtered = wholeAugust(p, filter);
      expect(filtered.length).toBeGreaterThan(0);
      expect(await pages(7, filter)).toEqual(filtered);
    }
  });
});
