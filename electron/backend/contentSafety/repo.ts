import type { Db } from '../db/types';
import type { ContentUndoKind } from '../../../shared/content/undo';
import { contentColumns, type ContentRow, type ContentValues } from '../content/repo';
import type { ApprovalRecord } from '../approvals/repo';
import { prepared } from '../paging/statements';

/** The stored columns of a content item that a write does not take as values. */
export interface RowMeta {
  creator_id: string | null;
  source: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  /** Absent in records kept before archiving existed (0410): those items were not archived. */
  archived_at?: string | null;
}

export interface ApprovalEventRow {
  id: string;
  item_id: string;
  workspace_id: string;
  kind: string;
  actor: string;
  author: string;
  from_state: string | null;
  to_state: string | null;
  comment: string;
  pack_id: string | null;
  revision: number | null;
  at: string;
}

export interface PackItemLink {
  pack_id: string;
  item_id: string;
  revision: number;
  fingerprint: string;
}

/** Everything that points at a deleted item and is lost (cascade) or unlinked (set null) by the delete. */
export interface DeletedLinks {
  events: ApprovalEventRow[];
  packItems: PackItemLink[];
  deliverableIds: string[];
  liveSessionIds: string[];
}

/** What `content_undo.before_json` holds. */
export interface UndoSnapshot {
  values: ContentValues;
  meta: RowMeta;
  approval: ApprovalRecord | null;
  links?: DeletedLinks;
}

export interface UndoRecord {
  id: string;
  workspace_id: string;
  item_id: string;
  kind: ContentUndoKind;
  revision: number;
  before_json: string;
  created_at: string;
}

export function insertUndo(db: Db, record: UndoRecord): void {
  prepared(
    db,
    `INSERT INTO content_undo (id, workspace_id, item_id, kind, revision, before_json, created_at)
     VALUES (@id, @workspace_id, @item_id, @kind, @revision, @before_json, @created_at)`,
  ).run(record);
}

/** Drops records older than the keep time; the index on created_at keeps this a range delete. */
export function pruneUndo(db: Db, olderThanIso: string): void {
  prepared(db, 'DELETE FROM content_undo WHERE created_at < ?').run(olderThanIso);
}

/** The latest record of this item at this revision: the action the caller's 撤销 refers to. */
export function findUndo(db: Db, itemId: string, revision: number): UndoRecord | undefined {
  return prepared<[string, number], UndoRecord>(
    db,
    `SELECT * FROM content_undo WHERE item_id = ? AND revision = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  ).get(itemId, revision);
}

export function deleteUndo(db: Db, id: string): void {
  prepared(db, 'DELETE FROM content_undo WHERE id = ?').run(id);
}

export function rowMeta(row: ContentRow): RowMeta {
  return {
    creator_id: row.creator_id,
    source: row.source,
    revision: row.revision,
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

/** Read before a delete, in the delete's transaction: what the cascade removes and set-null unlinks. */
export function linksOf(db: Db, itemId: string): DeletedLinks {
  return {
    events: prepared<[string], ApprovalEventRow>(
      db,
      'SELECT * FROM approval_events WHERE item_id = ? ORDER BY rowid',
    ).all(itemId),
    packItems: prepared<[string], PackItemLink>(
      db,
      'SELECT pack_id, item_id, revision, fingerprint FROM approval_pack_items WHERE item_id = ?',
    ).all(itemId),
    deliverableIds: prepared<[string], { id: string }>(
      db,
      'SELECT id FROM offer_deliverables WHERE content_item_id = ?',
    )
      .all(itemId)
      .map((r) => r.id),
    liveSessionIds: prepared<[string], { id: string }>(
      db,
      'SELECT id FROM live_sessions WHERE content_id = ?',
    )
      .all(itemId)
      .map((r) => r.id),
  };
}

/** Deliverables that were linked to the deleted item and now link to another one (the brand re-planned). */
export function deliverablesRelinked(db: Db, deliverableIds: readonly string[]): number {
  if (deliverableIds.length === 0) return 0;
  return prepared<[string], { n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM offer_deliverables
     WHERE id IN (SELECT value FROM json_each(?)) AND content_item_id IS NOT NULL`,
  ).get(JSON.stringify(deliverableIds))!.n;
}

export function existingProductIds(db: Db, workspaceId: string, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  return new Set(
    prepared<[string, string], { id: string }>(
      db,
      'SELECT id FROM products WHERE workspace_id = ? AND id IN (SELECT value FROM json_each(?))',
    )
      .all(workspaceId, JSON.stringify(ids))
      .map((r) => r.id),
  );
}

/**
 * Puts a deleted item back under its own id with its stored revision and times, its product links and tags,
 * its approval record and history, and relinks deliverables and live sessions still unlinked. Approval
 * packs deleted meanwhile are left out (their links were set null or cascaded away anyway).
 */
export function restoreDeletedRow(db: Db, id: string, snapshot: UndoSnapshot): void {
  const { values, meta, approval, links } = snapshot;
  prepared(
    db,
    `INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, pillar, status,
       planned_at, planned_end_at, duration_minutes, owner, brief, published_url, published_at, creator_id,
       source, revision, created_at, updated_at, archived_at)
     VALUES (@id, @workspaceId, @accountId, @title, @format, @objective, @pillar, @status, @plannedAt,
       @plannedEndAt, @durationMinutes, @owner, @brief, @publishedUrl, @publishedAt, @creatorId, @source,
       @revision, @createdAt, @updatedAt, @archivedAt)`,
  ).run({
    id,
    ...contentColumns(values),
    creatorId: meta.creator_id,
    source: meta.source,
    revision: meta.revision,
    createdAt: meta.created_at,
    updatedAt: meta.updated_at,
    archivedAt: meta.archived_at ?? null,
  });
  const link = prepared(
    db,
    'INSERT INTO content_item_products (item_id, product_id, position) VALUES (?, ?, ?)',
  );
  values.productIds.forEach((productId, i) => link.run(id, productId, i));
  const tag = prepared(db, 'INSERT INTO content_item_tags (item_id, tag, position) VALUES (?, ?, ?)');
  values.tags.forEach((t, i) => tag.run(id, t, i));
  if (approval) restoreApproval(db, approval);
  if (!links) return;
  const event = prepared(
    db,
    `INSERT INTO approval_events (id, item_id, workspace_id, kind, actor, author, from_state, to_state, comment,
       pack_id, revision, at)
     VALUES (@id, @item_id, @workspace_id, @kind, @actor, @author, @from_state, @to_state, @comment,
       (SELECT id FROM approval_packs WHERE id = @pack_id), @revision, @at)`,
  );
  for (const e of links.events) event.run(e);
  const packItem = prepared(
    db,
    `INSERT INTO approval_pack_items (pack_id, item_id, revision, fingerprint)
     SELECT @pack_id, @item_id, @revision, @fingerprint WHERE EXISTS (SELECT 1 FROM approval_packs WHERE id = @pack_id)`,
  );
  for (const p of links.packItems) packItem.run(p);
  prepared(
    db,
    `UPDATE offer_deliverables SET content_item_id = ?
     WHERE id IN (SELECT value FROM json_each(?)) AND content_item_id IS NULL`,
  ).run(id, JSON.stringify(links.deliverableIds));
  prepared(
    db,
    `UPDATE live_sessions SET content_id = ?
     WHERE id IN (SELECT value FROM json_each(?)) AND content_id IS NULL`,
  ).run(id, JSON.stringify(links.liveSessionIds));
}

/** Writes an approval record back as it was (state, fingerprint, reviewer), or removes one made since. */
export function restoreApproval(db: Db, approval: ApprovalRecord): void {
  prepared(
    db,
    `INSERT INTO content_approvals (item_id, workspace_id, state, fingerprint, revision, pack_id, reviewer,
       answered_at, updated_at)
     VALUES (@item_id, @workspace_id, @state, @fingerprint, @revision,
       (SELECT id FROM approval_packs WHERE id = @pack_id), @reviewer, @answered_at, @updated_at)
     ON CONFLICT (item_id) DO UPDATE SET state = excluded.state, fingerprint = excluded.fingerprint,
       revision = excluded.revision, pack_id = excluded.pack_id, reviewer = excluded.reviewer,
       answered_at = excluded.answered_at, updated_at = excluded.updated_at`,
  ).run(approval);
}

export function deleteApproval(db: Db, itemId: string): void {
  prepared(db, 'DELETE FROM content_approvals WHERE item_id = ?').run(itemId);
}
