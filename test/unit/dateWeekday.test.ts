import { describe, expect, it } from 'vitest';
import { readPlannedAt } from '../../shared/content/importPlannedAt';
import { parseDateCell } from '../../shared/parsing/date';
import { fullDateOf, readDateOrMonthDay, yearRule, yearRuleRange } from '../../shared/parsing/yearRule';

const tz = 'Asia/Shanghai';
// 2026-12-22 is a Tuesday.
const yearFor = yearRule({ from: '2026-12-20', to: '2026-12-31' });
const read = (date: string, time: string | null = null) =>
  readPlannedAt({ date, time, timeZone: tz, yearFor });

describe('a weekday written beside a date', () => {
  it.each([
    '12月22日（周二）',
    '12月22日 周二',
    '12/22 周二',
    '周二 12/22',
    '2026-12-22 星期二',
    '2026/12/22(二)',
    '2026年12月22日 礼拜二',
    'Tue 12/22/2026',
    'Tuesday, 2026-12-22',
  ])('%s is read as 2026-12-22', (text) => {
    expect(read(text, '20:00')).toMatchObject({ ok: true, value: '2026-12-22T12:00:00.000Z' });
  });

  it('keeps a time written after the weekday', () => {
    expect(read('12月22日 周二 20:00')).toMatchObject({ ok: true, value: '2026-12-22T12:00:00.000Z' });
  });

  it('refuses a weekday the date does not have, naming the date', () => {
    for (const text of ['12月22日（周三）', '2026-12-22 星期日', 'Mon 12/22/2026']) {
      expect(read(text, '20:00')).toMatchObject({
        ok: false,
        field: 'plannedAt',
        error: { code: 'date.weekdayMismatch', params: { date: '2026-12-22' } },
      });
    }
  });

  it('counts full dates with their weekday in the year rule, and reads them in the metrics importer', () => {
    expect(fullDateOf('2027-01-04（周一）', tz)).toBe('2027-01-04');
    expect(yearRuleRange(['2027-01-04'], 0, tz)).toEqual({ from: '2027-01-04', to: '2027-01-04' });
    const daily = readDateOrMonthDay(
      '1月5日 周二',
      (v) => parseDateCell(v, tz),
      yearRule({ from: '2027-01-04', to: '2027-01-04' }),
    );
    expect(daily).toEqual({ result: { ok: true, value: '2027-01-05' }, assumedYear: 2027 });
  });

  it('leaves a date without a weekday as it was', () => {
    expect(read('2026-12-22', '20:00')).toMatchObject({ ok: true, value: '2026-12-22T12:00:00.000Z' });
    expect(read('周末', '20:00')).toMatchObject({
      ok: false,
      field: 'plannedAt',
      error: { code: 'date.invalid' },
    });
  });
});
