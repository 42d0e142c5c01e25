/**
 * What every value parser returns. Parsers never throw on bad input: an import shows the user every bad
 * cell at once, so a failure is a value with a message the user can act on.
 * `value: null` means the cell was deliberately empty (blank, `--`, `暂无`), which is not an error.
 *
 * A failure carries the English `error` (logs, API messages, tests) and a stable `code` with `params`, which
 * the renderer translates (`importErrors` namespace) so the user reads the problem in the UI language.
 */
export const parseErrorCodes = [
  'count.invalid',
  'count.noValue',
  'count.isDate',
  'count.otherType',
  'count.tooLarge',
  'count.negative',
  'money.currency',
  'money.invalid',
  'money.tooLarge',
  'money.negative',
  'money.noValue',
  'money.isDate',
  'money.otherType',
  'percent.invalid',
  'percent.tooLarge',
  'percent.negative',
  'percent.noValue',
  'percent.isDate',
  'percent.otherType',
  'number.invalid',
  'number.noValue',
  'number.isDate',
  'number.otherType',
  'date.invalid',
  'date.invalidCell',
  'date.outOfRange',
  'date.otherType',
  'date.notADate',
  'date.ambiguous',
  'date.impossible',
  'date.invalidTime',
  'date.timeOfDay',
  'date.offset',
  'date.weekdayMismatch',
  'duration.invalid',
  'duration.negative',
] as const;
export type ParseErrorCode = (typeof parseErrorCodes)[number];
export type ParseErrorParams = Record<string, string | number>;

export interface ParseFailureResult {
  ok: false;
  error: string;
  code: ParseErrorCode;
  params?: ParseErrorParams;
}

export type ParseResult<T> = { ok: true; value: T } | ParseFailureResult;

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function parseFailure<T = never>(
  error: string,
  code: ParseErrorCode,
  params?: ParseErrorParams,
): ParseResult<T> {
  return params === undefined ? { ok: false, error, code } : { ok: false, error, code, params };
}

/** Shortens long cell text so an error message stays readable in a table of import problems. */
export function shortenForMessage(text: string, maxLength = 40): string {
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

/** `shortenForMessage` in double quotes, for the English messages. */
export function quoteForMessage(text: string, maxLength = 40): string {
  return `"${shortenForMessage(text, maxLength)}"`;
}
