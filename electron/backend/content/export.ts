import Papa from 'papaparse';
import type { BackendContext } from '../context';
import { MAX_EXPORT_DAYS, type ContentExportInput, type ExportFile } from '../../../shared/content/model';
import {
  archivedHeader,
  exportHeaders,
  formatLabels,
  exportFields,
  objectiveLabels,
  statusLabels,
  type ExportField,
} from '../../../shared/content/vocabulary';
import { DAY_MS, formatWallTime, MINUTE_MS } from '../../../shared/content/time';
import { instantToWallTime } from '../../../shared/parsing/timeZone';
import { findWorkspace } from '../workspaces/repo';
import { guardCsvCell } from '../../../shared/export/csvFormula';
import { loadWorkspaceContext, matchesFilter, resolveRange, type WorkspaceContext } from './context';
import { itemsStartingIn, rowProductIds, rowTags, type ContentRow } from './repo';

/**
 * Items of the filtered range, in time order, exactly as content.list selects them (without warnings):
 * archived items only when the view shows them.
 */
function selectRows(ctx: BackendContext, wctx: WorkspaceContext, input: ContentExportInput): ContentRow[] {
  const from = new Date(Date.parse(input.from) - DAY_MS).toISOString();
  return itemsStartingIn(ctx.db, input.workspaceId, from, input.to, input.includeArchived === true).filter(
    (row) =>
      (row.planned_at >= input.from || row.planned_end_at > input.from) && matchesFilter(wctx, row, input),
  );
}

function rangeLabel(input: ContentExportInput, timeZone: string): string {
  const day = (ms: number) => {
    const w = instantToWallTime(ms, timeZone);
    return `${w.year}${String(w.month).padStart(2, '0')}${String(w.day).padStart(2, '0')}`;
  };
  return `${day(Date.parse(input.from))}-${day(Date.parse(input.to) - 1)}`;
}

function toFile(fileName: string, mimeType: string, content: string): ExportFile {
  return { fileName, mimeType, content };
}

/**
 * The filtered calendar as CSV with the import's headers in the chosen language, UTF-8 with a BOM so
 * Excel on Chinese Windows opens it correctly, times as wall-clock time in the workspace's zone.
 * Re-importing the file updates the same items (matched by the ID column).
 */
export function exportCsv(ctx: BackendContext, request: ContentExportInput): ExportFile {
  const wctx = loadWorkspaceContext(ctx.db, request.workspaceId);
  const input = resolveRange(request, wctx.timeZone, MAX_EXPORT_DAYS);
  const lang = input.language;
  const tz = wctx.timeZone;
  const joiner = lang === 'zh-CN' ? '、' : ', ';
  const skuOf = (id: string) => wctx.products.get(id)?.sku ?? id;
  const withArchived = input.includeArchived === true;
  const rows = selectRows(ctx, wctx, input).map((row) => {
    const account = wctx.accounts.get(row.account_id);
    const tags = rowTags(row);
    const cells: Record<ExportField, string> = {
      id: row.id,
      account: account?.handle ?? row.account_id,
      accountName: account?.displayName ?? '',
      title: row.title,
      format: formatLabels[lang][row.format],
      objective: objectiveLabels[lang][row.objective],
      pillar: row.pillar,
      status: statusLabels[lang][row.status],
      plannedAt: formatWallTime(Date.parse(row.planned_at), tz),
      durationMinutes: row.duration_minutes === null ? '' : String(row.duration_minutes),
      products: rowProductIds(row).map(skuOf).join(joiner),
      tags: tags.join(joiner),
      owner: row.owner,
      brief: row.brief,
      publishedUrl: row.published_url ?? '',
      publishedAt: row.published_at ? formatWallTime(Date.parse(row.published_at), tz) : '',
    };
    // Every cell, not only the free-text ones: handles and SKUs come from imports and can start with = too.
    const line = exportFields.map((f) => guardCsvCell(cells[f]));
    if (withArchived) line.push(row.archived_at ? formatWallTime(Date.parse(row.archived_at), tz) : '');
    return line;
  });
  const headers = exportFields.map((f) => exportHeaders[lang][f]);
  // Only when archived items are in the file: it tells them apart from the plan (an import leaves it unused).
  if (withArchived) headers.push(archivedHeader[lang]);
  const csv = Papa.unparse([headers, ...rows], { newline: '\r\n', quotes: false });
  return toFile(`content-plan-${rangeLabel(input, tz)}.csv`, 'text/csv;charset=utf-8', `\uFEFF${csv}\r\n`);
}

// --- iCalendar (RFC 5545) ---

/**
 * TEXT value escaping (RFC 5545 §3.3.11). Every line break — CRLF, LF and a lone CR — becomes `\n`:
 * a raw CR would let a title start a new content line (an injected property) in some calendar apps.
 */
export function icsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A URI value is not TEXT (no escaping): control characters, a CR above all, are simply dropped. */
function stripControlChars(text: string): string {
  return [...text].filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f).join('');
}

function icsTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Posts have no duration; a half-hour block makes them visible and clickable in calendar apps. */
const POST_BLOCK_MINUTES = 30;

/**
 * The filtered calendar as an .ics file: one VEVENT per item, UID fixed per item and SEQUENCE = its
 * revision, so importing a newer export into Apple/Google/Outlook calendars updates events instead of
 * duplicating them. Times are UTC (every client converts); cancelled items are sent as STATUS:CANCELLED, and
 * so are archived ones when asked for (off the plan: a calendar app that took them earlier drops them).
 */
export function exportIcs(ctx: BackendContext, request: ContentExportInput): ExportFile {
  const wctx = loadWorkspaceContext(ctx.db, request.workspaceId);
  const input = resolveRange(request, wctx.timeZone, MAX_EXPORT_DAYS);
  const workspace = findWorkspace(ctx.db, input.workspaceId)!;
  const lang = input.language;
  const zh = lang === 'zh-CN';
  const stamp = icsTime(ctx.now().getTime());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MatrixDesk//Content Calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`${workspace.name} · ${zh ? '内容日历' : 'Content calendar'}`)}`,
    `X-WR-TIMEZONE:${wctx.timeZone}`,
  ];
  for (const row of selectRows(ctx, wctx, input)) {
    const account = wctx.accounts.get(row.account_id);
    const start = Date.parse(row.planned_at);
    const end =
      row.duration_minutes === null ? start + POST_BLOCK_MINUTES * MINUTE_MS : Date.parse(row.planned_end_at);
    const roleLabel = account
      ? (zh ? { brand: '品牌号', sales: '销售号' } : { brand: 'Brand', sales: 'Sales' })[account.role]
      : '';
    const products = rowProductIds(row)
      .map((id) => wctx.products.get(id))
      .filter((p) => p !== undefined)
      .map((p) => `${p.name} (${p.sku})`);
    const description = [
      `${zh ? '账号' : 'Account'}: ${account ? `${account.displayName} @${account.handle}` : row.account_id} (${roleLabel})`,
      `${zh ? '目标' : 'Objective'}: ${objectiveLabels[lang][row.objective]}`,
      `${zh ? '状态' : 'Status'}: ${statusLabels[lang][row.status]}`,
      row.pillar ? `${zh ? '内容支柱' : 'Pillar'}: ${row.pillar}` : '',
      products.length ? `${zh ? '商品' : 'Products'}: ${products.join(', ')}` : '',
      row.owner ? `${zh ? '负责人' : 'Owner'}: ${row.owner}` : '',
      row.brief ? `\n${row.brief}` : '',
    ]
      .filter((l) => l !== '')
      .join('\n');
    const status =
      row.status === 'cancelled' || row.archived_at !== null
        ? 'CANCELLED'
        : row.status === 'scheduled' || row.status === 'published'
          ? 'CONFIRMED'
          : 'TENTATIVE';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${row.id}@matrixdesk`,
      `DTSTAMP:${stamp}`,
      `CREATED:${icsTime(Date.parse(row.created_at))}`,
      `LAST-MODIFIED:${icsTime(Date.parse(row.updated_at))}`,
      `SEQUENCE:${row.revision}`,
      `DTSTART:${icsTime(start)}`,
      `DTEND:${icsTime(end)}`,
      `SUMMARY:${icsText(`[${formatLabels[lang][row.format]}] ${row.title} · ${account?.displayName ?? ''}`)}`,
      `DESCRIPTION:${icsText(description)}`,
      `CATEGORIES:${[roleLabel, formatLabels[lang][row.format], objectiveLabels[lang][row.objective]].map(icsText).join(',')}`,
      `STATUS:${status}`,
      'TRANSP:TRANSPARENT',
      ...(row.published_url ? [`URL:${stripControlChars(row.published_url)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  const content = `${lines.map(foldLine).join('\r\n')}\r\n`;
  return toFile(
    `content-plan-${rangeLabel(input, wctx.timeZone)}.ics`,
    'text/calendar;charset=utf-8',
    content,
  );
}
