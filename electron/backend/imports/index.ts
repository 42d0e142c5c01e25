/** Reading uploaded table files; importers map the headers and parse the cells with `shared/parsing`. */
export { readTableFile, type ReadTableFileInput } from './readTableFile';
export { ImportFileError, type ImportFileErrorReason } from './errors';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  type CsvDelimiter,
  type CsvEncoding,
  type TableFile,
  type TableRow,
} from './tableFile';
