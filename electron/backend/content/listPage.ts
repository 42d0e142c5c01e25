import type { ContentItem, ContentPageInput } from '../../../shared/content/model';
import type { Page } from '../../../shared/api/paging';
import { encodeCursor } from '../../../shared/api/paging';
import type { Db } from '../db/types';
import { cursorParams } from '../paging/keyset';
import { invalidInput } from '../errors';
import { DAY_MS } from '../../../shared/content/time';
import type { WorkspaceContext } from './context';
import { countOncePerWrite } from './countCache';
import { countPageRows, cursorRowid, pageRows, type PageQuery } from './pageRepo';
import { iso, pageWarnings, type Interior } from './pageWarnings';
import { toItem, type ContentRow } from './repo';

/**
 * One page of content.list: items of the range that match the filters, ordered by `(planned_at, rowid)`,
 * after the cursor (the last item's planned time and id). A keyset position, so items added or moved before
 * it never shift the next page. The page's keys and the total come from SQL; warnings are computed for the
 * page's items only (see pageWarnings.ts), so a page costs its rows and their neighbours, not the month (a month of a
 * 40,000-item client was 263× the raw page query when the month was read for every page).
 */
export function pageContent(db: Db, ctx: WorkspaceContext, input: ContentPageInput): Page<ContentItem> {
  const cursor = input.cursor ? readCursor(input.cursor) : null;
  const { rows, total, more, whole } = sqlPage(db, ctx, input, cursor);
  const warnings = pageWarnings(db, ctx, input, rows, whole);
  const last = rows.at(-1);
  return {
    items: rows.map((row) => toItem(row, warnings.get(row.id) ?? [])),
    nextCursor: more && last ? encodeCursor([last.planned_at, last.id]) : null,
    total,
  };
}

type Cursor = { at: string; id: string };
type PageRows = { rows: ContentRow[]; total: number; more: boolean; whole?: Interior };

function readCursor(cursor: string): Cursor {
  const { k0, k1 } = cursorParams(cursor, 2);
  if (typeof k0 !== 'string' || typeof k1 !== 'string') throw badCursor();
  return { at: k0, id: k1 };
}

/**
 * The earliest start of an item in the range: a live session running into it started at most a day before
 * (MAX_LIVE_MINUTES), the bound the guardrails' context span rests on too.
 */
const earliestStart = (input: ContentPageInput) => iso(Date.parse(input.from) - DAY_MS);

function sqlPage(db: Db, ctx: WorkspaceContext, input: ContentPageInput, cursor: Cursor | null): PageRows {
  const json = (values: readonly string[] | undefined) => (values ? JSON.stringify(values) : null);
  // Roles are the accounts' (archived included, as the workspace context holds them), so they become account ids.
  let accounts = input.accountIds;
  if (input.roles) {
    const roles = input.roles;
    const ofRoles = [...ctx.accounts.values()].filter((a) => roles.includes(a.role)).map((a) => a.id);
    accounts = accounts ? accounts.filter((id) => ofRoles.includes(id)) : ofRoles;
  }
  const q: PageQuery = {
    workspaceId: ctx.workspaceId,
    from: input.from,
    to: input.to,
    earliest: earliestStart(input),
    accounts: json(accounts),
    statuses: json(input.statuses),
    formats: json(input.formats),
    objectives: json(input.objectives),
    products: json(input.productIds),
    // Lowercased here once, as the search's test lowercases each row's text (an empty search is none).
    search: input.search ? input.search.toLowerCase() : null,
    includeArchived: input.includeArchived ? 1 : 0,
  };
  // After the cursor's item; if it was deleted, moved or filtered out since, after its old planned time. A
  // new item at the same time sorts after existing ones (higher rowid), so nothing shifts into earlier pages.
  const afterRowid = cursor
    ? (cursorRowid(db, q, cursor.id, cursor.at) ?? Number.MAX_SAFE_INTEGER)
    : Number.MIN_SAFE_INTEGER;
  // The index range starts at the cursor's time, so a later page does not walk the pages before it.
  const afterAt = cursor?.at ?? '';
  const start = afterAt > q.earliest ? { ...q, earliest: afterAt } : q;
  const read = pageRows(db, start, afterAt, afterRowid, input.limit + 1);
  const rows = read.slice(0, input.limit);
  return { rows, total: pageTotal(db, q), more: read.length > input.limit, whole: wholeSpan(q, rows) };
}

/**
 * Without filters the page holds every item starting after its first row's time (and in the range) and
 * before its last row's: keyset order leaves no gap between them. With a filter, items left out there
 * may still be neighbours.
 */
function wholeSpan(q: PageQuery, rows: readonly ContentRow[]): Interior | undefined {
  const filtered = q.accounts ?? q.statuses ?? q.formats ?? q.objectives ?? q.products ?? q.search;
  // Archived items on the page are no one's neighbours (the guardrails skip them), so only without them.
  if (filtered !== null || q.includeArchived || rows.length < 2) return undefined;
  const afterMs = Math.max(Date.parse(rows[0]!.planned_at), Date.parse(q.from));
  return { afterMs, beforeMs: Date.parse(rows.at(-1)!.planned_at) };
}

/** Every page of one list has the same total until something is written (a tenth of a 3,400-item month's page). */
const pageTotal = (db: Db, q: PageQuery) =>
  countOncePerWrite(db, q.workspaceId, `page:${JSON.stringify(q)}`, () => countPageRows(db, q));

/** A cursor of the right length whose values are not this list's keys (from another list). */
const badCursor = () =>
  invalidInput(
    ['cursor'],
    'This page position is not valid for this list; start again from the first page',
    'paging.badCursor',
  );
