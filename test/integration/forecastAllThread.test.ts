import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { startJobWorker } from '../../electron/backend/jobs/workerThread';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { dailyMetricsCsv } from '../support/metricsCsv';
import { closeReleasingJobs } from '../support/jobsWorkspace';
import { jobFinished, waitForJob } from '../support/jobs';

// Every thread a job starts, counted (the runner's calls go through this mock).
vi.mock('../../electron/backend/jobs/workerThread', async (original) => {
  const actual = await original<typeof import('../../electron/backend/jobs/workerThread')>();
  return { ...actual, startJobWorker: vi.fn(actual.startJobWorker) };
});

let t: TestBackend;
let workspaceId: string;
const handles = ['store_a', 'store_b', 'store_c'];

beforeEach(async () => {
  t = await createTestBackend();
  workspaceId = (await t.call('workspaces.create', { name: '代运营客户', industry: 'beauty_personal_care' }))
    .id;
  for (const [i, handle] of handles.entries()) {
    await t.call('accounts.create', { workspaceId, role: 'sales', handle, displayName: `店铺${i}` });
  }
  const preview = await t.call('metrics.importPreview', {
    workspaceId,
    fileName: 'export.csv',
    contentBase64: Buffer.from(dailyMetricsCsv(handles, 90)).toString('base64'),
  });
  await waitForJob(
    t,
    (await t.call('metrics.importStart', { sessionId: preview.sessionId })).jobId,
    jobFinished,
  );
  vi.mocked(startJobWorker).mockClear();
});
afterEach(() => closeReleasingJobs(t));

// Worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const forecastAll = async () =>
  (await t.call('forecasts.runAll', { workspaceId, metric: 'views', horizon: 14 })).jobId;
const savedRuns = async () => (await t.call('forecasts.list', { workspaceId, limit: 100 })).items.length;

describe('jobs: forecast all keeps its thread', () => {
  it('runs later passes in the thread the first one left, a cancelled pass included', async () => {
    const first = await waitForJob(t, await forecastAll(), jobFinished);
    expect(first.result).toEqual({ kind: 'forecasts.runAll', saved: 3, insufficient: 0, accounts: 3 });
    expect(await savedRuns()).toBe(3);

    // A pass cancelled while it holds its transaction saves nothing…
    const before = snapshotTables(t.backend);
    jobRunner(t.backend.context).hold(true);
    const held = await forecastAll();
    await waitForJob(t, held, (j) => j.progress > 0);
    await t.call('jobs.cancel', { id: held });
    expect(await waitForJob(t, held, jobFinished)).toMatchObject({ state: 'cancelled', result: null });
    expect(snapshotTables(t.backend)).toEqual(before);

    // …and the thread takes the next pass, which saves a full set again.
    jobRunner(t.backend.context).hold(false);
    const again = await waitForJob(t, await forecastAll(), jobFinished);
    expect(again).toMatchObject({ state: 'succeeded', progress: 3, total: 3 });
    expect(await savedRuns()).toBe(6);
    expect(vi.mocked(startJobWorker)).toHaveBeenCalledTimes(1);
  });

  it('still gives other jobs a thread of their own', async () => {
    await waitForJob(t, await forecastAll(), jobFinished);
    const preview = await t.call('metrics.importPreview', {
      workspaceId,
      fileName: 'export.csv',
      contentBase64: Buffer.from(dailyMetricsCsv(handles, 10)).toString('base64'),
    });
    const job = await waitForJob(
      t,
      (await t.call('metrics.importStart', { sessionId: preview.sessionId })).jobId,
      jobFinished,
    );
    expect(job.state).toBe('succeeded');
    expect(vi.mocked(startJobWorker).mock.calls.map(([input]) => input.spec.kind)).toEqual([
      'forecasts.runAll',
      'metrics.import',
    ]);
  });
});
