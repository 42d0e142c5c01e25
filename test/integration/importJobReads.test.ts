import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../shared/domain/jobs';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { findSession } from '../../electron/backend/metrics/sessions';
import { snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';
import { jobFinished, waitForJob } from '../support/jobs';
import { dailyMetricsCsv } from '../support/metricsCsv';

/**
 * The import jobs' own reads of their file — a metrics commit whose preview's rows were let go, a
 * live-session import — report bytes read, then rows written, each rising to its end; a cancel during
 * the metrics read ends the job with nothing stored.
 */
let t: TestBackend;
let workspaceId: string;
const handles = ['acct_0', 'acct_1', 'acct_2', 'acct_3'];
const DAYS = 1000;

// Worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

beforeEach(async () => {
  ({ t, workspaceId } = await backendWithSalesAccounts('代运营客户', [
    ...handles.map((handle, i) => ({ handle, displayName: `账号${i}` })),
    { handle: 'brand_store', displayName: '旗舰店' },
  ]));
});
afterEach(() => closeReleasingJobs(t));

/** Every state a job is seen in until it ends, polled through the router. */
async function observe(jobId: string): Promise<Job[]> {
  const seen: Job[] = [];
  await waitForJob(t, jobId, (job) => {
    seen.push(job);
    return jobFinished(job);
  });
  return seen;
}

/** Bytes read first, then rows: each phase rises (never falls) against its own total, and the last is whole. */
function expectRisingToTheEnd(all: Job[], rows: number) {
  // Before its worker's first report a job shows 0 of its rows.
  const seen = all.slice(all.findIndex((j) => j.progress > 0));
  const units = seen.map((j) => j.progressUnit);
  const firstRows = units.indexOf('units');
  expect(units.slice(firstRows).every((u) => u === 'units')).toBe(true);
  for (const phase of [seen.slice(0, firstRows), seen.slice(firstRows)]) {
    for (let i = 1; i < phase.length; i++)
      expect(phase[i]!.progress).toBeGreaterThanOrEqual(phase[i - 1]!.progress);
    for (const job of phase) expect(job.progress).toBeLessThanOrEqual(job.total!);
  }
  expect(seen.at(-1)).toMatchObject({ state: 'succeeded', progress: rows, total: rows });
}

/** The daily export as a workbook of text cells, as some back-ends write it. */
async function metricsXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('日报');
  const lines = dailyMetricsCsv(handles, DAYS).replace('\uFEFF', '').trim().split('\r\n');
  for (const line of lines) sheet.addRow(line.split(','));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function liveCsv(count: number): string {
  const lines = ['Account,Start time,End time,Viewers,GMV'];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(`@brand_store,${day} 20:00,${day} 22:00,${1000 + i},${5000 + i}.00`);
  }
  return lines.join('\r\n');
}

describe('a metrics import job that reads its file again', () => {
  /** A previewed workbook whose kept rows were let go: a later preview of another file keeps its own. */
  async function previewedWorkbook(): Promise<{ sessionId: string; size: number }> {
    const bytes = await metricsXlsx();
    const sessionId = (
      await t.call('metrics.importUpload', {
        workspaceId,
        fileName: '日报.xlsx',
        offset: 0,
        chunkBase64: bytes.toString('base64'),
        last: true,
      })
    ).sessionId;
    await t.call('metrics.importPreview', { workspaceId, sessionId });
    await t.call('metrics.importPreview', {
      workspaceId,
      fileName: 'other.csv',
      contentBase64: Buffer.from(dailyMetricsCsv(handles, 2)).toString('base64'),
    });
    expect(findSession(t.backend.context, sessionId)!.kept).toBeNull();
    return { sessionId, size: bytes.byteLength };
  }

  it('reports the bytes it reads, then the rows it writes, up to the end', async () => {
    const { sessionId } = await previewedWorkbook();
    const seen = await observe((await t.call('metrics.importStart', { sessionId })).jobId);
    expectRisingToTheEnd(seen, DAYS * handles.length);
  });

  it('a cancel during the read stores nothing', async () => {
    const { sessionId, size } = await previewedWorkbook();
    const before = snapshotTables(t.backend);
    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('metrics.importStart', { sessionId });
    const reading = await waitForJob(t, jobId, (j) => j.progress > 0);
    expect(reading).toMatchObject({ state: 'running', progressUnit: 'characters', total: size });
    expect(reading.progress).toBeLessThan(size);
    await t.call('jobs.cancel', { id: jobId });
    expect(await waitForJob(t, jobId, jobFinished)).toMatchObject({ state: 'cancelled', result: null });
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

// A cancel during the live-session read stops it there (its read checks cancel, not the test hold, so
// liveSessionsJob.test.ts can hold the job inside its transaction); the read's stop is shown in process
// by previewProgress.test.ts, which runs the same analyseImport.
describe('a live-session import job', () => {
  const ROWS = 600;
  const input = () => ({
    workspaceId,
    fileName: 'sessions.csv',
    base64: Buffer.from(liveCsv(ROWS)).toString('base64'),
  });

  it('reports the bytes it reads, then the sessions it writes, up to the end', async () => {
    const seen = await observe((await t.call('liveSessions.importStart', input())).jobId);
    expectRisingToTheEnd(seen, ROWS);
  });
});
