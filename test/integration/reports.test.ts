import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { askApproval, createClient, planItems, putDailyMetrics } from '../support/clientFixtures';
import { todayIn, addDays } from '../../shared/domain/dates';
import { creatorInput, offerInput } from '../support/offers';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const NOW = new Date('2025-08-20T04:00:00Z');
const LINK = 'https://www.douyin.com/video/7300000000000000002';
/** Keeps the BOM (TextDecoder would drop it). */
const strFromU8 = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

async function client() {
  const { workspaceId, brand, sales } = await createClient(t, {
    name: '=青柠 Lime',
    brand: { handle: 'lime_b', displayName: '@青柠官方', targets: { postsPerWeek: 2 } },
    sales: {
      handle: 'lime_s',
      displayName: '青柠旗舰店',
      targets: { postsPerWeek: 1, liveHoursPerWeek: 2, gmvMonthly: 100_000 },
    },
  });
  await planItems(t, workspaceId, [
    {
      accountId: brand,
      title: '=HYPERLINK("http://evil")',
      status: 'published',
      plannedAt: '2025-08-04T10:00:00+08:00',
      publishedAt: '2025-08-04T10:05:00+08:00',
      publishedUrl: 'https://www.douyin.com/video/1',
    },
    { accountId: brand, title: '周二', plannedAt: '2025-08-05T10:00:00+08:00' },
    {
      accountId: sales,
      title: '自播',
      format: 'live',
      objective: 'self_broadcast',
      durationMinutes: 120,
      plannedAt: '2025-08-13T19:00:00+08:00',
    },
    // Outside the range (September): not in the report.
    { accountId: brand, title: '九月', status: 'published', plannedAt: '2025-09-02T10:00:00+08:00' },
  ]);
  putDailyMetrics(
    t,
    [
      {
        accountId: brand,
        date: '2025-08-04',
        values: { views: 1000, likes: 50, comments: 5, newFollowers: 30 },
      },
      { accountId: sales, date: '2025-08-04', values: { views: 400, shares: 2, gmv: 1234.56 } },
      { accountId: sales, date: '2025-08-17', values: { views: 600, gmv: 100, newFollowers: -3 } },
      // After the range.
      { accountId: sales, date: '2025-08-18', values: { views: 99_999, gmv: 99_999 } },
    ],
    NOW,
  );
  return { workspaceId, brand, sales };
}

const range = (workspaceId: string) => ({ workspaceId, from: '2025-08-04', to: '2025-08-17' });

describe('reports.build', () => {
  it('assembles the matrix, plan vs target per week, published items and imported performance', async () => {
    const c = await client();
    t.backend.context.now = () => NOW;
    const r = await t.call('reports.build', range(c.workspaceId));
    expect(r.workspace.name).toBe('=青柠 Lime');
    expect(r.weeks).toEqual(['2025-08-04', '2025-08-11']);
    expect(r.matrix.map((a) => a.displayName)).toEqual(['@青柠官方', '青柠旗舰店']);
    expect(r.planVsTarget).toEqual([
      expect.objectContaining({
        weekStart: '2025-08-04',
        accountId: c.brand,
        postsPlanned: 2,
        postsStatus: 'on_target',
        published: 1,
      }),
      expect.objectContaining({
        weekStart: '2025-08-04',
        accountId: c.sales,
        postsPlanned: 0,
        liveHoursPlanned: 0,
        liveHoursStatus: 'below',
      }),
      expect.objectContaining({
        weekStart: '2025-08-11',
        accountId: c.brand,
        postsPlanned: 0,
        postsStatus: 'below',
      }),
      expect.objectContaining({
        weekStart: '2025-08-11',
        accountId: c.sales,
        liveHoursPlanned: 2,
        liveHoursStatus: 'on_target',
      }),
    ]);
    expect(r.published.total).toBe(1);
    expect(r.published.items[0]).toMatchObject({ title: '=HYPERLINK("http://evil")', accountId: c.brand });
    expect(r.performance.totals).toEqual({
      views: 2000,
      engagement: 57,
      gmvFen: 133_456,
      newFollowers: 27,
      days: 2,
    });
    expect(r.performance.series).toHaveLength(14);
    expect(r.performance.series[0]).toEqual({
      date: '2025-08-04',
      views: 1400,
      engagement: 57,
      gmvFen: 123_456,
      newFollowers: 30,
    });
    expect(r.approvals).toBeNull();
    expect(r.liveSessions).toBeNull();
    expect(r.offers).toEqual({ items: [], spendFen: 0, deliverables: [] });
  });

  it('builds the sample workspace with its performance, forecasts and their accuracy', async () => {
    const sample = await t.call('workspaces.loadSample', {});
    const today = todayIn(sample.timeZone, new Date());
    const r = await t.call('reports.build', {
      workspaceId: sample.id,
      from: addDays(today, -60),
      to: today,
      language: 'en',
    });
    expect(r.language).toBe('en');
    expect(r.matrix.length).toBeGreaterThanOrEqual(5);
    expect(r.performance.totals.views).toBeGreaterThan(0);
    expect(r.performance.totals.gmvFen).toBeGreaterThan(0);
    expect(r.forecasts.runs.length).toBeGreaterThan(0);
    expect(r.forecasts.runs.every((run) => run.metric === 'gmv' && run.quantiles.length > 0)).toBe(true);
    // The sample keeps a run from four weeks ago: its days since then have actuals to score.
    expect(r.forecasts.accuracy.some((a) => a.evaluated > 0 && a.coverage80 !== null)).toBe(true);
  });

  it('lists the offers alive in the range with their state, spend and deliverables', async () => {
    const c = await client();
    const creatorId = (await t.call('creators.create', creatorInput(c.workspaceId))).id;
    const setup = { workspaceId: c.workspaceId, brandAccountId: c.brand, salesAccountId: c.sales, creatorId };
    const accepted = await t.call('offers.create', offerInput(setup, { title: '已接受', feeYuan: 8000 }));
    const draft = await t.call('offers.create', offerInput(setup, { title: '草稿', feeYuan: 3000 }));
    const db = t.backend.context.db;
    db.transaction(() => {
      // The creator's acceptance arrives as a signed file; the state is set directly here.
      db.prepare("UPDATE offers SET state = 'accepted', created_at = ? WHERE id = ?").run(
        '2025-07-01T00:00:00.000Z',
        accepted.id,
      );
      db.prepare('UPDATE offers SET created_at = ? WHERE id = ?').run('2025-07-02T00:00:00.000Z', draft.id);
      const deliverable = db.prepare(
        `INSERT INTO offer_deliverables (id, offer_id, key, position, format, count, due_on, account_label, status,
           status_changed_at, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, 'x', ?, ?, ?)`,
      );
      const at = NOW.toISOString();
      deliverable.run('d1', accepted.id, 'k1', 0, 'video', '2025-08-10', 'due', at, at);
      deliverable.run('d2', accepted.id, 'k2', 1, 'live', '2025-08-12', 'published', at, at);
      deliverable.run('d3', accepted.id, 'k3', 2, 'video', '2025-09-30', 'due', at, at); // after the range
      db.prepare('UPDATE offer_deliverables SET published_url = ? WHERE id = ?').run(LINK, 'd2');
    })();
    t.backend.context.now = () => NOW;
    const r = await t.call('reports.build', range(c.workspaceId));
    expect(r.offers.items.map((o) => [o.title, o.state, o.feeFen, o.deliverables])).toEqual([
      ['已接受', 'accepted', 800_000, { total: 3, published: 1, overdue: 1 }],
      ['草稿', 'draft', 300_000, { total: 0, published: 0, overdue: 0 }],
    ]);
    expect(r.offers.spendFen).toBe(800_000);
    expect(
      r.offers.deliverables.map((d) => [d.id, d.offerTitle, d.status, d.publishedUrl, d.overdue]),
    ).toEqual([
      ['d1', '已接受', 'due', null, true],
      ['d2', '已接受', 'published', LINK, false],
    ]);
    // The client's spreadsheet gets the same link, in the column the page titles 链接.
    const files = unzipSync(
      Buffer.from((await t.call('reports.exportCsv', range(c.workspaceId))).base64, 'base64'),
    );
    const rows = strFromU8(files['05-deliverables.csv']!)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(rows[0]).toBe('截止日期,合作,达人,形式,数量,账号,状态,链接,逾期');
    expect(rows.slice(1, 3)).toEqual([
      '2025-08-10,已接受,小鹿成分党,视频,1,x,待交付,,是',
      `2025-08-12,已接受,小鹿成分党,直播,1,x,已发布,${LINK},否`,
    ]);
  });

  it('shows the approval state of every item in the range where approval is on, and imported live sessions', async () => {
    const c = await client();
    t.backend.context.now = () => NOW;
    // The pack covers the first week only: its open item is sent and pending; the published one needs none.
    await askApproval(t, c.workspaceId, 'required', '2025-08-04', '2025-08-10');
    const db = t.backend.context.db;
    db.prepare(
      `INSERT INTO live_sessions (id, workspace_id, account_id, started_at, ended_at, slot, viewers, views, gmv_fen,
         ad_spend_fen, source, imported_at)
       VALUES ('l1', ?, ?, '2025-08-13T11:00:00.000Z', '2025-08-13T13:30:00.000Z', 'evening', 800, 2000, 500000, 100000, 't', 'x'),
              ('l2', ?, ?, '2025-09-13T11:00:00.000Z', '2025-09-13T12:00:00.000Z', 'evening', 1, 1, 1, 1, 't', 'x')`,
    ).run(c.workspaceId, c.sales, c.workspaceId, c.sales);
    const r = await t.call('reports.build', range(c.workspaceId));
    expect(r.approvals).toMatchObject({
      mode: 'required',
      total: 3,
      counts: { pending: 2, approved: 0, changes_requested: 0, stale: 0, none: 1 },
    });
    expect(r.approvals!.items.map((i) => [i.title, i.state])).toEqual([
      ['=HYPERLINK("http://evil")', null],
      ['周二', 'pending'],
      ['自播', 'pending'],
    ]);
    expect(r.liveSessions).toEqual({
      total: 1,
      totals: { sessions: 1, hours: 2.5, viewers: 800, views: 2000, gmvFen: 500_000, adSpendFen: 100_000 },
      sessions: [
        {
          id: 'l1',
          room: '青柠旗舰店',
          startedAt: '2025-08-13T11:00:00.000Z',
          minutes: 150,
          viewers: 800,
          views: 2000,
          peakOnline: null,
          orders: null,
          gmvFen: 500_000,
          adSpendFen: 100_000,
          gpmFen: 250_000,
        },
      ],
    });
    const files = unzipSync(
      Buffer.from((await t.call('reports.exportCsv', range(c.workspaceId))).base64, 'base64'),
    );
    expect(strFromU8(files['10-approvals.csv']!)).toContain(`周二,'@青柠官方,待审核,,`);
    expect(strFromU8(files['11-live-sessions.csv']!)).toContain(
      '2025-08-13T11:00:00.000Z,青柠旗舰店,150,800,2000,,,5000,1000,2500',
    );
  });

  it('refuses a reversed range and one over 400 days, naming the field, and stores nothing', async () => {
    const c = await client();
    const between = (from: string, to: string) => ({ workspaceId: c.workspaceId, from, to });
    const before = snapshotTables(t.backend);
    const reversed = await t.fail('reports.build', between('2025-08-17', '2025-08-04'));
    expect(reversed).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['from'], code: 'reports.rangeReversed' }],
    });
    const long = await t.fail('reports.exportCsv', between('2024-01-01', '2025-02-04'));
    expect(long).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['to'], code: 'reports.rangeTooLong', params: { max: 400 } }],
    });
    const badDate = await t.fail('reports.build', between('2025-02-30', '2025-03-01'));
    expect(badDate).toMatchObject({ code: 'invalid_input', issues: [{ path: ['from'] }] });
    const missing = await t.fail('reports.build', {
      workspaceId: 'nope',
      from: '2025-08-01',
      to: '2025-08-02',
    });
    expect(missing.code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

describe('reports.exportCsv', () => {
  it('zips one UTF-8 CSV with BOM per section, formula-guarded, headers in the language', async () => {
    const c = await client();
    t.backend.context.now = () => NOW;
    const out = await t.call('reports.exportCsv', { ...range(c.workspaceId), language: 'zh-CN' });
    expect(out.fileName).toBe('=青柠 Lime-report-2025-08-04-2025-08-17.zip');
    const files = unzipSync(Buffer.from(out.base64, 'base64'));
    expect(Object.keys(files).sort()).toEqual([...out.files].sort());
    expect(out.files).toHaveLength(11);
    for (const bytes of Object.values(files)) expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const published = strFromU8(files['03-published.csv']!);
    expect(published.split('\r\n')[0]).toBe(
      '\uFEFF标题,账号,形式,计划时间,发布时间,链接,达人,播放量,GMV(元)',
    );
    // The title starting with = and the account starting with @ come out as text, not formulas.
    expect(published).toContain(`"'=HYPERLINK(""http://evil"")",'@青柠官方,短视频`);
    const matrix = strFromU8(files['01-matrix.csv']!);
    expect(matrix).toContain('青柠旗舰店,douyin,lime_s,销售号,0,1,2,100000,否');
    const daily = strFromU8(files['06-performance-daily.csv']!);
    expect(daily.split('\r\n')[1]).toBe('2025-08-04,1400,57,1234.56,30');
    expect(daily).toContain('2025-08-17,600,0,100,-3'); // a negative number stays a number

    const en = await t.call('reports.exportCsv', { ...range(c.workspaceId), language: 'en' });
    const enPlan = strFromU8(unzipSync(Buffer.from(en.base64, 'base64'))['02-plan-vs-target.csv']!);
    expect(enPlan.split('\r\n')[0]).toBe(
      '\uFEFFWeek (Monday),Account,Posts planned,Posts target,Posts status,Live hours planned,Live hours target,Live status,Published',
    );
    expect(enPlan).toContain('2025-08-11,青柠旗舰店,0,1,Below target,2,2,On target,0');
  });
});
