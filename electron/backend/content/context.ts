import type { Db } from '../db/types';
import type { Account } from '../../../shared/domain/account';
import {
  isCivilDate,
  MAX_LIST_DAYS,
  MAX_LIST_ITEMS,
  type ContentItem,
  type ContentListFilter,
} from '../../../shared/content/model';
import {
  computeContentWarnings,
  type GuardrailAccount,
  type GuardrailProduct,
} from '../../../shared/content/guardrails';
import {
  guardrailAccount,
  guardrailItemFromRow,
  linkedProductIds,
} from '../../../shared/content/guardrailRow';
import { DAY_MS, formatWallMinute, parseCivilDate, weekOfInstant } from '../../../shared/content/time';
import { midnightIn } from '../../../shared/parsing/timeZone';
import { listAccounts } from '../accounts/repo';
import { invalidInput, notFound } from '../errors';
import { listProductRefs } from '../products/repo';
import { stampedCache } from '../paging/writeStamp';
import { countOncePerWrite } from './countCache';
import { requireWorkspace } from '../workspaces/guards';
import { countItemsStartingIn, findItemRow, itemsStartingIn, rowTags, toItem, type ContentRow } from './repo';

/** What guardrails and validation need to know about a workspace, loaded once per call. */
export interface WorkspaceContext {
  workspaceId: string;
  timeZone: string;
  accounts: Map<string, Account>;
  guardAccounts: Map<string, GuardrailAccount>;
  products: Map<string, GuardrailProduct & { sku: string }>;
}

export function loadWorkspaceContext(db: Db, workspaceId: string): WorkspaceContext {
  const workspace = requireWorkspace({ db }, workspaceId);
  const accounts = new Map(listAccounts(db, workspaceId, true).map((a) => [a.id, a]));
  const guardAccounts = new Map<string, GuardrailAccount>(
    [...accounts.values()].map((a) => [a.id, guardrailAccount(a)]),
  );
  const products = new Map(listProductRefs(db, workspaceId).map((p) => [p.id, p]));
  return { workspaceId, timeZone: workspace.timeZone, accounts, guardAccounts, products };
}

const readContexts = stampedCache<WorkspaceContext>();

/**
 * The workspace context for a read-only call (content.list pages, the calendar): kept per workspace until
 * the next write, as its accounts and products change only through writes. It was a tenth of a page's
 * cost. Inside a transaction it is loaded afresh: a write there may still be rolled back, and the stamp
 * would not tell.
 */
export function readWorkspaceContext(db: Db, workspaceId: string): WorkspaceContext {
  if (db.inTransaction) return loadWorkspaceContext(db, workspaceId);
  return readContexts(db, workspaceId, () => loadWorkspaceContext(db, workspaceId));
}

/**
 * Turns date bounds (`2025-08-01`) into midnight in the workspace's zone and checks the range, so callers
 * may ask for "August" without knowing the zone. Instants pass through.
 */
export function resolveRange<T extends { from: string; to: string }>(
  filter: T,
  timeZone: string,
  maxDays: number,
): T {
  const bound = (s: string) => {
    if (!isCivilDate(s)) return s;
    return new Date(midnightIn(parseCivilDate(s)!, timeZone)).toISOString();
  };
  const resolved = { ...filter, from: bound(filter.from), to: bound(filter.to) };
  const span = Date.parse(resolved.to) - Date.parse(resolved.from);
  if (span <= 0) throw invalidInput(['to'], 'Must be after from', 'field.afterFrom');
  if (span > maxDays * DAY_MS)
    throw invalidInput(['to'], `The range may span at most ${maxDays} days`, 'field.rangeMax', { maxDays });
  return resolved;
}

/**
 * The range one `content.list` or `content.calendarItems` call reads, refused before any row is read when
 * it holds more items than one call returns: a year of a 40,000-item client was 47.5 MB of JSON in one answer.
 */
export function listRange<T extends ContentListFilter>(db: Db, wctx: WorkspaceContext, filter: T): T {
  const range = resolveRange(filter, wctx.timeZone, MAX_LIST_DAYS);
  const count = countOncePerWrite(db, range.workspaceId, `range:${range.from}|${range.to}`, () =>
    countItemsStartingIn(db, range.workspaceId, range.from, range.to),
  );
  if (count > MAX_LIST_ITEMS) {
    throw invalidInput(
      ['to'],
      `This range holds ${count} items, more than the ${MAX_LIST_ITEMS} one call returns; narrow the range`,
      'paging.tooManyRows',
      { count, max: MAX_LIST_ITEMS },
    );
  }
  return range;
}

// Shared with the portfolio's week plan: one mapping from a stored row to what the guardrails read.
export { guardrailItemFromRow as guardrailItem } from '../../../shared/content/guardrailRow';

/**
 * The span whose items can affect warnings of items starting in [fromMs − 1 day, toMs): whole planning weeks
 * (week load) and a day either side (cannibalisation around live sessions, which last at most a day).
 */
export function contextSpan(
  fromMs: number,
  toMs: number,
  timeZone: string,
): { fromMs: number; toMs: number } {
  const first = fromMs - DAY_MS;
  return {
    fromMs: Math.min(weekOfInstant(first, timeZone).startMs, first - DAY_MS),
    toMs: Math.max(weekOfInstant(toMs - 1, timeZone).endMs, toMs + DAY_MS),
  };
}

export function warningsFor(ctx: WorkspaceContext, rows: readonly ContentRow[]) {
  return computeContentWarnings({
    items: rows.map(guardrailItemFromRow),
    accounts: ctx.guardAccounts,
    products: ctx.products,
    timeZone: ctx.timeZone,
    timeLabel: (ms) => formatWallMinute(ms, ctx.timeZone),
  });
}

export function matchesFilter(ctx: WorkspaceContext, row: ContentRow, filter: ContentListFilter): boolean {
  if (!matchesFields(ctx, row, filter)) return false;
  if (filter.search) {
    const needle = filter.search.toLowerCase();
    const haystack = `${row.title}\n${row.pillar}\n${row.owner}\n${rowTags(row).join('\n')}`.toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

/** The columns the filters other than the text search read (the calendar's lean rows have no more). */
export type FilteredRow = Pick<ContentRow, 'account_id' | 'status' | 'format' | 'objective'> & {
  product_ids?: readonly string[] | undefined;
  product_ids_json: string;
};

/** Every filter but the text search. */
export function matchesFields(ctx: WorkspaceContext, row: FilteredRow, filter: ContentListFilter): boolean {
  if (filter.accountIds && !filter.accountIds.includes(row.account_id)) return false;
  if (filter.statuses && !filter.statuses.includes(row.status)) return false;
  if (filter.formats && !filter.formats.includes(row.format)) return false;
  if (filter.objectives && !filter.objectives.includes(row.objective)) return false;
  if (filter.roles) {
    const role = ctx.accounts.get(row.account_id)?.role;
    if (!role || !filter.roles.includes(role)) return false;
  }
  if (filter.productIds) {
    const linked = linkedProductIds(row);
    if (!filter.productIds.some((id) => linked.includes(id))) return false;
  }
  return true;
}

/**
 * Items of the calendar range with their warnings. Warnings are computed over every item of the context
 * span (all accounts, whatever the filter), so filtering the view never hides why an item is flagged.
 * An item is in the range when it starts in it, or is a live session running into it.
 */
export function listContentRows(
  db: Db,
  ctx: WorkspaceContext,
  filter: ContentListFilter,
): { rows: ContentRow[]; warnings: ReturnType<typeof warningsFor> } {
  const fromMs = Date.parse(filter.from);
  const toMs = Date.parse(filter.to);
  const span = contextSpan(fromMs, toMs, ctx.timeZone);
  const all = itemsStartingIn(
    db,
    ctx.workspaceId,
    new Date(span.fromMs).toISOString(),
    new Date(span.toMs).toISOString(),
  );
  const warnings = warningsFor(ctx, all);
  const rows = all.filter((row) => {
    if (row.planned_at >= filter.to) return false;
    if (row.planned_at < filter.from && row.planned_end_at <= filter.from) return false;
    return matchesFilter(ctx, row, filter);
  });
  return { rows, warnings };
}

export function listContent(db: Db, ctx: WorkspaceContext, filter: ContentListFilter): ContentItem[] {
  const { rows, warnings } = listContentRows(db, ctx, filter);
  return rows.map((row) => toItem(row, warnings.get(row.id) ?? []));
}

/** One item as every write returns it: stored values plus its current warnings. */
export function itemWithWarnings(db: Db, id: string, ctx?: WorkspaceContext): ContentItem {
  const row = findItemRow(db, id);
  if (!row) throw notFound('Content item', id);
  const context = ctx ?? loadWorkspaceContext(db, row.workspace_id);
  const start = Date.parse(row.planned_at);
  const span = contextSpan(start, Math.max(start + 1, Date.parse(row.planned_end_at)), context.timeZone);
  const all = itemsStartingIn(
    db,
    row.workspace_id,
    new Date(span.fromMs).toISOString(),
    new Date(span.toMs).toISOString(),
  );
  const warnings = warningsFor(context, all);
  return toItem(row, warnings.get(row.id) ?? []);
}
