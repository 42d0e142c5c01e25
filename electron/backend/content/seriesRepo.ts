import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/** SQL of repeating series (migration 0110). Occurrences themselves are content_items rows (see repo.ts). */

export interface SeriesRow {
  id: string;
  workspace_id: string;
  rrule: string;
  dtstart: string;
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface OccurrenceLink {
  item_id: string;
  occurrence_at: string;
  detached: number;
}

export function insertSeries(db: Db, row: SeriesRow): void {
  prepared(
    db,
    `INSERT INTO content_series (id, workspace_id, rrule, dtstart, time_zone, created_at, updated_at)
     VALUES (@id, @workspace_id, @rrule, @dtstart, @time_zone, @created_at, @updated_at)`,
  ).run(row);
}

export function findSeries(db: Db, id: string): SeriesRow | undefined {
  return prepared<[string], SeriesRow>(db, 'SELECT * FROM content_series WHERE id = ?').get(id);
}

export function updateSeriesRule(db: Db, id: string, rrule: string, dtstart: string, at: string): void {
  prepared(db, 'UPDATE content_series SET rrule = ?, dtstart = ?, updated_at = ? WHERE id = ?').run(
    rrule,
    dtstart,
    at,
    id,
  );
}

export function deleteSeries(db: Db, id: string): void {
  prepared(db, 'DELETE FROM content_series WHERE id = ?').run(id);
}

export function linkOccurrence(db: Db, itemId: string, seriesId: string, occurrenceAt: string): void {
  prepared(
    db,
    'INSERT INTO content_series_occurrences (item_id, series_id, occurrence_at, detached) VALUES (?, ?, ?, 0)',
  ).run(itemId, seriesId, occurrenceAt);
}

/** The occurrences of a series still stored, in rule order. */
export function seriesLinks(db: Db, seriesId: string): OccurrenceLink[] {
  return prepared<[string], OccurrenceLink>(
    db,
    `SELECT item_id, occurrence_at, detached FROM content_series_occurrences
     WHERE series_id = ? ORDER BY occurrence_at`,
  ).all(seriesId);
}

export function findLink(db: Db, itemId: string): (OccurrenceLink & { series_id: string }) | undefined {
  return prepared<[string], OccurrenceLink & { series_id: string }>(
    db,
    'SELECT item_id, series_id, occurrence_at, detached FROM content_series_occurrences WHERE item_id = ?',
  ).get(itemId);
}

/**
 * Sets where occurrences sit in the rule and whether they are exceptions: rewritten occurrences follow the
 * series again (the edit trigger marked them detached), exceptions stay exceptions.
 */
export function setLinks(
  db: Db,
  links: readonly { itemId: string; occurrenceAt: string; detached: number }[],
): void {
  const statement = prepared(
    db,
    'UPDATE content_series_occurrences SET occurrence_at = ?, detached = ? WHERE item_id = ?',
  );
  for (const link of links) statement.run(link.occurrenceAt, link.detached, link.itemId);
}

export function markDetached(db: Db, itemId: string): void {
  prepared(db, 'UPDATE content_series_occurrences SET detached = 1 WHERE item_id = ?').run(itemId);
}

/** Unlinks items before deleting them, so the delete trigger records no EXDATE for them. */
export function unlinkItems(db: Db, itemIds: readonly string[]): void {
  prepared(
    db,
    'DELETE FROM content_series_occurrences WHERE item_id IN (SELECT value FROM json_each(?))',
  ).run(JSON.stringify(itemIds));
}

export function exdates(db: Db, seriesId: string): string[] {
  return prepared<[string], { occurrence_at: string }>(
    db,
    'SELECT occurrence_at FROM content_series_exdates WHERE series_id = ? ORDER BY occurrence_at',
  )
    .all(seriesId)
    .map((r) => r.occurrence_at);
}

export function deleteExdatesFrom(db: Db, seriesId: string, fromIso: string): void {
  prepared(db, 'DELETE FROM content_series_exdates WHERE series_id = ? AND occurrence_at >= ?').run(
    seriesId,
    fromIso,
  );
}

/** Splitting a series: occurrences and EXDATEs from `fromIso` on move to the new series. */
export function moveTail(db: Db, fromSeries: string, toSeries: string, fromIso: string): void {
  prepared(
    db,
    'UPDATE content_series_occurrences SET series_id = ? WHERE series_id = ? AND occurrence_at >= ?',
  ).run(toSeries, fromSeries, fromIso);
  prepared(
    db,
    'UPDATE content_series_exdates SET series_id = ? WHERE series_id = ? AND occurrence_at >= ?',
  ).run(toSeries, fromSeries, fromIso);
}

export function seriesCounts(
  db: Db,
  seriesId: string,
): { occurrences: number; exceptions: number; deleted: number } {
  return prepared<{ id: string }, { occurrences: number; exceptions: number; deleted: number }>(
    db,
    `SELECT
       (SELECT COUNT(*) FROM content_series_occurrences WHERE series_id = @id) AS occurrences,
       (SELECT COUNT(*) FROM content_series_occurrences WHERE series_id = @id AND detached = 1) AS exceptions,
       (SELECT COUNT(*) FROM content_series_exdates WHERE series_id = @id) AS deleted`,
  ).get({ id: seriesId })!;
}

/** Deletes content items by id (set query); returns how many existed. */
export function deleteItemRows(db: Db, ids: readonly string[]): number {
  if (ids.length === 0) return 0;
  return prepared(db, 'DELETE FROM content_items WHERE id IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(ids),
  ).changes;
}

export function replaceExdates(db: Db, seriesId: string, occurrences: readonly string[]): void {
  prepared(db, 'DELETE FROM content_series_exdates WHERE series_id = ?').run(seriesId);
  const insert = prepared(
    db,
    'INSERT OR IGNORE INTO content_series_exdates (series_id, occurrence_at) VALUES (?, ?)',
  );
  for (const at of occurrences) insert.run(seriesId, at);
}
