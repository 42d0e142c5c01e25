import type { Db } from '../../db/types';
import type { ImportField } from '../../../../shared/content/vocabulary';
import { coded } from '../../../../shared/domain/importErrors';
import type { WorkspaceContext } from '../context';
import { findItemRows, rowValues, type ContentRow } from '../repo';
import type { AnalysedRow } from './analyse';
import { existingItemIds, itemKeysBetween } from './repo';

const matchKey = (accountId: string, plannedAt: string, title: string) =>
  `${accountId}|${plannedAt}|${title}`;

/** Finds the item each row updates (ID column, else account + title + start) and flags in-file duplicates. */
export function matchExisting(db: Db, wctx: WorkspaceContext, rows: AnalysedRow[]): Map<string, ContentRow> {
  const ready = rows.filter((r) => r.values.accountId && r.values.title && r.values.plannedAt);
  const ids = new Map<string, string>();
  const idTexts = [...new Set(rows.map((r) => r.raw.id ?? '').filter((t) => t !== ''))];
  if (idTexts.length > 0) {
    for (const id of existingItemIds(db, wctx.workspaceId, idTexts)) ids.set(id, id);
  }
  const byKey = new Map<string, string>();
  if (ready.length > 0) {
    const times = ready.map((r) => r.values.plannedAt!).sort();
    const existing = itemKeysBetween(db, wctx.workspaceId, times[0]!, times[times.length - 1]!);
    for (const e of existing) {
      const key = matchKey(e.account_id, e.planned_at, e.title);
      if (!byKey.has(key)) byKey.set(key, e.id);
    }
  }
  const seenKeys = new Map<string, number>();
  const seenIds = new Map<string, number>();
  for (const row of rows) {
    const idText = row.raw.id;
    let matchId = idText ? (ids.get(idText) ?? null) : null;
    const { accountId, title, plannedAt } = row.values;
    if (accountId && title && plannedAt) {
      const key = matchKey(accountId, plannedAt, title);
      const first = seenKeys.get(key);
      if (first !== undefined) {
        row.errors.push({
          field: 'title',
          ...coded(`Duplicate of row ${first}: same account, title and planned time`, 'row.duplicateItem', {
            row: first,
          }),
        });
        continue;
      }
      seenKeys.set(key, row.rowNumber);
      matchId ??= byKey.get(key) ?? null;
    }
    if (matchId) {
      const first = seenIds.get(matchId);
      if (first !== undefined) {
        row.errors.push({
          field: idText ? 'id' : 'title',
          ...coded(`Updates the same item as row ${first}`, 'row.sameItem', { row: first }),
        });
        continue;
      }
      seenIds.set(matchId, row.rowNumber);
      row.matchId = matchId;
    }
  }
  const matched = new Map(findItemRows(db, [...seenIds.keys()]).map((r) => [r.id, r]));
  for (const row of rows) {
    const existing = row.matchId ? matched.get(row.matchId) : undefined;
    if (
      existing?.status === 'published' &&
      row.values.plannedAt &&
      row.values.plannedAt !== existing.planned_at
    ) {
      row.errors.push({
        field: 'plannedAt',
        ...coded('Published items cannot be rescheduled: they are already out', 'row.publishedReschedule'),
      });
    }
  }
  return matched;
}

/**
 * A column the file does not have leaves the matched item's value alone (a sheet of titles and times must
 * not wipe briefs and product links), then the rules that depend on the final values are applied.
 */
export function completeFromExisting(
  wctx: WorkspaceContext,
  rows: AnalysedRow[],
  matched: Map<string, ContentRow>,
  mapping: Record<ImportField, string | null>,
): void {
  for (const row of rows) {
    const v = row.values;
    const existing = row.matchId ? matched.get(row.matchId) : undefined;
    if (existing) {
      const e = rowValues(existing);
      // An empty cell cannot mean "no status / no duration / not published": those keep the item's value.
      const blank = (field: ImportField) => mapping[field] === null || row.raw[field] === undefined;
      if (mapping.pillar === null) v.pillar = e.pillar;
      if (blank('status')) v.status = e.status;
      if (mapping.products === null) {
        v.productIds = [...e.productIds];
        v.productLabels = e.productIds.map((id) => {
          const p = wctx.products.get(id);
          return p ? `${p.name} (${p.sku})` : id;
        });
      }
      if (mapping.tags === null) v.tags = [...e.tags];
      if (mapping.owner === null) v.owner = e.owner;
      if (mapping.brief === null) v.brief = e.brief;
      if (blank('publishedUrl')) v.publishedUrl = v.status === 'published' ? e.publishedUrl : null;
      if (blank('publishedAt')) v.publishedAt = v.status === 'published' ? e.publishedAt : null;
      if (blank('durationMinutes') && v.format === 'live' && e.format === 'live') {
        v.durationMinutes = e.durationMinutes;
      }
    }
    if (v.status === 'published' && v.publishedAt === null) v.publishedAt = v.plannedAt; // published as planned
    if (
      v.format === 'live' &&
      v.durationMinutes === null &&
      !row.errors.some((e) => e.field === 'durationMinutes')
    ) {
      row.errors.push({
        field: 'durationMinutes',
        ...coded('A live session needs a duration in minutes', 'row.durationRequired'),
      });
    }
  }
}
