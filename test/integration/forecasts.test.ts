import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import {
  addForecastBrandWithStore,
  planStoreVideo,
  setSkincareAudienceOnStore,
  type StoreVideoArgs,
} from '../support/brandWithStore';

const { t, s } = freshSetupEachTest(addForecastBrandWithStore);

const setSkincareAudience = () => setSkincareAudienceOnStore(t, s);

/** Three published store videos (已发布 0–2, 10–12 July) with per-post views 20k/30k/40k imported for them. */
async function importPublishedVideos(): Promise<void> {
  const published = [];
  for (let i = 0; i < 3; i++) {
    published.push(
      await t.call('content.create', {
        workspaceId: s.workspaceId,
        accountId: s.storeId,
        title: `已发布 ${i}`,
        format: 'short_video',
        objective: 'convert',
        status: 'published',
        plannedAt: `2025-07-${10 + i}T12:00:00+08:00`,
        tags: ['护肤'],
        publishedUrl: 'https://example.com/v',
      } as never),
    );
  }
  const lines = [
    'date,content,account,views',
    ...published.map((p, i) => `2025-07-${10 + i},${p.id},store,${[20_000, 30_000, 40_000][i]}`),
  ];
  const preview = await t.call('metrics.importPreview', {
    workspaceId: s.workspaceId,
    fileName: 'posts.csv',
    contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
  });
  expect(preview.level).toBe('content');
  await t.call('metrics.importCommit', { sessionId: preview.sessionId });
}

const planVideo = (...args: StoreVideoArgs) => planStoreVideo(t, s, ...args);

const weekly = [0.8, 0.9, 1, 1, 1.1, 1.3, 1.2];

/** Imports `days` days from `start` with a weekly rhythm; deterministic noise from a tiny LCG. */
async function importDays(
  start: string,
  days: number,
  opts: { handle?: string; noise?: number; from?: number } = {},
) {
  let seed = 42 + (opts.from ?? 0);
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lines = ['date,account,views,likes,comments,shares,saves,new followers,GMV'];
  for (let i = 0; i < days; i++) {
    const date = addDays(start, i);
    const k = (opts.from ?? 0) + i;
    const views = Math.round(10_000 * weekly[k % 7]! * (1 + (opts.noise ?? 0.1) * (random() - 0.5)));
    const gmv = (views * (0.9 + 0.2 * random())).toFixed(2);
    lines.push(
      `${date},${opts.handle ?? 'store'},${views},${Math.round(views * 0.03)},10,5,20,${Math.round(views * 0.002)},${gmv}`,
    );
  }
  const preview = await t.call('metrics.importPreview', {
    workspaceId: s.workspaceId,
    fileName: 'daily.csv',
    contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
  });
  await t.call('metrics.importCommit', { sessionId: preview.sessionId });
}

/**
 * 60 days of store history, the skincare audience, one product and the three published videos: the
 * setting of the tests that score planned content by its products.
 */
async function storeWithHistoryAndProduct(product: {
  name: string;
  sku: string;
  price: number;
  tags: string[];
}) {
  await importDays('2025-06-01', 60);
  await setSkincareAudience();
  const created = await t.call('products.create', { workspaceId: s.workspaceId, ...product });
  await importPublishedVideos();
  return created;
}

describe('forecasts.series (stateless)', () => {
  it('forecasts a constant series as that constant with an ordered band', async () => {
    const points = Array.from({ length: 30 }, (_, i) => ({ date: addDays('2025-01-01', i), value: 500 }));
    const out = await t.call('forecasts.series', { points, horizon: 14 });
    expect(out.frequency).toBe('day');
    expect(out.quantiles).toHaveLength(14);
    expect(out.quantiles[0]!.date).toBe('2025-01-31');
    for (const q of out.quantiles) {
      expect(q.p50).toBeCloseTo(500, 6);
      expect(q.p10).toBeLessThanOrEqual(q.p50);
      expect(q.p90).toBeGreaterThanOrEqual(q.p50);
    }
  });

  it('recovers a pure weekly pattern and infers weekly data', async () => {
    const points = Array.from({ length: 8 * 7 }, (_, i) => ({
      date: addDays('2025-01-06', i),
      value: 100 * weekly[i % 7]!,
    }));
    const out = await t.call('forecasts.series', { points, horizon: 7 });
    out.quantiles.forEach((q, s) => expect(q.p50).toBeCloseTo(100 * weekly[(56 + s) % 7]!, 3));
    const weeks = Array.from({ length: 12 }, (_, i) => ({
      date: addDays('2023-02-19', 7 * i),
      value: 1000 + i,
    }));
    const w = await t.call('forecasts.series', { points: weeks, horizon: 4 });
    expect(w.frequency).toBe('week');
    expect(w.quantiles.map((q) => q.date)).toEqual(['2023-05-14', '2023-05-21', '2023-05-28', '2023-06-04']);
  });

  it('stays finite on gaps, zeros and spikes, and says when history is too short', async () => {
    const points = Array.from({ length: 40 }, (_, i) => ({
      date: addDays('2025-03-01', i * (i % 5 === 0 ? 2 : 1)),
      value: i % 9 === 0 ? 0 : i % 13 === 0 ? 1e9 : 100 + i,
    })).filter((p, i, all) => all.findIndex((q) => q.date === p.date) === i);
    const out = await t.call('forecasts.series', { points, horizon: 30 });
    for (const q of out.quantiles) {
      for (const v of [q.p10, q.p50, q.p90]) expect(Number.isFinite(v)).toBe(true);
      expect(q.p10).toBeLessThanOrEqual(q.p50);
      expect(q.p50).toBeLessThanOrEqual(q.p90);
    }
    const short = await t.call('forecasts.series', { points: points.slice(0, 7), horizon: 5 });
    expect(short).toMatchObject({ insufficientHistory: true, method: 'none', quantiles: [] });
  });

  it.each([
    ['a horizon over 365', { horizon: 366 }, ['horizon']],
    ['a horizon below 1', { horizon: 0 }, ['horizon']],
    ['a fractional horizon', { horizon: 1.5 }, ['horizon']],
    ['a negative value', { points: [{ date: '2025-01-01', value: -1 }] }, ['points', 0, 'value']],
    ['a non-numeric value', { points: [{ date: '2025-01-01', value: 'many' }] }, ['points', 0, 'value']],
    ['an invalid date', { points: [{ date: '2025-02-30', value: 1 }] }, ['points', 0, 'date']],
    [
      'a duplicated date',
      {
        points: [
          { date: '2025-01-01', value: 1 },
          { date: '2025-01-01', value: 2 },
        ],
      },
      ['points', 1, 'date'],
    ],
    ['an unknown frequency', { frequency: 'month' }, ['frequency']],
  ])('rejects %s with a field-named message', async (_label, patch, path) => {
    const err = await t.fail('forecasts.series', {
      points: [{ date: '2025-01-01', value: 1 }],
      horizon: 7,
      ...patch,
    });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path).toEqual(path);
  });
});

describe('forecasts.run, list and accuracy', () => {
  it('forecasts an account from its history, stores the run with inputs, method and parameters', async () => {
    await importDays('2025-06-01', 60);
    const run = await t.call('forecasts.run', { accountId: s.brandId, metric: 'views', horizon: 7 });
    expect(run).toMatchObject({ insufficientHistory: true, quantiles: [], historyPoints: 0 });
    expect(run.parameters.notes[0]).toContain('at least 8');

    const views = await t.call('forecasts.run', { accountId: s.storeId, metric: 'views', horizon: 14 });
    expect(views).toMatchObject({
      frequency: 'day',
      horizon: 14,
      historyEnd: '2025-07-30',
      insufficientHistory: false,
    });
    expect(views.id).not.toBeNull();
    expect(views.quantiles[0]!.date).toBe('2025-07-31');
    expect(views.parameters.diagnostics?.candidates.length).toBeGreaterThan(1);
    // The weekly rhythm carries into the forecast: Saturdays above Mondays.
    const byDow = (dow: number) =>
      views.quantiles.find((q) => new Date(`${q.date}T00:00:00Z`).getUTCDay() === dow)!.p50;
    expect(byDow(6)).toBeGreaterThan(byDow(1));

    const gmv = await t.call('forecasts.run', { accountId: s.storeId, metric: 'gmv', horizon: 7 });
    expect(gmv.method).toMatch(/^views×GPM\(/);
    expect(gmv.parameters.gpm!.p50).toBeGreaterThan(900);
    expect(gmv.parameters.gpm!.p50).toBeLessThan(1100);

    const engagement = await t.call('forecasts.run', {
      accountId: s.storeId,
      metric: 'engagement',
      horizon: 7,
      save: false,
    });
    expect(engagement.id).toBeNull();
    expect(engagement.quantiles[0]!.p50).toBeGreaterThan(300);

    const listed = await t.call('forecasts.list', { accountId: s.storeId });
    expect(listed.items.map((r) => r.metric).sort()).toEqual(['gmv', 'views']);
    expect((await t.call('forecasts.list', { workspaceId: s.workspaceId })).total).toBe(3);
    const row = t.backend.context.db
      .prepare('SELECT inputs_json, parameters_json FROM forecast_runs WHERE id = ?')
      .get(views.id) as {
      inputs_json: string;
      parameters_json: string;
    };
    expect(JSON.parse(row.inputs_json).points).toHaveLength(60);
    expect(JSON.parse(row.parameters_json).diagnostics.origins).toBeGreaterThan(0);
  });

  it('compares stored runs with the actuals imported later: MASE against naive and 80% coverage', async () => {
    await importDays('2025-06-01', 56);
    const run = await t.call('forecasts.run', { accountId: s.storeId, metric: 'views', horizon: 14 });
    let accuracy = await t.call('forecasts.accuracy', { accountId: s.storeId });
    expect(accuracy.overall).toEqual({ evaluated: 0, mase: null, maseNaive: null, coverage80: null });

    await importDays('2025-07-27', 10, { from: 56 });
    accuracy = await t.call('forecasts.accuracy', { accountId: s.storeId });
    expect(accuracy.runs).toHaveLength(1);
    const scored = accuracy.runs[0]!;
    expect(scored).toMatchObject({ runId: run.id, evaluated: 10 });
    expect(scored.points).toHaveLength(10);
    expect(scored.coverage80).toBeGreaterThanOrEqual(0);
    expect(scored.coverage80).toBeLessThanOrEqual(1);
    expect(scored.mase).toBeGreaterThan(0);
    expect(scored.maseNaive).toBeGreaterThan(0);
    // Naive ignores the weekly rhythm; the engine does not.
    expect(scored.mase!).toBeLessThan(scored.maseNaive!);
    expect(accuracy.overall.evaluated).toBe(10);

    await t.call('forecasts.delete', { id: run.id! });
    expect((await t.call('forecasts.accuracy', { accountId: s.storeId })).runs).toEqual([]);
    expect((await t.fail('forecasts.delete', { id: run.id! })).code).toBe('not_found');
  });

  it('rejects bad run input, naming the field, and stores nothing', async () => {
    await importDays('2025-06-01', 20);
    const before = snapshotTables(t.backend);
    expect(
      (await t.fail('forecasts.run', { accountId: s.storeId, metric: 'views', horizon: 400 })).issues?.[0]
        ?.path,
    ).toEqual(['horizon']);
    expect(
      (await t.fail('forecasts.run', { accountId: s.storeId, metric: 'views', horizon: 0 })).issues?.[0]
        ?.path,
    ).toEqual(['horizon']);
    expect(
      (await t.fail('forecasts.run', { accountId: s.storeId, metric: 'likes', horizon: 7 })).issues?.[0]
        ?.path,
    ).toEqual(['metric']);
    expect((await t.fail('forecasts.run', { accountId: 'nope', metric: 'views', horizon: 7 })).code).toBe(
      'not_found',
    );
    expect((await t.fail('forecasts.list', {})).issues?.[0]?.path).toEqual(['accountId']);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('adds planned content to the forecast, scaled by its match with the account', async () => {
    await importDays('2025-06-01', 60);
    await setSkincareAudience();
    // Per-post results for three published videos…
    await importPublishedVideos();

    // …and one planned, well-matched video three days out, and one archived (off the plan: it adds nothing).
    const archived = await planVideo('已归档的种草', '2025-08-03T20:00:00+08:00', { tags: ['护肤'] });
    await t.call('content.archive', { id: archived.id, revision: archived.revision });
    await t.call('content.create', {
      workspaceId: s.workspaceId,
      accountId: s.storeId,
      title: '新品精华种草',
      format: 'short_video',
      objective: 'seed',
      plannedAt: '2025-08-02T20:00:00+08:00',
      tags: ['护肤'],
    });
    const withPlan = await t.call('forecasts.run', {
      accountId: s.storeId,
      metric: 'views',
      horizon: 7,
      save: false,
    });
    const without = await t.call('forecasts.run', {
      accountId: s.storeId,
      metric: 'views',
      horizon: 7,
      includePlanned: false,
      save: false,
    });
    expect(withPlan.planned).toHaveLength(1);
    expect(withPlan.planned[0]).toMatchObject({ title: '新品精华种草', date: '2025-08-02' });
    expect(withPlan.parameters.perPost).toMatchObject({ p50: 30_000, posts: 3 });
    const day = (run: typeof without) => run.quantiles.find((q) => q.date === '2025-08-02')!.p50;
    expect(day(withPlan)).toBeGreaterThan(day(without));
  });

  it('scores planned content by its linked products’ tags as well as its own (read in set queries)', async () => {
    const serum = await storeWithHistoryAndProduct({
      name: '精华',
      sku: 'SERUM-1',
      price: 199,
      tags: ['护肤'],
    });
    await planVideo('只挂商品', '2025-08-02T20:00:00+08:00', { productIds: [serum.id] });
    await planVideo('只带标签', '2025-08-03T20:00:00+08:00', { tags: ['护肤'] });
    await planVideo('什么都没有', '2025-08-04T20:00:00+08:00', {});
    const run = await t.call('forecasts.run', {
      accountId: s.storeId,
      metric: 'views',
      horizon: 7,
      save: false,
    });
    const byTitle = Object.fromEntries(run.planned.map((p) => [p.title, p.match]));
    expect(byTitle['只挂商品']).not.toBeNull();
    expect(byTitle['只挂商品']).toBe(byTitle['只带标签']);
    expect(byTitle['什么都没有']).toBeNull();
  });

  it('gives the same planned lift as before the reads were narrowed (window edges, products, cancelled)', async () => {
    const lipstick = await storeWithHistoryAndProduct({
      name: '口红',
      sku: 'LIP-1',
      price: 99,
      tags: ['彩妆', '护肤'],
    });
    // The horizon is 31 July – 6 August in Shanghai time; the first and the last item sit on its edges,
    // on the other side of them in UTC.
    await planVideo('首日凌晨', '2025-07-31T00:30:00+08:00', { productIds: [lipstick.id] });
    await planVideo('标签', '2025-08-02T20:00:00+08:00', { tags: ['彩妆'] });
    await planVideo('已取消', '2025-08-03T20:00:00+08:00', { tags: ['护肤'], status: 'cancelled' });
    await planVideo('窗口外次日凌晨', '2025-08-07T00:30:00+08:00', { tags: ['护肤'] });
    await planVideo('过去的想法', '2025-07-20T20:00:00+08:00', { tags: ['护肤'] });
    const run = await t.call('forecasts.run', {
      accountId: s.storeId,
      metric: 'views',
      horizon: 7,
      save: false,
    });
    const pick = ({ title, date, match, factor, p50 }: (typeof run.planned)[number]) => ({
      title,
      date,
      match,
      factor,
      p50,
    });
    expect({
      planned: run.planned.map(pick),
      perPost: run.parameters.perPost,
      quantiles: run.quantiles,
    }).toMatchSnapshot();
  });

  it('the sample has a stored GMV forecast per sales account, one of them already scored', async () => {
    const sample = await t.call('workspaces.loadSample', {});
    const accounts = await t.call('accounts.list', { workspaceId: sample.id });
    for (const account of accounts.filter((a) => a.role === 'sales')) {
      const runs = (await t.call('forecasts.list', { accountId: account.id })).items;
      expect(runs.length).toBeGreaterThanOrEqual(2);
      expect(runs.every((r) => r.metric === 'gmv' && r.quantiles.length > 0)).toBe(true);
      const accuracy = await t.call('forecasts.accuracy', { accountId: account.id });
      expect(accuracy.overall.evaluated).toBe(28);
    }
  });
});
