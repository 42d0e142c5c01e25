import {
  cannibalisationWarnings,
  itemRoleWarnings,
  liveOverlapWarnings,
  weekLoadWarnings,
  type GuardrailItem,
} from '../../../shared/content/guardrails';
import { guardrailItemFromRow } from '../../../shared/content/guardrailRow';
import type { ContentPageInput } from '../../../shared/content/model';
import { DAY_MS, formatWallMinute, HOUR_MS, weekOfInstant } from '../../../shared/content/time';
import type { ContentWarning } from '../../../shared/content/warnings';
import type { Db } from '../db/types';
import { stampedCache } from '../paging/writeStamp';
import { contextSpan, type WorkspaceContext } from './context';
import { firstSalesPushes, neighbourRows, weekTallies } from './pageRepo';
import type { ContentRow } from './repo';

export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The warnings of a page's items, exactly as `computeContentWarnings` gives them over the month, reading
 * only each rule's neighbours: live overlap and cannibalisation look at the items that can pair with a
 * page item (neighbourItems); week load reads one aggregate per week of the page. Same order as
 * computeContentWarnings: live overlap, the item's own role rules, cannibalisation, then week load.
 * `whole`, when given, is a span in which `rows` hold every item of the workspace starting in it (a page
 * without filters): the neighbours there are the page's own rows and are not read again.
 */
export function pageWarnings(
  db: Db,
  ctx: WorkspaceContext,
  input: ContentPageInput,
  rows: readonly ContentRow[],
  whole?: Interior,
): Map<string, ContentWarning[]> {
  if (rows.length === 0) return new Map();
  const items = rows.map(guardrailItemFromRow);
  const result = itemScopedWarnings(db, ctx, input, items, neighbourItems(db, ctx, items, whole));
  for (const [itemId, warnings] of weekLoad(db, ctx, rows)) {
    const list = result.get(itemId);
    if (list) list.push(...warnings);
    else result.set(itemId, [...warnings]);
  }
  return result;
}

/**
 * Every item that live overlap or cannibalisation can pair with one of `items` (them included), in the
 * month's order. A live session in its account's own room pairs with that room's sessions starting up to
 * a day before it (a session lasts at most a day) and before it ends; a sales account's push of a product
 * pairs with other sales accounts' pushes starting within the hour, or while either one's live runs. So
 * the read covers the accounts of those items only, from a day before the first of them (only sessions
 * still running at its start) to the last one's end or hour; a page without them reads nothing.
 */
function neighbourItems(
  db: Db,
  ctx: WorkspaceContext,
  items: readonly GuardrailItem[],
  whole: Interior | undefined,
): GuardrailItem[] {
  const liveAccounts = new Set<string>();
  let pushes = false;
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    if (item.status === 'cancelled') continue;
    const ownLive = item.format === 'live' && !item.hostedByCreator;
    const push = item.productIds.length > 0 && ctx.guardAccounts.get(item.accountId)?.role === 'sales';
    if (!ownLive && !push) continue;
    if (ownLive) liveAccounts.add(item.accountId);
    if (push) pushes = true;
    first = Math.min(first, item.startMs);
    last = Math.max(last, item.endMs, push ? item.startMs + HOUR_MS : -Infinity);
  }
  if (first === Infinity) return [];
  const sales = pushes ? salesAccountIds(ctx) : [];
  const query = {
    workspaceId: ctx.workspaceId,
    liveAccounts: JSON.stringify([...liveAccounts]),
    salesAccounts: JSON.stringify(sales),
    running: iso(first),
    pushFrom: iso(first - HOUR_MS),
  };
  const read = (fromMs: number, toMs: number) =>
    fromMs < toMs
      ? neighbourRows(db, { ...query, from: iso(fromMs), to: iso(toMs) }).map(guardrailItemFromRow)
      : [];
  const fromMs = first - DAY_MS;
  if (!whole || whole.afterMs >= whole.beforeMs) return read(fromMs, last);
  // Inside the page's whole span its own rows are the neighbours (the same test as neighbourRows);
  // before and after it they are read. The three parts follow each other in (planned_at, rowid) order.
  const salesSet = new Set(sales);
  const inside = items.filter(
    (i) =>
      i.startMs > whole.afterMs &&
      i.startMs < whole.beforeMs &&
      i.status !== 'cancelled' &&
      (i.startMs >= first - HOUR_MS || i.endMs > first) &&
      ((i.format === 'live' && !i.hostedByCreator && liveAccounts.has(i.accountId)) ||
        salesSet.has(i.accountId)),
  );
  return [
    ...read(fromMs, Math.min(last, whole.afterMs + 1)),
    ...inside,
    ...read(Math.max(fromMs, whole.beforeMs), last),
  ];
}

/**
 * A span (exclusive at both ends, in ms) in which a page's rows are every item of the workspace starting
 * in it: a page without filters holds every item between its first and last row's times, in the range.
 */
export interface Interior {
  afterMs: number;
  beforeMs: number;
}

/**
 * The item-scoped warnings of `items` (live overlap, the items' own role rules, cannibalisation, in that
 * order) as `computeContentWarnings` gives them over the range's context span. `near` holds at least every
 * item starting from a day before the first of `items` to an hour after the last one's end.
 */
export function itemScopedWarnings(
  db: Db,
  ctx: WorkspaceContext,
  range: { from: string; to: string },
  items: readonly GuardrailItem[],
  near: readonly GuardrailItem[],
): Map<string, ContentWarning[]> {
  const result = new Map<string, ContentWarning[]>();
  const wanted = new Set(items.map((i) => i.id));
  const push = (itemId: string, warnings: readonly ContentWarning[]) => {
    if (warnings.length === 0 || !wanted.has(itemId)) return;
    const list = result.get(itemId);
    if (list) list.push(...warnings);
    else result.set(itemId, [...warnings]);
  };
  const label = (ms: number) => formatWallMinute(ms, ctx.timeZone);
  for (const [itemId, warnings] of liveOverlapWarnings(near, label)) push(itemId, warnings);
  for (const item of items)
    push(item.id, itemRoleWarnings(item, ctx.guardAccounts.get(item.accountId), ctx.products));
  const clashes = cannibalisationWarnings(near, ctx.guardAccounts, ctx.products);
  for (const [itemId, warnings] of clashes) push(itemId, warnings);
  orderCannibalisation(db, ctx, range, items, result);
  return result;
}

const salesAccountIds = (ctx: WorkspaceContext) =>
  [...ctx.guardAccounts.values()].filter((a) => a.role === 'sales').map((a) => a.id);

/** Week-load warnings of the page's active items, from one aggregate per planning week the page touches. */
function weekLoad(db: Db, ctx: WorkspaceContext, rows: readonly ContentRow[]): Map<string, ContentWarning[]> {
  const weeks = new Map<string, { startMs: number; endMs: number; rows: ContentRow[] }>();
  for (const row of rows) {
    if (row.status === 'cancelled') continue;
    const week = weekOfInstant(Date.parse(row.planned_at), ctx.timeZone);
    const entry = weeks.get(week.weekStart) ?? { startMs: week.startMs, endMs: week.endMs, rows: [] };
    entry.rows.push(row);
    weeks.set(week.weekStart, entry);
  }
  const result = new Map<string, ContentWarning[]>();
  for (const [weekStart, week] of weeks) {
    const byAccount = weekTalliesOf(db, ctx, weekStart, week);
    for (const row of week.rows) {
      const account = ctx.guardAccounts.get(row.account_id);
      const tally = byAccount.get(row.account_id);
      if (!account || !tally) continue;
      const warnings = weekLoadWarnings(
        {
          accountId: row.account_id,
          weekStart,
          posts: tally.posts,
          liveMinutes: tally.live_minutes,
          itemIds: [],
        },
        account,
      );
      if (warnings.length > 0) result.set(row.id, warnings);
    }
  }
  return result;
}

type Tally = ReturnType<typeof weekTallies>[number];
const tallyCache = stampedCache<Map<string, Tally>>();

/**
 * Every account's tally of one week: the same for every page of that week until something is written, so
 * kept until then (outside a transaction, where a write may still be rolled back unseen by the stamp).
 */
function weekTalliesOf(
  db: Db,
  ctx: WorkspaceContext,
  weekStart: string,
  week: { startMs: number; endMs: number },
): Map<string, Tally> {
  const load = () => {
    const accounts = [...ctx.guardAccounts.keys()];
    const tallies = weekTallies(db, ctx.workspaceId, iso(week.startMs), iso(week.endMs), accounts);
    return new Map(tallies.map((t) => [t.account_id, t]));
  };
  return db.inTransaction ? load() : tallyCache(db, `${ctx.workspaceId}|${weekStart}`, load);
}

/**
 * An item pushing several clashing products lists its cannibalisation warnings in the order the products
 * are first pushed by a sales account in what the guardrails read. That read was the month's context; the
 * page's is shorter, so the order is restored from the month's first pushes (one query, and only when an
 * item has two such warnings). Products are told apart by name, as the warnings name them.
 */
function orderCannibalisation(
  db: Db,
  ctx: WorkspaceContext,
  range: { from: string; to: string },
  items: readonly GuardrailItem[],
  warnings: Map<string, ContentWarning[]>,
): void {
  const isClash = (w: ContentWarning) => w.code === 'product_cannibalisation';
  const several = items.filter((i) => (warnings.get(i.id) ?? []).filter(isClash).length > 1);
  if (several.length === 0) return;
  const firsts = firstPushesOf(db, ctx, range, [...new Set(several.flatMap((i) => i.productIds))]);
  for (const item of several) {
    const keyOf = new Map(
      item.productIds.map((id) => [ctx.products.get(id)?.name ?? id, firsts.get(id) ?? '']),
    );
    const list = warnings.get(item.id)!;
    const at = list.findIndex(isClash);
    const clashes = list.filter(isClash);
    const key = (w: ContentWarning) => keyOf.get(String(w.params?.product)) ?? '';
    clashes.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    list.splice(at, clashes.length, ...clashes);
  }
}

const firstPushCache = stampedCache<Map<string, string>>();

/**
 * Where each of `productIds` is first pushed in the range's context span (`''` when it is not): the same
 * for every page of the range until something is written, so each product is looked up once until then
 * (outside a transaction, as for the week tallies).
 */
function firstPushesOf(
  db: Db,
  ctx: WorkspaceContext,
  range: { from: string; to: string },
  productIds: readonly string[],
): Map<string, string> {
  const known = db.inTransaction
    ? new Map<string, string>()
    : firstPushCache(db, `${ctx.workspaceId}|${range.from}|${range.to}`, () => new Map());
  const missing = productIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const span = contextSpan(Date.parse(range.from), Date.parse(range.to), ctx.timeZone);
    const sales = salesAccountIds(ctx);
    const found = firstSalesPushes(db, ctx.workspaceId, iso(span.fromMs), iso(span.toMs), sales, missing);
    for (const id of missing) known.set(id, found.get(id) ?? '');
  }
  return known;
}
