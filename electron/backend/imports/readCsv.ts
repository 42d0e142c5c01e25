import Papa from 'papaparse';
import { controlCharacterRatio, decodeText } from './decodeText';
import { isEmptyRecord } from './buildTable';
import { ImportFileError } from './errors';
import type { CsvDelimiter, CsvEncoding, RawRecord } from './tableFile';

const delimiters: readonly CsvDelimiter[] = [',', '\t', ';'];

export interface CsvRecords {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** Non-empty records in file order; stops after the first record beyond the row limit. */
  records: RawRecord[];
}

/** Decodes CSV/TSV bytes and refuses what is not a text table (binary, HTML, empty), naming the file. */
export function decodeCsvText(bytes: Uint8Array, fileName: string): { text: string; encoding: CsvEncoding } {
  const decoded = decodeText(bytes);
  if (!decoded) {
    throw new ImportFileError(
      'unsupported_format',
      `${fileName} is not a readable text table: it is neither UTF-8 nor GBK text. Save it as CSV (UTF-8) or .xlsx.`,
    );
  }
  // Old DOS tools end text files with Ctrl-Z (U+001A); it is not data.
  let text = decoded.text;
  while (text.endsWith('\u001A')) text = text.slice(0, -1);
  if (controlCharacterRatio(text) > 0.01) {
    throw new ImportFileError(
      'unsupported_format',
      `${fileName} is a binary file, not a CSV or Excel (.xlsx) file.`,
    );
  }
  if (text.trim() === '') throw new ImportFileError('empty_file', `${fileName} is empty.`);
  if (/^\s*<(?:!doctype\s+html|html|table|\?xml)/i.test(text)) {
    throw new ImportFileError(
      'unsupported_format',
      `${fileName} is a web page or XML file, not a real spreadsheet (some back-ends save these as .xls). Open it in Excel and save it as .xlsx or CSV.`,
    );
  }

  return { text, encoding: decoded.encoding };
}

/**
 * Decodes and splits CSV/TSV text. Row numbers count records (a quoted cell spanning lines is one row,
 * as in Excel) including empty ones, so they match what the user sees when opening the file.
 */
export function readCsvRecords(bytes: Uint8Array, fileName: string, maxRows: number): CsvRecords {
  const { text, encoding } = decodeCsvText(bytes, fileName);
  const delimiter = detectDelimiter(text);
  const records: RawRecord[] = [];
  let recordIndex = 0;
  let unclosedQuoteRow: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false, // empty lines still count for row numbers; skipped below
    step: (result, parser) => {
      recordIndex += 1;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        unclosedQuoteRow = recordIndex;
        parser.abort();
        return;
      }
      if (isEmptyRecord(result.data)) return;
      records.push({ rowNumber: recordIndex, cells: result.data });
      // One record past the limit is enough to report it; no need to parse the rest of a huge file.
      if (records.length > maxRows + 1) parser.abort();
    },
  });
  if (unclosedQuoteRow !== null) {
    throw new ImportFileError(
      'malformed_file',
      `${fileName}: row ${unclosedQuoteRow} opens a quote (") that is never closed, so the rest of the file can't be read.`,
    );
  }
  return { encoding, delimiter, records };
}

/**
 * Papaparse's guess (the most consistent field count over the first 10 rows), made on a separate pass
 * that skips empty lines: counted as one-field rows, a trailing newline or a blank line can tip a small
 * tab-separated file over to ",". Falls back to "," when it cannot tell, e.g. for a one-column file.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const { meta } = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    delimitersToGuess: [...delimiters],
    skipEmptyLines: 'greedy',
    preview: 1,
  });
  return delimiters.find((d) => d === meta.delimiter) ?? ',';
}
