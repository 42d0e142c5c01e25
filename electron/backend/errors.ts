import type { ApiError, ApiIssue, ErrorCode, ErrorParams } from '../../shared/api/result';

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
  return fieldError('conflict', path, message, reason, params);
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
  return fieldError('invalid_input', path, message, reason, params);
}

/** An error the user fixes in one field: the issue names the field, the detail carries the reason. */
function fieldError(
  code: ErrorCode,
  path: (string | number)[],
  message: string,
  reason: string | undefined,
  params: ErrorParams | undefined,
): AppError {
  return new AppError(
    code,
    `${path.join('.')}: ${message}`,
    [{ path, message, ...(reason ? { code: reason } : {}), ...(params ? { params } : {}) }],
    reason ? { reason, ...(params ? { params } : {}) } : undefined,
  );
}

/** An AppError as the `{ ok: false, error }` value a caller sees (the router's and a job's failure). */
export function appErrorValue(err: AppError): ApiError {
  return {
    code: err.code,
    message: err.message,
    ...(err.detail ? { reason: err.detail.reason } : {}),
    ...(err.detail?.params ? { params: err.detail.params } : {}),
    ...(err.issues ? { issues: err.issues } : {}),
  };
}
