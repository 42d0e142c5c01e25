import { describe, expect, it } from 'vitest';
import { csvCell, guardFormula, toCsv } from '../../shared/reports/csv';
import {
  planVsTarget,
  performanceSections,
  reportRangeProblem,
  weeksOf,
} from '../../shared/reports/aggregate';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+86 138', `'+86 138`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
  ])('prefixes %j with an apostrophe', (input, output) => {
    expect(guardFormula(input)).toBe(output);
  });

  it('leaves ordinary text, a formula sign inside the text, and numbers alone', () => {
    expect(guardFormula('夏日 = 清爽')).toBe('夏日 = 清爽');
    expect(guardFormula('')).toBe('');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF lines, quotes what needs quoting and guards after quoting rules', () => {
    const csv = toCsv(
      ['标题', 'n'],
      [
        ['a, "b"', 1],
        ['=1+1', null],
        ['第一行\n第二行', true],
      ],
    );
    expect(csv).toBe('\uFEFF标题,n\r\n"a, ""b""",1\r\n\'=1+1,\r\n"第一行\n第二行",true\r\n');
  });
});

describe('reportRangeProblem', () => {
  it('accepts a single day and exactly 400 days, refuses reversed and longer ranges', () => {
    expect(reportRangeProblem('2025-08-01', '2025-08-01')).toBeNull();
    expect(reportRangeProblem('2025-01-01', '2026-02-04')).toBeNull(); // 400 days
    expect(reportRangeProblem('2025-01-01', '2026-02-05')).toEqual({
      field: 'to',
      reason: 'reports.rangeTooLong',
      maxDays: 400,
    });
    expect(reportRangeProblem('2025-08-02', '2025-08-01')).toEqual({
      field: 'from',
      reason: 'reports.rangeReversed',
    });
  });
});

describe('weeksOf', () => {
  it('lists the Monday of every week the range touches', () => {
    expect(weeksOf('2025-08-06', '2025-08-18')).toEqual(['2025-08-04', '2025-08-11', '2025-08-18']);
    expect(weeksOf('2025-08-04', '2025-08-10')).toEqual(['2025-08-04']);
  });
});

describe('planVsTarget', () => {
  it('tallies each account and week against its targets and counts the published items', () => {
    const monday = Date.parse('2025-08-03T16:00:00Z'); // 2025-08-04 00:00 Shanghai
    const base = { title: 't', objective: 'seed' as const, productIds: [] };
    const rows = planVsTarget(
      ['2025-08-04', '2025-08-11'],
      [{ id: 's', role: 'sales', displayName: 'S', targets: { postsPerWeek: 2, liveHoursPerWeek: 1.5 } }],
      [
        {
          ...base,
          id: '1',
          accountId: 's',
          format: 'short_video',
          status: 'published',
          startMs: monday,
          endMs: monday,
        },
        {
          ...base,
          id: '2',
          accountId: 's',
          format: 'short_video',
          status: 'idea',
          startMs: monday + 1,
          endMs: monday + 1,
        },
        {
          ...base,
          id: '3',
          accountId: 's',
          format: 'live',
          status: 'scheduled',
          startMs: monday,
          endMs: monday + 5_400_000,
        },
        {
          ...base,
          id: '4',
          accountId: 's',
          format: 'short_video',
          status: 'cancelled',
          startMs: monday,
          endMs: monday,
        },
      ],
      'Asia/Shanghai',
    );
    expect(rows).toEqual([
      {
        weekStart: '2025-08-04',
        accountId: 's',
        postsPlanned: 2,
        postsTarget: 2,
        postsStatus: 'on_target',
        liveHoursPlanned: 1.5,
        liveHoursTarget: 1.5,
        liveHoursStatus: 'on_target',
        published: 1,
      },
      {
        weekStart: '2025-08-11',
        accountId: 's',
        postsPlanned: 0,
        postsTarget: 2,
        postsStatus: 'below',
        liveHoursPlanned: 0,
        liveHoursTarget: 1.5,
        liveHoursStatus: 'below',
        published: 0,
      },
    ]);
  });
});

describe('performanceSections', () => {
  it('fills every day of the range and sums per account and overall', () => {
    const p = performanceSections(
      [
        { accountId: 'a', date: '2025-08-01', views: 10, engagement: 2, gmvFen: 100, newFollowers: -1 },
        { accountId: 'b', date: '2025-08-01', views: 5, engagement: null, gmvFen: null, newFollowers: 3 },
        { accountId: 'a', date: '2025-08-03', views: 1, engagement: 1, gmvFen: 1, newFollowers: 1 },
        { accountId: 'a', date: '2025-08-04', views: 999, engagement: 0, gmvFen: 0, newFollowers: 0 },
      ],
      '2025-08-01',
      '2025-08-03',
    );
    expect(p.series.map((d) => [d.date, d.views])).toEqual([
      ['2025-08-01', 15],
      ['2025-08-02', 0],
      ['2025-08-03', 1],
    ]);
    expect(p.totals).toEqual({ views: 16, engagement: 3, gmvFen: 101, newFollowers: 3, days: 2 });
    expect(p.byAccount).toEqual([
      { accountId: 'a', views: 11, engagement: 3, gmvFen: 101, newFollowers: 0, days: 2 },
      { accountId: 'b', views: 5, engagement: 0, gmvFen: 0, newFollowers: 3, days: 1 },
    ]);
  });
});
