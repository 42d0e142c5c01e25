import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../shared/domain/jobs';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { findSession } from '../../electron/backend/metrics/sessions';
import { snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';
import { jobFinished, waitForJob } from '../support/jobs';
import { dailyMetricsCsv } from '../support/metricsCsv';

/**
 * The end of a metrics upload reads the file's head only: its rows are counted by the first full read,
 * a preview job's in its worker (progress by share of the file read, then by rows), which hands the
 * layout back so the import job does not count again.
 */
let t: TestBackend;
let workspaceId: string;
const handles = Array.from({ length: 20 }, (_, i) => `acct_${i}`);

// Worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const waitFor = (jobId: string, done: (job: Job) => boolean) => waitForJob(t, jobId, done);

/** Uploads in 256 KB chunks, as the app does; returns the session and the last chunk's answer. */
async function upload(text: string) {
  const bytes = Buffer.from(text);
  const chunk = 256 * 1024;
  let sessionId: string | undefined;
  for (let offset = 0; ; offset += chunk) {
    const last = offset + chunk >= bytes.length;
    const answer = await t.call('metrics.importUpload', {
      workspaceId,
      fileName: 'export.csv',
      ...(sessionId ? { sessionId } : {}),
      offset,
      chunkBase64: bytes.subarray(offset, offset + chunk).toString('base64'),
      last,
    });
    sessionId = answer.sessionId;
    if (last) return answer;
  }
}

describe('metrics upload finish and the counting read', () => {
  beforeEach(async () => {
    ({ t, workspaceId } = await backendWithSalesAccounts(
      '代运营客户',
      handles.map((handle, i) => ({ handle, displayName: `账号${i}` })),
    ));
  });
  afterEach(() => closeReleasingJobs(t));

  it('answers the last chunk with the headers and no row count; a preview job counts while it reads', async () => {
    const text = dailyMetricsCsv(handles, 1500); // 30,000 rows, about 1.3 MB
    const finish = await upload(text);
    expect(finish).toMatchObject({
      headers: ['日期', '账号', '播放量', '点赞', '评论', '成交金额'],
      totalRows: null,
    });
    expect(findSession(t.backend.context, finish.sessionId)?.layout).toBeNull();

    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('metrics.importPreviewStart', {
      workspaceId,
      sessionId: finish.sessionId,
    });
    // Held at its first checkpoint, inside the counting pass: part of the file read (its bytes, as it
    // streams), rows not yet known.
    const counting = await waitFor(jobId, (j) => j.progress > 0);
    const size = Buffer.byteLength(text);
    expect(counting).toMatchObject({ state: 'running', progressUnit: 'characters', total: size });
    expect(counting.progress).toBeLessThan(size);
    jobRunner(t.backend.context).hold(false);

    const previewed = await waitFor(jobId, jobFinished);
    expect(previewed).toMatchObject({
      state: 'succeeded',
      progressUnit: 'units',
      progress: 30_000,
      total: 30_000,
    });
    expect(previewed.result).toMatchObject({
      kind: 'metrics.preview',
      preview: { totalRows: 30_000, errorRows: 0 },
    });
    // The counting read's layout came back with the result: the import job reads without counting again.
    expect(findSession(t.backend.context, finish.sessionId)?.layout?.rowCount).toBe(30_000);

    const { jobId: importId } = await t.call('metrics.importStart', { sessionId: finish.sessionId });
    const imported = await waitFor(importId, jobFinished);
    expect(imported).toMatchObject({ state: 'succeeded', progressUnit: 'units', total: 30_000 });
    expect(imported.result).toMatchObject({ inserted: 30_000, updated: 0, skipped: 0 });
  });

  it('finishes an upload whose rows are unreadable past its head; the preview job finds them', async () => {
    // An unclosed quote 20,000 rows down: reading the rows at the end of the upload would refuse the file.
    const text = `${dailyMetricsCsv(handles, 1000)}2024-12-31,acct_0,"1,2,3\r\n${dailyMetricsCsv(handles, 10, '2025-01-01').split('\r\n').slice(1).join('\r\n')}`;
    const finish = await upload(text);
    expect(finish).toMatchObject({
      headers: ['日期', '账号', '播放量', '点赞', '评论', '成交金额'],
      totalRows: null,
    });

    const before = snapshotTables(t.backend);
    const { jobId } = await t.call('metrics.importPreviewStart', {
      workspaceId,
      sessionId: finish.sessionId,
    });
    const failed = await t.call('jobs.get', { id: (await waitFor(jobId, jobFinished)).id });
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'invalid_input' } });
    expect(failed.error?.message).toMatch(/row 20002 opens a quote/);
    expect(snapshotTables(t.backend)).toEqual(before);
    expect(await t.fail('metrics.importStart', { sessionId: finish.sessionId })).toMatchObject({
      reason: 'metricsImport.previewFirst',
    });
  });

  it('still refuses at once what the head shows: an empty file, a binary one, duplicate headers', async () => {
    const binary = await t.fail('metrics.importUpload', {
      workspaceId,
      fileName: 'x.csv',
      offset: 0,
      chunkBase64: Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0]).toString('base64'),
      last: true,
    });
    expect(binary.issues?.[0]?.path).toEqual(['file']);
    const twice = await t.fail('metrics.importUpload', {
      workspaceId,
      fileName: 'x.csv',
      offset: 0,
      chunkBase64: Buffer.from('日期,播放量,播放量\r\n2024-01-01,1,2\r\n').toString('base64'),
      last: true,
    });
    expect(twice.issues?.[0]?.path).toEqual(['file']);
    expect(twice.message).toMatch(/播放量/);
  });
});
