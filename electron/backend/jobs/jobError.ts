import { ZodError } from 'zod';
import type { JobError } from '../../../shared/domain/jobs';
import { AppError, appErrorValue } from '../errors';
import { JobCancelled } from './control';

/** A failure as the API reports errors; anything unexpected is logged and reported without internals. */
export function toJobError(err: unknown, log: (message: string, err: unknown) => void): JobError {
  if (err instanceof AppError) {
    return appErrorValue(err);
  }
  if (err instanceof ZodError) return { code: 'invalid_input', message: err.message };
  if (err instanceof JobCancelled) return { code: 'invalid_state', message: err.message };
  log('[jobs] job failed', err);
  return { code: 'internal', message: 'Internal error' };
}
