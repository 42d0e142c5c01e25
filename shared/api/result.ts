import { z } from 'zod';

/** Error codes every API answer may carry; the web host maps each to an HTTP status. */
export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'invalid_state',
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Values a coded message is filled with (i18next interpolation): numbers, strings, dates as ISO text. */
export const errorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ErrorParams = z.infer<typeof errorParamsSchema>;

/**
 * One field problem. `message` is English for API users; `code` (+ `params`) is what the renderer
 * translates (`errors` namespace, key = code), so no English reaches a Chinese UI.
 */
export const apiIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string().optional(),
  params: errorParamsSchema.optional(),
});
export type ApiIssue = z.infer<typeof apiIssueSchema>;

export interface ApiError {
  /** The broad class (decides the HTTP status). */
  code: ErrorCode;
  /** English, for API users and logs. */
  message: string;
  /** The precise reason as a translatable code (`errors` namespace), with its params. */
  reason?: string;
  params?: ErrorParams;
  issues?: ApiIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export { REFUSALS_IN_BODY_HEADER } from './headers';

export const httpStatusByCode: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  busy: 503,
  internal: 500,
};
