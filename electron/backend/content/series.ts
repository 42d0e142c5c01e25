import type { BackendContext } from '../context';
import type { Db } from '../db/types';
import type { ContentItem, ContentListFilter } from '../../../shared/content/model';
import {
  civilDateOf,
  endOfDayInstant,
  expandRecurrence,
  firstMatchingDate,
  formatRrule,
  MAX_OCCURRENCES,
  parseRrule,
  RecurrenceError,
  type Recurrence,
} from '../../../shared/content/recurrence';
import type { ContentSeries, createSeriesInputSchema, RepeatRule } from '../../../shared/content/series';
import type { z } from 'zod';
import { DAY_MS, formatWallMinute, parseCivilDate } from '../../../shared/content/time';
import { instantToWallTime, wallTimeToInstant } from '../../../shared/parsing/timeZone';
import { checkApprovalGate } from '../approvals/gate';
import { conflict, invalidInput, notFound } from '../errors';
import { listContent, loadWorkspaceContext, type WorkspaceContext } from './context';
import { findOverlappingLive, insertItem, plannedEnd, type ContentValues } from './repo';
import { findSeries, insertSeries, linkOccurrence, seriesCounts } from './seriesRepo';
import { checkAccount, checkProducts } from './validate';

/** A series spans at most this many days, so its occurrences are one content.list range. */
export const MAX_SERIES_DAYS = 400;

const iso = (ms: number) => new Date(ms).toISOString();

export function recurrenceError(error: unknown): never {
  if (error instanceof RecurrenceError)
    throw invalidInput(['repeat'], error.message, error.code, error.params);
  throw error;
}

/** The API's rule (until as a calendar date in the zone) as an RFC 5545 recurrence (UNTIL in UTC). */
export function toRecurrence(rule: RepeatRule, timeZone: string): Recurrence {
  return {
    freq: rule.freq === 'daily' ? 'DAILY' : 'WEEKLY',
    interval: rule.interval,
    byDay: rule.freq === 'weekly' ? rule.byDay : [],
    until: rule.until === null ? null : endOfDayInstant(parseCivilDate(rule.until)!, timeZone),
    count: rule.count,
  };
}

export function describeSeries(db: Db, id: string): ContentSeries {
  const row = findSeries(db, id);
  if (!row) throw notFound('Content series', id);
  const rule = parseRrule(row.rrule);
  const counts = seriesCounts(db, id);
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    rrule: row.rrule,
    repeat: {
      freq: rule.freq === 'DAILY' ? 'daily' : 'weekly',
      interval: rule.interval,
      byDay: rule.byDay,
      until: rule.until === null ? null : civilDateOf(rule.until, row.time_zone),
      count: rule.count,
    },
    dtstart: row.dtstart,
    timeZone: row.time_zone,
    occurrenceCount: counts.occurrences,
    exceptionCount: counts.exceptions,
    deletedCount: counts.deleted,
  };
}

/** DTSTART moved to the first date the rule runs on (RFC 5545 §3.8.5.3: DTSTART must match the rule). */
export function synchronisedStart(rule: Recurrence, startMs: number, timeZone: string): number {
  const wall = instantToWallTime(startMs, timeZone);
  return wallTimeToInstant({ ...wall, ...firstMatchingDate(rule, wall) }, timeZone);
}

/** Every start of a rule, refused with a field error when it has too many or spans too long. */
export function seriesStarts(rule: Recurrence, startMs: number, timeZone: string): number[] {
  if (rule.until !== null && rule.until < startMs) {
    throw invalidInput(
      ['repeat', 'until'],
      'The repeat ends before its first occurrence',
      'contentSeries.untilBeforeStart',
    );
  }
  const { starts, truncated } = expandRecurrence(rule, startMs, timeZone);
  if (truncated) {
    throw invalidInput(
      ['repeat', 'until'],
      `A repeat has at most ${MAX_OCCURRENCES} occurrences; end it earlier`,
      'contentSeries.tooMany',
      { max: MAX_OCCURRENCES },
    );
  }
  if (starts.at(-1)! - starts[0]! > MAX_SERIES_DAYS * DAY_MS) {
    throw invalidInput(
      ['repeat', 'until'],
      `A repeat spans at most ${MAX_SERIES_DAYS} days; end it earlier`,
      'contentSeries.tooLong',
      { maxDays: MAX_SERIES_DAYS },
    );
  }
  return starts;
}

/**
 * A live room runs one session at a time, on every occurrence: run after the occurrences are written (inside
 * the caller's transaction), so a clash with another occurrence of the same series is found too. The error
 * names the occurrence's date; the transaction rolls back, so nothing is stored.
 */
export function checkOccurrencesOverlap(
  db: Db,
  wctx: WorkspaceContext,
  occurrences: readonly { id: string; values: ContentValues }[],
): void {
  for (const { id, values } of occurrences) {
    if (values.format !== 'live' || values.status === 'cancelled') continue;
    const end = plannedEnd(values.plannedAt, values.durationMinutes);
    const clash = findOverlappingLive(db, values.accountId, values.plannedAt, end, [id]);
    if (!clash) continue;
    const date = civilDateOf(Date.parse(values.plannedAt), wctx.timeZone);
    const from = formatWallMinute(Date.parse(clash.planned_at), wctx.timeZone);
    const to = formatWallMinute(Date.parse(clash.planned_end_at), wctx.timeZone).slice(11);
    throw conflict(
      ['plannedAt'],
      `The occurrence on ${date} overlaps the live session "${clash.title}" (${from}–${to}) on the same account; a live room runs one session at a time`,
      'contentSeries.liveOverlap',
      { date, title: clash.title, from, to },
    );
  }
}

/** The occurrences with their warnings (guardrails run on every occurrence like on any item). */
export function occurrenceItems(
  db: Db,
  wctx: WorkspaceContext,
  ids: readonly string[],
  starts: readonly number[],
): ContentItem[] {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const filter: ContentListFilter = {
    workspaceId: wctx.workspaceId,
    from: iso(Math.min(...starts)),
    to: iso(Math.max(...starts) + 1),
  };
  return listContent(db, wctx, filter).filter((item) => wanted.has(item.id));
}

export function createSeries(
  ctx: BackendContext,
  input: z.output<typeof createSeriesInputSchema>,
): { series: ContentSeries; items: ContentItem[] } {
  const { repeat, ...fields } = input;
  const wctx = loadWorkspaceContext(ctx.db, fields.workspaceId);
  checkAccount(wctx, fields.accountId, false);
  checkProducts(wctx, fields.productIds);
  if (fields.status === 'published') {
    throw invalidInput(
      ['status'],
      'A repeat is planned ahead; it cannot start as published',
      'contentSeries.published',
    );
  }
  const tz = wctx.timeZone;
  let rule: Recurrence;
  try {
    rule = toRecurrence(repeat, tz);
  } catch (error) {
    recurrenceError(error);
  }
  const startMs = synchronisedStart(rule, Date.parse(fields.plannedAt), tz);
  const starts = seriesStarts(rule, startMs, tz);
  checkApprovalGate(ctx.db, wctx.workspaceId, [
    { itemId: null, title: fields.title, from: null, to: fields.status },
  ]);
  const seriesId = ctx.newId();
  const at = ctx.now().toISOString();
  const written: { id: string; values: ContentValues }[] = [];
  ctx.db.transaction(() => {
    insertSeries(ctx.db, {
      id: seriesId,
      workspace_id: wctx.workspaceId,
      rrule: formatRrule(rule),
      dtstart: iso(startMs),
      time_zone: tz,
      created_at: at,
      updated_at: at,
    });
    for (const start of starts) {
      const id = ctx.newId();
      const values: ContentValues = {
        ...fields,
        plannedAt: iso(start),
        publishedAt: null,
        publishedUrl: null,
      };
      insertItem(ctx.db, id, values, 'manual', at);
      linkOccurrence(ctx.db, id, seriesId, iso(start));
      written.push({ id, values });
    }
    checkOccurrencesOverlap(ctx.db, wctx, written);
  })();
  return {
    series: describeSeries(ctx.db, seriesId),
    items: occurrenceItems(
      ctx.db,
      wctx,
      written.map((w) => w.id),
      starts,
    ),
  };
}
