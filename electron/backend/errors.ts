import type { ApiIssue, ErrorCode } from '../../shared/api/result';

/** Thrown inside the backend; the router turns it into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(entity: string, id: string): AppError {
  return new AppError('not_found', `${entity} ${id} was not found`);
}

/** A uniqueness clash, reported against the field the user has to change. */
export function conflict(path: (string | number)[], message: string): AppError {
  return new AppError('conflict', `${path.join('.')}: ${message}`, [{ path, message }]);
}

export function invalidState(message: string): AppError {
  return new AppError('invalid_state', message);
}

export function invalidInput(path: (string | number)[], message: string): AppError {
  return new AppError('invalid_input', `${path.join('.')}: ${message}`, [{ path, message }]);
}
