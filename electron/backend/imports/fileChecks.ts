import { mapHeaders, type FieldAliases } from '../../../shared/parsing/headers';
import { ImportFileError } from './errors';

/** The file's base name in quotes: a full path in a message would leak the user's folder layout into logs. */
export const quotedName = (fileName: string): string => `"${fileName.split(/[\\/]/).pop() || 'The file'}"`;

export function fileTooLarge(name: string, size: number, maxBytes: number): ImportFileError {
  return new ImportFileError(
    'file_too_large',
    `${name} is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}. Split it into smaller files.`,
    { detail: { reason: 'importFile.tooLarge', params: { megabytes: mb(size), limitMb: mb(maxBytes) } } },
  );
}

/**
 * XLSX keeps the general 20 MB limit whatever an importer takes as CSV: a workbook is streamed, but the
 * rows of the sheet being read and its shared-strings table are held in memory until the read ends
 * (the sheet is chosen by its headers, and exceljs caches shared strings), while a CSV is re-read from
 * its bytes on each pass. The message says so and points to CSV, with both limits.
 */
export function xlsxTooLarge(
  name: string,
  size: number,
  maxBytes: number,
  csvMaxBytes: number,
): ImportFileError {
  const params = { megabytes: mb(size), limitMb: mb(maxBytes), csvLimitMb: mb(csvMaxBytes) };
  return new ImportFileError(
    'file_too_large',
    `${name} is ${megabytes(size)}; Excel workbooks are limited to ${megabytes(maxBytes)} because a workbook's rows and text are held in memory while it is read. Save it as CSV (limit ${megabytes(csvMaxBytes)}) or split it into smaller files.`,
    { detail: { reason: 'importFile.xlsxTooLarge', params } },
  );
}

/** How many of the importer's fields a header row names: the sheet that names most is the table. */
export const headerScore =
  (aliases: FieldAliases<string>) =>
  (headers: string[]): number =>
    Object.values(mapHeaders(headers, aliases).mapping).filter(Boolean).length;

const mb = (bytes: number): number => Number((bytes / 1024 / 1024).toFixed(1));
const megabytes = (bytes: number): string => `${mb(bytes)} MB`;
