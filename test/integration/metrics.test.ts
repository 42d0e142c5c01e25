import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { addBrandWithStore } from '../support/brandWithStore';

const { t, s } = freshSetupEachTest(addBrandWithStore);

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const csv = (lines: string[]) => b64(`\uFEFF${lines.join('\r\n')}\r\n`);

async function importCsv(lines: string[], extra: Record<string, unknown> = {}) {
  const preview = await t.call('metrics.importPreview', {
    workspaceId: s.workspaceId,
    fileName: 'export.csv',
    contentBase64: csv(lines),
    ...extra,
  });
  return { preview, result: await t.call('metrics.importCommit', { sessionId: preview.sessionId }) };
}

describe('metrics import', () => {
  it('reads a GBK back-end export with every number and date format and stores it in API units', async () => {
    const bytes = readFileSync(join(__dirname, '../fixtures/metrics/metrics-gbk.csv'));
    const preview = await t.call('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'metrics-gbk.csv',
      contentBase64: bytes.toString('base64'),
    });
    expect(preview.encoding).toBe('gbk');
    expect(preview.errors).toEqual([]);
    expect(preview.granularity).toBe('day');
    expect(preview.mapping).toMatchObject({
      date: '日期',
      account: '账号',
      views: '播放量',
      gmv: '成交金额(元)',
    });
    expect(preview.rows.map((r) => [r.date, r.accountId])).toEqual([
      ['2025-08-06', s.brandId],
      ['2025-08-07', s.storeId],
      ['2025-08-08', s.storeId],
    ]);
    expect(preview.rows[0]!.values).toEqual({
      views: 12_000,
      likes: 34_000,
      comments: 541_200,
      shares: 1_400_000,
      saves: 12,
      newFollowers: -35,
      liveViewers: 8000,
      orders: 120,
      gmv: 1234.5,
      watchTimeSeconds: 5400,
    });
    expect(preview.rows[1]!.values).toMatchObject({
      views: 123_000,
      gmv: 98_000,
      watchTimeSeconds: 5400,
      liveViewers: 21_000,
    });
    expect(preview.rows[2]!.values).toMatchObject({
      views: 123,
      comments: null,
      saves: null,
      gmv: 12.3,
      watchTimeSeconds: 2700,
    });
    expect(preview).toMatchObject({ inserts: 3, updates: 0, validRows: 3, errorRows: 0 });

    const result = await t.call('metrics.importCommit', { sessionId: preview.sessionId });
    expect(result).toMatchObject({
      inserted: 3,
      updated: 0,
      skipped: 0,
      accounts: 2,
      from: '2025-08-06',
      to: '2025-08-08',
    });
    const gmv = await t.call('metrics.series', { accountId: s.storeId, metric: 'gmv' });
    expect(gmv.points).toEqual([
      { date: '2025-08-07', value: 98_000 },
      { date: '2025-08-08', value: 12.3 },
    ]);
    const engagement = await t.call('metrics.series', { accountId: s.brandId, metric: 'engagement' });
    expect(engagement.points).toEqual([{ date: '2025-08-06', value: 34_000 + 541_200 + 1_400_000 + 12 }]);
  });

  it('reads XLSX with Excel serial and date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['date', 'account', 'plays', 'likes', 'GMV']);
    sheet.addRow([45875, 'brand_store', 1000, '1.2K', 99.5]); // 45875 = 2025-08-06
    sheet.addRow([new Date(Date.UTC(2025, 7, 7)), 'brand_store', '2.5万', 30, '¥1,234.50']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await t.call('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'data.xlsx',
      contentBase64: b64(bytes),
    });
    expect(preview.format).toBe('xlsx');
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.date, r.values.views, r.values.likes, r.values.gmv])).toEqual([
      ['2025-08-06', 1000, 1200, 99.5],
      ['2025-08-07', 25_000, 30, 1234.5],
    ]);
  });

  it('re-importing overlapping periods updates rows, keeps metrics the new file lacks, and never duplicates', async () => {
    await importCsv([
      '日期,账号,播放量,成交金额',
      '2025-08-01,brand_store,100,¥10',
      '2025-08-02,brand_store,200,¥20',
    ]);
    const { preview, result } = await importCsv([
      'date,account,views',
      '2025-08-02,brand_store,250',
      '2025-08-03,brand_store,300',
    ]);
    expect(preview).toMatchObject({ inserts: 1, updates: 1 });
    expect(preview.rows.map((r) => r.action)).toEqual(['update', 'insert']);
    expect(result).toMatchObject({ inserted: 1, updated: 1 });
    const views = await t.call('metrics.series', { accountId: s.storeId, metric: 'views' });
    expect(views.points).toEqual([
      { date: '2025-08-01', value: 100 },
      { date: '2025-08-02', value: 250 },
      { date: '2025-08-03', value: 300 },
    ]);
    const gmv = await t.call('metrics.series', { accountId: s.storeId, metric: 'gmv' });
    expect(gmv.points).toEqual([
      { date: '2025-08-01', value: 10 },
      { date: '2025-08-02', value: 20 },
    ]);
    const rows = t.backend.context.db.prepare('SELECT COUNT(*) AS n FROM account_metrics').get() as {
      n: number;
    };
    expect(rows.n).toBe(3);
  });

  it('reports every bad cell with its row, column and value, and commits all or nothing', async () => {
    const preview = await t.call('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'bad.csv',
      contentBase64: csv([
        '日期,账号,播放量,成交金额',
        '2025-08-01,brand_store,1.2万,¥100',
        '2025-13-45,brand_store,100,¥1',
        '2025-08-02,nobody,100,¥1',
        '2025-08-03,brand_store,很多,¥1',
        '2025-08-04,brand_store,-5,$3',
        '2025-08-01,brand_store,1,¥1',
      ]),
    });
    expect(preview.errorRows).toBe(5);
    const byRow = (row: number) => preview.errors.filter((e) => e.rowNumber === row);
    expect(byRow(3)[0]).toMatchObject({ field: 'date', column: '日期', value: '2025-13-45' });
    expect(byRow(4)[0]).toMatchObject({ field: 'account', value: 'nobody' });
    expect(byRow(4)[0]!.message).toContain('Unknown account');
    // Codes and params let the renderer show each problem in the UI language.
    expect(byRow(3)[0]).toMatchObject({ code: 'date.impossible', params: { text: '2025-13-45' } });
    expect(byRow(4)[0]).toMatchObject({ code: 'row.unknownAccount', params: { text: 'nobody' } });
    expect(byRow(5)[0]).toMatchObject({ code: 'count.invalid', params: { text: '很多' } });
    expect(byRow(6).find((e) => e.field === 'gmv')).toMatchObject({ code: 'money.currency' });
    expect(byRow(7)[0]).toMatchObject({ code: 'row.duplicatePeriod', params: { row: 2 } });
    expect(byRow(5)[0]).toMatchObject({ field: 'views', value: '很多' });
    expect(
      byRow(6)
        .map((e) => e.field)
        .sort(),
    ).toEqual(['gmv', 'views']);
    expect(byRow(7)[0]!.message).toContain('Duplicate of row 2');

    const before = snapshotTables(t.backend);
    const blocked = await t.fail('metrics.importCommit', { sessionId: preview.sessionId });
    expect(blocked.code).toBe('invalid_state');
    expect(blocked.message).toContain('5 rows have errors');
    expect(snapshotTables(t.backend)).toEqual(before);

    const result = await t.call('metrics.importCommit', {
      sessionId: preview.sessionId,
      skipInvalidRows: true,
    });
    expect(result).toMatchObject({ inserted: 1, skipped: 5 });
    // The session is gone once committed: no double import.
    expect((await t.fail('metrics.importCommit', { sessionId: preview.sessionId })).code).toBe('not_found');
  });

  it('rejects files whose columns map to nothing, naming the columns', async () => {
    const before = snapshotTables(t.backend);
    const err = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'notes.csv',
      contentBase64: csv(['备注,负责人', '好,小王']),
    });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.map((i) => i.path.join('.'))).toEqual(['mapping.date', 'mapping.account', 'mapping']);
    expect(err.message).toContain('"备注"');
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('lets the user correct the mapping, and names a bad correction', async () => {
    const lines = ['day of data,who,count of plays', '2025-08-01,brand_store,10'];
    const err = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'x.csv',
      contentBase64: csv(lines),
    });
    expect(err.issues?.[0]?.path).toEqual(['mapping', 'date']);
    const mapping = { date: 'day of data', account: 'who', views: 'count of plays' };
    const preview = await t.call('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'x.csv',
      contentBase64: csv(lines),
      mapping,
    });
    expect(preview.rows[0]!.values.views).toBe(10);
    const again = await t.call('metrics.importPreview', {
      workspaceId: s.workspaceId,
      sessionId: preview.sessionId,
      mapping: { ...mapping, views: null, likes: 'count of plays' },
    });
    expect(again.rows[0]!.values).toMatchObject({ views: null, likes: 10 });
    const bad = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      sessionId: preview.sessionId,
      mapping: { views: 'nope' },
    });
    expect(bad.issues?.[0]?.path).toEqual(['mapping', 'views']);
    const twice = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      sessionId: preview.sessionId,
      mapping: { ...mapping, likes: 'count of plays' },
    });
    expect(twice.issues?.[0]?.path).toEqual(['mapping', 'likes']);
  });

  it('imports a file without an account column into the chosen account, and weekly data as weeks', async () => {
    const { preview } = await importCsv(
      [
        '统计周期,播放量',
        '2025-08-04 ~ 2025-08-10,7万',
        '2025-08-11 ~ 2025-08-17,8万',
        '2025-08-18 ~ 2025-08-24,9万',
      ],
      { accountId: s.brandId },
    );
    expect(preview.granularity).toBe('week');
    const series = await t.call('metrics.series', { accountId: s.brandId, metric: 'views' });
    expect(series).toMatchObject({ granularity: 'week' });
    expect(series.points.map((p) => p.date)).toEqual(['2025-08-04', '2025-08-11', '2025-08-18']);
    const err = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'x.csv',
      contentBase64: csv(['日期,播放量', '2025-08-01,1']),
    });
    expect(err.issues?.[0]?.path).toEqual(['mapping', 'account']);
  });

  it('uploads in chunks, detects a lost chunk, and cancelling leaves nothing behind', async () => {
    const text = `\uFEFF日期,账号,播放量\r\n${Array.from({ length: 400 }, (_, i) => `2024-01-01,brand_store,${i}`).join('\r\n')}`;
    const bytes = Buffer.from(text);
    const half = Math.floor(bytes.length / 2);
    const first = await t.call('metrics.importUpload', {
      workspaceId: s.workspaceId,
      fileName: 'big.csv',
      offset: 0,
      chunkBase64: bytes.subarray(0, half).toString('base64'),
    });
    expect(first).toMatchObject({ receivedBytes: half, headers: null });
    const gap = await t.fail('metrics.importUpload', {
      workspaceId: s.workspaceId,
      fileName: 'big.csv',
      sessionId: first.sessionId,
      offset: half + 10,
      chunkBase64: bytes.subarray(half + 10).toString('base64'),
    });
    expect(gap.issues?.[0]?.path).toEqual(['offset']);
    const last = await t.call('metrics.importUpload', {
      workspaceId: s.workspaceId,
      fileName: 'big.csv',
      sessionId: first.sessionId,
      offset: half,
      chunkBase64: bytes.subarray(half).toString('base64'),
      last: true,
    });
    // Headers from the file's head; its rows are counted by the preview's read, not by this request.
    expect(last).toMatchObject({ headers: ['日期', '账号', '播放量'], totalRows: null });
    const preview = await t.call('metrics.importPreview', {
      workspaceId: s.workspaceId,
      sessionId: first.sessionId,
    });
    expect(preview.totalRows).toBe(400);
    expect(preview.errorRows).toBe(399); // the same day 400 times: all but the first are duplicates
    const before = snapshotTables(t.backend);
    expect(await t.call('metrics.importCancel', { sessionId: first.sessionId })).toEqual({
      sessionId: first.sessionId,
      discarded: true,
    });
    expect((await t.fail('metrics.importCommit', { sessionId: first.sessionId })).code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('refuses unreadable files and malformed input with field-named messages', async () => {
    const notBase64 = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'a.csv',
      contentBase64: '%%%',
    });
    expect(notBase64.issues?.[0]?.path).toEqual(['contentBase64']);
    const png = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'shot.png',
      contentBase64: readFileSync(join(__dirname, '../fixtures/imports/screenshot.png')).toString('base64'),
    });
    expect(png.issues?.[0]?.path).toEqual(['file']);
    const neither = await t.fail('metrics.importPreview', { workspaceId: s.workspaceId });
    expect(neither.issues?.[0]?.path).toEqual(['base64']);
    const otherAccount = await t.fail('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'x.csv',
      contentBase64: csv(['日期,播放量', '2025-08-01,1']),
      accountId: 'nope',
    });
    expect(otherAccount.issues?.[0]?.path).toEqual(['accountId']);
    expect(
      (
        await t.fail('metrics.importPreview', {
          workspaceId: 'nope',
          fileName: 'a.csv',
          contentBase64: 'YQ==',
        })
      ).code,
    ).toBe('not_found');
  });
});

describe('stateless commit (as the content and creator imports)', () => {
  it('commits a re-sent file with its mapping in one transaction, skipping bad rows only when asked', async () => {
    const input = {
      workspaceId: s.workspaceId,
      fileName: 'again.csv',
      base64: csv(['day,who,plays', '2025-08-01,brand_store,10', '2025-08-02,nobody,20']),
      mapping: { date: 'day', account: 'who', views: 'plays' },
    };
    const before = snapshotTables(t.backend);
    expect((await t.fail('metrics.importCommit', input)).code).toBe('invalid_state');
    expect(snapshotTables(t.backend)).toEqual(before);
    const result = await t.call('metrics.importCommit', { ...input, skipInvalid: true });
    expect(result).toMatchObject({ inserted: 1, skipped: 1 });
    expect((await t.call('metrics.series', { accountId: s.storeId, metric: 'views' })).points).toEqual([
      { date: '2025-08-01', value: 10 },
    ]);
    expect((await t.fail('metrics.importCommit', { base64: 'YQ==' })).issues?.map((i) => i.path[0])).toEqual([
      'fileName',
      'workspaceId',
    ]);
  });
});

describe('metrics.series and overview', () => {
  it('filters by date range, derives GPM, and rejects reversed ranges and unknown metrics', async () => {
    await importCsv([
      '日期,账号,播放量,点赞,成交金额',
      '2025-08-01,brand_store,1000,10,¥500',
      '2025-08-02,brand_store,2000,,¥3000',
      '2025-08-03,brand_store,0,5,¥0',
    ]);
    const gpm = await t.call('metrics.series', { accountId: s.storeId, metric: 'gpm' });
    expect(gpm.points).toEqual([
      { date: '2025-08-01', value: 500 },
      { date: '2025-08-02', value: 1500 },
    ]);
    const ranged = await t.call('metrics.series', {
      accountId: s.storeId,
      metric: 'views',
      from: '2025-08-02',
      to: '2025-08-03',
    });
    expect(ranged.points.map((p) => p.date)).toEqual(['2025-08-02', '2025-08-03']);
    const engagement = await t.call('metrics.series', { accountId: s.storeId, metric: 'engagement' });
    expect(engagement.points.map((p) => p.value)).toEqual([10, 5]);
    expect(
      (
        await t.fail('metrics.series', {
          accountId: s.storeId,
          metric: 'views',
          from: '2025-08-03',
          to: '2025-08-01',
        })
      ).issues?.[0]?.path,
    ).toEqual(['to']);
    expect(
      (await t.fail('metrics.series', { accountId: s.storeId, metric: 'reach' })).issues?.[0]?.path,
    ).toEqual(['metric']);
    expect(
      (await t.fail('metrics.series', { accountId: s.storeId, metric: 'views', from: '2025-02-30' }))
        .issues?.[0]?.path,
    ).toEqual(['from']);
    expect((await t.fail('metrics.series', { accountId: 'nope', metric: 'views' })).code).toBe('not_found');

    const overview = await t.call('metrics.overview', { workspaceId: s.workspaceId, days: 30 });
    expect(overview.accounts.find((a) => a.accountId === s.storeId)).toMatchObject({
      views: 3000,
      gmv: 3500,
      days: 3,
    });
    expect(overview.accounts.find((a) => a.accountId === s.brandId)).toMatchObject({ views: 0, days: 0 });
  });

  it('the sample workspace has 120 days of daily metrics per account', async () => {
    const sample = await t.call('workspaces.loadSample', {});
    const accounts = await t.call('accounts.list', { workspaceId: sample.id });
    for (const account of accounts) {
      const views = await t.call('metrics.series', { accountId: account.id, metric: 'views' });
      expect(views.points).toHaveLength(120);
      expect(views.points.every((p) => Number.isInteger(p.value) && p.value > 0)).toBe(true);
    }
  });
});
