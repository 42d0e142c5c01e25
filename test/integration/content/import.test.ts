import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/backend';
import { august, live, setupPlan, type Plan } from './setup';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'content', name)).toString('base64');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const file = (fileName: string, base64 = fixture(fileName)) => ({
  workspaceId: p.workspaceId,
  fileName,
  base64,
});

describe('content.importPreview', () => {
  it.each([
    ['plan-zh-utf8-bom.csv', 'utf-8-bom'],
    ['plan-zh-gbk.csv', 'gbk'],
    ['plan-zh.xlsx', null],
  ])('reads the Chinese plan %s as it will be stored', async (name, encoding) => {
    const preview = await p.t.call('content.importPreview', file(name));
    expect(preview.encoding).toBe(encoding);
    expect(preview.missingFields).toEqual([]);
    expect(preview.counts).toEqual({ total: 4, valid: 4, invalid: 0, create: 4, update: 0, unchanged: 0 });
    const [first, liveRow, convert, image] = preview.rows;
    expect(first).toMatchObject({
      rowNumber: 2,
      action: 'create',
      errors: [],
      values: {
        accountId: p.brand,
        accountLabel: '青柠官方号 (@lime_official)',
        title: '夏日第一杯青柠茶',
        format: 'short_video',
        objective: 'seed',
        status: 'idea',
        plannedAt: '2025-08-04T10:00:00.000Z',
        durationMinutes: null,
      },
    });
    expect(liveRow?.values).toMatchObject({
      accountId: p.store,
      format: 'live',
      objective: 'self_broadcast',
      status: 'scheduled',
      plannedAt: '2025-08-04T11:30:00.000Z',
      durationMinutes: 120,
      productIds: [p.tea, p.gift],
      productLabels: ['青柠柠檬茶 500ml (LM-TEA-500)', '青柠礼盒 12 瓶 (LM-GIFT-12)'],
    });
    expect(convert?.values).toMatchObject({
      title: '柠檬茶第二件半价',
      plannedAt: '2025-08-05T04:00:00.000Z',
      status: 'scripting',
    });
    expect(image?.values).toMatchObject({
      format: 'image_text',
      objective: 'brand_story',
      plannedAt: '2025-08-06T02:00:00.000Z',
    });
    if (name.endsWith('.csv')) {
      expect(first?.values.tags).toEqual(['夏日', '饮品']);
      expect(liveRow?.values.brief).toBe('开场福利 5 分钟\n主推青柠柠檬茶, 讲口感和配料\n逼单：库存倒计时');
    }
    // Warnings as the items will have them once stored: the brand account is below its 5 posts.
    expect(first?.warnings.map((w) => w.code)).toEqual(['week_posts_below_target']);
    // Preview writes nothing.
    expect((await p.t.call('content.list', august(p))).items).toEqual([]);
  });

  it('reads English headers, codes, ISO offsets and hours', async () => {
    const preview = await p.t.call('content.importPreview', file('plan-en.csv'));
    expect(preview.counts.valid).toBe(3);
    expect(preview.rows.map((r) => r.values.plannedAt)).toEqual([
      '2025-08-04T10:00:00.000Z',
      '2025-08-04T11:30:00.000Z',
      '2025-08-05T04:00:00.000Z',
    ]);
    expect(preview.rows[1]?.values.durationMinutes).toBe(120);
  });

  it('reads Excel serial date-times and Excel display dates', async () => {
    const preview = await p.t.call('content.importPreview', file('plan-excel-dates.csv'));
    expect(preview.rows.map((r) => r.values.plannedAt)).toEqual([
      '2025-08-04T10:00:00.000Z',
      '2025-08-04T11:30:00.000Z',
      '2025-08-05T04:00:00.000Z',
    ]);
  });

  it('reads wall times in the workspace time zone', async () => {
    const tokyo = await setupPlan('Asia/Tokyo');
    try {
      const preview = await tokyo.t.call('content.importPreview', {
        workspaceId: tokyo.workspaceId,
        fileName: 'plan-excel-dates.csv',
        base64: fixture('plan-excel-dates.csv'),
      });
      expect(preview.timeZone).toBe('Asia/Tokyo');
      expect(preview.rows[0]?.values.plannedAt).toBe('2025-08-04T09:00:00.000Z');
    } finally {
      tokyo.t.close();
    }
  });

  it('reports every row’s errors by field', async () => {
    const preview = await p.t.call('content.importPreview', file('plan-errors.csv'));
    expect(preview.counts).toMatchObject({ total: 7, valid: 1, invalid: 6 });
    const errors = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r.errors.map((e) => e.field)]));
    expect(errors).toEqual({
      2: [],
      3: ['account'],
      4: ['products'],
      5: ['durationMinutes'],
      6: ['durationMinutes'],
      7: ['title', 'format', 'objective', 'plannedAt'],
      8: ['status'],
    });
    const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(3)?.errors[0]?.message).toMatch(/Unknown account "nobody"/);
    expect(byRow.get(4)?.errors[0]?.message).toMatch(/"NOPE-1"/);
    expect(byRow.get(3)?.errors[0]).toMatchObject({ code: 'row.unknownAccount', params: { text: 'nobody' } });
    expect(byRow.get(4)?.errors[0]).toMatchObject({
      code: 'row.unknownProducts',
      params: { products: 'NOPE-1' },
    });
    expect(byRow.get(7)?.errors.find((e) => e.field === 'plannedAt')).toMatchObject({
      code: 'date.invalid',
      params: { text: '明天' },
    });
    expect(byRow.get(7)?.errors.find((e) => e.field === 'plannedAt')?.message).toMatch(/明天/);
    // Cell text of the failing fields comes back so the user can correct it in place.
    expect(byRow.get(7)?.raw).toMatchObject({ format: '播客', objective: '发财', plannedAt: '明天' });
    expect(byRow.get(7)?.action).toBe('invalid');
  });

  it('applies fixes typed in the preview and an explicit column mapping', async () => {
    const fixed = await p.t.call('content.importPreview', {
      ...file('plan-one-bad-row.csv'),
      fixes: [{ rowNumber: 4, field: 'plannedAt', value: '2025-08-30 12:00' }],
    });
    expect(fixed.counts).toMatchObject({ valid: 3, invalid: 0 });
    expect(fixed.rows[2]?.values.plannedAt).toBe('2025-08-30T04:00:00.000Z');

    const csv = '负责账号,选题名称,形式,目标,发布时间\nlime_official,夏日,短视频,种草,2025-08-04 18:00\n';
    const unmapped = await p.t.call('content.importPreview', file('custom.csv', b64(csv)));
    // With no planned-time column, 发布时间 is read as when to publish (content/import/publishColumn.ts).
    expect(unmapped.missingFields).toEqual(['account', 'title']);
    expect(unmapped.mapping).toMatchObject({ plannedAt: '发布时间', publishedAt: null });
    expect(unmapped.rows[0]?.errors.map((e) => e.field)).toEqual(['account', 'title']);
    const mapped = await p.t.call('content.importPreview', {
      ...file('custom.csv', b64(csv)),
      mapping: { account: '负责账号', title: '选题名称', plannedAt: '发布时间' },
    });
    expect(mapped.missingFields).toEqual([]);
    expect(mapped.mapping.publishedAt).toBeNull();
    expect(mapped.rows[0]?.values).toMatchObject({
      accountId: p.brand,
      title: '夏日',
      plannedAt: '2025-08-04T10:00:00.000Z',
    });
    const wrong = await p.t.fail('content.importPreview', {
      ...file('custom.csv', b64(csv)),
      mapping: { title: '不存在' },
    });
    expect(wrong.issues?.[0]?.path).toEqual(['mapping', 'title']);
  });

  it('flags overlapping live rows, against each other and against planned sessions', async () => {
    await p.t.call('content.create', live(p, '2025-08-05T19:00:00+08:00', 120));
    const csv = [
      '账号,标题,形式,目标,计划时间,时长',
      'lime_store,场一,直播,自播,2025-08-04 19:00,120',
      'lime_store,场二,直播,自播,2025-08-04 20:00,60',
      'lime_store,场三,直播,自播,2025-08-05 20:00,60',
      'lime_deals,别的账号同一时间,直播,自播,2025-08-04 19:00,120',
    ].join('\n');
    const preview = await p.t.call('content.importPreview', file('lives.csv', b64(csv)));
    expect(preview.rows.map((r) => r.errors.map((e) => e.field))).toEqual([
      [],
      ['plannedAt'],
      ['plannedAt'],
      [],
    ]);
    expect(preview.rows[1]?.errors[0]?.message).toMatch(/row 2/);
    expect(preview.rows[2]?.errors[0]?.message).toMatch(/自播 2025-08-05/);
  });

  it('flags duplicate rows within the file', async () => {
    const csv =
      '账号,标题,形式,目标,计划时间\nlime_official,同一条,短视频,种草,2025-08-04 18:00\nlime_official,同一条,短视频,种草,2025/8/4 18:00\n';
    const preview = await p.t.call('content.importPreview', file('dup.csv', b64(csv)));
    expect(preview.rows[1]?.errors).toEqual([
      {
        field: 'title',
        message: expect.stringMatching(/Duplicate of row 2/),
        code: 'row.duplicateItem',
        params: { row: 2 },
      },
    ]);
  });

  it.each([
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64'), /PNG image/],
    ['an empty file', b64('\n\n'), /empty/],
    ['a header without rows', b64('账号,标题\n'), /no data rows/],
    ['an old .xls workbook', Buffer.from('d0cf11e0a1b11ae1', 'hex').toString('base64'), /97–2003/],
  ])('refuses %s with a message naming the file', async (_label, base64, message) => {
    const before = snapshotTables(p.t.backend);
    for (const method of ['content.importPreview', 'content.importCommit'] as const) {
      const err = await p.t.fail(method, file('upload.csv', base64));
      expect(err.code).toBe('invalid_input');
      expect(err.message).toMatch(message);
      expect(err.message).toContain('upload.csv');
      expect(err.issues?.[0]?.path).toEqual(['file']);
    }
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('refuses a zero-byte upload, a file over 20 MB and one over 50,000 rows', async () => {
    expect((await p.t.fail('content.importPreview', file('empty.csv', ''))).issues?.[0]?.path).toEqual([
      'base64',
    ]);
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 'a').toString('base64');
    const tooBig = await p.t.fail('content.importPreview', file('big.csv', big));
    expect(tooBig.code).toBe('invalid_input');
    expect(tooBig.message).toMatch(/20 MB/);
    const rows = Array.from({ length: 50_001 }, (_, i) => `lime_official,t${i},短视频,种草,2025-08-04 18:00`);
    const many = await p.t.fail(
      'content.importPreview',
      file('many.csv', b64(['账号,标题,形式,目标,计划时间', ...rows].join('\n'))),
    );
    expect(many.message).toMatch(/more than 50,000 data rows/);
  });
});

describe('content.importCommit', () => {
  it('writes every row in one go and a second import of the same file creates nothing', async () => {
    const result = await p.t.call('content.importCommit', file('plan-zh-utf8-bom.csv'));
    expect(result).toMatchObject({ total: 4, created: 4, updated: 0, unchanged: 0, skipped: 0 });
    const items = (await p.t.call('content.list', august(p))).items;
    expect(items).toHaveLength(4);
    expect(items.every((i) => i.source === 'import')).toBe(true);
    expect(items.find((i) => i.format === 'live')?.productIds).toEqual([p.tea, p.gift]);

    const again = await p.t.call('content.importCommit', file('plan-zh-utf8-bom.csv'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    // The GBK and XLSX versions of the same plan match the same items too.
    expect(await p.t.call('content.importCommit', file('plan-zh.xlsx'))).toMatchObject({ created: 0 });
    expect((await p.t.call('content.list', august(p))).items).toHaveLength(4);
    const preview = await p.t.call('content.importPreview', file('plan-zh-utf8-bom.csv'));
    expect(preview.rows.every((r) => r.action === 'unchanged')).toBe(true);
  });

  it('updates the matched item when a row changes a field other than account, title and time', async () => {
    await p.t.call('content.importCommit', file('plan-zh-utf8-bom.csv'));
    const csv = readFileSync(
      join(__dirname, '..', '..', 'fixtures', 'content', 'plan-zh-utf8-bom.csv'),
      'utf8',
    ).replace('夏日第一杯青柠茶,短视频,种草,品牌故事,创意', '夏日第一杯青柠茶,短视频,种草,品牌故事,脚本');
    const result = await p.t.call('content.importCommit', file('edited.csv', b64(csv)));
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const items = (await p.t.call('content.list', august(p))).items;
    expect(items.find((i) => i.title === '夏日第一杯青柠茶')?.status).toBe('scripting');
  });

  it('keeps an item’s status, live duration and publishing record when the file leaves those cells empty', async () => {
    await p.t.call('content.importCommit', file('plan-zh-utf8-bom.csv'));
    const items = (await p.t.call('content.list', august(p))).items;
    const liveItem = items.find((i) => i.format === 'live')!;
    await p.t.call('content.update', { id: liveItem.id, durationMinutes: 150 });
    const csv = [
      '账号,标题,形式,目标,计划时间,时长,状态',
      'lime_store,晚场自播｜柠檬茶买一送一,直播,自播,2025/8/4 19:30,,',
    ].join('\n');
    const result = await p.t.call('content.importCommit', file('partial.csv', b64(csv)));
    expect(result).toMatchObject({ created: 0, unchanged: 1 });
    expect(await p.t.call('content.get', { id: liveItem.id })).toMatchObject({
      status: 'scheduled',
      durationMinutes: 150,
    });
  });

  it('writes nothing when any row is invalid, naming the row and field', async () => {
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.importCommit', file('plan-one-bad-row.csv'));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/Row 4, 计划时间 \(plannedAt\)/);
    expect(err.message).toMatch(/nothing was imported/);
    expect(err.issues).toEqual([
      { path: ['rows', 4, 'plannedAt'], message: expect.stringMatching(/2025-08-32/) },
    ]);
    expect(snapshotTables(p.t.backend)).toEqual(before);

    const many = await p.t.fail('content.importCommit', file('plan-errors.csv'));
    expect(many.issues?.map((i) => i.path.slice(0, 2))).toContainEqual(['rows', 3]);
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('writes only the valid rows when the user confirms skipping the others', async () => {
    const result = await p.t.call('content.importCommit', { ...file('plan-errors.csv'), skipInvalid: true });
    expect(result).toMatchObject({ total: 7, created: 1, skipped: 6 });
    expect((await p.t.call('content.list', august(p))).items.map((i) => i.title)).toEqual(['好的一行']);
  });

  it('imports once the bad row is fixed in the preview', async () => {
    const fixes = [{ rowNumber: 4, field: 'plannedAt' as const, value: '2025-08-05 12:00' }];
    const result = await p.t.call('content.importCommit', { ...file('plan-one-bad-row.csv'), fixes });
    expect(result).toMatchObject({ created: 3, skipped: 0 });
  });

  it('refuses a file whose required columns are missing, naming them', async () => {
    const err = await p.t.fail('content.importCommit', file('x.csv', b64('标题,形式\n夏日,短视频\n')));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/账号 \(account\)/);
    expect(err.issues?.map((i) => i.path)).toContainEqual(['mapping', 'plannedAt']);
  });

  it('refuses a live row that would overlap a session planned meanwhile, writing nothing', async () => {
    await p.t.call('content.create', live(p, '2025-08-04T20:00:00+08:00', 60));
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.importCommit', file('plan-zh-utf8-bom.csv'));
    expect(err.issues).toEqual([
      { path: ['rows', 3, 'plannedAt'], message: expect.stringMatching(/Overlaps/) },
    ]);
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('does not reschedule a published item through the ID column', async () => {
    const exported = await p.t.call('content.importCommit', file('plan-zh-utf8-bom.csv'));
    const id = exported.itemIds[0]!;
    await p.t.call('content.setStatus', { id, status: 'scripting' });
    const pub = await p.t.call('content.create', {
      workspaceId: p.workspaceId,
      accountId: p.brand,
      title: '已发布',
      format: 'short_video',
      objective: 'seed',
      status: 'published',
      plannedAt: '2025-08-03T18:00:00+08:00',
    });
    const csv = `ID,账号,标题,形式,目标,状态,计划时间\n${pub.id},lime_official,已发布,短视频,种草,已发布,2025-08-09 18:00\n`;
    const preview = await p.t.call('content.importPreview', file('x.csv', b64(csv)));
    expect(preview.rows[0]?.errors).toEqual([
      {
        field: 'plannedAt',
        message: expect.stringMatching(/Published items/),
        code: 'row.publishedReschedule',
      },
    ]);
  });
});
