import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { emptyBackendEachTest } from '../support/eachTest';
import { creatorInput, offerInput } from '../support/offers';
import { askApproval, createClient, planItems, putDailyMetrics } from '../support/clientFixtures';
import { insertRun } from '../../electron/backend/forecasts/repo';
import type { ForecastRun } from '../../shared/domain/forecastRun';

/**
 * Three clients with known numbers; the clock is Wednesday 2025-08-06 12:00 in Shanghai (week of Monday
 * 2025-08-04), which is still Tuesday evening in Los Angeles.
 */
const NOW = new Date('2025-08-06T04:00:00Z');
const t = emptyBackendEachTest();

function metrics(accountId: string, rows: [date: string, views: number, gmvYuan: number | null][]) {
  putDailyMetrics(
    t,
    rows.map(([date, views, gmv]) => ({ accountId, date, values: { views, gmv } })),
    NOW,
  );
}

function gmvRun(
  workspaceId: string,
  accountId: string,
  createdAt: string,
  quantiles: ForecastRun['quantiles'],
) {
  const id = `run-${createdAt}`;
  const run: ForecastRun = {
    id,
    workspaceId,
    accountId,
    metric: 'gmv',
    frequency: 'day',
    horizon: quantiles.length,
    method: 'test',
    historyPoints: 60,
    historyEnd: '2025-08-05',
    insufficientHistory: false,
    quantiles,
    planned: [],
    parameters: { diagnostics: null, gpm: null, perPost: null, clampedNegatives: 0, notes: [] },
    createdAt,
  };
  insertRun(t.backend.context.db, id, run, { points: [], includePlanned: false, kind: 'amount' });
}

async function alpha() {
  const { workspaceId, brand, sales } = await createClient(t, {
    name: 'Alpha 青柠',
    brand: { handle: 'alpha_brand', displayName: 'Alpha 官方', targets: { postsPerWeek: 3 } },
    sales: {
      handle: 'alpha_store',
      displayName: 'Alpha 旗舰店',
      targets: { postsPerWeek: 2, liveHoursPerWeek: 4 },
    },
  });
  await planItems(t, workspaceId, [
    // This week: two brand posts (one is overdue, one is a sales objective on a brand account), a 2 h live.
    { accountId: brand, title: '周一', plannedAt: '2025-08-04T10:00:00+08:00' },
    { accountId: brand, title: '周四带货', objective: 'convert', plannedAt: '2025-08-07T10:00:00+08:00' },
    {
      accountId: sales,
      title: '周五自播',
      format: 'live',
      objective: 'self_broadcast',
      durationMinutes: 120,
      plannedAt: '2025-08-08T19:00:00+08:00',
    },
    // Past but done or dropped: not overdue.
    { accountId: brand, title: '上月已发', status: 'published', plannedAt: '2025-07-10T10:00:00+08:00' },
    { accountId: brand, title: '取消', status: 'cancelled', plannedAt: '2025-07-11T10:00:00+08:00' },
  ]);
  // Window 2025-07-08..2025-08-06, previous 2025-06-08..2025-07-07.
  metrics(sales, [
    ['2025-08-05', 1000, 500],
    ['2025-07-08', 500, 100],
    ['2025-07-07', 1000, 1200],
    ['2025-06-08', 500, null],
    ['2025-06-07', 9999, 9999],
  ]);
  metrics(brand, [['2025-08-05', 2000, null]]);
  gmvRun(workspaceId, sales, '2025-07-01T00:00:00.000Z', [
    { date: '2025-08-07', p10: 1e6, p50: 1e6, p90: 1e6 },
  ]);
  gmvRun(workspaceId, sales, '2025-08-05T00:00:00.000Z', [
    { date: '2025-08-06', p10: 1e6, p50: 1e6, p90: 1e6 },
    { date: '2025-08-07', p10: 100, p50: 200, p90: 300 },
    { date: '2025-09-05', p10: 10, p50: 20, p90: 30 },
    { date: '2025-09-06', p10: 1e6, p50: 1e6, p90: 1e6 },
  ]);
  return { workspaceId, brand, sales };
}

async function beta() {
  const workspaceId = (
    await t.call('workspaces.create', { name: 'Beta 山茶花', industry: 'beauty_personal_care' })
  ).id;
  const brandAccountId = (
    await t.call('accounts.create', {
      workspaceId,
      role: 'brand',
      handle: 'beta_b',
      displayName: 'Beta 品牌号',
    })
  ).id;
  const salesAccountId = (
    await t.call('accounts.create', { workspaceId, role: 'sales', handle: 'beta_s', displayName: 'Beta 店' })
  ).id;
  const creatorId = (await t.call('creators.create', creatorInput(workspaceId))).id;
  const setup = { workspaceId, brandAccountId, salesAccountId, creatorId };
  const countered = await t.call('offers.create', offerInput(setup));
  const accepted = await t.call('offers.create', offerInput(setup, { title: '已接受' }));
  const db = t.backend.context.db;
  db.transaction(() => {
    // The creator's counter and acceptance arrive as signed files; the states are set directly here.
    db.prepare("UPDATE offers SET state = 'countered' WHERE id = ?").run(countered.id);
    db.prepare("UPDATE offers SET state = 'accepted' WHERE id = ?").run(accepted.id);
    const deliverable = db.prepare(
      `INSERT INTO offer_deliverables (id, offer_id, key, position, format, count, due_on, account_label, status,
         status_changed_at, created_at) VALUES (?, ?, ?, ?, 'video', 1, ?, 'x', ?, ?, ?)`,
    );
    const at = NOW.toISOString();
    deliverable.run('d1', accepted.id, 'k1', 0, '2025-08-01', 'due', at, at);
    deliverable.run('d2', accepted.id, 'k2', 1, '2025-08-05', 'submitted', at, at);
    deliverable.run('d3', accepted.id, 'k3', 2, '2025-08-06', 'due', at, at); // due today: not overdue
    deliverable.run('d4', accepted.id, 'k4', 3, '2025-07-01', 'published', at, at);
  })();
  return { workspaceId };
}

async function gamma() {
  const workspaceId = (
    await t.call('workspaces.create', {
      name: 'Gamma',
      industry: 'pets',
      stage: 'mature',
      timeZone: 'America/Los_Angeles',
    })
  ).id;
  const account = await t.call('accounts.create', {
    workspaceId,
    role: 'brand',
    handle: 'gamma',
    displayName: 'Gamma',
  });
  // Los Angeles' today is 2025-08-05: the 6th is tomorrow there.
  metrics(account.id, [
    ['2025-08-05', 5, null],
    ['2025-08-06', 777, null],
  ]);
  return { workspaceId };
}

describe('portfolio.summary', () => {
  it('computes every column of every workspace from set queries, each in its own zone', async () => {
    const a = await alpha();
    const b = await beta();
    const g = await gamma();
    t.backend.context.now = () => NOW;
    // Alpha asks its client to approve August: its three open August items await the answer.
    await askApproval(t, a.workspaceId, 'optional', '2025-08-01', '2025-08-31');
    const summary = await t.call('portfolio.summary', {});
    expect(summary.total).toBe(3);
    expect(summary.nextCursor).toBeNull();
    expect(summary.items.map((r) => r.workspaceId)).toEqual([a.workspaceId, b.workspaceId, g.workspaceId]);
    const [ra, rb, rg] = summary.items;

    expect(ra).toMatchObject({
      name: 'Alpha 青柠',
      industry: 'food_beverage',
      stage: 'new',
      accounts: { brand: 1, sales: 1 },
      week: {
        weekStart: '2025-08-04',
        postsPlanned: 2,
        postsTarget: 5,
        liveHoursPlanned: 2,
        liveHoursTarget: 4,
        accountsBelowTarget: 2,
        // brand: posts below; sales: posts below + live hours below; one convert item on the brand account.
        guardrailCount: 4,
      },
      overdueItems: 1,
      awaitingApproval: 3,
      offersAwaitingAnswer: 0,
      deliverablesOverdue: 0,
      performance: {
        from: '2025-07-08',
        to: '2025-08-06',
        views: 3500,
        viewsPrevious: 1500,
        viewsChangePct: 133.3,
        gmvFen: 60_000,
        gmvPreviousFen: 120_000,
        gmvChangePct: -50,
        daysWithData: 2,
      },
      // Only the latest run counts, and only its days after today up to 30 days ahead.
      forecast: { gmvP10Fen: 11_000, gmvP50Fen: 22_000, gmvP90Fen: 33_000, accounts: 1 },
      focus: { page: 'calendar', reason: 'overdue_items' },
    });
    expect(ra!.trend).toHaveLength(30);
    expect(ra!.trend.at(-2)).toEqual({ date: '2025-08-05', views: 3000, gmvFen: 50_000 });
    expect(ra!.trend.at(-1)).toEqual({ date: '2025-08-06', views: null, gmvFen: null });
    expect(ra!.lastActivityAt).not.toBeNull();

    expect(rb).toMatchObject({
      accounts: { brand: 1, sales: 1 },
      awaitingApproval: null,
      overdueItems: 0,
      offersAwaitingAnswer: 1,
      deliverablesOverdue: 2,
      forecast: null,
      week: { postsPlanned: 0, postsTarget: null, accountsBelowTarget: 0, guardrailCount: 0 },
      focus: { page: 'offers', reason: 'offers_awaiting_answer' },
    });

    expect(rg).toMatchObject({
      stage: 'mature',
      timeZone: 'America/Los_Angeles',
      performance: { to: '2025-08-05', views: 5, daysWithData: 1 },
      focus: { page: 'matrix', reason: 'none' },
    });
  });

  it('an archived item awaiting the client leaves the awaiting-approval count, as it leaves the reminders', async () => {
    const a = await alpha();
    t.backend.context.now = () => NOW;
    await askApproval(t, a.workspaceId, 'optional', '2025-08-01', '2025-08-31');
    const awaiting = async () => (await t.call('portfolio.summary', {})).items[0]!.awaitingApproval;
    expect(await awaiting()).toBe(3);
    const august = await t.call('content.list', {
      workspaceId: a.workspaceId,
      from: '2025-08-01T00:00:00+08:00',
      to: '2025-09-01T00:00:00+08:00',
    });
    const open = august.items.find((i) => i.status !== 'published' && i.status !== 'cancelled')!;
    const archived = await t.call('content.archive', { id: open.id, revision: open.revision });
    expect(await awaiting()).toBe(2);
    await t.call('content.restore', { id: open.id, revision: archived.revision });
    expect(await awaiting()).toBe(3);
  });

  it('archived accounts leave the counts and targets', async () => {
    const a = await alpha();
    await t.call('accounts.archive', { id: a.sales });
    t.backend.context.now = () => NOW;
    const [row] = (await t.call('portfolio.summary', {})).items;
    expect(row).toMatchObject({
      accounts: { brand: 1, sales: 0 },
      week: { postsTarget: 3, liveHoursTarget: null, liveHoursPlanned: 0 },
      forecast: null,
    });
  });

  it('pages in name order with a cursor, and refuses a cursor it did not issue without changing anything', async () => {
    await gamma();
    await beta();
    await alpha();
    t.backend.context.now = () => NOW;
    const first = await t.call('portfolio.summary', { limit: 2 });
    expect(first.items.map((r) => r.name)).toEqual(['Alpha 青柠', 'Beta 山茶花']);
    expect(first.total).toBe(3);
    const second = await t.call('portfolio.summary', { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((r) => r.name)).toEqual(['Gamma']);
    expect(second.nextCursor).toBeNull();

    const before = snapshotTables(t.backend);
    const err = await t.fail('portfolio.summary', { cursor: 'abc' });
    expect(err).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['cursor'], code: 'portfolio.badCursor' }],
    });
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('answers an empty installation with no rows', async () => {
    expect(await t.call('portfolio.summary', {})).toMatchObject({ items: [], total: 0, nextCursor: null });
  });
});
