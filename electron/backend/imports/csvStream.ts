import { isUtf8 } from 'node:buffer';
import Papa from 'papaparse';
import { ImportFileError } from './errors';
import type { CsvDelimiter, CsvEncoding } from './tableFile';

/**
 * CSV/TSV read as a stream of records straight from the uploaded bytes: the bytes are decoded a slice at
 * a time and each slice's complete records are split and handed on, so no pass holds the file's whole
 * text or all its records (a 100k-row roster or a 500k-row metrics export costs one slice of text at a
 * time beside its bytes). Passes are synchronous, so a commit can read the file inside its transaction.
 */

/** Bytes decoded per slice: big enough that the per-slice work is negligible, small against any file. */
const SLICE_BYTES = 1024 * 1024;
/** Text looked at to judge the file (binary, HTML) and to guess its delimiter and line ending. */
const HEAD_BYTES = 64 * 1024;
/**
 * A record that is still open after this many characters is an unclosed quote, not data: stop there
 * rather than re-scan an ever-growing tail for the rest of the file.
 */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

const delimiters: readonly CsvDelimiter[] = [',', '\t', ';'];

/** How to read a CSV's bytes: found once from its first bytes, then handed to every pass. */
export interface CsvFormat {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  newline: '\n' | '\r\n' | '\r';
}

/**
 * Judges a CSV/TSV by its bytes and first text, refusing what is not a text table (binary, HTML, not
 * UTF-8 nor GBK), naming the file. Web back-ends write UTF-8 with a BOM, Excel on Chinese Windows saves
 * "CSV" as GBK, "Unicode text" exports are UTF-16: without a BOM, UTF-8 first and GBK only when the bytes
 * are not valid UTF-8 (Chinese GBK text almost never forms valid UTF-8; ASCII reads the same either way).
 */
export function csvFormatOf(bytes: Uint8Array, fileName: string): CsvFormat {
  const encoding = encodingOf(bytes);
  if (!encoding) {
    throw new ImportFileError(
      'unsupported_format',
      `${fileName} is not a readable text table: it is neither UTF-8 nor GBK text. Save it as CSV (UTF-8) or .xlsx.`,
    );
  }
  const head = decoderFor(encoding).decode(bytes.subarray(bomLength(encoding), HEAD_BYTES), {
    stream: true,
  });
  if (controlCharacterRatio(withoutCtrlZ(head)) > 0.01) {
    throw new ImportFileError(
      'unsupported_format',
      `${fileName} is a binary file, not a CSV or Excel (.xlsx) file.`,
    );
  }
  if (/^\s*<(?:!doctype\s+html|html|table|\?xml)/i.test(head)) {
    throw new ImportFileError(
      'unsupported_format',
      `${fileName} is a web page or XML file, not a real spreadsheet (some back-ends save these as .xls). Open it in Excel and save it as .xlsx or CSV.`,
    );
  }
  return { encoding, delimiter: detectDelimiter(head), newline: lineEndingOf(head) };
}

/**
 * Calls `visit` with each record's 1-based number (empty records count, so numbers match what the user
 * sees; a quoted cell spanning lines is one record, as in Excel), its cells and the bytes read so far
 * (about: for progress). Empty records are not visited. An exception thrown by `visit` stops the pass
 * and propagates.
 */
export function forEachCsvRecord(
  bytes: Uint8Array,
  format: CsvFormat,
  fileName: string,
  visit: (recordIndex: number, cells: string[], bytesRead: number) => void,
  /** Smaller in tests, so that records, characters and line endings straddle slices. */
  sliceBytes = SLICE_BYTES,
): void {
  const { delimiter, newline } = format;
  const decoder = decoderFor(format.encoding);
  let recordIndex = 0;
  let unclosedQuoteRow: number | null = null;
  // Where a record ends, in bytes, estimated from its end in the slice's text: a progress figure only.
  const slice = { from: 0, to: 0, chars: 1 };
  const emit = (cells: string[], endChar: number) => {
    recordIndex += 1;
    if (isBlank(cells)) return;
    visit(recordIndex, cells, Math.round(slice.from + (endChar / slice.chars) * (slice.to - slice.from)));
  };
  const parser = new Papa.Parser({
    delimiter,
    newline,
    step: (result: Papa.ParseStepResult<string[][]>) => {
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        unclosedQuoteRow = recordIndex + 1;
        return;
      }
      const cells = result.data[0];
      if (cells) emit(cells, result.meta.cursor);
    },
  });

  /** Reads the complete records of `text` (all of it when `final`) and returns where the rest starts. */
  const readRecords = (text: string, final: boolean): number => {
    if (text.indexOf('"') === -1) {
      // Quote-free text, as platform exports of numbers and dates are: lines split at the delimiter,
      // exactly as papaparse's own fast mode reads them, without its per-record result objects.
      let start = 0;
      for (;;) {
        const end = text.indexOf(newline, start);
        if (end === -1) {
          if (!final) return start;
          emit(text.substring(start).split(delimiter), text.length);
          return text.length;
        }
        emit(text.substring(start, end).split(delimiter), end);
        start = end + newline.length;
      }
    }
    const result = parser.parse(text, 0, !final) as { meta: { cursor: number } };
    return final ? text.length : result.meta.cursor;
  };

  let pending = '';
  const start = bomLength(format.encoding);
  for (let offset = start; offset < bytes.byteLength || offset === start; offset += sliceBytes) {
    const end = Math.min(bytes.byteLength, offset + sliceBytes);
    const final = end >= bytes.byteLength;
    pending += decoder.decode(bytes.subarray(offset, end), { stream: !final });
    if (final) pending = withoutCtrlZ(pending);
    Object.assign(slice, { from: offset, to: end, chars: Math.max(1, pending.length) });
    pending = pending.substring(readRecords(pending, final));
    if (unclosedQuoteRow !== null || pending.length > MAX_RECORD_CHARS) {
      throw new ImportFileError(
        'malformed_file',
        `${fileName}: row ${unclosedQuoteRow ?? recordIndex + 1} opens a quote (") that is never closed, so the rest of the file can't be read.`,
      );
    }
    if (final) break;
  }
}

/**
 * Papaparse's guess (the most consistent field count over the first 10 rows), made on a separate pass
 * that skips empty lines: counted as one-field rows, a trailing newline or a blank line can tip a small
 * tab-separated file over to ",". Falls back to "," when it cannot tell, e.g. for a one-column file.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const { meta } = Papa.parse<string[]>(text.slice(0, HEAD_BYTES), {
    delimitersToGuess: [...delimiters],
    skipEmptyLines: 'greedy',
    preview: 1,
  });
  return delimiters.find((d) => d === meta.delimiter) ?? ',';
}

/** Papaparse's own guess (its guessLineEndings): quoted text removed, then the ending that splits most. */
function lineEndingOf(head: string): CsvFormat['newline'] {
  const text = head.replace(/"[^]*?"/gm, '');
  const r = text.split('\r');
  const n = text.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

function encodingOf(bytes: Uint8Array): CsvEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return isUtf8(bytes.subarray(3)) ? 'utf-8-bom' : null;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return validIn(bytes.subarray(2), 'utf-16le') ? 'utf-16le' : null;
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return validIn(bytes.subarray(2), 'utf-16be') ? 'utf-16be' : null;
  if (isUtf8(bytes)) return 'utf-8';
  return validIn(bytes, 'gbk') ? 'gbk' : null;
}

/** Checks the whole file decodes, a slice at a time, keeping none of the text. */
function validIn(bytes: Uint8Array, label: string): boolean {
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  try {
    for (let offset = 0; offset < bytes.byteLength; offset += SLICE_BYTES) {
      decoder.decode(bytes.subarray(offset, offset + SLICE_BYTES), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false; // not valid in this encoding; the caller tries the next one or reports the file
  }
}

const labels: Record<CsvEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  gbk: 'gbk',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

// ignoreBOM: the BOM is skipped by byte offset; a second one would be data.
const decoderFor = (encoding: CsvEncoding) =>
  new TextDecoder(labels[encoding], { fatal: true, ignoreBOM: true });

const bomLength = (encoding: CsvEncoding): number =>
  encoding === 'utf-8-bom' ? 3 : encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 0;

/** Old DOS tools end text files with Ctrl-Z (U+001A); it is not data. */
function withoutCtrlZ(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end--;
  return end === text.length ? text : text.substring(0, end);
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * Share of control characters (other than tab, newlines, form feed) in the decoded text. A binary file
 * without NUL bytes can still decode as GBK; real tables have essentially none of these.
 */
export function controlCharacterRatio(text: string, sampleLength = 64 * 1024): number {
  const sample = text.slice(0, sampleLength);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (isBinaryControl(sample.charCodeAt(i))) controls += 1;
  }
  return controls / sample.length;
}

// C0 controls and DEL, except tab (9), line feed (10), form feed (12) and carriage return (13).
function isBinaryControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127;
}
