import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobProgressUnit } from '../../shared/domain/jobs';
import { previewCreatorImport } from '../../electron/backend/creators/import';
import type { AnalysisHooks } from '../../electron/backend/imports/analysisProgress';
import { snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';

/**
 * Big uploads are parsed as they stream: a CSV roster of the import's full size and an XLSX workbook
 * report bytes read several times before any row is analysed, and a cancel during that read stops
 * the parse with nothing written. (That memory stays bounded is measured in test/bench/streamedPreview.ts.)
 */
let t: TestBackend;
let workspaceId: string;
const ROWS = 20_000; // MAX_CREATOR_IMPORT_ROWS

vi.setConfig({ testTimeout: 180_000 });

const rosterRow = (i: number) => [`达人${i}`, '抖音', `creator_${i}`, 10_000 + i, `美妆 · 第${i % 97}组`];
const header = ['达人昵称', '平台', '抖音号', '粉丝数', '备注'];

function rosterCsv(): string {
  const lines = [header.join(','), ...Array.from({ length: ROWS }, (_, i) => rosterRow(i).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`).toString('base64');
}

async function rosterXlsx(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  // A cover sheet first: the roster is still the sheet read, chosen by its headers as it streams.
  workbook.addWorksheet('说明').addRow(['本表为达人名单导出']);
  const sheet = workbook.addWorksheet('达人名单');
  sheet.addRow(header);
  for (let i = 0; i < ROWS; i++) sheet.addRow(rosterRow(i));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

interface Report {
  done: number;
  total: number | null;
  unit: JobProgressUnit;
}
class Stop extends Error {}

function recording(stopAtCheck?: number): { hooks: AnalysisHooks; reports: Report[] } {
  const reports: Report[] = [];
  let checks = 0;
  return {
    reports,
    hooks: {
      onProgress: (done, total, unit = 'units') => reports.push({ done, total, unit }),
      checkpoint: () => {
        if (++checks === stopAtCheck) throw new Stop();
      },
    },
  };
}

const preview = (fileName: string, base64: string, hooks?: AnalysisHooks) =>
  previewCreatorImport(t.backend.context, { workspaceId, fileName, base64 }, hooks);

describe('big uploads previewed as they stream', () => {
  beforeEach(async () => {
    ({ t, workspaceId } = await backendWithSalesAccounts('美妆品牌', []));
  });
  afterEach(() => closeReleasingJobs(t));

  it.each([
    ['CSV', 'roster.csv', rosterCsv],
    ['XLSX', 'roster.xlsx', rosterXlsx],
  ] as const)('%s: several reports of bytes read come before any row is analysed', async (_f, name, file) => {
    const base64 = await file();
    const size = Buffer.from(base64, 'base64').byteLength;
    const { hooks, reports } = recording();
    const result = await preview(name, base64, hooks);
    expect(result.counts).toMatchObject({ total: ROWS, create: ROWS });
    const firstAnalysed = reports.findIndex((r) => r.unit === 'units');
    const read = reports.slice(0, firstAnalysed);
    expect(read.length).toBeGreaterThan(5);
    for (const [i, r] of read.entries()) {
      expect(r).toMatchObject({ unit: 'characters', total: size });
      if (i > 0) expect(r.done).toBeGreaterThan(read[i - 1]!.done);
    }
    expect(read.at(-1)!.done).toBeLessThan(size);
  });

  it.each([
    ['CSV', 'roster.csv', rosterCsv],
    ['XLSX', 'roster.xlsx', rosterXlsx],
  ] as const)(
    '%s: a cancel during the read stops it there, and nothing is written',
    async (_f, name, file) => {
      const base64 = await file();
      const size = Buffer.from(base64, 'base64').byteLength;
      const before = snapshotTables(t.backend);
      const { hooks, reports } = recording(2);
      await expect(preview(name, base64, hooks)).rejects.toBeInstanceOf(Stop);
      expect(reports.map((r) => r.unit)).toEqual(['characters', 'characters']);
      expect(reports.at(-1)!.done).toBeLessThan(size / 2);
      expect(snapshotTables(t.backend)).toEqual(before);
    },
  );
});
