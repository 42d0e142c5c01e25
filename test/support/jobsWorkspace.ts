import { jobRunner } from '../../electron/backend/jobs/runner';
import type { Job } from '../../shared/domain/jobs';
import { createTestBackend, type TestBackend } from './backend';

/** A fresh backend with one beauty workspace and its sales accounts: where the import-job tests start. */
export async function backendWithSalesAccounts(
  workspaceName: string,
  accounts: { handle: string; displayName: string }[],
): Promise<{ t: TestBackend; workspaceId: string }> {
  const t = await createTestBackend();
  const workspaceId = (
    await t.call('workspaces.create', { name: workspaceName, industry: 'beauty_personal_care' })
  ).id;
  for (const { handle, displayName } of accounts) {
    await t.call('accounts.create', { workspaceId, role: 'sales', handle, displayName });
  }
  return { t, workspaceId };
}

/** Releases a held job runner before closing, so a test that held it leaves no job waiting. */
export function closeReleasingJobs(t: TestBackend): void {
  jobRunner(t.backend.context).hold(false);
  t.close();
}

/** Whether a job has ended, whichever way. */
export const jobFinished = (job: Job) => ['succeeded', 'failed', 'cancelled'].includes(job.state);

/**
 * Polls job `jobId` on `t` until `done` holds: no sleep of fixed length decides the outcome, only how often it
 * looks. A job that ends without `done` holding fails the test at once, with its state and error.
 */
export async function waitForJob(t: TestBackend, jobId: string, done: (job: Job) => boolean): Promise<Job> {
  for (let i = 0; i < 6000; i++) {
    const job = await t.call('jobs.get', { id: jobId });
    if (done(job)) return job;
    if (jobFinished(job)) throw new Error(`job ${jobId} ended ${job.state}: ${JSON.stringify(job.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${jobId} did not reach the expected state`);
}
