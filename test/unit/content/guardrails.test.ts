import { describe, expect, it } from 'vitest';
import {
  cannibalisationWarnings,
  computeContentWarnings,
  itemRoleWarnings,
  liveOverlapWarnings,
  loadStatus,
  pushesClash,
  tallyWeeks,
  weekLoadWarnings,
  type GuardrailItem,
  type GuardrailProduct,
} from '../../../shared/content/guardrails';
import { brand, sales, sales2 } from '../../support/guardrailAccounts';

const accounts = new Map([brand, sales, sales2].map((a) => [a.id, a]));
const products = new Map<string, GuardrailProduct>([
  ['p1', { id: 'p1', name: '精华', status: 'active' }],
  ['p2', { id: 'p2', name: '旧乳液', status: 'discontinued' }],
]);

// 2025-08-06 is a Wednesday; 20:00 in Shanghai is 12:00Z.
const at = (hhmm: string, day = 6) => Date.parse(`2025-08-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`);
let n = 0;
function item(patch: Partial<GuardrailItem> & { accountId: string }): GuardrailItem {
  const startMs = patch.startMs ?? at('20:00');
  return {
    id: patch.id ?? `i${++n}`,
    title: 'T',
    format: 'short_video',
    objective: 'seed',
    status: 'idea',
    startMs,
    endMs: patch.endMs ?? startMs,
    productIds: [],
    ...patch,
  };
}
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe('role rules', () => {
  it.each(['convert', 'promotion', 'self_broadcast'] as const)(
    'warns on %s on a brand-building account',
    (objective) => {
      const ws = itemRoleWarnings(item({ accountId: 'b', objective }), brand, products);
      expect(codes(ws)).toEqual(['sales_objective_on_brand_account']);
      expect(ws[0]).toMatchObject({
        severity: 'warning',
        scope: 'item',
        params: { objective, account: '品牌号' },
      });
    },
  );

  it('accepts seeding and brand stories on brand-building accounts', () => {
    for (const objective of ['seed', 'brand_story'] as const) {
      expect(itemRoleWarnings(item({ accountId: 'b', objective }), brand, products)).toEqual([]);
    }
  });

  it('warns on a brand story on a sales account, but not on seeding there', () => {
    expect(
      codes(itemRoleWarnings(item({ accountId: 's', objective: 'brand_story' }), sales, products)),
    ).toEqual(['brand_story_on_sales_account']);
    expect(itemRoleWarnings(item({ accountId: 's', objective: 'seed' }), sales, products)).toEqual([]);
  });

  it('warns on a convert item on a sales account without a product, and not once one is linked', () => {
    expect(codes(itemRoleWarnings(item({ accountId: 's', objective: 'convert' }), sales, products))).toEqual([
      'convert_without_product',
    ]);
    expect(
      itemRoleWarnings(item({ accountId: 's', objective: 'convert', productIds: ['p1'] }), sales, products),
    ).toEqual([]);
  });

  it('warns on discontinued products unless the item is already published', () => {
    const linked = item({ accountId: 's', objective: 'convert', productIds: ['p2'] });
    expect(codes(itemRoleWarnings(linked, sales, products))).toEqual(['discontinued_product']);
    expect(itemRoleWarnings({ ...linked, status: 'published' }, sales, products)).toEqual([]);
  });

  it('ignores cancelled items', () => {
    expect(
      itemRoleWarnings(item({ accountId: 'b', objective: 'convert', status: 'cancelled' }), brand, products),
    ).toEqual([]);
  });
});

describe('cannibalisation', () => {
  it('flags the same product on two sales accounts less than an hour apart, on both items', () => {
    const a = item({ accountId: 's', productIds: ['p1'], startMs: at('20:00') });
    const b = item({ accountId: 's2', productIds: ['p1'], startMs: at('20:59') });
    const result = cannibalisationWarnings([a, b], accounts, products);
    expect(codes(result.get(a.id)!)).toEqual(['product_cannibalisation']);
    expect(result.get(a.id)![0]!.params).toEqual({ product: '精华', accounts: '福利社' });
    expect(result.get(b.id)![0]!.params).toEqual({ product: '精华', accounts: '旗舰店' });
  });

  it('does not flag an hour or more apart, different products, the same account, or a brand account', () => {
    const base = item({ accountId: 's', productIds: ['p1'] });
    const cases = [
      item({ accountId: 's2', productIds: ['p1'], startMs: at('21:00') }),
      item({ accountId: 's2', productIds: ['p2'] }),
      item({ accountId: 's', productIds: ['p1'], startMs: at('20:10') }),
      item({ accountId: 'b', productIds: ['p1'] }),
      item({ accountId: 's2', productIds: ['p1'], status: 'cancelled' }),
    ];
    for (const other of cases)
      expect(cannibalisationWarnings([base, other], accounts, products).size).toBe(0);
  });

  it('counts a push that starts while another account is live selling the product', () => {
    const live = item({
      accountId: 's',
      format: 'live',
      productIds: ['p1'],
      startMs: at('19:00'),
      endMs: at('23:00'),
    });
    const video = item({ accountId: 's2', productIds: ['p1'], startMs: at('22:00') });
    expect(pushesClash(live, video)).toBe(true);
    expect(cannibalisationWarnings([live, video], accounts, products).size).toBe(2);
    const after = item({ accountId: 's2', productIds: ['p1'], startMs: at('23:00') });
    expect(cannibalisationWarnings([live, after], accounts, products).size).toBe(0);
  });
});

describe('live overlaps', () => {
  it('is an error on both sessions of one account when they intersect; touching ends are fine', () => {
    const a = item({ accountId: 's', format: 'live', startMs: at('19:00'), endMs: at('21:00') });
    const b = item({ accountId: 's', format: 'live', startMs: at('20:30'), endMs: at('22:00') });
    const c = item({ accountId: 's', format: 'live', startMs: at('22:00'), endMs: at('23:00') });
    const other = item({ accountId: 's2', format: 'live', startMs: at('19:00'), endMs: at('21:00') });
    const result = liveOverlapWarnings([a, b, c, other]);
    expect([...result.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(result.get(a.id)![0]).toMatchObject({ code: 'live_overlap', severity: 'error' });
  });

  it("does not count a creator's live (达播, in the creator's own room) against the account's room", () => {
    const own = item({ accountId: 's', format: 'live', startMs: at('19:30'), endMs: at('22:30') });
    const creator = item({
      accountId: 's',
      format: 'live',
      startMs: at('20:00'),
      endMs: at('22:00'),
      hostedByCreator: true,
    });
    expect(liveOverlapWarnings([own, creator]).size).toBe(0);
  });
});

describe('week load', () => {
  it('counts posts and live hours per account and Monday-based week in the zone', () => {
    const items = [
      item({ accountId: 's', startMs: at('10:00', 4) }), // Monday
      item({ accountId: 's', startMs: at('23:30', 10) }), // Sunday night, same week
      item({ accountId: 's', startMs: at('00:30', 11) }), // next Monday
      item({ accountId: 's', format: 'live', startMs: at('19:00', 5), endMs: at('21:30', 5) }),
      item({ accountId: 's', status: 'cancelled', startMs: at('12:00', 5) }),
    ];
    const tallies = tallyWeeks(items, 'Asia/Shanghai');
    expect(tallies.get('s|2025-08-04')).toMatchObject({ posts: 2, liveMinutes: 150 });
    expect(tallies.get('s|2025-08-11')).toMatchObject({ posts: 1, liveMinutes: 0 });
  });

  it('uses the workspace zone: Sunday 23:30 in Shanghai is already Monday in Tokyo', () => {
    const sundayNight = item({ accountId: 's', startMs: at('23:30', 10) });
    expect([...tallyWeeks([sundayNight], 'Asia/Shanghai').keys()]).toEqual(['s|2025-08-04']);
    expect([...tallyWeeks([sundayNight], 'Asia/Tokyo').keys()]).toEqual(['s|2025-08-11']);
  });

  it('warns below and above the weekly targets, and not on target or without one', () => {
    expect(loadStatus(1, 3)).toBe('below');
    expect(loadStatus(3, 3)).toBe('on_target');
    expect(loadStatus(4, 3)).toBe('above');
    expect(loadStatus(4, null)).toBe('no_target');
    const tally = { accountId: 's', weekStart: '2025-08-04', posts: 1, liveMinutes: 300, itemIds: [] };
    const ws = weekLoadWarnings(tally, sales);
    expect(codes(ws)).toEqual(['week_posts_below_target', 'week_live_hours_above_target']);
    expect(ws[1]).toMatchObject({
      scope: 'week',
      params: { planned: 5, target: 4, weekStart: '2025-08-04' },
    });
    expect(weekLoadWarnings({ ...tally, posts: 2, liveMinutes: 240 }, sales)).toEqual([]);
    expect(weekLoadWarnings(tally, sales2)).toEqual([]);
  });

  it('never checks live hours on brand-building accounts', () => {
    const tally = { accountId: 'b', weekStart: '2025-08-04', posts: 3, liveMinutes: 600, itemIds: [] };
    expect(weekLoadWarnings(tally, { ...brand, targets: { postsPerWeek: 3, liveHoursPerWeek: 1 } })).toEqual(
      [],
    );
  });
});

describe('computeContentWarnings', () => {
  it('puts item findings first and repeats week findings on each item of the week', () => {
    const a = item({ accountId: 'b', objective: 'convert', startMs: at('10:00') });
    const b = item({ accountId: 'b', startMs: at('11:00') });
    const result = computeContentWarnings({ items: [a, b], accounts, products, timeZone: 'Asia/Shanghai' });
    expect(codes(result.get(a.id)!)).toEqual(['sales_objective_on_brand_account', 'week_posts_below_target']);
    expect(codes(result.get(b.id)!)).toEqual(['week_posts_below_target']);
  });
});
