import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { civilDayIn, nearestYear } from '../../shared/parsing/partialDate';
import { snapshotTables } from '../support/backend';
import { setupBrandWithStore, type BrandWithStore } from '../support/brandWithStore';

/** A session sheet as an operator keeps it: the date apart from the times, 人次 wording, no years. */
const HEADERS = [
  '直播日期',
  '开播时间',
  '下播时间',
  '账号',
  '观看人次',
  '观看人数',
  '成交金额',
  '千次观看成交金额',
];
const ROWS: (string | number)[][] = [
  ['2026-12-20', '20:00', '22:30', '旗舰店', '3.2万', '12000', '"¥45,600.00"', '1425'],
  // Past midnight: the end belongs to the next day.
  ['12月28日', '19:30', '01:15', '@brand_store', '28000', '10500', '38000', '1357'],
  // Nearest the file's December dates: next January.
  ['1月3日', '20:00', '22:00', '旗舰店', '15000', '6000', '12000', '800'],
];
const b64 = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');
const naturalCsv = () => b64([HEADERS, ...ROWS].map((r) => r.join(',')).join('\r\n'));

async function naturalXlsx(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('场次');
  sheet.addRow(HEADERS);
  // As Excel stores them: a real date cell (wall time in the UTC fields), times as fractions of a day.
  const [, , , room, views, viewers, , gpm] = ROWS[0]!;
  sheet.addRow([new Date(Date.UTC(2026, 11, 20)), 20 / 24, 22.5 / 24, room, views, viewers, 45_600, gpm]);
  for (const row of ROWS.slice(1)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

let w: BrandWithStore;
beforeEach(async () => {
  w = await setupBrandWithStore();
});
afterEach(() => w.t.close());

describe('live-session import of a sheet written naturally', () => {
  it.each([
    ['sessions.csv', () => Promise.resolve(naturalCsv())],
    ['sessions.xlsx', naturalXlsx],
  ])(
    '%s: date and times joined, 人次 read as views, years taken nearest the file',
    async (fileName, make) => {
      const input = { workspaceId: w.workspaceId, fileName, base64: await make() };
      const preview = await w.t.call('liveSessions.importPreview', input);
      expect(preview.errors).toEqual([]);
      expect(preview.mapping).toMatchObject({
        startDate: '直播日期',
        startedAt: '开播时间',
        endedAt: '下播时间',
        room: '账号',
        views: '观看人次',
        viewers: '观看人数',
        gmv: '成交金额',
      });
      // GPM is worked out from 成交金额 and 观看次数, never taken from the file.
      expect(preview.unmapped).toEqual(['千次观看成交金额']);
      // Asia/Shanghai is UTC+8.
      expect(preview.rows.map((r) => [r.startedAt, r.endedAt])).toEqual([
        ['2026-12-20T12:00:00.000Z', '2026-12-20T14:30:00.000Z'],
        ['2026-12-28T11:30:00.000Z', '2026-12-28T17:15:00.000Z'],
        ['2027-01-03T12:00:00.000Z', '2027-01-03T14:00:00.000Z'],
      ]);
      expect(preview.rows[0]!.values).toMatchObject({ views: 32_000, viewers: 12_000, gmv: 45_600 });
      expect(preview.notes).toEqual([
        expect.objectContaining({ code: 'note.yearAssumed', params: { year: 2026, count: 1, rows: '3' } }),
        expect.objectContaining({ code: 'note.yearAssumed', params: { year: 2027, count: 1, rows: '4' } }),
      ]);

      const result = await w.t.call('liveSessions.importCommit', input);
      expect(result).toMatchObject({ inserted: 3, updated: 0, skipped: 0 });
      const stored = await w.t.call('liveSessions.get', { sessionId: result.sessionIds[1]! });
      expect(stored).toMatchObject({ durationSeconds: 5 * 3600 + 45 * 60, roomLabel: '旗舰店' });
    },
  );

  it('places a month-day start without any full date nearest today, and says so', async () => {
    const csv = b64('开播时间,直播时长,观看人次,成交金额\r\n6月18日 20:00,2小时,1.2万,8800\r\n');
    const preview = await w.t.call('liveSessions.importPreview', {
      workspaceId: w.workspaceId,
      fileName: 'one.csv',
      base64: csv,
      accountId: w.storeId,
    });
    const today = civilDayIn(Date.now(), 'Asia/Shanghai');
    const year = nearestYear(6, 18, { from: today, to: today });
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toMatchObject({
      startedAt: `${year}-06-18T12:00:00.000Z`,
      endedAt: `${year}-06-18T14:00:00.000Z`,
    });
    expect(preview.notes).toEqual([
      expect.objectContaining({ code: 'note.yearAssumedToday', params: { year, count: 1, rows: '2' } }),
    ]);
  });

  it('reads 直播时间 written as a slot (20:00-22:00, 周二 beside the date) as the session’s start and end, and 成交金额(万元) in 万元', async () => {
    const csv = b64(
      [
        '直播日期,直播时间,观看人次,成交金额(万元)',
        '2026-12-22（周二）,20:00-22:30,1.2万,0.88',
        '2026-12-23,23:00～01:00,9000,0.56',
      ].join('\r\n'),
    );
    const input = { workspaceId: w.workspaceId, fileName: 'slots.csv', base64: csv, accountId: w.storeId };
    const preview = await w.t.call('liveSessions.importPreview', input);
    expect(preview.errors).toEqual([]);
    expect(preview.mapping).toMatchObject({ startDate: '直播日期', startedAt: '直播时间', endedAt: null });
    expect(preview.rows.map((r) => [r.startedAt, r.endedAt])).toEqual([
      ['2026-12-22T12:00:00.000Z', '2026-12-22T14:30:00.000Z'],
      ['2026-12-23T15:00:00.000Z', '2026-12-23T17:00:00.000Z'],
    ]);
    // 成交金额(万元): the header's unit applies to its bare numbers.
    expect(preview.rows.map((r) => r.values.gmv)).toEqual([8_800, 5_600]);
    const result = await w.t.call('liveSessions.importCommit', input);
    const stored = await w.t.call('liveSessions.get', { sessionId: result.sessionIds[0]! });
    expect(stored.durationSeconds).toBe(150 * 60);
  });

  it('names the time column of a bad start time and stores nothing', async () => {
    const csv = b64('直播日期,开播时间,直播时长,观看人次\r\n2026-12-20,晚饭后,2小时,1000\r\n');
    const input = { workspaceId: w.workspaceId, fileName: 'bad.csv', base64: csv, accountId: w.storeId };
    const preview = await w.t.call('liveSessions.importPreview', input);
    expect(preview.errors).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        field: 'startedAt',
        column: '开播时间',
        code: 'date.invalidTime',
      }),
    ]);
    const before = snapshotTables(w.t.backend);
    const error = await w.t.fail('liveSessions.importCommit', input);
    expect(error.code).toBe('invalid_state');
    expect(snapshotTables(w.t.backend)).toEqual(before);
  });
});
