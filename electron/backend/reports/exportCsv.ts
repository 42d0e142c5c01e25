import { strToU8, zipSync } from 'fflate';
import type { Report } from '../../../shared/reports/schema';
import { toCsv } from '../../../shared/reports/csv';
import { reportTables } from '../../../shared/reports/csvTables';

/** The file-name-safe part of a workspace name (keeps Chinese; drops what file systems refuse). */
function fileSafe(name: string): string {
  const printable = [...name].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  return (
    printable
      .replace(/[\\/:*?"<>|]+/g, '_')
      .trim()
      .slice(0, 60) || 'report'
  );
}

/** One CSV per report section, zipped (deflate), as base64 for the renderer to save. */
export function reportCsvZip(report: Report): { fileName: string; base64: string; files: string[] } {
  const tables = reportTables(report);
  const entries: Record<string, Uint8Array> = {};
  for (const table of tables) entries[table.fileName] = strToU8(toCsv(table.headers, table.rows));
  // A fixed timestamp keeps the archive byte-identical for the same report (zip stores local times).
  const zip = zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  return {
    fileName: `${fileSafe(report.workspace.name)}-report-${report.from}-${report.to}.zip`,
    base64: Buffer.from(zip).toString('base64'),
    files: tables.map((t) => t.fileName),
  };
}
