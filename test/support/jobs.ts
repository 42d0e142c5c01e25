import type { Job } from '../../shared/domain/jobs';
import type { TestBackend } from './backend';

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
