import type { BackendContext } from '../context';
import type { z } from 'zod';
import type { ContentItem } from '../../../shared/content/model';
import {
  expandRecurrence,
  formatRrule,
  parseRrule,
  type Recurrence,
} from '../../../shared/content/recurrence';
import type { SeriesScope, updateOccurrenceInputSchema } from '../../../shared/content/series';
import { civilAddDays } from '../../../shared/domain/dates';
import { instantToWallTime, wallTimeToInstant } from '../../../shared/parsing/timeZone';
import { checkApprovalGate, markChangedApprovalsStale } from '../approvals/gate';
import { invalidInput, invalidState, notFound } from '../errors';
import { itemWithWarnings, loadWorkspaceContext } from './context';
import { findItemRow, findItemRows, insertItem, rowValues, updateItem, type ContentValues } from './repo';
import {
  deleteExdatesFrom,
  deleteItemRows,
  deleteSeries,
  exdates,
  findLink,
  findSeries,
  insertSeries,
  linkOccurrence,
  markDetached,
  moveTail,
  replaceExdates,
  seriesLinks,
  setLinks,
  unlinkItems,
  updateSeriesRule,
  type SeriesRow,
} from './seriesRepo';
import {
  checkOccurrencesOverlap,
  recurrenceError,
  seriesStarts,
  synchronisedStart,
  toRecurrence,
} from './series';

type UpdateInput = z.output<typeof updateOccurrenceInputSchema>;
/** content.update's handler: a single occurrence is edited exactly like any item (same checks, same codes). */
export type UpdateOne = (input: Omit<UpdateInput, 'scope' | 'repeat'>) => ContentItem;

const iso = (ms: number) => new Date(ms).toISOString();

function dayNumber(ms: number, timeZone: string): number {
  const w = instantToWallTime(ms, timeZone);
  return Math.round(Date.UTC(w.year, w.month - 1, w.day) / 86_400_000);
}

/**
 * "This and following": the series ends before the chosen occurrence (COUNT cut to the occurrences before it,
 * or UNTIL just before it) and a new series with the rest of the rule starts there, taking the later
 * occurrences, exceptions and deleted dates with it. Returns the new series.
 */
function splitSeries(ctx: BackendContext, series: SeriesRow, splitAt: string): SeriesRow {
  const rule = parseRrule(series.rrule);
  const split = Date.parse(splitAt);
  const before = expandRecurrence(rule, Date.parse(series.dtstart), series.time_zone).starts.filter(
    (s) => s < split,
  ).length;
  const head: Recurrence =
    rule.count !== null ? { ...rule, count: before } : { ...rule, until: split - 1000 };
  const tail: Recurrence = rule.count !== null ? { ...rule, count: rule.count - before } : rule;
  const at = ctx.now().toISOString();
  updateSeriesRule(ctx.db, series.id, formatRrule(head), series.dtstart, at);
  const next: SeriesRow = {
    id: ctx.newId(),
    workspace_id: series.workspace_id,
    rrule: formatRrule(tail),
    dtstart: splitAt,
    time_zone: series.time_zone,
    created_at: at,
    updated_at: at,
  };
  insertSeries(ctx.db, next);
  moveTail(ctx.db, series.id, next.id, splitAt);
  return next;
}

/** Fields every occurrence of a series shares; status and publishing stay per occurrence. */
function templateOf(values: ContentValues) {
  const { status: _status, plannedAt: _plannedAt, publishedAt: _at, publishedUrl: _url, ...shared } = values;
  return shared;
}

/**
 * Rewrites a series after its chosen occurrence was edited: occurrences that follow the series (not edited on
 * their own, not published, not archived) take the chosen one's fields; when the time or the rule changed, the rule is
 * expanded again and occurrence k of the old rule becomes occurrence k of the new one, so ids, approvals and
 * links survive a move; exceptions and deleted dates keep their place in the rule.
 */
function rewriteSeries(
  ctx: BackendContext,
  series: SeriesRow,
  chosenId: string,
  beforeStart: string,
  repeat: UpdateInput['repeat'],
): number {
  const db = ctx.db;
  const tz = series.time_zone;
  const wctx = loadWorkspaceContext(db, series.workspace_id);
  const at = ctx.now().toISOString();
  const chosen = rowValues(findItemRow(db, chosenId)!);
  const template = templateOf(chosen);
  const links = seriesLinks(db, series.id);
  const rows = new Map(
    findItemRows(
      db,
      links.map((l) => l.item_id),
    ).map((r) => [r.id, r]),
  );
  // Published and archived occurrences keep their own fields and their date (an archived one stays off the
  // plan: a rewrite must neither change it unseen nor put a new occurrence in the slot it was taken from).
  const follows = (l: { item_id: string; detached: number }) =>
    (l.detached === 0 || l.item_id === chosenId) &&
    rows.get(l.item_id)?.status !== 'published' &&
    rows.get(l.item_id)?.archived_at == null;
  const rewritable = links.filter(follows);
  const touched: { id: string; values: ContentValues }[] = [];
  const rewrite = (id: string, plannedAt: string) => {
    const row = rows.get(id)!;
    const values: ContentValues = { ...rowValues(row), ...template, plannedAt };
    updateItem(db, id, values, at);
    touched.push({ id, values });
  };

  const timeChanged = chosen.plannedAt !== beforeStart;
  if (!repeat && !timeChanged) {
    for (const l of rewritable)
      if (l.item_id !== chosenId) rewrite(l.item_id, rows.get(l.item_id)!.planned_at);
    setLinks(
      db,
      rewritable.map((l) => ({ itemId: l.item_id, occurrenceAt: l.occurrence_at, detached: 0 })),
    );
  } else {
    const oldRule = parseRrule(series.rrule);
    const oldStarts = expandRecurrence(oldRule, Date.parse(series.dtstart), tz).starts.map(iso);
    let rule = oldRule;
    if (repeat) {
      try {
        rule = toRecurrence(repeat, tz);
      } catch (error) {
        recurrenceError(error);
      }
    }
    // The new DTSTART: the chosen occurrence's new wall time, moved by as many days as it was moved.
    const dtstart = Date.parse(series.dtstart);
    const days = dayNumber(Date.parse(chosen.plannedAt), tz) - dayNumber(Date.parse(beforeStart), tz);
    const startWall = instantToWallTime(dtstart, tz);
    const newWall = instantToWallTime(Date.parse(chosen.plannedAt), tz);
    const shifted = wallTimeToInstant(
      { ...newWall, ...civilAddDays(startWall, days), second: 0, millisecond: 0 },
      tz,
    );
    const newStart = synchronisedStart(rule, shifted, tz);
    const newStarts = seriesStarts(rule, newStart, tz).map(iso);
    const indexOf = new Map(oldStarts.map((s, i) => [s, i]));
    const byIndex = new Map<number, string>();
    for (const l of rewritable) {
      const k = indexOf.get(l.occurrence_at);
      if (k !== undefined) byIndex.set(k, l.item_id);
    }
    // Exceptions and deleted dates follow their index into the new rule (RECURRENCE-ID moves with DTSTART).
    const remap = (s: string) => {
      const k = indexOf.get(s);
      return k !== undefined && newStarts[k] !== undefined ? newStarts[k] : s;
    };
    const kept = new Set<number>();
    for (const l of links) if (!follows(l)) kept.add(indexOf.get(l.occurrence_at) ?? -1);
    const deleted = exdates(db, series.id);
    for (const s of deleted) kept.add(indexOf.get(s) ?? -1);
    // Temporary RECURRENCE-IDs first: the (series, occurrence) pairs are unique at every step.
    setLinks(
      db,
      links.map((l) => ({ itemId: l.item_id, occurrenceAt: `moving:${l.item_id}`, detached: l.detached })),
    );
    const finalLinks: { itemId: string; occurrenceAt: string; detached: number }[] = links
      .filter((l) => !follows(l))
      .map((l) => ({ itemId: l.item_id, occurrenceAt: remap(l.occurrence_at), detached: l.detached }));
    const inserted: ContentValues[] = [];
    const removed: string[] = [];
    const status = chosen.status === 'cancelled' ? 'idea' : chosen.status;
    newStarts.forEach((start, k) => {
      if (kept.has(k)) return;
      const id = byIndex.get(k);
      if (id !== undefined) {
        rewrite(id, start);
        finalLinks.push({ itemId: id, occurrenceAt: start, detached: 0 });
        byIndex.delete(k);
      } else {
        const newId = ctx.newId();
        const values: ContentValues = {
          ...chosen,
          ...template,
          status,
          plannedAt: start,
          publishedAt: null,
          publishedUrl: null,
        };
        insertItem(db, newId, values, 'manual', at);
        linkOccurrence(db, newId, series.id, `moving:${newId}`);
        finalLinks.push({ itemId: newId, occurrenceAt: start, detached: 0 });
        touched.push({ id: newId, values });
        inserted.push(values);
      }
    });
    // Occurrences the new rule no longer has: removed, without an EXDATE (the rule itself dropped them).
    const placed = new Set(finalLinks.map((f) => f.itemId));
    for (const l of rewritable) if (!placed.has(l.item_id)) removed.push(l.item_id);
    unlinkItems(db, removed);
    deleteItemRows(db, removed);
    setLinks(db, finalLinks);
    replaceExdates(db, series.id, deleted.map(remap));
    updateSeriesRule(db, series.id, formatRrule(rule), iso(newStart), at);
    // New occurrences enter at the chosen one's status, like a new item would.
    if (inserted[0]) {
      checkApprovalGate(db, wctx.workspaceId, [
        { itemId: null, title: inserted[0].title, from: null, to: inserted[0].status },
      ]);
    }
  }
  checkOccurrencesOverlap(db, wctx, touched);
  markChangedApprovalsStale(
    db,
    touched.map((t) => t.id),
    at,
    ctx.newId,
  );
  return new Set([chosenId, ...touched.map((t) => t.id)]).size;
}

export function updateOccurrence(
  ctx: BackendContext,
  input: UpdateInput,
  updateOne: UpdateOne,
): { item: ContentItem; changed: number } {
  const { scope, repeat, ...patch } = input;
  const link = findLink(ctx.db, input.id);
  if (!link) {
    if (scope !== 'this' || repeat) {
      throw invalidState('This item is not part of a repeat', 'contentSeries.notOccurrence');
    }
    return { item: updateOne(patch), changed: 1 };
  }
  if (scope === 'this' && repeat) {
    throw invalidInput(
      ['repeat'],
      'A new repeat rule applies to this and following, or all occurrences',
      'contentSeries.ruleNeedsScope',
    );
  }
  let changed = 0;
  ctx.db.transaction(() => {
    const before = findItemRow(ctx.db, input.id)!;
    updateOne(patch);
    if (scope === 'this') {
      if (findItemRow(ctx.db, input.id)!.revision !== before.revision) markDetached(ctx.db, input.id);
      changed = 1;
      return;
    }
    let series = findSeries(ctx.db, link.series_id)!;
    if (scope === 'following' && link.occurrence_at > series.dtstart)
      series = splitSeries(ctx, series, link.occurrence_at);
    changed = rewriteSeries(ctx, series, input.id, before.planned_at, repeat);
  })();
  return { item: itemWithWarnings(ctx.db, input.id), changed };
}

/** Deletes one occurrence (an EXDATE is kept), it and the later ones (the rule ends before it), or the series. */
export function deleteOccurrence(ctx: BackendContext, id: string, scope: SeriesScope): { deleted: number } {
  const link = findLink(ctx.db, id);
  if (!link) {
    if (scope !== 'this')
      throw invalidState('This item is not part of a repeat', 'contentSeries.notOccurrence');
    if (deleteItemRows(ctx.db, [id]) === 0) throw notFound('Content item', id);
    return { deleted: 1 };
  }
  let deleted = 0;
  ctx.db.transaction(() => {
    const series = findSeries(ctx.db, link.series_id)!;
    const links = seriesLinks(ctx.db, series.id);
    const whole = scope === 'all' || (scope === 'following' && link.occurrence_at <= series.dtstart);
    if (scope === 'this') {
      deleted = deleteItemRows(ctx.db, [id]); // the trigger records the EXDATE
      if (links.length === 1) deleteSeries(ctx.db, series.id);
    } else if (whole) {
      const ids = links.map((l) => l.item_id);
      deleteSeries(ctx.db, series.id);
      deleted = deleteItemRows(ctx.db, ids);
    } else {
      const ids = links.filter((l) => l.occurrence_at >= link.occurrence_at).map((l) => l.item_id);
      const rule = parseRrule(series.rrule);
      const split = Date.parse(link.occurrence_at);
      const before = expandRecurrence(rule, Date.parse(series.dtstart), series.time_zone).starts.filter(
        (s) => s < split,
      ).length;
      const head: Recurrence =
        rule.count !== null ? { ...rule, count: before } : { ...rule, until: split - 1000 };
      updateSeriesRule(ctx.db, series.id, formatRrule(head), series.dtstart, ctx.now().toISOString());
      unlinkItems(ctx.db, ids);
      deleted = deleteItemRows(ctx.db, ids);
      deleteExdatesFrom(ctx.db, series.id, link.occurrence_at);
    }
  })();
  return { deleted };
}
