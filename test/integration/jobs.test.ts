import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../shared/domain/jobs';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { dailyMetricsCsv } from '../support/metricsCsv';
import { closeReleasingJobs } from '../support/jobsWorkspace';
import { jobFinished, waitForJob } from '../support/jobs';

let t: TestBackend;
let workspaceId: string;
const handles = Array.from({ length: 50 }, (_, i) => `acct_${i}`);
const accountIds: string[] = [];

beforeEach(async () => {
  t = await createTestBackend();
  workspaceId = (await t.call('workspaces.create', { name: '代运营客户', industry: 'beauty_personal_care' }))
    .id;
  accountIds.length = 0;
  for (const [i, handle] of handles.entries()) {
    const role = i % 2 === 0 ? 'brand' : 'sales';
    accountIds.push(
      (await t.call('accounts.create', { workspaceId, role, handle, displayName: `账号${i}` })).id,
    );
  }
});
afterEach(() => closeReleasingJobs(t));

const b64 = (text: string) => Buffer.from(text).toString('base64');

async function previewFile(text: string) {
  return t.call('metrics.importPreview', { workspaceId, fileName: 'export.csv', contentBase64: b64(text) });
}

const waitFor = (jobId: string, done: (job: Job) => boolean) => waitForJob(t, jobId, done);

const countRows = () =>
  (t.backend.context.db.prepare('SELECT COUNT(*) AS n FROM account_metrics').get() as { n: number }).n;

// A 100k-row file and worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

describe('jobs: metrics import in a worker thread', () => {
  it('imports 100,000 rows with progress, then counts a re-import as updates', async () => {
    const preview = await previewFile(dailyMetricsCsv(handles, 2000));
    expect(preview).toMatchObject({ totalRows: 100_000, validRows: 100_000, inserts: 100_000, updates: 0 });
    const { jobId } = await t.call('metrics.importStart', { sessionId: preview.sessionId });
    const progressSeen = new Set<number>();
    const job = await waitFor(jobId, (j) => {
      progressSeen.add(j.progress);
      return jobFinished(j);
    });
    expect(job).toMatchObject({ state: 'succeeded', progress: 100_000, total: 100_000, error: null });
    expect(job.result).toMatchObject({
      kind: 'metrics.import',
      inserted: 100_000,
      updated: 0,
      skipped: 0,
      accounts: 50,
      from: '2024-01-01',
    });
    expect(countRows()).toBe(100_000);
    // The session was committed: it is gone.
    expect((await t.fail('metrics.importCommit', { sessionId: preview.sessionId })).code).toBe('not_found');

    // Days 1000–2499: 1000 stored days become updates, 500 new ones inserts.
    const again = await previewFile(dailyMetricsCsv(handles, 1500, '2026-09-27'));
    expect(again).toMatchObject({ inserts: 25_000, updates: 50_000 });
    const second = await waitFor(
      (await t.call('metrics.importStart', { sessionId: again.sessionId })).jobId,
      jobFinished,
    );
    expect(second.result).toMatchObject({ inserted: 25_000, updated: 50_000 });
    expect(countRows()).toBe(125_000);
  });

  it('keeps answering reads while a job holds its transaction, and cancel rolls everything back', async () => {
    const preview = await previewFile(dailyMetricsCsv(handles, 400));
    const before = snapshotTables(t.backend);
    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('metrics.importStart', { sessionId: preview.sessionId });
    // Held at the checkpoint after its first chunk: rows written inside its open transaction.
    const held = await waitFor(jobId, (j) => j.progress > 0);
    expect(held).toMatchObject({ state: 'running', total: 20_000 });
    expect(held.progress).toBeLessThan(20_000);

    // Reads are answered meanwhile, and see none of the uncommitted rows.
    expect((await t.call('workspaces.list', {})).map((w) => w.id)).toContain(workspaceId);
    const series = await t.call('metrics.series', { accountId: accountIds[0]!, metric: 'views' });
    expect(series.points).toEqual([]);
    expect(countRows()).toBe(0);

    const cancelling = await t.call('jobs.cancel', { id: jobId });
    expect(cancelling.state).toBe('running'); // it rolls back first, then reports
    const job = await waitFor(jobId, jobFinished);
    expect(job).toMatchObject({ state: 'cancelled', result: null });
    expect(snapshotTables(t.backend)).toEqual(before);
    // The session survives a cancel: the user can start it again.
    jobRunner(t.backend.context).hold(false);
    const retry = await waitFor(
      (await t.call('metrics.importStart', { sessionId: preview.sessionId })).jobId,
      jobFinished,
    );
    expect(retry).toMatchObject({ state: 'succeeded', progress: 20_000 });
    expect(countRows()).toBe(20_000);
  });

  it('reports a failure as a coded error and stores nothing', async () => {
    const preview = await previewFile(dailyMetricsCsv(handles, 10));
    // The previewed rows of acct_7 no longer have an account by the time the job runs.
    await t.call('accounts.delete', { id: accountIds[7]! });
    const before = snapshotTables(t.backend);
    const job = await waitFor(
      (await t.call('metrics.importStart', { sessionId: preview.sessionId })).jobId,
      jobFinished,
    );
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'invalid_state', reason: 'metricsImport.rowsHaveErrors' });
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('refuses to start what cannot commit, and names unknown jobs', async () => {
    const text = dailyMetricsCsv(['acct_1', 'nobody'], 3);
    const preview = await previewFile(text);
    expect(preview.errorRows).toBe(3);
    const refused = await t.fail('metrics.importStart', { sessionId: preview.sessionId });
    expect(refused).toMatchObject({ code: 'invalid_state', reason: 'metricsImport.rowsHaveErrors' });
    const skipped = await waitFor(
      (await t.call('metrics.importStart', { sessionId: preview.sessionId, skipInvalidRows: true })).jobId,
      jobFinished,
    );
    expect(skipped.result).toMatchObject({ inserted: 3, skipped: 3 });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.fail('jobs.get', { id: unknown })).code).toBe('not_found');
    expect((await t.fail('jobs.cancel', { id: unknown })).code).toBe('not_found');
  });
});

describe('jobs: forecast all', () => {
  it('saves a run per active account in one job', async () => {
    const preview = await previewFile(dailyMetricsCsv(handles.slice(0, 3), 90));
    await waitFor((await t.call('metrics.importStart', { sessionId: preview.sessionId })).jobId, jobFinished);
    const { jobId } = await t.call('forecasts.runAll', { workspaceId, metric: 'views', horizon: 14 });
    const job = await waitFor(jobId, jobFinished);
    expect(job).toMatchObject({ state: 'succeeded', progress: 50, total: 50 });
    expect(job.result).toEqual({ kind: 'forecasts.runAll', saved: 3, insufficient: 47, accounts: 50 });
    expect((await t.call('forecasts.list', { workspaceId, limit: 100 })).items).toHaveLength(50);
  });
});
