import { decodeBase64 } from './base64';
import { readTableFile, type ReadTableFileInput } from './readTableFile';
import type { TableFile } from './tableFile';
import { readProgress, type AnalysisHooks } from './analysisProgress';

/**
 * What every importer's preview and commit report alike: the file as read, how many rows do what, and
 * what a commit did with them. The importers differ in their rows, not in this frame.
 */

/**
 * An uploaded file (base64 from the renderer) read into a table; with a job's hooks the read reports
 * the bytes parsed and stops at a cancel.
 */
export async function readUploadedTable(
  input: { fileName: string; base64: string },
  options: Omit<ReadTableFileInput, 'fileName' | 'bytes' | 'onReadProgress'>,
  hooks?: AnalysisHooks,
): Promise<TableFile> {
  const onReadProgress = readProgress(hooks);
  return readTableFile({
    fileName: input.fileName,
    bytes: decodeBase64(input.base64, ['base64']),
    ...options,
    ...(onReadProgress ? { onReadProgress } : {}),
  });
}

/** The preview's head: the file, how it was read, and its headers. */
export function tableHead(fileName: string, table: TableFile) {
  return {
    fileName,
    format: table.format,
    encoding: table.encoding,
    sheetName: table.format === 'xlsx' ? table.sheetName : null,
    headers: table.headers,
  };
}

export type RowAction = 'invalid' | 'create' | 'update' | 'unchanged';

/** Rows by what a commit would do with them. */
export function actionCounts(rows: readonly { action: RowAction }[]) {
  const c = { total: rows.length, valid: 0, invalid: 0, create: 0, update: 0, unchanged: 0 };
  for (const r of rows) {
    if (r.action === 'invalid') c.invalid += 1;
    else {
      c.valid += 1;
      c[r.action] += 1;
    }
  }
  return c;
}

/** What a commit reports having done, from the same counts (invalid rows were skipped). */
export function committedCounts(rows: readonly { action: RowAction }[]) {
  const c = actionCounts(rows);
  return { total: c.total, created: c.create, updated: c.update, unchanged: c.unchanged, skipped: c.invalid };
}
