import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobProgressUnit } from '../../shared/domain/jobs';
import { previewCreatorImport } from '../../electron/backend/creators/import';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { findSession } from '../../electron/backend/metrics/sessions';
import type { AnalysisHooks } from '../../electron/backend/imports/analysisProgress';
import { snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';
import { waitForJob } from '../support/jobs';

/**
 * Big uploads are parsed as they stream: a CSV roster of the import's full size and an XLSX workbook
 * report bytes read several times before any row is analysed, and a cancel during that read stops
 * the parse with nothing written; a metrics XLSX upload ends with its headers alone and its rows are
 * streamed by the preview job. (That memory stays bounded is measured in test/bench/streamedPreview.ts.)
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

describe('a metrics workbook uploaded', () => {
  const handles = ['acct_0', 'acct_1', 'acct_2', 'acct_3'];
  const DAYS = 1000;

  beforeEach(async () => {
    ({ t, workspaceId } = await backendWithSalesAccounts(
      '代运营客户',
      handles.map((handle, i) => ({ handle, displayName: `账号${i}` })),
    ));
  });
  afterEach(() => closeReleasingJobs(t));

  async function metricsXlsx(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('日报');
    sheet.addRow(['日期', '账号', '播放量', '点赞']);
    const start = Date.UTC(2023, 0, 1);
    for (let d = 0; d < DAYS; d++) {
      const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      for (const [i, handle] of handles.entries()) sheet.addRow([day, handle, 1000 + d + i, 10 + i]);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('ends with its headers alone; the preview job streams its rows with progress by bytes', async () => {
    const bytes = await metricsXlsx();
    const finish = await t.call('metrics.importUpload', {
      workspaceId,
      fileName: '日报.xlsx',
      offset: 0,
      chunkBase64: bytes.toString('base64'),
      last: true,
    });
    // Its rows are not read at the end of the upload: not counted, not held.
    expect(finish).toMatchObject({ headers: ['日期', '账号', '播放量', '点赞'], totalRows: null });
    expect(findSession(t.backend.context, finish.sessionId)?.source).toBeNull();

    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('metrics.importPreviewStart', {
      workspaceId,
      sessionId: finish.sessionId,
    });
    const reading = await waitForJob(t, jobId, (j) => j.progress > 0);
    expect(reading).toMatchObject({ state: 'running', progressUnit: 'characters', total: bytes.byteLength });
    expect(reading.progress).toBeLessThan(bytes.byteLength);
    jobRunner(t.backend.context).hold(false);
    const previewed = await waitForJob(t, jobId, (j) => j.state !== 'running' && j.state !== 'queued');
    expect(previewed).toMatchObject({
      state: 'succeeded',
      result: { kind: 'metrics.preview', preview: { totalRows: DAYS * handles.length, errorRows: 0 } },
    });
  });
});
