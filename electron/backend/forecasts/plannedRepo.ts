import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/** An item planned in a forecast's horizon, with what it targets. */
export interface PlannedItemRow {
  id: string;
  title: string;
  planned_at: string;
  /** The item's own tags and its products' free tags, in link order (resolved to taxonomy ids later). */
  tags: string[];
}

/**
 * The horizon's plan: the account's items planned in [from, to) (UTC instants around the horizon) that are
 * neither published, cancelled nor archived (archived items are off the plan), read through
 * `content_by_account_time`, so the account's other items (ideas months ahead) are never read.
 */
const HORIZON_ITEMS = `account_id = @account AND planned_at >= @from AND planned_at < @to
         AND status NOT IN ('published', 'cancelled') AND archived_at IS NULL`;

type Window = { from: string; to: string };

/** The rows with what each targets (`targetsOf`), in the same order. */
function withTargets<R extends { id: string }>(db: Db, rows: R[]): (R & { tags: string[] })[] {
  const tags = targetsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r, i) => ({ ...r, tags: tags[i]! }));
}

/** The horizon's planned items in calendar order. */
export function plannedItemsWithTargets(db: Db, accountId: string, window: Window): PlannedItemRow[] {
  const items = prepared<{ account: string } & Window, Omit<PlannedItemRow, 'tags'>>(
    db,
    `SELECT id, title, planned_at FROM content_items WHERE ${HORIZON_ITEMS} ORDER BY planned_at, rowid`,
  ).all({ account: accountId, ...window });
  return withTargets(db, items);
}

/** A published item of an account as its past is rebuilt: when it went out and its own change note. */
export interface PublishedItemNote {
  id: string;
  planned_at: string;
  /** The item's note in `forecast_past_changes` (migration 0430), 0 if never noted. */
  seq: number;
}

/**
 * The account's published items, without what they target: a rebuilt past (`accountPast.ts`) rereads
 * targets only for the items whose note moved since it last read them. From `content_published_by_account`
 * (0400), each note by its primary key.
 */
export function publishedItemNotes(db: Db, accountId: string): PublishedItemNote[] {
  return prepared<[string], PublishedItemNote>(
    db,
    // A scalar subquery, not a join: the planner scanned the (small, unanalysed) notes table for a join.
    `SELECT c.id, c.planned_at,
       coalesce((SELECT seq FROM forecast_past_changes WHERE scope_id = c.id), 0) AS seq
     FROM content_items c WHERE c.account_id = ? AND c.status = 'published'`,
  ).all(accountId);
}

/** What an item targets as stored with it: its own tags and its products, each in link order. */
export interface ItemLinks {
  tags: string[];
  productIds: string[];
}

/**
 * Per item (same order as `ids`), its own tags and its linked products. The queries take the items as one
 * bound JSON array and answer with its positions.
 */
export function itemLinksOf(db: Db, ids: readonly string[]): ItemLinks[] {
  const links = ids.map((): ItemLinks => ({ tags: [], productIds: [] }));
  if (ids.length === 0) return links;
  const chosen = { ids: JSON.stringify(ids) };
  for (const t of prepared<typeof chosen, { item: number; tag: string }>(
    db,
    `SELECT c.key AS item, t.tag FROM json_each(@ids) c JOIN content_item_tags t ON t.item_id = c.value
     ORDER BY c.key, t.position`,
  ).all(chosen))
    links[t.item]?.tags.push(t.tag);
  for (const l of prepared<typeof chosen, { item: number; product_id: string }>(
    db,
    `SELECT c.key AS item, l.product_id FROM json_each(@ids) c JOIN content_item_products l ON l.item_id = c.value
     ORDER BY c.key, l.position`,
  ).all(chosen))
    links[l.item]?.productIds.push(l.product_id);
  return links;
}

/**
 * Each product's free tags in order, read once per distinct product (an account's items share a few: 8 for
 * 454 links on the agency bench) instead of once per link. A product that is gone (or has no tags) is absent.
 */
export function productTagsOf(db: Db, productIds: readonly string[]): Map<string, string[]> {
  const tagsOfProduct = new Map<string, string[]>();
  if (productIds.length === 0) return tagsOfProduct;
  const products = { ids: JSON.stringify([...new Set(productIds)]) };
  for (const t of prepared<typeof products, { product_id: string; tag: string }>(
    db,
    `SELECT p.id AS product_id, pt.tag FROM json_each(@ids) c JOIN products p ON p.id = c.value
     JOIN product_tags pt ON pt.product_id = p.id
     ORDER BY c.key, pt.position`,
  ).all(products)) {
    const tags = tagsOfProduct.get(t.product_id);
    if (tags) tags.push(t.tag);
    else tagsOfProduct.set(t.product_id, [t.tag]);
  }
  return tagsOfProduct;
}

/** An item's targets: its own tags, then its products' tags in link order. */
export function joinTargets(
  links: ItemLinks,
  tagsOfProduct: ReadonlyMap<string, readonly string[]>,
): string[] {
  // Loops rather than spread and flatMap: this runs for every item of every forecast's horizon.
  const targets = links.tags.slice();
  for (const id of links.productIds) {
    const tags = tagsOfProduct.get(id);
    if (tags) for (const tag of tags) targets.push(tag);
  }
  return targets;
}

/** Per item (same order as `ids`), its own tags and then its products' tags, in link order. */
function targetsOf(db: Db, ids: readonly string[]): string[][] {
  const links = itemLinksOf(db, ids);
  const tagsOfProduct = productTagsOf(
    db,
    links.flatMap((l) => l.productIds),
  );
  return links.map((l) => joinTargets(l, tagsOfProduct));
}

/**
 * Where the account's past stands in the change notes (migrations 0420, 0430): the account's note, its
 * workspace's, and its workspace's bulk writes' (`bulkScope`), each 0 until first written. Three primary-key
 * reads; equal stamps mean nothing a past is built from was written in between, by any connection.
 */
export function pastChangeStamp(db: Db, accountId: string, workspaceId: string): string {
  const row = prepared<
    { account: string; workspace: string; bulk: string },
    { account: number | null; workspace: number | null; bulk: number | null }
  >(
    db,
    `SELECT (SELECT seq FROM forecast_past_changes WHERE scope_id = @account) AS account,
            (SELECT seq FROM forecast_past_changes WHERE scope_id = @workspace) AS workspace,
            (SELECT seq FROM forecast_past_changes WHERE scope_id = @bulk) AS bulk`,
  ).get({ account: accountId, workspace: workspaceId, bulk: bulkScope(workspaceId) })!;
  return [row.account ?? 0, row.workspace ?? 0, row.bulk ?? 0].join(':');
}

/** The parts of a `pastChangeStamp`. */
export function pastStampParts(stamp: string): { workspace: string; bulk: string } {
  const [, workspace = '0', bulk = '0'] = stamp.split(':');
  return { workspace, bulk };
}

/**
 * The note a bulk write leaves on its workspace besides the account and workspace notes (pastChangesRepo):
 * its rows skipped the per-item notes, so no kept item of the workspace can be trusted after it.
 */
export function bulkScope(workspaceId: string): string {
  return `bulk:${workspaceId}`;
}
