import { describe, expect, it } from 'vitest';
import {
  changePct,
  focusOf,
  focusRules,
  forecastNext30,
  guardrailCount,
  latestInstant,
  performanceWindows,
  weekPlan,
} from '../../shared/portfolio/aggregate';
import type { GuardrailAccount, GuardrailItem } from '../../shared/content/guardrails';
import { addDays } from '../../shared/domain/dates';
import { brand, sales } from '../support/guardrailAccounts';

const TZ = 'Asia/Shanghai';
// Monday 2025-08-04 00:00 in Shanghai.
const weekStartMs = Date.parse('2025-08-03T16:00:00Z');
const at = (dayOffset: number, hour: number) => weekStartMs + dayOffset * 86_400_000 + hour * 3_600_000;

function item(id: string, accountId: string, over: Partial<GuardrailItem> = {}): GuardrailItem {
  const startMs = over.startMs ?? at(1, 12);
  return {
    id,
    accountId,
    title: id,
    format: 'short_video',
    objective: 'seed',
    status: 'idea',
    startMs,
    endMs: startMs,
    productIds: [],
    ...over,
  };
}

describe('changePct', () => {
  it('is the relative change in percent, one decimal, null without a base', () => {
    expect(changePct(150, 100)).toBe(50);
    expect(changePct(2, 3)).toBe(-33.3);
    expect(changePct(5, 0)).toBeNull();
  });
});

describe('performanceWindows', () => {
  it('sums the last 30 days against the 30 before and keeps a 30-point trend with gaps as null', () => {
    const today = '2025-08-30';
    const days = [
      { date: today, views: 100, gmvFen: 1000 },
      { date: addDays(today, -29), views: 50, gmvFen: null }, // first day of the window
      { date: addDays(today, -30), views: 70, gmvFen: 500 }, // last day of the previous window
      { date: addDays(today, -59), views: 30, gmvFen: 1500 }, // first day of the previous window
      { date: addDays(today, -60), views: 999, gmvFen: 999 }, // outside both
      { date: addDays(today, 1), views: 999, gmvFen: 999 }, // future (another zone's today)
    ];
    const { performance, trend } = performanceWindows(days, today);
    expect(performance).toEqual({
      from: addDays(today, -29),
      to: today,
      views: 150,
      viewsPrevious: 100,
      viewsChangePct: 50,
      gmvFen: 1000,
      gmvPreviousFen: 2000,
      gmvChangePct: -50,
      daysWithData: 2,
    });
    expect(trend).toHaveLength(30);
    expect(trend[0]).toEqual({ date: addDays(today, -29), views: 50, gmvFen: null });
    expect(trend[1]).toEqual({ date: addDays(today, -28), views: null, gmvFen: null });
    expect(trend[29]).toEqual({ date: today, views: 100, gmvFen: 1000 });
  });
});

describe('forecastNext30', () => {
  it('sums the quantiles dated after today and up to 30 days ahead, across accounts, in fen', () => {
    const today = '2025-08-01';
    const f = forecastNext30(
      [
        {
          accountId: 'a',
          quantiles: [
            { date: today, p10: 1000, p50: 1000, p90: 1000 }, // today: not "next"
            { date: '2025-08-02', p10: 1, p50: 2, p90: 3 },
            { date: '2025-08-31', p10: 1.5, p50: 2.25, p90: 4 },
            { date: '2025-09-01', p10: 1000, p50: 1000, p90: 1000 }, // day 31
          ],
        },
        { accountId: 'b', quantiles: [{ date: '2025-08-10', p10: 10, p50: 20, p90: 30 }] },
        { accountId: 'c', quantiles: [{ date: '2025-07-01', p10: 10, p50: 20, p90: 30 }] },
      ],
      today,
    );
    expect(f).toEqual({ gmvP10Fen: 1250, gmvP50Fen: 2425, gmvP90Fen: 3700, accounts: 2 });
  });

  it('is null when no run reaches into the window', () => {
    expect(forecastNext30([], '2025-08-01')).toBeNull();
    expect(
      forecastNext30(
        [{ accountId: 'a', quantiles: [{ date: '2025-07-01', p10: 1, p50: 1, p90: 1 }] }],
        '2025-08-01',
      ),
    ).toBeNull();
  });
});

describe('weekPlan', () => {
  it('counts planned posts and live hours against the summed targets and accounts below target', () => {
    const items = [
      item('b1', 'b'),
      item('b2', 'b', { startMs: at(2, 10) }),
      item('b3', 'b', { startMs: at(3, 10) }),
      item('b4', 'b', { startMs: at(3, 11), status: 'cancelled' }),
      item('s1', 'x'), // an archived account: not in the list, not counted
      item('live', 's', {
        format: 'live',
        objective: 'self_broadcast',
        startMs: at(4, 19),
        endMs: at(4, 21),
      }),
    ];
    const plan = weekPlan({
      weekStart: '2025-08-04',
      timeZone: TZ,
      accounts: [brand, sales],
      items,
      products: new Map(),
    });
    expect(plan).toMatchObject({
      weekStart: '2025-08-04',
      postsPlanned: 3,
      postsTarget: 5,
      liveHoursPlanned: 2,
      liveHoursTarget: 4,
      accountsBelowTarget: 1,
    });
    // The sales account is below both targets: two week findings, counted once each, not once per item.
    expect(plan.guardrailCount).toBe(2);
  });

  it('has null targets when no account sets one', () => {
    const plain: GuardrailAccount = {
      id: 'p',
      role: 'brand',
      displayName: 'P',
      targets: { postsPerWeek: null },
    };
    const plan = weekPlan({
      weekStart: '2025-08-04',
      timeZone: TZ,
      accounts: [plain],
      items: [],
      products: new Map(),
    });
    expect(plan).toMatchObject({
      postsTarget: null,
      liveHoursTarget: null,
      accountsBelowTarget: 0,
      guardrailCount: 0,
    });
  });
});

describe('guardrailCount', () => {
  it('counts an item finding once per item and code, and a week finding once per account and code', () => {
    const accounts = new Map([
      ['b', { ...brand, targets: { postsPerWeek: 1 } }],
      ['s', { ...sales, targets: { postsPerWeek: null, liveHoursPerWeek: null } }],
    ]);
    const items = [
      // Two sales objectives on the brand account: two item findings; three posts > 1: one week finding.
      item('b1', 'b', { objective: 'convert' }),
      item('b2', 'b', { objective: 'promotion', startMs: at(2, 9) }),
      item('b3', 'b', { startMs: at(2, 15) }),
      // A brand story on the sales account.
      item('s1', 's', { objective: 'brand_story' }),
    ];
    expect(guardrailCount(items, accounts, new Map(), TZ)).toBe(4);
  });
});

describe('focusOf', () => {
  const calm = {
    overdueItems: 0,
    awaitingApproval: null,
    offersAwaitingAnswer: 0,
    deliverablesOverdue: 0,
    week: {
      weekStart: '2025-08-04',
      postsPlanned: 0,
      postsTarget: null,
      liveHoursPlanned: 0,
      liveHoursTarget: null,
      accountsBelowTarget: 0,
      guardrailCount: 0,
    },
    performance: {
      from: '2025-07-06',
      to: '2025-08-04',
      views: 0,
      viewsPrevious: 0,
      viewsChangePct: null,
      gmvFen: 0,
      gmvPreviousFen: 0,
      gmvChangePct: null,
      daysWithData: 0,
    },
  };

  it('opens the matrix when nothing needs attention', () => {
    expect(focusOf(calm)).toEqual({ page: 'matrix', reason: 'none' });
  });

  it('picks the most urgent problem, in the order of the rule table', () => {
    const offers = { ...calm, offersAwaitingAnswer: 2, deliverablesOverdue: 1 };
    expect(focusOf(offers)).toEqual({ page: 'offers', reason: 'offers_awaiting_answer' });
    expect(focusOf({ ...offers, overdueItems: 1 })).toEqual({ page: 'calendar', reason: 'overdue_items' });
    expect(focusOf({ ...calm, awaitingApproval: 3, offersAwaitingAnswer: 1 })).toEqual({
      page: 'calendar',
      reason: 'awaiting_approval',
    });
    expect(focusOf({ ...calm, week: { ...calm.week, guardrailCount: 1 } })).toEqual({
      page: 'calendar',
      reason: 'guardrails',
    });
  });

  it('sends a GMV fall of 20% or more to the performance page, a smaller one nowhere', () => {
    const perf = (gmvChangePct: number) => ({ ...calm, performance: { ...calm.performance, gmvChangePct } });
    expect(focusOf(perf(-20))).toEqual({ page: 'performance', reason: 'gmv_falling' });
    expect(focusOf(perf(-19.9))).toEqual({ page: 'matrix', reason: 'none' });
  });

  it('has one rule per reason except none', () => {
    expect(new Set(focusRules.map((r) => r.reason)).size).toBe(focusRules.length);
  });
});

describe('latestInstant', () => {
  it('compares instants, not text, and skips missing ones', () => {
    expect(latestInstant([null, '2025-08-01T10:00:00.000Z', undefined, '2025-08-01T09:00:00.000Z'])).toBe(
      '2025-08-01T10:00:00.000Z',
    );
    expect(latestInstant([null])).toBeNull();
  });
});
