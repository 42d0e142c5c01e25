import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { findSession } from '../../electron/backend/metrics/sessions';
import { snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';
import { jobFinished, waitForJob } from '../support/jobs';
import { dailyMetricsCsv } from '../support/metricsCsv';

/**
 * A metrics preview keeps the rows it parsed, and the commit writes them without reading the file again:
 * the same stored rows and outcome as a commit that reads it; a later preview, a changed catalogue or a
 * changed file each decide afresh; a cancel mid-commit stores nothing.
 */
const handles = Array.from({ length: 20 }, (_, i) => `acct_${i}`);
const backends: TestBackend[] = [];

// Worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

async function fresh() {
  const made = await backendWithSalesAccounts(
    '代运营客户',
    handles.map((handle, i) => ({ handle, displayName: `账号${i}` })),
  );
  backends.push(made.t);
  return made;
}
afterEach(() => {
  for (const t of backends.splice(0)) closeReleasingJobs(t);
});

async function upload(t: TestBackend, workspaceId: string, text: string, fileName = 'export.csv') {
  const answer = await t.call('metrics.importUpload', {
    workspaceId,
    fileName,
    offset: 0,
    chunkBase64: Buffer.from(text).toString('base64'),
    last: true,
  });
  return answer.sessionId;
}

async function previewJob(t: TestBackend, workspaceId: string, sessionId: string) {
  const { jobId } = await t.call('metrics.importPreviewStart', { workspaceId, sessionId });
  return waitForJob(t, jobId, jobFinished);
}

async function importJob(t: TestBackend, sessionId: string) {
  const { jobId } = await t.call('metrics.importStart', { sessionId, skipInvalidRows: true });
  return waitForJob(t, jobId, jobFinished);
}

/** Stored metric rows by account handle (ids differ between backends), without the import time. */
const storedRows = (t: TestBackend) =>
  t.backend.context.db
    .prepare(
      `SELECT a.handle, m.granularity, m.period_start, m.views, m.likes, m.comments, m.shares, m.saves,
         m.new_followers, m.live_viewers, m.orders, m.gmv_fen, m.watch_time_seconds, m.source
       FROM account_metrics m JOIN accounts a ON a.id = m.account_id
       ORDER BY a.handle, m.period_start`,
    )
    .all();

// 20 accounts × 300 days, a row for an unknown account (skipped) and one day already stored (updates).
const file = `${dailyMetricsCsv(handles, 300)}2024-01-02,nobody,1,1,1,1\r\n`;
const storedDay = dailyMetricsCsv(handles, 1, '2024-01-05');

async function withStoredDay(t: TestBackend, workspaceId: string) {
  const sessionId = await upload(t, workspaceId, storedDay, 'earlier.csv');
  await t.call('metrics.importPreview', { workspaceId, sessionId });
  await t.call('metrics.importCommit', { sessionId });
}

describe('metrics commit from the preview’s kept rows', () => {
  let t: TestBackend;
  let workspaceId: string;
  beforeEach(async () => {
    ({ t, workspaceId } = await fresh());
    await withStoredDay(t, workspaceId);
  });

  it('writes the previewed rows without reading the file again, as a commit that reads it would', async () => {
    const sessionId = await upload(t, workspaceId, file);
    expect((await previewJob(t, workspaceId, sessionId)).state).toBe('succeeded');
    // The uploaded bytes overwritten where they lie: a commit that read them again would find no rows.
    findSession(t.backend.context, sessionId)!.bytes!.fill(0x2c);
    const kept = await importJob(t, sessionId);
    expect(kept.state).toBe('succeeded');
    expect(kept.result).toMatchObject({ inserted: 5_980, updated: 20, skipped: 1, accounts: 20 });

    // The same file where the kept rows were let go (a later preview of another file keeps its own).
    const other = await fresh();
    await withStoredDay(other.t, other.workspaceId);
    const reread = await upload(other.t, other.workspaceId, file);
    await previewJob(other.t, other.workspaceId, reread);
    const later = await upload(other.t, other.workspaceId, dailyMetricsCsv(handles, 2, '2025-01-01'));
    await other.t.call('metrics.importPreview', { workspaceId: other.workspaceId, sessionId: later });
    expect(findSession(other.t.backend.context, reread)!.kept).toBeNull();
    const fromFile = await importJob(other.t, reread);

    expect({ ...fromFile.result, sessionId: null }).toEqual({ ...kept.result, sessionId: null });
    expect(storedRows(other.t)).toEqual(storedRows(t));
    expect(storedRows(t)).toHaveLength(6_000);
  });

  it('the synchronous commit writes the kept rows too', async () => {
    const sessionId = await upload(t, workspaceId, file);
    await t.call('metrics.importPreview', { workspaceId, sessionId });
    findSession(t.backend.context, sessionId)!.bytes!.fill(0x2c);
    const outcome = await t.call('metrics.importCommit', { sessionId, skipInvalidRows: true });
    expect(outcome).toMatchObject({ inserted: 5_980, updated: 20, skipped: 1 });
  });

  it('writes what the latest preview decided: a corrected mapping replaces the kept rows', async () => {
    const sessionId = await upload(t, workspaceId, file);
    await previewJob(t, workspaceId, sessionId);
    const corrected = await t.call('metrics.importPreview', {
      workspaceId,
      sessionId,
      mapping: { likes: null },
    });
    expect(corrected.mapping.likes).toBeNull();
    await importJob(t, sessionId);
    const likes = t.backend.context.db
      .prepare("SELECT COUNT(*) AS n FROM account_metrics WHERE likes IS NOT NULL AND source = 'export.csv'")
      .get() as { n: number };
    // The stored day's likes were kept (a re-import keeps what it does not carry); no new row has any.
    expect(likes.n).toBe(20);
  });

  it('reads the file again when an account was renamed after the preview', async () => {
    const sessionId = await upload(t, workspaceId, file);
    await previewJob(t, workspaceId, sessionId);
    const account = (await t.call('accounts.list', { workspaceId })).find((a) => a.handle === 'acct_3')!;
    await t.call('accounts.update', { id: account.id, handle: 'acct_3_renamed' });
    const job = await importJob(t, sessionId);
    // acct_3's 300 rows no longer name an account: skipped, as a fresh read of the file finds.
    expect(job.result).toMatchObject({ inserted: 5_681, updated: 19, skipped: 301, accounts: 19 });
  });

  it('refuses a file that changed after its preview, storing nothing', async () => {
    const sessionId = await upload(t, workspaceId, file);
    await previewJob(t, workspaceId, sessionId);
    const before = snapshotTables(t.backend);
    findSession(t.backend.context, sessionId)!.bytes = Buffer.from(dailyMetricsCsv(handles, 5, '2025-06-01'));
    for (const method of ['metrics.importStart', 'metrics.importCommit']) {
      expect(await t.fail(method, { sessionId, skipInvalidRows: true })).toMatchObject({
        code: 'invalid_state',
        reason: 'metricsImport.fileChanged',
      });
    }
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('a cancel mid-commit stores nothing, and the kept rows serve the retry', async () => {
    const sessionId = await upload(t, workspaceId, dailyMetricsCsv(handles, 1500));
    await previewJob(t, workspaceId, sessionId);
    const before = snapshotTables(t.backend);
    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('metrics.importStart', { sessionId });
    const held = await waitForJob(t, jobId, (j) => j.progress > 0);
    expect(held).toMatchObject({ state: 'running', total: 30_000, progressUnit: 'units' });
    expect(held.progress).toBeLessThan(30_000);
    await t.call('jobs.cancel', { id: jobId });
    expect(await waitForJob(t, jobId, jobFinished)).toMatchObject({ state: 'cancelled' });
    expect(snapshotTables(t.backend)).toEqual(before);

    jobRunner(t.backend.context).hold(false);
    findSession(t.backend.context, sessionId)!.bytes!.fill(0x2c);
    const retry = await waitForJob(
      t,
      (await t.call('metrics.importStart', { sessionId })).jobId,
      jobFinished,
    );
    expect(retry).toMatchObject({ state: 'succeeded', progress: 30_000 });
    expect(retry.result).toMatchObject({ inserted: 29_980, updated: 20 });
  });
});
