import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { snapshotTables, type TestBackend } from '../support/backend';
import { freshBackendEachTest, createBrandWorkspace } from '../support/eachTest';
import { creatorInput } from '../support/offers';

let t: TestBackend;
let workspaceId: string;
freshBackendEachTest(createBrandWorkspace, (backend, id) => ((t = backend), (workspaceId = id)));

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../fixtures/creators', name)).toString('base64');

describe('creators: import', () => {
  it.each(['roster-zh-gbk.csv', 'roster-zh-utf8-bom.csv'])('previews and commits %s', async (file) => {
    const preview = await t.call('creators.importPreview', {
      workspaceId,
      fileName: file,
      base64: fixture(file),
    });
    expect(preview.format).toBe('csv');
    expect(preview.missingFields).toEqual([]);
    expect(preview.mapping).toMatchObject({
      displayName: '达人昵称',
      handle: '抖音号',
      followers: '粉丝数',
      video1to20s: '1-20s视频报价',
      commissionPct: '佣金比例',
    });
    expect(preview.counts).toEqual({ total: 3, valid: 3, invalid: 0, create: 3, update: 0, unchanged: 0 });
    const [xiaoya, ajie, miao] = preview.rows;
    expect(xiaoya?.values).toMatchObject({
      displayName: '小雅护肤日记',
      handle: 'xiaoya_skin',
      followers: 568_000,
      tier: 'mid',
      categories: ['beauty', 'health'],
      engagementRatePct: 4.5,
      medianViews: 32_000,
      rateCard: {
        video1to20s: 6_000,
        video21to60s: 9_000,
        video60sPlus: 12_000,
        liveSession: 20_000,
        commissionPct: 20,
      },
      contact: 'wx: xiaoya',
    });
    expect(ajie?.values).toMatchObject({
      handle: 'ajie_digital',
      followers: 120_000_000,
      tier: 'mega',
      medianViews: 541_200,
    });
    expect(miao?.values).toMatchObject({ platform: 'kuaishou', categories: ['pets'], followers: 86_000 });
    expect(snapshotTables(t.backend).creators).toEqual([]);

    const result = await t.call('creators.importCommit', {
      workspaceId,
      fileName: file,
      base64: fixture(file),
    });
    expect(result).toMatchObject({ total: 3, created: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect((await t.call('creators.list', { workspaceId })).items.map((c) => c.handle).sort()).toEqual([
      'ajie_digital',
      'miao_star',
      'xiaoya_skin',
    ]);
    // The same file again changes nothing.
    const again = await t.call('creators.importPreview', {
      workspaceId,
      fileName: file,
      base64: fixture(file),
    });
    expect(again.counts).toMatchObject({ unchanged: 3, create: 0 });
  });

  it('updates existing creators by platform + handle, keeping their audience and unfilled cells', async () => {
    const existing = await t.call(
      'creators.create',
      creatorInput(workspaceId, {
        handle: 'xiaoya_skin',
        displayName: '旧名字',
        medianViews: 1,
        notes: '老备注',
      }),
    );
    const preview = await t.call('creators.importPreview', {
      workspaceId,
      fileName: 'r.csv',
      base64: fixture('roster-zh-utf8-bom.csv'),
    });
    expect(preview.rows[0]).toMatchObject({ action: 'update', matchId: existing.id });
    await t.call('creators.importCommit', {
      workspaceId,
      fileName: 'r.csv',
      base64: fixture('roster-zh-utf8-bom.csv'),
    });
    const updated = await t.call('creators.get', { id: existing.id });
    expect(updated).toMatchObject({ displayName: '小雅护肤日记', medianViews: 32_000, notes: '成分党' });
    expect(updated.audience).toEqual(existing.audience);
  });

  it('shows every bad cell with its field, and commits nothing until fixed or skipped', async () => {
    const base64 = fixture('roster-errors.csv');
    const preview = await t.call('creators.importPreview', { workspaceId, fileName: 'e.csv', base64 });
    expect(preview.counts).toMatchObject({ total: 4, valid: 1, invalid: 3 });
    const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(2)?.action).toBe('create');
    expect(byRow.get(2)?.values).toMatchObject({ engagementRatePct: 5, rateCard: { commissionPct: 20 } });
    expect(byRow.get(3)?.errors.map((e) => e.field)).toEqual(['displayName']);
    expect(
      byRow
        .get(4)
        ?.errors.map((e) => e.field)
        .sort(),
    ).toEqual(['categories', 'followers', 'platform']);
    expect(byRow.get(5)?.errors).toEqual([
      {
        field: 'handle',
        message: 'Same platform and handle as row 2',
        code: 'row.duplicateHandle',
        params: { row: 2 },
      },
    ]);

    const before = snapshotTables(t.backend);
    const err = await t.fail('creators.importCommit', { workspaceId, fileName: 'e.csv', base64 });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/3 of 4 rows have errors; nothing was imported/);
    expect(err.issues?.[0]?.path).toEqual(['rows', 3, 'displayName']);
    expect(snapshotTables(t.backend)).toEqual(before);

    // Fixing cells in the preview, then skipping what is left.
    const fixes = [
      { rowNumber: 3, field: 'displayName' as const, value: 'Named Now' },
      { rowNumber: 4, field: 'platform' as const, value: '小红书' },
      { rowNumber: 4, field: 'followers' as const, value: '3.4w' },
      { rowNumber: 4, field: 'categories' as const, value: '美妆' },
    ];
    const fixed = await t.call('creators.importPreview', { workspaceId, fileName: 'e.csv', base64, fixes });
    // Row 4 now fails on what the schema checks: the handle's space and the commission over 100%.
    expect(
      fixed.rows
        .find((r) => r.rowNumber === 4)
        ?.errors.map((e) => e.field)
        .sort(),
    ).toEqual(['commissionPct', 'handle']);
    const result = await t.call('creators.importCommit', {
      workspaceId,
      fileName: 'e.csv',
      base64,
      fixes,
      skipInvalid: true,
    });
    expect(result).toMatchObject({ total: 4, created: 2, skipped: 2 });
  });

  it('lets the user map a column by hand and reports required columns that are missing', async () => {
    const csv = Buffer.from('昵称,ID号,粉丝\n甲,jia_01,1000\n').toString('base64');
    const preview = await t.call('creators.importPreview', { workspaceId, fileName: 'm.csv', base64: csv });
    expect(preview.missingFields).toEqual(['handle']);
    expect(preview.unmapped).toEqual(['ID号']);
    const err = await t.fail('creators.importCommit', { workspaceId, fileName: 'm.csv', base64: csv });
    expect(err.issues?.[0]?.path).toEqual(['mapping', 'handle']);
    const mapped = await t.call('creators.importCommit', {
      workspaceId,
      fileName: 'm.csv',
      base64: csv,
      mapping: { handle: 'ID号' },
    });
    expect(mapped.created).toBe(1);
    const wrong = await t.fail('creators.importPreview', {
      workspaceId,
      fileName: 'm.csv',
      base64: csv,
      mapping: { handle: 'Nope' },
    });
    expect(wrong.issues?.[0]?.path).toEqual(['mapping', 'handle']);
  });

  it('reads XLSX workbooks', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('达人');
    sheet.addRow(['达人昵称', '抖音号', '粉丝数', '互动率', '21-60s视频报价']);
    sheet.addRow(['表格达人', 'sheet_star', 230000, 0.052, 8800]);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const preview = await t.call('creators.importPreview', { workspaceId, fileName: 'r.xlsx', base64 });
    expect(preview).toMatchObject({ format: 'xlsx', sheetName: '达人' });
    expect(preview.rows[0]?.values).toMatchObject({
      followers: 230_000,
      engagementRatePct: 5.2,
      rateCard: { video21to60s: 8_800 },
    });
  });

  it('refuses files that are not tables with a clear reason', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    const err = await t.fail('creators.importPreview', { workspaceId, fileName: 'shot.png', base64: png });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/PNG/);
    const notBase64 = await t.fail('creators.importPreview', {
      workspaceId,
      fileName: 'x.csv',
      base64: '!!!',
    });
    expect(notBase64.issues?.[0]?.path).toEqual(['base64']);
  });
});
