import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';
import { jobFinished, waitForJob } from '../support/jobs';
import { dailyMetricsCsv } from '../support/metricsCsv';
import { setupPlan } from './content/setup';

/**
 * Import previews as jobs: progress while the worker reads, the same preview the synchronous method
 * gives for the same file, and cancel that stores nothing (and leaves nothing to commit).
 */
let t: TestBackend;
let workspaceId: string;
const handles = Array.from({ length: 20 }, (_, i) => `acct_${i}`);

// Worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const fixture = (folder: string, name: string) =>
  readFileSync(join(__dirname, '..', 'fixtures', folder, name)).toString('base64');

describe('metrics preview as a job', () => {
  beforeEach(async () => {
    ({ t, workspaceId } = await backendWithSalesAccounts(
      '代运营客户',
      handles.map((handle, i) => ({ handle, displayName: `账号${i}` })),
    ));
  });
  afterEach(() => closeReleasingJobs(t));

  /** Uploads a file in one chunk, as the app does for a file it reads from disk. */
  async function upload(text: string): Promise<string> {
    const answer = await t.call('metrics.importUpload', {
      workspaceId,
      fileName: 'export.csv',
      offset: 0,
      chunkBase64: Buffer.from(text).toString('base64'),
      last: true,
    });
    return answer.sessionId;
  }

  it('reports rows read, gives the synchronous preview, and becomes the plan a commit writes', async () => {
    // One stored day, so the preview has updates as well as inserts.
    const stored = await upload(dailyMetricsCsv(handles, 1, '2024-01-01'));
    await t.call('metrics.importPreview', { workspaceId, sessionId: stored });
    await waitForJob(t, (await t.call('metrics.importStart', { sessionId: stored })).jobId, jobFinished);

    const sessionId = await upload(`${dailyMetricsCsv(handles, 1000)}2024-01-02,nobody,1,1,1,1\r\n`);
    const expected = await t.call('metrics.importPreview', { workspaceId, sessionId });
    expect(expected).toMatchObject({ totalRows: 20_001, errorRows: 1, updates: 20 });

    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('metrics.importPreviewStart', { workspaceId, sessionId });
    // Held at its first checkpoint: part of the file read, the rest not.
    const held = await waitForJob(t, jobId, (j) => j.progress > 0);
    expect(held).toMatchObject({ kind: 'metrics.preview', state: 'running', total: 20_001 });
    expect(held.progress).toBeLessThan(20_001);
    // Until the new preview is ready there is no plan to commit.
    expect(await t.fail('metrics.importStart', { sessionId, skipInvalidRows: true })).toMatchObject({
      code: 'invalid_state',
      reason: 'metricsImport.previewFirst',
    });
    jobRunner(t.backend.context).hold(false);

    const job = await waitForJob(t, jobId, jobFinished);
    expect(job).toMatchObject({ state: 'succeeded', progress: 20_001, error: null });
    expect(job.result).toEqual({ kind: 'metrics.preview', preview: expected });

    const commit = await waitForJob(
      t,
      (await t.call('metrics.importStart', { sessionId, skipInvalidRows: true })).jobId,
      jobFinished,
    );
    expect(commit.result).toMatchObject({ inserted: 19_980, updated: 20, skipped: 1 });
  });

  it('reads a corrected mapping the same way as the synchronous preview', async () => {
    const sessionId = await upload(dailyMetricsCsv(handles.slice(0, 2), 30));
    const input = { workspaceId, sessionId, mapping: { likes: null }, granularity: 'day' as const };
    const expected = await t.call('metrics.importPreview', input);
    expect(expected.mapping.likes).toBeNull();
    const job = await waitForJob(t, (await t.call('metrics.importPreviewStart', input)).jobId, jobFinished);
    expect(job.result).toEqual({ kind: 'metrics.preview', preview: expected });
  });

  it('cancel stores nothing and leaves nothing to commit', async () => {
    const sessionId = await upload(dailyMetricsCsv(handles, 500));
    await t.call('metrics.importPreview', { workspaceId, sessionId });
    const before = snapshotTables(t.backend);
    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('metrics.importPreviewStart', { workspaceId, sessionId });
    await waitForJob(t, jobId, (j) => j.progress > 0);
    const cancelled = await t.call('jobs.cancel', { id: jobId });
    // A preview writes nothing: it ends at once, there is no transaction to roll back.
    expect(cancelled).toMatchObject({ state: 'cancelled', result: null });
    expect((await t.call('jobs.get', { id: jobId })).state).toBe('cancelled');
    expect(snapshotTables(t.backend)).toEqual(before);
    expect(await t.fail('metrics.importStart', { sessionId })).toMatchObject({
      reason: 'metricsImport.previewFirst',
    });
  });

  it('refuses an account outside the workspace before starting', async () => {
    const sessionId = await upload(dailyMetricsCsv(handles.slice(0, 1), 3));
    const err = await t.fail('metrics.importPreviewStart', {
      workspaceId,
      sessionId,
      accountId: '00000000-0000-4000-8000-000000000000',
    });
    expect(err).toMatchObject({ code: 'invalid_input', reason: 'metricsImport.unknownAccount' });
  });
});

describe('content, creator and live-session previews as jobs', () => {
  it('give the synchronous content preview for the same plan file', async () => {
    const p = await setupPlan();
    try {
      const input = {
        workspaceId: p.workspaceId,
        fileName: 'plan.csv',
        base64: fixture('content', 'plan-zh-utf8-bom.csv'),
      };
      const expected = await p.t.call('content.importPreview', input);
      expect(expected.counts.total).toBe(4);
      const job = await waitForJob(
        p.t,
        (await p.t.call('content.importPreviewStart', input)).jobId,
        jobFinished,
      );
      expect(job).toMatchObject({ kind: 'content.preview', state: 'succeeded', progress: 4, total: 4 });
      expect(job.result).toEqual({ kind: 'content.preview', preview: expected });
    } finally {
      p.t.close();
    }
  });

  it('give the synchronous creator and live-session previews, and report a bad file as a coded error', async () => {
    t = await createTestBackend();
    try {
      workspaceId = (
        await t.call('workspaces.create', { name: '直播品牌', industry: 'beauty_personal_care' })
      ).id;
      await t.call('accounts.create', {
        workspaceId,
        role: 'sales',
        handle: 'brand_store',
        displayName: '旗舰店',
      });

      const roster = {
        workspaceId,
        fileName: 'roster.csv',
        base64: fixture('creators', 'roster-zh-gbk.csv'),
      };
      const creators = await t.call('creators.importPreview', roster);
      const creatorJob = await waitForJob(
        t,
        (await t.call('creators.importPreviewStart', roster)).jobId,
        jobFinished,
      );
      expect(creatorJob.result).toEqual({ kind: 'creators.preview', preview: creators });

      const sessions = { workspaceId, fileName: 'sessions.csv', base64: fixture('live', 'sessions-en.csv') };
      const live = await t.call('liveSessions.importPreview', sessions);
      expect(live.totalRows).toBeGreaterThan(0);
      const liveJob = await waitForJob(
        t,
        (await t.call('liveSessions.importPreviewStart', sessions)).jobId,
        jobFinished,
      );
      expect(liveJob).toMatchObject({ state: 'succeeded', progress: live.totalRows, total: live.totalRows });
      expect(liveJob.result).toEqual({ kind: 'liveSessions.preview', preview: live });

      const before = snapshotTables(t.backend);
      const empty = {
        workspaceId,
        fileName: 'empty.csv',
        base64: Buffer.from('日期\r\n').toString('base64'),
      };
      const expectedError = await t.fail('creators.importPreview', empty);
      const failed = await waitForJob(
        t,
        (await t.call('creators.importPreviewStart', empty)).jobId,
        jobFinished,
      );
      expect(failed.state).toBe('failed');
      expect(failed.error).toMatchObject({ code: expectedError.code, message: expectedError.message });
      expect(snapshotTables(t.backend)).toEqual(before);
    } finally {
      t.close();
    }
  });
});
