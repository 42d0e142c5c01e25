import { AppError, type ErrorDetail } from '../errors';

/** Why an uploaded table file was refused. The UI can key help texts on these. */
export type ImportFileErrorReason =
  | 'unsupported_format'
  | 'empty_file'
  | 'no_data_rows'
  | 'file_too_large'
  | 'too_many_rows'
  | 'duplicate_headers'
  | 'malformed_file'
  | 'unreadable_file';

/**
 * A file the user has to fix or replace. It is an `AppError` with code `invalid_input`, so the router
 * passes the message to the user unchanged; `reason` says which problem it is.
 */
export class ImportFileError extends AppError {
  constructor(
    readonly reason: ImportFileErrorReason,
    message: string,
    options: { cause?: unknown; detail?: ErrorDetail } = {},
  ) {
    super('invalid_input', message, [{ path: ['file'], message }], options.detail);
    this.name = 'ImportFileError';
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
