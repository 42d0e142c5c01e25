import { describe, expect, it } from 'vitest';
import {
  nearestYear,
  parseTimeOfDay,
  parseTimeOfDayCell,
  readMonthDay,
} from '../../shared/parsing/partialDate';
import { readPlannedAt } from '../../shared/content/importPlannedAt';
import { yearRule, yearRuleRange } from '../../shared/parsing/yearRule';
import { importFieldAliases } from '../../shared/content/vocabulary';
import { creatorImportAliases } from '../../shared/domain/creatorImport';
import { mapHeaders, type FieldAliases } from '../../shared/parsing/headers';
import { naturalPlanHeaders, naturalPlanMapping } from '../support/naturalPlan';

const tz = 'Asia/Shanghai';

describe('month-day dates', () => {
  it.each([
    ['12月22日', 12, 22, ''],
    ['12月22号', 12, 22, ''],
    ['1月3日 20:00', 1, 3, ' 20:00'],
    ['12/22', 12, 22, ''],
    ['12-22', 12, 22, ''],
    ['１２／２２', 12, 22, ''],
    ['2月29日', 2, 29, ''],
  ])('reads %s', (text, month, day, rest) => {
    expect(readMonthDay(text)).toEqual({ month, day, rest });
  });

  it.each(['2025-12-22', '13/22', '12月32日', '2月30日', 'abc', '1222', '12/22/2025'])(
    'refuses %s',
    (text) => {
      expect(readMonthDay(text)).toBeNull();
    },
  );

  it('takes the year that puts the date nearest the range, later year on a tie', () => {
    const december = { from: '2026-12-20', to: '2026-12-31' };
    expect(nearestYear(1, 3, december)).toBe(2027);
    expect(nearestYear(12, 22, december)).toBe(2026);
    expect(nearestYear(6, 1, { from: '2026-03-01', to: '2026-03-31' })).toBe(2026);
    expect(nearestYear(12, 30, { from: '2027-01-02', to: '2027-01-10' })).toBe(2026);
    // 2月29日 only in leap years.
    expect(nearestYear(2, 29, { from: '2027-02-01', to: '2027-02-28' })).toBe(2028);
  });

  it('ranges over the full dates, or the day of the import when there are none', () => {
    expect(yearRuleRange(['2026-12-28', '2026-12-21'], 0, tz)).toEqual({
      from: '2026-12-21',
      to: '2026-12-28',
    });
    // 2026-12-30T20:00Z is already 2026-12-31 in Shanghai.
    expect(yearRuleRange([], Date.parse('2026-12-30T20:00:00Z'), tz)).toEqual({
      from: '2026-12-31',
      to: '2026-12-31',
    });
  });
});

describe('time of day', () => {
  it.each([
    ['20:00', 20, 0],
    ['8:05', 8, 5],
    ['20:00:30', 20, 0],
    ['20点', 20, 0],
    ['8点半', 8, 30],
    ['晚上8点', 20, 0],
    ['下午3点15分', 15, 15],
    ['上午10点', 10, 0],
    ['２０：００', 20, 0],
    ['下午3:30', 15, 30],
    ['晚上8:00', 20, 0],
    ['8:00 PM', 20, 0],
    ['8pm', 20, 0],
    ['8:30 a.m.', 8, 30],
    ['12:00 AM', 0, 0],
    ['12 PM', 12, 0],
  ])('reads %s', (text, hour, minute) => {
    const r = parseTimeOfDay(text);
    expect(r.ok && r.value).toMatchObject({ hour, minute });
  });

  it('reads Excel times and refuses what is not a time', () => {
    expect(parseTimeOfDayCell(0.8333333)).toEqual({ ok: true, value: { hour: 20, minute: 0, second: 0 } });
    expect(parseTimeOfDayCell(new Date(Date.UTC(1899, 11, 30, 19, 30)))).toEqual({
      ok: true,
      value: { hour: 19, minute: 30, second: 0 },
    });
    expect(parseTimeOfDayCell(null)).toEqual({ ok: true, value: null });
    for (const bad of ['25:00', '晚饭后', '3', 1.5, '13 PM', '0:30 am', '8:75 pm']) {
      expect(parseTimeOfDayCell(bad)).toMatchObject({ ok: false, code: 'date.invalidTime' });
    }
  });
});

describe('planned time from a date and a time column', () => {
  const yearFor = yearRule({ from: '2026-12-20', to: '2026-12-31' });
  const read = (date: unknown, time: unknown = null) => readPlannedAt({ date, time, timeZone: tz, yearFor });

  it('joins the time to a date', () => {
    expect(read('2026-12-22', '20:00')).toEqual({
      ok: true,
      value: '2026-12-22T12:00:00.000Z',
      assumedYear: null,
      dateOnly: false,
      slotMinutes: null,
    });
  });

  it('gives a month-day its year and says which', () => {
    expect(read('1月3日', '10:00')).toEqual({
      ok: true,
      value: '2027-01-03T02:00:00.000Z',
      assumedYear: 2027,
      dateOnly: false,
      slotMinutes: null,
    });
    expect(read('12/22')).toMatchObject({
      value: '2026-12-21T16:00:00.000Z',
      assumedYear: 2026,
      dateOnly: true,
    });
  });

  it('keeps a date-time whole, and refuses a time column that contradicts it', () => {
    expect(read('2026-12-22 20:00', '20:00')).toMatchObject({ ok: true, value: '2026-12-22T12:00:00.000Z' });
    expect(read('2026-12-22 20:00')).toMatchObject({ ok: true, dateOnly: false });
    expect(read('2026-12-22 20:00', '21:00')).toMatchObject({
      ok: false,
      field: 'plannedTime',
      error: { code: 'row.timeTwice', params: { date: '20:00', time: '21:00' } },
    });
  });

  it('starts at a slot written in the time column and gives its length', () => {
    expect(read('2026-12-22', '20:00-22:00')).toEqual({
      ok: true,
      value: '2026-12-22T12:00:00.000Z',
      assumedYear: null,
      dateOnly: false,
      slotMinutes: 120,
    });
    expect(read('2026-12-22', '晚上8点到10点半')).toMatchObject({
      value: '2026-12-22T12:00:00.000Z',
      slotMinutes: 150,
    });
    expect(read('2026-12-22', '２３：００～０１：００')).toMatchObject({
      value: '2026-12-22T15:00:00.000Z',
      slotMinutes: 120,
    });
    expect(read('2026-12-22', '8 PM - 9:30 PM')).toMatchObject({ slotMinutes: 90 });
    expect(read('2026-12-22', '19:00至21:00')).toMatchObject({ slotMinutes: 120 });
    expect(read('2026-12-22', '20:00-')).toMatchObject({ ok: false, field: 'plannedTime' });
  });

  it('names the column at fault', () => {
    expect(read('someday', '20:00')).toMatchObject({
      ok: false,
      field: 'plannedAt',
      error: { code: 'date.invalid' },
    });
    expect(read('2026-12-22', 'evening')).toMatchObject({
      ok: false,
      field: 'plannedTime',
      error: { code: 'date.invalidTime' },
    });
  });
});

describe('headers as marketers write them', () => {
  /** Maps `headers`, expecting every column to find its field (none left over); returns the mapping. */
  function mapEveryHeader<Field extends string>(headers: readonly string[], aliases: FieldAliases<Field>) {
    const { mapping, unmapped } = mapHeaders(headers, aliases);
    expect(unmapped).toEqual([]);
    return mapping;
  }

  it('maps a natural content plan with no column left over', () => {
    expect(mapEveryHeader(naturalPlanHeaders, importFieldAliases)).toMatchObject(naturalPlanMapping);
  });

  it.each([
    [['形式'], 'format'],
    [['内容形式'], 'format'],
    [['商品'], 'products'],
    [['SKU'], 'products'],
    [['账号'], 'account'],
    [['标题'], 'title'],
    [['Content type'], 'format'],
    [['Date'], 'plannedAt'],
    [['Time'], 'plannedTime'],
    [['Notes'], 'brief'],
  ] as const)('%s → %s', (headers, field) => {
    expect(mapHeaders(headers, importFieldAliases).mapping[field]).toBe(headers[0]);
  });

  it('takes the first of a script and notes column as the brief and lists the other as unused', () => {
    const { mapping, unmapped } = mapHeaders(['脚本', '备注'], importFieldAliases);
    expect(mapping.brief).toBe('脚本');
    expect(unmapped).toEqual(['备注']);
  });

  it('maps a natural creator roster', () => {
    const headers = ['达人昵称', '抖音号', '粉丝数', '类目', '报价', '直播报价', '佣金', '备注'];
    expect(mapEveryHeader(headers, creatorImportAliases)).toMatchObject({
      displayName: '达人昵称',
      handle: '抖音号',
      followers: '粉丝数',
      categories: '类目',
      video21to60s: '报价',
      liveSession: '直播报价',
      commissionPct: '佣金',
      notes: '备注',
    });
    expect(mapHeaders(['达人', '昵称'], creatorImportAliases).mapping.displayName).toBe('达人');
  });
});
