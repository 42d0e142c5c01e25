import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { addBrandWithStore } from '../support/brandWithStore';

const { t, s } = freshSetupEachTest(addBrandWithStore);

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/live', name)).toString('base64');
const b64 = (text: string) => Buffer.from(`\uFEFF${text}`).toString('base64');

async function importFixture(name: string, extra: Record<string, unknown> = {}) {
  const input = { workspaceId: s.workspaceId, fileName: name, base64: fixture(name), ...extra };
  const preview = await t.call('liveSessions.importPreview', input);
  const result = await t.call('liveSessions.importCommit', input);
  return { preview, result };
}

describe('live session import', () => {
  it('reads zh headers with full-width brackets, 万, percent text and 2小时15分 (UTF-8 with BOM)', async () => {
    const { preview, result } = await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    expect(preview.encoding).toBe('utf-8-bom');
    expect(preview.errors).toEqual([]);
    expect(preview.mapping).toMatchObject({
      exposureUsers: '直播间曝光人数（人）',
      viewers: '直播间进入人数（人）',
      views: '直播间观看次数（次）',
      gmv: '成交金额（元）',
      'traffic.recommendFeed': '推荐feed',
    });
    expect(preview.rows[0]).toMatchObject({
      action: 'insert',
      roomId: s.storeId,
      startedAt: '2025-08-01T12:00:00.000Z',
      endedAt: '2025-08-01T14:15:00.000Z',
    });
    expect(preview.rows[0]!.values).toMatchObject({
      exposureUsers: 105_000,
      viewers: 12_600,
      avgWatchSeconds: 92,
      gmv: 38_760.5,
      refund: 2_130,
      adSpend: 6_500,
    });
    expect(result).toMatchObject({ inserted: 4, updated: 0, skipped: 0 });

    const first = await t.call('liveSessions.get', { sessionId: result.sessionIds[0]! });
    expect(first).toMatchObject({
      roomType: 'account',
      roomLabel: '旗舰店',
      slot: 'evening',
      durationSeconds: 8100,
    });
    expect(first.traffic).toMatchObject({ recommendFeed: 48.5, qianchuan: 12, otherNatural: 2 });
    // 1,147 ÷ 8,190 商品点击率; 38,760.50 ÷ 15,800 × 1,000 GPM (观看次数 basis)
    expect(first.metrics.productClickRate).toBeCloseTo((1147 / 8190) * 100, 9);
    expect(first.metrics.gpm).toBeCloseTo((38_760.5 / 15_800) * 1000, 9);
    expect(first.metrics.roi).toBeCloseTo(38_760.5 / 6_500, 9);
  });

  it('upserts: importing the same export again updates the sessions instead of adding them', async () => {
    await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    const again = await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    expect(again.preview).toMatchObject({ inserts: 0, updates: 4 });
    expect(again.result).toMatchObject({ inserted: 0, updated: 4 });
    expect((await t.call('liveSessions.list', { workspaceId: s.workspaceId })).total).toBe(4);
  });

  it('reads a GBK export with ASCII brackets, 观看 wording, a room column and durations without end times', async () => {
    const { preview, result } = await importFixture('sessions-zh-gbk.csv');
    expect(preview.encoding).toBe('gbk');
    expect(preview.errors).toEqual([]);
    expect(preview.mapping).toMatchObject({
      room: '账号',
      viewers: '直播间观看人数(人数)',
      duration: '直播时长',
    });
    expect(preview.rows.map((r) => [r.roomId, r.startedAt, r.endedAt, r.values.exposureUsers])).toEqual([
      [s.storeId, '2025-08-05T04:00:00.000Z', '2025-08-05T06:15:00.000Z', 31_000],
      [s.storeId, '2025-08-06T04:00:00.000Z', '2025-08-06T05:45:00.000Z', 28_000],
    ]);
    expect(result.inserted).toBe(2);
    const live = await t.call('liveSessions.get', { sessionId: result.sessionIds[0]! });
    expect(live.slot).toBe('afternoon');
    expect(live.values.avgWatchSeconds).toBe(75);
    // Columns the export does not have are "not available", never 0.
    expect(live.values.comments).toBeNull();
    expect(live.metrics.interactionRate).toBeNull();
    expect(live.metrics.refundRate).toBeNull();
  });

  it('reads English headers with a duration in minutes', async () => {
    const { preview, result } = await importFixture('sessions-en.csv');
    expect(preview.errors).toEqual([]);
    expect(preview.mapping).toMatchObject({
      room: 'Account',
      viewers: 'Viewers',
      gmv: 'GMV',
      duration: 'Duration (min)',
    });
    expect(result.inserted).toBe(1);
    const live = await t.call('liveSessions.get', { sessionId: result.sessionIds[0]! });
    expect(live).toMatchObject({ roomId: s.storeId, durationSeconds: 7200 });
    expect(live.metrics.viewersPerHour).toBeCloseTo(11_500 / 2, 9);
  });

  it('reads an XLSX workbook with date cells and fractional shares', async () => {
    const { preview, result } = await importFixture('sessions.xlsx');
    expect(preview.format).toBe('xlsx');
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ roomId: s.storeId, startedAt: '2025-08-08T12:00:00.000Z' });
    expect(result.inserted).toBe(2);
    const live = await t.call('liveSessions.get', { sessionId: result.sessionIds[0]! });
    expect(live.traffic).toEqual({ recommendFeed: 48.5, qianchuan: 12 });
  });

  it('flags impossible funnels per row and column, stores nothing, and commits only the good row when asked', async () => {
    const before = snapshotTables(t.backend);
    const input = {
      workspaceId: s.workspaceId,
      fileName: 'sessions-bad.csv',
      base64: fixture('sessions-bad.csv'),
      accountId: s.storeId,
    };
    const preview = await t.call('liveSessions.importPreview', input);
    expect(preview).toMatchObject({ totalRows: 5, errorRows: 4, validRows: 1, inserts: 1 });
    expect(preview.errors.map((e) => [e.rowNumber, e.field, e.code])).toEqual([
      [2, 'viewers', 'row.liveFunnelImpossible'],
      [3, 'buyers', 'row.liveFunnelImpossible'],
      [4, 'endedAt', 'row.liveEndBeforeStart'],
      [5, 'exposureUsers', 'count.negative'],
    ]);
    expect(preview.errors[0]).toMatchObject({
      column: '直播间观看人数',
      params: { value: 5000, otherValue: 1000 },
    });

    const refused = await t.fail('liveSessions.importCommit', input);
    expect(refused).toMatchObject({
      code: 'invalid_state',
      reason: 'liveSessions.rowsHaveErrors',
      params: { count: 4 },
    });
    expect(snapshotTables(t.backend)).toEqual(before);

    const result = await t.call('liveSessions.importCommit', { ...input, skipInvalidRows: true });
    expect(result).toMatchObject({ inserted: 1, skipped: 4 });
  });

  it('refuses a session overlapping a stored session of the same room, naming both', async () => {
    await importFixture('sessions-en.csv');
    const before = snapshotTables(t.backend);
    const text = [
      '账号,直播开始时间,直播结束时间,直播间观看人数',
      'brand_store,2025-08-07 21:00,2025-08-07 23:00,500',
    ].join('\r\n');
    const input = { workspaceId: s.workspaceId, fileName: 'late.csv', base64: b64(text) };
    const preview = await t.call('liveSessions.importPreview', input);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]).toMatchObject({
      rowNumber: 2,
      field: 'startedAt',
      code: 'row.liveSessionOverlap',
      params: { other: '2025-08-07T12:00:00.000Z–2025-08-07T14:00:00.000Z' },
    });
    expect(preview.errors[0]!.value).toBe('2025-08-07T13:00:00.000Z');
    await t.fail('liveSessions.importCommit', input);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('refuses overlapping rows within one file and rows of brand-building accounts', async () => {
    const text = [
      '账号,直播开始时间,直播结束时间,直播间观看人数',
      'brand_store,2025-08-10 20:00,2025-08-10 22:00,500',
      'brand_store,2025-08-10 21:00,2025-08-10 23:00,600',
      'brand_official,2025-08-10 20:00,2025-08-10 22:00,700',
      'nobody,2025-08-10 20:00,2025-08-10 22:00,700',
    ].join('\r\n');
    const preview = await t.call('liveSessions.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'x.csv',
      base64: b64(text),
    });
    expect(preview.errors.map((e) => [e.rowNumber, e.code, e.params])).toEqual([
      [3, 'row.liveSessionOverlapRow', { row: 2 }],
      [4, 'row.liveBrandAccount', { text: 'brand_official' }],
      [5, 'row.unknownRoom', { text: 'nobody' }],
    ]);
    const err = await t.fail('liveSessions.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'x.csv',
      base64: b64(text),
      accountId: s.brandId,
    });
    expect(err).toMatchObject({ code: 'invalid_input', reason: 'liveSessions.brandAccount' });
  });

  it('asks for a room when the file has no room column and none is chosen', async () => {
    const err = await t.fail('liveSessions.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'sessions-zh-fullwidth.csv',
      base64: fixture('sessions-zh-fullwidth.csv'),
    });
    expect(err).toMatchObject({ code: 'invalid_input', issues: [{ path: ['mapping', 'room'] }] });
  });

  it('attaches sessions to a creator (达播) and links the planned live item whose time overlaps', async () => {
    const creator = await t.call('creators.create', {
      workspaceId: s.workspaceId,
      platform: 'douyin',
      handle: 'xiaolu_live',
      displayName: '小鹿直播间',
      followers: 356_000,
    });
    const planned = await t.call('content.create', {
      workspaceId: s.workspaceId,
      accountId: s.storeId,
      title: '周四晚场自播',
      format: 'live',
      objective: 'self_broadcast',
      plannedAt: '2025-08-07T19:30:00+08:00',
      durationMinutes: 150,
    });
    const own = await importFixture('sessions-en.csv');
    expect(own.result.linkedToPlan).toBe(1);
    const live = await t.call('liveSessions.get', { sessionId: own.result.sessionIds[0]! });
    expect(live).toMatchObject({ contentId: planned.id, contentTitle: '周四晚场自播' });

    const text = [
      '直播开始时间,直播结束时间,直播间观看人数,成交金额',
      '2025-08-07 20:00,2025-08-07 22:00,9000,12000',
    ].join('\r\n');
    const byCreator = await importFixtureText(text, { creatorId: creator.id });
    const c = await t.call('liveSessions.get', { sessionId: byCreator.sessionIds[0]! });
    expect(c).toMatchObject({
      roomType: 'creator',
      roomId: creator.id,
      roomLabel: '小鹿直播间',
      contentId: null,
    });

    const links = await t.call('liveSessions.links', { workspaceId: s.workspaceId });
    expect(links.byContent).toEqual([{ contentId: planned.id, sessionId: live.id }]);
  });

  it('never links a session to an archived planned live: the overlapping live still in the plan is taken', async () => {
    const plan = (title: string, plannedAt: string, durationMinutes: number) =>
      t.call('content.create', {
        workspaceId: s.workspaceId,
        accountId: s.storeId,
        title,
        format: 'live',
        objective: 'self_broadcast',
        plannedAt,
        durationMinutes,
      });
    // The session (20:00–22:00) shares 2 h with the dropped plan and 1 h with the kept one.
    // The dropped plan is archived before the new one is planned (a live room runs one session at a time).
    const dropped = await plan('旧版晚场（已放弃）', '2025-08-07T19:30:00+08:00', 150);
    await t.call('content.archive', { id: dropped.id, revision: dropped.revision });
    const kept = await plan('晚场下半场', '2025-08-07T21:00:00+08:00', 120);

    const own = await importFixture('sessions-en.csv');
    expect(own.result.linkedToPlan).toBe(1);
    const live = await t.call('liveSessions.get', { sessionId: own.result.sessionIds[0]! });
    expect(live).toMatchObject({ contentId: kept.id, contentTitle: '晚场下半场' });

    // With the kept one archived too, nothing in the plan ran it: the session stands alone.
    const keptNow = await t.call('content.get', { id: kept.id });
    await t.call('content.archive', { id: kept.id, revision: keptNow.revision });
    const again = await importFixtureText(
      [
        '直播开始时间,直播结束时间,直播间观看人数,成交金额',
        '2025-08-07 22:00,2025-08-07 22:45,9000,12000',
      ].join('\r\n'),
      { accountId: s.storeId },
    );
    expect(again.linkedToPlan).toBe(0);
    const alone = await t.call('liveSessions.get', { sessionId: again.sessionIds[0]! });
    expect(alone.contentId).toBeNull();
  });
});

async function importFixtureText(text: string, extra: Record<string, unknown>) {
  return t.call('liveSessions.importCommit', {
    workspaceId: s.workspaceId,
    fileName: 'x.csv',
    base64: b64(text),
    ...extra,
  });
}

describe('live session diagnosis', () => {
  it('names the weakest funnel step first against the room’s own P50 of earlier sessions in its slot', async () => {
    const { result } = await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    const d = await t.call('liveSessions.diagnose', { sessionId: result.sessionIds[3]! });
    expect(d.benchmarkSessions).toBe(3);
    const click = d.metrics.find((m) => m.metric === 'productClickRate')!;
    // Earlier sessions: 1,147/8,190, 1,083/7,740, 1,255/8,710 → median 1,147/8,190 = 14.005%
    expect(click.own!.p50).toBeCloseTo((1147 / 8190) * 100, 9);
    expect(click.value).toBeCloseTo((520 / 8650) * 100, 9);
    expect(click.band).toBe('improve');
    expect(d.findings[0]).toMatchObject({ metric: 'productClickRate', basis: 'own', isFunnelStep: true });
    expect(d.findings.filter((f) => f.isFunnelStep).map((f) => f.metric)).toEqual(['productClickRate']);
    // The usual mix is the viewer-weighted mean of the three earlier sessions.
    const feed = (48.5 * 12_600 + 47.9 * 11_900 + 49.2 * 13_400) / (12_600 + 11_900 + 13_400);
    expect(d.traffic.usual.recommendFeed).toBeCloseTo(feed, 9);
    expect(d.traffic.session.recommendFeed).toBe(50.1);

    // The first session has no history: nothing to compare with, so no findings and no bands.
    const first = await t.call('liveSessions.diagnose', { sessionId: result.sessionIds[0]! });
    expect(first.benchmarkSessions).toBe(0);
    expect(first.findings).toEqual([]);
    expect(first.metrics.every((m) => m.band === null)).toBe(true);
  });

  it('works the slots out again when the workspace time zone changes', async () => {
    const { result } = await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    // 20:00 in Shanghai is 12:00 UTC: 午场 once the workspace keeps UTC.
    await t.call('workspaces.update', { id: s.workspaceId, timeZone: 'UTC' });
    expect((await t.call('liveSessions.get', { sessionId: result.sessionIds[0]! })).slot).toBe('afternoon');
    expect(
      (await t.call('liveSessions.diagnose', { sessionId: result.sessionIds[3]! })).benchmarkSessions,
    ).toBe(3);
  });

  it('falls back to typed-in peer values, and refuses an excellent value worse than the median', async () => {
    const { result } = await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    const before = snapshotTables(t.backend);
    const err = await t.fail('benchmarks.set', {
      roomId: s.storeId,
      values: [{ metric: 'productClickRate', p50: 10, p75: 8 }],
    });
    expect(err).toMatchObject({ code: 'invalid_input', issues: [{ path: ['values', 0, 'p75'] }] });
    expect(snapshotTables(t.backend)).toEqual(before);

    await t.call('benchmarks.set', {
      roomId: s.storeId,
      values: [
        { metric: 'productClickRate', p50: 12, p75: 16 },
        { metric: 'refundRate', p50: 8, p75: 5 },
      ],
    });
    const first = await t.call('liveSessions.diagnose', { sessionId: result.sessionIds[0]! });
    const click = first.metrics.find((m) => m.metric === 'productClickRate')!;
    expect(click).toMatchObject({ basis: 'peer', band: 'good', peer: { p50: 12, p75: 16 } });

    const got = await t.call('benchmarks.get', { roomId: s.storeId, slot: 'evening' });
    expect(got.sessions).toBe(4);
    expect(got.metrics.find((m) => m.metric === 'refundRate')).toMatchObject({ peer: { p50: 8, p75: 5 } });
    const cleared = await t.call('benchmarks.set', {
      roomId: s.storeId,
      values: [{ metric: 'refundRate', p50: null, p75: null }],
    });
    expect(cleared).toMatchObject({ saved: 0, cleared: 1 });
  });

  it('compares two sessions, gives a trend oldest first, pages the list and deletes', async () => {
    const { result } = await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    const [a, , , d] = result.sessionIds;
    const cmp = await t.call('liveSessions.compare', { sessionIdA: a!, sessionIdB: d! });
    expect(cmp.delta.productClickRate).toBeCloseTo((520 / 8650 - 1147 / 8190) * 100, 9);

    const trend = await t.call('liveSessions.trend', { roomId: s.storeId, limit: 30 });
    expect(trend.points.map((p) => p.startedAt)).toEqual([
      '2025-08-01T12:00:00.000Z',
      '2025-08-02T12:00:00.000Z',
      '2025-08-03T12:00:00.000Z',
      '2025-08-04T12:00:00.000Z',
    ]);

    const upToThird = await t.call('liveSessions.trend', {
      roomId: s.storeId,
      upTo: '2025-08-03T20:00:00+08:00',
      slot: 'evening',
    });
    expect(upToThird.points).toHaveLength(3);
    expect((await t.call('liveSessions.trend', { roomId: s.storeId, slot: 'afternoon' })).points).toEqual([]);

    const page1 = await t.call('liveSessions.list', { workspaceId: s.workspaceId, limit: 3 });
    expect(page1).toMatchObject({ total: 4 });
    expect(page1.nextCursor).not.toBeNull();
    expect(page1.items[0]!.startedAt).toBe('2025-08-04T12:00:00.000Z');
    const page2 = await t.call('liveSessions.list', {
      workspaceId: s.workspaceId,
      limit: 3,
      cursor: page1.nextCursor!,
    });
    expect(page2).toMatchObject({ nextCursor: null });
    expect(page2.items).toHaveLength(1);

    expect(await t.call('liveSessions.delete', { sessionId: d! })).toEqual({ sessionId: d, deleted: true });
    expect((await t.fail('liveSessions.get', { sessionId: d! })).code).toBe('not_found');
  });

  it('gives each sales account its last session’s GPM band in one call', async () => {
    await importFixture('sessions-zh-fullwidth.csv', { accountId: s.storeId });
    const links = await t.call('liveSessions.links', { workspaceId: s.workspaceId });
    expect(links.latestByAccount).toHaveLength(1);
    expect(links.latestByAccount[0]).toMatchObject({ accountId: s.storeId, band: 'improve' });
    expect(links.latestByAccount[0]!.gpm).toBeCloseTo((17_300 / 16_200) * 1000, 9);
  });
});

describe('live session bad input', () => {
  it('names the field with a translatable code', async () => {
    const [a, b] = [
      await t.fail('liveSessions.compare', { sessionIdA: 'x', sessionIdB: 'x' }),
      await t.fail('benchmarks.set', { roomId: s.storeId, values: [{ metric: 'gpm', p50: 800, p75: null }] }),
    ];
    expect(a.issues).toMatchObject([{ path: ['sessionIdB'], code: 'liveSessions.sameSession' }]);
    expect(b.issues).toMatchObject([{ path: ['values', 0, 'p75'], code: 'liveSessions.peerBoth' }]);
    const c = await t.fail('liveSessions.list', { workspaceId: s.workspaceId, cursor: 'abc' });
    expect(c.issues).toMatchObject([{ path: ['cursor'], code: 'paging.badCursor' }]);
  });
});
