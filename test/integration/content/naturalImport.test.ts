import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/backend';
import { naturalPlanHeaders, naturalPlanMapping } from '../../support/naturalPlan';
import { between, setupPlan, type Plan } from './setup';

/** A plan as a marketer writes it by hand (test/support/naturalPlan.ts): the time apart, dates without a year. */
const ROWS: (string | number)[][] = [
  [
    '2026-12-22',
    '20:00',
    '青柠旗舰店',
    '双12返场直播',
    '直播',
    '自播',
    120,
    'LM-TEA-500',
    '小王',
    '开场福利',
  ],
  ['12月23日', '10:00', '青柠官方号', '冬日热饮种草', '短视频', '种草', '', '', '小李', '拍外景'],
  ['12/28', '晚上8点', '@lime_store', '年末清仓直播', '直播', '转化', '90分钟', '青柠礼盒 12 瓶', '小王', ''],
  ['1月3日', '12:00', '青柠官方号', '新年第一杯', '图文', '品牌故事', '', '', '小李', ''],
];
const b64 = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');
const naturalCsv = (rows = ROWS) => b64([naturalPlanHeaders, ...rows].map((r) => r.join(',')).join('\r\n'));

async function naturalXlsx(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('排期');
  sheet.addRow(naturalPlanHeaders);
  // As Excel stores them: a real date cell (wall time in the UTC fields), a time as a fraction of a day.
  sheet.addRow([new Date(Date.UTC(2026, 11, 22)), 20 / 24, ...ROWS[0]!.slice(2)]);
  for (const row of ROWS.slice(1)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

describe('content import of a plan written naturally', () => {
  it.each([
    ['plan.csv', () => Promise.resolve(naturalCsv())],
    ['plan.xlsx', naturalXlsx],
  ])('%s previews with no problem, times joined to dates and years inferred', async (fileName, make) => {
    const preview = await p.t.call('content.importPreview', {
      workspaceId: p.workspaceId,
      fileName,
      base64: await make(),
    });
    expect(preview.missingFields).toEqual([]);
    expect(preview.unmapped).toEqual([]);
    expect(preview.mapping).toMatchObject(naturalPlanMapping);
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(preview.counts).toMatchObject({ total: 4, valid: 4, invalid: 0, create: 4 });
    // Shanghai is UTC+8; 12/28 and 1月3日 have no year: nearest the file's 2026-12-22 is 2026, then 2027.
    expect(preview.rows.map((r) => r.values.plannedAt)).toEqual([
      '2026-12-22T12:00:00.000Z',
      '2026-12-23T02:00:00.000Z',
      '2026-12-28T12:00:00.000Z',
      '2027-01-03T04:00:00.000Z',
    ]);
    expect(preview.rows[0]?.values).toMatchObject({
      accountId: p.store,
      format: 'live',
      durationMinutes: 120,
      productIds: [p.tea],
      owner: '小王',
      brief: '开场福利',
    });
    expect(preview.rows[2]?.values).toMatchObject({ durationMinutes: 90, productIds: [p.gift] });
    expect(preview.notes).toEqual([
      expect.objectContaining({ code: 'note.yearAssumed', params: { year: 2026, count: 2, rows: '3, 4' } }),
      expect.objectContaining({ code: 'note.yearAssumed', params: { year: 2027, count: 1, rows: '5' } }),
    ]);

    const result = await p.t.call('content.importCommit', {
      workspaceId: p.workspaceId,
      fileName,
      base64: await make(),
    });
    expect(result).toMatchObject({ total: 4, created: 4, skipped: 0 });
    const stored = (await p.t.call('content.list', between(p, '2026-12-01', '2027-01-31'))).items;
    expect(stored.map((i) => [i.title, i.plannedAt]).sort()).toEqual([
      ['冬日热饮种草', '2026-12-23T02:00:00.000Z'],
      ['双12返场直播', '2026-12-22T12:00:00.000Z'],
      ['年末清仓直播', '2026-12-28T12:00:00.000Z'],
      ['新年第一杯', '2027-01-03T04:00:00.000Z'],
    ]);
  });

  it('says when rows are left at 00:00 because no column gives their time', async () => {
    const preview = await p.t.call('content.importPreview', {
      workspaceId: p.workspaceId,
      fileName: 'plan.csv',
      base64: naturalCsv(),
      mapping: { plannedTime: null },
    });
    expect(preview.unmapped).toEqual(['时间']);
    expect(preview.rows[1]?.values.plannedAt).toBe('2026-12-22T16:00:00.000Z');
    expect(preview.notes).toContainEqual(
      expect.objectContaining({ code: 'note.dateOnly', params: { count: 4, rows: '2, 3, 4, 5' } }),
    );
  });

  it('names the time cell a row cannot use, and a refused commit changes nothing', async () => {
    const rows = ROWS.map((r) => [...r]);
    rows[1]![1] = '午饭后';
    rows[2]![0] = '2026-12-28 21:00'; // the date says 21:00, the time column 晚上8点
    const base64 = naturalCsv(rows);
    const preview = await p.t.call('content.importPreview', {
      workspaceId: p.workspaceId,
      fileName: 'plan.csv',
      base64,
    });
    expect(preview.rows.map((r) => r.errors.map((e) => [e.field, e.code]))).toEqual([
      [],
      [['plannedTime', 'date.invalidTime']],
      [['plannedTime', 'row.timeTwice']],
      [],
    ]);
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.importCommit', {
      workspaceId: p.workspaceId,
      fileName: 'plan.csv',
      base64,
    });
    expect(err).toMatchObject({ code: 'invalid_input', reason: 'importFile.rowsHaveErrors' });
    expect(err.issues?.[0]?.path).toEqual(['rows', 3, 'plannedTime']);
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('plans a live written as a slot (20:00-22:00) for the slot’s length, unless its duration says otherwise', async () => {
    const base64 = b64(
      [
        '日期,时间,发布账号,内容标题,类型,目的,直播时长',
        '2026-12-22,20:00-22:00,青柠旗舰店,晚场自播,直播,自播,',
        '2026-12-23,20:00-22:00,青柠旗舰店,次日晚场,直播,自播,90',
        '2026-12-24,12:00-12:30,青柠官方号,午间种草,短视频,种草,',
      ].join('\r\n'),
    );
    const input = { workspaceId: p.workspaceId, fileName: 'slots.csv', base64 };
    const preview = await p.t.call('content.importPreview', input);
    expect(preview.rows.map((r) => [r.values.plannedAt, r.values.durationMinutes])).toEqual([
      ['2026-12-22T12:00:00.000Z', 120],
      ['2026-12-23T12:00:00.000Z', 90],
      ['2026-12-24T04:00:00.000Z', null],
    ]);
    expect(preview.rows.map((r) => r.errors.map((e) => [e.field, e.code, e.params]))).toEqual([
      [],
      [['durationMinutes', 'row.durationTwice', { slot: 120, duration: 90 }]],
      [],
    ]);
    const result = await p.t.call('content.importCommit', { ...input, skipInvalid: true });
    expect(result).toMatchObject({ created: 2 });
    const lives = await p.t.call('content.list', {
      ...between(p, '2026-12-22T00:00:00+08:00', '2026-12-23T00:00:00+08:00'),
      formats: ['live'],
    });
    expect(lives.items.map((i) => [i.title, i.plannedEndAt])).toEqual([
      ['晚场自播', '2026-12-22T14:00:00.000Z'],
    ]);
  });

  it('reads 发布时间 as when to publish: the planned time, or its time of day beside 发布日期', async () => {
    const file = (lines: string[]) => ({
      workspaceId: p.workspaceId,
      fileName: 'plan.csv',
      base64: b64(lines.join('\r\n')),
    });
    const alone = await p.t.call(
      'content.importPreview',
      file(['发布时间,发布账号,内容标题,类型,目的', '2026-12-22 20:00,青柠官方号,冬日热饮种草,短视频,种草']),
    );
    expect(alone.mapping).toMatchObject({ plannedAt: '发布时间', publishedAt: null });
    expect(alone.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(alone.rows[0]?.values.plannedAt).toBe('2026-12-22T12:00:00.000Z');

    const split = file([
      '发布日期,发布时间,发布账号,内容标题,类型,目的',
      '2026-12-22,8:00 PM,青柠官方号,冬日热饮种草,短视频,种草',
      '12月23日,下午3:30,青柠官方号,新年第一杯,图文,品牌故事',
    ]);
    const preview = await p.t.call('content.importPreview', split);
    expect(preview.mapping).toMatchObject({
      plannedAt: '发布日期',
      plannedTime: '发布时间',
      publishedAt: null,
    });
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(preview.rows.map((r) => r.values.plannedAt)).toEqual([
      '2026-12-22T12:00:00.000Z',
      '2026-12-23T07:30:00.000Z',
    ]);
    expect(await p.t.call('content.importCommit', split)).toMatchObject({ created: 2 });

    // Beside a planned time (as this app's export writes it), 发布时间 stays when a published item went out.
    const exported = await p.t.call(
      'content.importPreview',
      file([
        '计划时间,发布时间,账号,标题,形式,目的,状态',
        '2026-12-24 12:00,2026-12-24 12:05,青柠官方号,已发的种草视频,短视频,种草,已发布',
      ]),
    );
    expect(exported.mapping).toMatchObject({
      plannedAt: '计划时间',
      publishedAt: '发布时间',
      plannedTime: null,
    });
    expect(exported.rows[0]?.values).toMatchObject({
      plannedAt: '2026-12-24T04:00:00.000Z',
      publishedAt: '2026-12-24T04:05:00.000Z',
    });
  });
});

describe('creators and metrics with natural headers', () => {
  it('imports a creator roster written by hand', async () => {
    const base64 = b64(
      [
        '达人昵称,抖音号,粉丝数,类目,报价,备注',
        '小鹿爱喝茶,xiaolu_tea,12.3万,美妆,"¥8,000",冬季合作',
        '阿杰测评,ajie_review,3.4w,数码,5000,',
      ].join('\r\n'),
    );
    const preview = await p.t.call('creators.importPreview', {
      workspaceId: p.workspaceId,
      fileName: 'roster.csv',
      base64,
    });
    expect(preview.unmapped).toEqual([]);
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(preview.rows[0]?.values).toMatchObject({
      displayName: '小鹿爱喝茶',
      handle: 'xiaolu_tea',
      followers: 123_000,
      rateCard: { video21to60s: 8000 },
      notes: '冬季合作',
    });
  });

  it('reads numbers in a column whose header gives its unit (播放量(万), 粉丝数(w)) in that unit', async () => {
    const metrics = await p.t.call('metrics.importPreview', {
      workspaceId: p.workspaceId,
      fileName: 'daily.csv',
      contentBase64: b64(
        [
          '日期,发布账号,播放量(万),点赞,成交金额（万元）',
          '2026-12-22（周二）,lime_store,1.2,300,0.35',
          '2026-12-23,lime_store,2.5万,120,1.5',
        ].join('\r\n'),
      ),
    });
    expect(metrics.errors).toEqual([]);
    expect(metrics.rows.map((r) => [r.date, r.values.views, r.values.likes, r.values.gmv])).toEqual([
      ['2026-12-22', 12_000, 300, 3_500],
      ['2026-12-23', 25_000, 120, 15_000],
    ]);
    expect(await p.t.call('metrics.importCommit', { sessionId: metrics.sessionId })).toMatchObject({
      inserted: 2,
    });

    const creators = await p.t.call('creators.importPreview', {
      workspaceId: p.workspaceId,
      fileName: 'roster.csv',
      base64: b64(['达人昵称,抖音号,粉丝数(w),报价(万元)', '小鹿爱喝茶,xiaolu_tea,12.3,0.8'].join('\r\n')),
    });
    expect(creators.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(creators.rows[0]?.values).toMatchObject({ followers: 123_000, rateCard: { video21to60s: 8_000 } });
  });

  it('imports daily metrics with natural headers and dates without a year', async () => {
    const base64 = b64(
      [
        '日期,发布账号,曝光,点赞,成交金额',
        '12月22日,lime_store,1.2万,300,"¥1,234.50"',
        '12月23日,lime_store,9800,120,800',
      ].join('\r\n'),
    );
    const preview = await p.t.call('metrics.importPreview', {
      workspaceId: p.workspaceId,
      fileName: 'daily.csv',
      contentBase64: base64,
    });
    expect(preview.errors).toEqual([]);
    expect(preview.unmapped).toEqual([]);
    expect(preview.mapping).toMatchObject({
      date: '日期',
      account: '发布账号',
      views: '曝光',
      gmv: '成交金额',
    });
    const year = preview.notes?.[0]?.params?.['year'];
    expect(preview.notes).toEqual([
      expect.objectContaining({
        code: 'note.yearAssumedToday',
        params: expect.objectContaining({ count: 2 }),
      }),
    ]);
    expect(preview.rows.map((r) => r.date)).toEqual([`${year}-12-22`, `${year}-12-23`]);
    const result = await p.t.call('metrics.importCommit', { sessionId: preview.sessionId });
    expect(result).toMatchObject({ inserted: 2 });
  });
});
