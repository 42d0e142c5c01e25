/**
 * What every value parser returns. Parsers never throw on bad input: an import shows the user every bad
 * cell at once, so a failure is a value with a message the user can act on.
 * `value: null` means the cell was deliberately empty (blank, `--`, `暂无`), which is not an error.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function parseFailure<T = never>(error: string): ParseResult<T> {
  return { ok: false, error };
}

/** Shortens long cell text so an error message stays readable in a table of import problems. */
export function quoteForMessage(text: string, maxLength = 40): string {
  const shown = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return `"${shown}"`;
}
