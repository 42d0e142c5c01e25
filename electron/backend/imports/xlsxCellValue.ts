import type ExcelJS from 'exceljs';
import type { CellValue } from '../../../shared/parsing/cellValue';

/**
 * Flattens an exceljs cell value to what importers handle: rich text → its plain text, hyperlinks → the
 * shown text, formulas → their cached result, booleans → TRUE/FALSE as Excel shows them.
 * Error values (#N/A, #DIV/0!) become null: the sheet holds no value there, and reporting "#DIV/0! is not
 * a number" on every row of a rate column would bury the real problems.
 * Dates stay Date objects whose UTC fields hold the sheet's wall-clock time (see CellValue).
 */
export function xlsxCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return hyperlinkText(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return null;
    return xlsxCellValue(result as ExcelJS.CellValue);
  }
  if ('error' in value) return null;
  return null; // any future exceljs value kind: nothing we can read
}

function hyperlinkText(value: ExcelJS.CellHyperlinkValue): string {
  // exceljs types `text` as a string, but links with formatted text carry a rich-text object there.
  const text: unknown = value.text;
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text && Array.isArray(text.richText)) {
    return text.richText
      .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  return value.hyperlink;
}
