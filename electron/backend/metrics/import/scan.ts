import type { Granularity, ImportCellError } from '../../../../shared/domain/metrics';
import type { RowSource } from '../../imports/rowSource';
import { markDuplicatePeriod } from '../duplicatePeriod';
import type { ParsedRow, RowParser } from '../parseImport';

/**
 * One pass over a file: each row parsed, and a second row for the same account (or content item) and
 * period marked as an error (which of the two is right is not ours to guess). `visit` gets every row with
 * the errors found in it; `seen` ends holding the key and row number of every valid row. `seen` null
 * skips the duplicate check (a commit of a file its preview found clean: the keys of half a million rows
 * would only be kept to find nothing).
 */
export function scanRows(
  source: RowSource,
  parser: RowParser,
  granularity: Granularity | null,
  visit: (row: ParsedRow, errors: readonly ImportCellError[]) => void,
  seen: Map<string, number> | null = new Map(),
): Map<string, number> {
  const errors: ImportCellError[] = [];
  source.forEachRow((tableRow) => {
    errors.length = 0;
    const row = parser.parse(tableRow, errors);
    if (seen) markDuplicatePeriod(seen, row, errors, parser.mapping.date, granularity);
    visit(row, errors);
  }, true);
  return seen ?? new Map();
}

/** Splits keys into chunks of [id, period] pairs for the set query that finds the stored ones. */
export function* keyChunks(keys: Iterable<string>, size: number): Generator<[string, string][]> {
  let chunk: [string, string][] = [];
  for (const key of keys) {
    const bar = key.lastIndexOf('|');
    chunk.push([key.slice(0, bar), key.slice(bar + 1)]);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
