import type { ApiIssue, ErrorCode, ErrorParams } from '../../shared/api/result';

/** The translatable reason of an error: a code of the renderer's `errors` namespace and its params. */
export interface ErrorDetail {
  reason: string;
  params?: ErrorParams;
}

/** Thrown inside the backend; the router turns it into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
    readonly detail?: ErrorDetail,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(entity: string, id: string): AppError {
  return new AppError('not_found', `${entity} ${id} was not found`, undefined, {
    reason: 'common.notFound',
    params: { entity, id },
  });
}

/** A uniqueness clash, reported against the field the user has to change. */
export function conflict(
  path: (string | number)[],
  message: string,
  reason?: string,
  params?: ErrorParams,
): AppError {
  return new AppError(
    'conflict',
    `${path.join('.')}: ${message}`,
    [{ path, message, ...(reason ? { code: reason } : {}), ...(params ? { params } : {}) }],
    reason ? { reason, ...(params ? { params } : {}) } : undefined,
  );
}

export function invalidState(message: string, reason?: string, params?: ErrorParams): AppError {
  return new AppError(
    'invalid_state',
    message,
    undefined,
    reason ? { reason, ...(params ? { params } : {}) } : undefined,
  );
}

export function invalidInput(
  path: (string | number)[],
  message: string,
  reason?: string,
  params?: ErrorParams,
): AppError {
  return new AppError(
    'invalid_input',
    `${path.join('.')}: ${message}`,
    [{ path, message, ...(reason ? { code: reason } : {}), ...(params ? { params } : {}) }],
    reason ? { reason, ...(params ? { params } : {}) } : undefined,
  );
}
