import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvals } from '../../renderer/src/features/approvals/i18n';
import { offers } from '../../renderer/src/features/offers/i18n';
import { reports } from '../../renderer/src/features/reports/i18n';
import { reportCsvColumns, reportValueLabels, type ReportCsvSection } from '../../shared/reports/columns';
import { reportTables } from '../../shared/reports/csvTables';
import type { Report } from '../../shared/reports/schema';

const languages = ['zh-CN', 'en'] as const;

/** A report with nothing in it: the header rows do not depend on the rows. */
const emptyReport: Report = {
  workspace: { id: 'ws', name: '青柠', industry: 'food', stage: 'growth', timeZone: 'Asia/Shanghai' },
  from: '2025-08-04',
  to: '2025-08-17',
  language: 'zh-CN',
  generatedAt: '2025-08-18T00:00:00.000Z',
  weeks: [],
  matrix: [],
  planVsTarget: [],
  published: { items: [], total: 0 },
  approvals: null,
  offers: { items: [], spendFen: 0, deliverables: [] },
  performance: {
    totals: { days: 0, views: 0, engagement: 0, gmvFen: 0, newFollowers: 0 },
    byAccount: [],
    series: [],
  },
  forecasts: { runs: [], accuracy: [] },
  liveSessions: null,
} as unknown as Report;

// The CSV file of each section (the zip's names are part of the export's contract).
const sectionOfFile: Record<string, ReportCsvSection> = {
  '01-matrix.csv': 'matrix',
  '02-plan-vs-target.csv': 'plan',
  '03-published.csv': 'published',
  '04-offers.csv': 'offers',
  '05-deliverables.csv': 'deliverables',
  '06-performance-daily.csv': 'daily',
  '07-performance-accounts.csv': 'accounts',
  '08-forecasts.csv': 'forecasts',
  '09-forecast-accuracy.csv': 'accuracy',
  '10-approvals.csv': 'approvals',
  '11-live-sessions.csv': 'live',
};

describe('report column labels', () => {
  it.each(languages)('CSV header rows are the report page column titles (%s)', (language) => {
    const tables = reportTables(emptyReport, language);
    expect(tables.map((t) => t.fileName)).toEqual(Object.keys(sectionOfFile));
    const pageTitles: Record<string, string> = reports[language].cols;
    for (const table of tables) {
      const section = sectionOfFile[table.fileName]!;
      expect(table.headers, table.fileName).toEqual(reportCsvColumns[section].map((id) => pageTitles[id]));
    }
  });

  it('the zh-CN and en headers differ column by column (nothing left untranslated but codes)', () => {
    const zh = reportTables(emptyReport, 'zh-CN');
    const en = reportTables(emptyReport, 'en');
    const same = zh.flatMap((t, i) =>
      t.headers.filter((h, j) => h === en[i]!.headers[j] && !/^(P\d0|MASE)$/.test(h)),
    );
    expect(same).toEqual([]);
  });

  it('every column title the report page uses is in the shared table, in both languages', () => {
    const dir = join(__dirname, '..', '..', 'renderer', 'src', 'features', 'reports');
    const used = ['ReportSections.tsx', 'ReportCharts.tsx'].flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/f\.t\('cols\.(\w+)'\)/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(40);
    for (const language of languages) {
      const missing = used.filter((id) => !(id in reports[language].cols));
      expect(missing, language).toEqual([]);
    }
  });

  it("a client reads an offer's state, a deliverable's status and an approval in the words the agency's pages show", () => {
    for (const language of languages) {
      const cells = reportValueLabels[language];
      expect(cells.offerState, language).toEqual(offers[language].state);
      expect(cells.deliverable, language).toEqual(offers[language].deliverables.statuses);
      expect(cells.approval, language).toMatchObject(approvals[language].state);
    }
    // The words themselves, as a zh-CN reader sees them on the offers page and in the CSV.
    expect(reportValueLabels['zh-CN'].offerState.revised).toBe('品牌改价');
    expect(reportValueLabels['zh-CN'].deliverable.approved).toBe('已审核');
  });
});
