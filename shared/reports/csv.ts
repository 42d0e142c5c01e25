/**
 * CSV for spreadsheet apps. Every text cell is formula-guarded: Excel, WPS and LibreOffice run a cell that
 * starts with = + - @ (and, in some versions, a tab or carriage return) as a formula — CSV injection from a
 * title a client or creator typed. A leading apostrophe makes them show the text instead. Numbers are
 * written as numbers (a negative number is not text and is left alone).
 */
import { guardCsvCell } from '../export/csvFormula';

export type CsvCell = string | number | boolean | null;

/** The one guard every MatrixDesk export uses (shared/export/csvFormula.ts). */
export const guardFormula = guardCsvCell;

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quote(guardFormula(value));
}

/** UTF-8 text with a BOM (so Excel on Chinese Windows reads it as UTF-8, not GBK) and CRLF line ends. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers.map((h) => csvCell(h)).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
