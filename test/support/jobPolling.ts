import type { Job } from '../../shared/domain/jobs';
import type { TestBackend } from './backend';

/** Polls a job until `done` holds (no sleep of fixed length decides the outcome, only how often to look). */
export async function waitForJob(t: TestBackend, jobId: string, done: (job: Job) => boolean): Promise<Job> {
  for (let i = 0; i < 6000; i++) {
    const job = await t.call('jobs.get', { id: jobId });
    if (done(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${jobId} did not reach the expected state`);
}
