import type { FieldAliases } from '../../../shared/parsing/headers';
import { openRowSource } from './rowSource';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, type TableFile, type TableRow } from './tableFile';

export interface ReadTableFileInput {
  /** The name the user picked; used in messages only. The format is decided by content. */
  fileName: string;
  bytes: Uint8Array;
  maxBytes?: number;
  maxRows?: number;
  /** The importer's header aliases: in a workbook, the sheet whose headers match most fields is read. */
  fieldAliases?: FieldAliases<string>;
  /**
   * Bytes of the file read so far while it is streamed (a bounded number of reports); may throw to stop
   * the read, e.g. at a job's cancel.
   */
  onReadProgress?: (read: number, size: number) => void;
}

/**
 * Reads an uploaded CSV/TSV or XLSX into headers and rows, or throws an `ImportFileError` whose message
 * tells the user what to fix. The importers that analyse a table at once (content, creators, live
 * sessions, audiences) start here and then map headers with `mapHeaders` and parse cells with
 * `shared/parsing`; the rows come from the one streamed reader (`openRowSource`), collected.
 */
export async function readTableFile({
  fileName,
  bytes,
  maxBytes = DEFAULT_MAX_BYTES,
  maxRows = DEFAULT_MAX_ROWS,
  fieldAliases,
  onReadProgress,
}: ReadTableFileInput): Promise<TableFile> {
  const source = await openRowSource({ fileName, bytes, maxBytes, maxRows, fieldAliases, onReadProgress });
  const rows: TableRow[] = [];
  source.forEachRow((row) => rows.push(row));
  const content = { headers: source.headers, rows };
  if (source.format === 'xlsx') {
    return { format: 'xlsx', encoding: null, sheetName: source.sheetName, ...content };
  }
  return { format: 'csv', encoding: source.encoding, delimiter: source.layout.format.delimiter, ...content };
}
