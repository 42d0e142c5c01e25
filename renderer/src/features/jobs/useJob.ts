import { useQuery } from '@tanstack/react-query';
import { isFinalJobState, type Job, type JobError } from '../../../../shared/domain/jobs';
import { ApiCallError, call } from '../../lib/api';

const POLL_MS = 300;

/** Polls a job until it ends; null id = no job. */
export function useJob(jobId: string | null) {
  return useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => call('jobs.get', { id: jobId! }),
    enabled: jobId !== null,
    refetchInterval: (query) => {
      const job = query.state.data;
      return job && isFinalJobState(job.state) ? false : POLL_MS;
    },
    // A job is one-off state: never serve another job's (or a stale) answer.
    gcTime: 0,
  });
}

/** A failed job's error as the error of a failed call, so describeError translates it the same way. */
export function jobErrorToApiError(error: JobError): ApiCallError {
  return new ApiCallError(error.code, error.message, error.issues ?? [], error.reason, error.params);
}

export const jobFraction = (job: Job): number =>
  job.total ? Math.min(1, job.progress / Math.max(1, job.total)) : 0;
