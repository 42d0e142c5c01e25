import { describe, expect, it } from 'vitest';
import { rowReporter, yearAssumedNotes, type ImportCellError } from '../../shared/domain/importCells';
import { parseDateCell, parseDateTimeCell } from '../../shared/parsing';
import { headerDurationUnit, parseDuration } from '../../shared/parsing/duration';
import { readDateOrMonthDay, yearRule } from '../../shared/parsing/yearRule';

const tz = 'Asia/Shanghai';

describe('rowReporter', () => {
  const row = { rowNumber: 7, cells: { 日期: '2026-13-01', 观看人次: '1.2万', 空: null } };
  const mapping = { date: '日期', views: '观看人次', empty: '空', absent: null };

  it('reads cells through the mapping and names column and cell text in each error', () => {
    const errors: ImportCellError[] = [];
    const r = rowReporter<keyof typeof mapping>(row, mapping, errors);
    expect(r.cell('views')).toBe('1.2万');
    expect(r.cell('absent')).toBeNull();
    expect(r.failed).toBe(false);
    expect(r.read('date', parseDateCell(r.cell('date'), tz))).toBeUndefined();
    expect(r.failed).toBe(true);
    expect(errors).toEqual([
      expect.objectContaining({ rowNumber: 7, field: 'date', column: '日期', value: '2026-13-01' }),
    ]);
    expect(errors[0]!.code).toMatch(/^date\./);
  });

  it('calls an empty required cell row.required and a whole-row problem names no column', () => {
    const errors: ImportCellError[] = [];
    const r = rowReporter<keyof typeof mapping>(row, mapping, errors);
    expect(r.readRequired('empty', parseDateCell(r.cell('empty'), tz), 'The date is empty')).toBeNull();
    r.fail(null, 'The row has no metric values', 'row.noMetrics');
    expect(errors.map((e) => [e.field, e.column, e.value, e.code])).toEqual([
      ['empty', '空', null, 'row.required'],
      [null, null, null, 'row.noMetrics'],
    ]);
  });
});

describe('readDateOrMonthDay', () => {
  const yearFor = yearRule({ from: '2026-12-20', to: '2026-12-31' });

  it('completes a month-day with the rule’s year and says which year it took', () => {
    const parse = (v: unknown) => parseDateTimeCell(v, tz);
    expect(readDateOrMonthDay('1月3日 20:00', parse, yearFor)).toEqual({
      result: { ok: true, value: '2027-01-03T12:00:00.000Z' },
      assumedYear: 2027,
    });
    expect(readDateOrMonthDay('2025-08-01 20:00', parse, yearFor).assumedYear).toBeNull();
  });

  it('refuses a month-day when no rule is given, and leaves other bad text to the parser', () => {
    const parse = (v: unknown) => parseDateCell(v, tz);
    expect(readDateOrMonthDay('12月22日', parse, undefined).result.ok).toBe(false);
    expect(readDateOrMonthDay('昨天', parse, yearFor)).toMatchObject({
      result: { ok: false },
      assumedYear: null,
    });
  });
});

describe('parseDuration as both importers read it', () => {
  it('reads watch time (metrics, 人均观看时长) and session length (直播时长) from one parser', () => {
    const watch = (v: unknown, header: string) =>
      parseDuration(v, { bareUnitSeconds: headerDurationUnit(header, 1), twoPartClock: 'ms' });
    expect(watch('1:30', '观看时长')).toEqual({ ok: true, value: 90 });
    expect(watch('1:02:03', '观看时长')).toEqual({ ok: true, value: 3723 });
    expect(watch('12分30秒', '观看时长')).toEqual({ ok: true, value: 750 });
    expect(watch(2, '观看时长(分钟)')).toEqual({ ok: true, value: 120 });
    expect(watch(-1, '观看时长')).toMatchObject({ ok: false, code: 'duration.negative' });
    const length = (v: unknown) =>
      parseDuration(v, { bareUnitSeconds: headerDurationUnit('直播时长', 60), twoPartClock: 'hm' });
    expect(length('2:15')).toEqual({ ok: true, value: 8100 });
    expect(length(90)).toEqual({ ok: true, value: 5400 });
    expect(length('两小时')).toMatchObject({
      ok: false,
      code: 'duration.invalid',
      params: { text: '两小时' },
    });
  });
});

describe('yearAssumedNotes', () => {
  it('groups rows by the year they were given, names them, and words the basis', () => {
    const rows = [
      { rowNumber: 2, assumedYear: null },
      { rowNumber: 3, assumedYear: 2027 },
      { rowNumber: 4, assumedYear: 2026 },
      { rowNumber: 5, assumedYear: 2027 },
    ];
    expect(yearAssumedNotes(rows, 'fileDates')).toEqual([
      expect.objectContaining({ code: 'note.yearAssumed', params: { year: 2026, count: 1, rows: '4' } }),
      expect.objectContaining({ code: 'note.yearAssumed', params: { year: 2027, count: 2, rows: '3, 5' } }),
    ]);
    expect(yearAssumedNotes(rows, 'today').map((n) => n.code)).toEqual([
      'note.yearAssumedToday',
      'note.yearAssumedToday',
    ]);
    const many = Array.from({ length: 12 }, (_, i) => ({ rowNumber: i + 2, assumedYear: 2026 }));
    expect(yearAssumedNotes(many, 'fileDates')[0]!.params).toMatchObject({
      count: 12,
      rows: '2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …',
    });
  });
});
