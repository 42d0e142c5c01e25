import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../shared/domain/jobs';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';
import { jobFinished, waitForJob } from '../support/jobs';

/** Session import as a background job: progress per session, cancel rolls back, bad files refused first. */
let t: TestBackend;
let workspaceId: string;

beforeEach(async () => {
  ({ t, workspaceId } = await backendWithSalesAccounts('直播品牌', [
    { handle: 'brand_store', displayName: '旗舰店' },
  ]));
});
afterEach(() => closeReleasingJobs(t));

// Worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const header =
  'Account,Start time,End time,Duration (min),Room exposure users,Viewers,Views,Product exposure users,Product click users,Buyers,GMV,Orders';

/** `count` evening sessions of the store on consecutive days, with plausible funnels. */
function sessionsCsv(count: number): string {
  const lines = [header];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const viewers = 10_000 + i * 10;
    lines.push(
      `@brand_store,${day} 20:00,${day} 22:00,120,${viewers * 8},${viewers},${viewers + 2000},${Math.round(viewers * 0.6)},${Math.round(viewers * 0.1)},${200 + i},${(30_000 + i * 100).toFixed(2)},${220 + i}`,
    );
  }
  return lines.join('\n');
}

const input = (csv: string) => ({
  workspaceId,
  fileName: 'sessions.csv',
  base64: Buffer.from(csv).toString('base64'),
});

const waitFor = (jobId: string, done: (job: Job) => boolean) => waitForJob(t, jobId, done);
const sessionCount = async () => (await t.call('liveSessions.list', { workspaceId, limit: 1 })).total;

describe('live-session import as a job', () => {
  it('imports every session with progress and reports the counts', async () => {
    const { jobId } = await t.call('liveSessions.importStart', input(sessionsCsv(60)));
    const job = await waitFor(jobId, jobFinished);
    expect(job).toMatchObject({ state: 'succeeded', progress: 60, total: 60, error: null });
    expect(job.result).toMatchObject({ kind: 'liveSessions.import', inserted: 60, updated: 0, skipped: 0 });
    expect(await sessionCount()).toBe(60);
  });

  it('keeps answering while the job holds its transaction; cancel stores nothing, and a retry works', async () => {
    const before = snapshotTables(t.backend);
    jobRunner(t.backend.context).hold(true);
    const { jobId } = await t.call('liveSessions.importStart', input(sessionsCsv(60)));
    // Past the file's read (reported in bytes), held at its first checkpoint among the sessions written.
    const held = await waitFor(jobId, (j) => j.progress > 0 && j.progressUnit === 'units');
    expect(held).toMatchObject({ state: 'running', total: 60 });
    expect(held.progress).toBeLessThan(60);
    expect(await sessionCount()).toBe(0); // uncommitted rows are not visible to other calls
    await t.call('jobs.cancel', { id: jobId });
    expect(await waitFor(jobId, jobFinished)).toMatchObject({ state: 'cancelled', result: null });
    expect(snapshotTables(t.backend)).toEqual(before);
    jobRunner(t.backend.context).hold(false);
    const retry = await waitFor(
      (await t.call('liveSessions.importStart', input(sessionsCsv(60)))).jobId,
      jobFinished,
    );
    expect(retry.state).toBe('succeeded');
    expect(await sessionCount()).toBe(60);
  });

  it('refuses a file with impossible funnels before any job starts, naming the reason', async () => {
    const bad = `${header}\n@brand_store,2025-01-01 20:00,2025-01-01 22:00,120,100,5000,6000,10,1,0,0,0`;
    const before = snapshotTables(t.backend);
    const err = await t.fail('liveSessions.importStart', input(bad));
    expect(err.reason).toBe('liveSessions.rowsHaveErrors');
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});
