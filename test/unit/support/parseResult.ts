import type { ParseResult } from '../../../shared/parsing/result';

/** The value of a parse that must succeed; the test fails with the parser's message otherwise. */
export function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got error: ${result.error}`);
  return result.value;
}

/** The English message of a parse that must fail. */
export function errorOf<T>(result: ParseResult<T>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
