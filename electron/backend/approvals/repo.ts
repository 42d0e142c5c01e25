import type BetterSqlite3 from 'better-sqlite3';
import { prepared, perConnection } from '../paging/statements';
import type { Db } from '../db/types';
import type { ApprovalMode, ApprovalState } from '../../../shared/approvals/stateMachine';
import type { ContentStatus } from '../../../shared/content/model';

export interface PackRow {
  id: string;
  workspace_id: string;
  secret: string;
  range_from: string;
  range_to: string;
  account_ids_json: string;
  only_pending: number;
  language: 'zh-CN' | 'en';
  item_count: number;
  created_at: string;
}

export interface PackItemRow {
  item_id: string;
  revision: number;
  fingerprint: string;
}

export interface ApprovalRecord {
  item_id: string;
  workspace_id: string;
  state: ApprovalState;
  fingerprint: string;
  revision: number;
  pack_id: string | null;
  reviewer: string | null;
  answered_at: string | null;
  updated_at: string;
}

export interface EventValues {
  id: string;
  itemId: string;
  workspaceId: string;
  kind: 'packed' | 'answer' | 'stale' | 'reply';
  actor: 'client' | 'agency' | 'system';
  author: string;
  fromState: ApprovalState | null;
  toState: ApprovalState | null;
  comment: string;
  packId: string | null;
  revision: number | null;
  at: string;
}

export interface EventRow {
  id: string;
  kind: EventValues['kind'];
  actor: EventValues['actor'];
  author: string;
  from_state: ApprovalState | null;
  to_state: ApprovalState | null;
  comment: string;
  pack_id: string | null;
  revision: number | null;
  at: string;
}

type Statement = BetterSqlite3.Statement<unknown[]>;
interface Statements {
  upsertApproval: Statement;
  insertEvent: Statement;
  insertPackItem: Statement;
}

// Prepared once per database: a pack or an answers file writes one row per item through these.
const statements = perConnection((db): Statements => ({
  upsertApproval: db.prepare(
    `INSERT INTO content_approvals (item_id, workspace_id, state, fingerprint, revision, pack_id, reviewer,
           answered_at, updated_at)
         VALUES (@item_id, @workspace_id, @state, @fingerprint, @revision, @pack_id, @reviewer, @answered_at,
           @updated_at)
         ON CONFLICT (item_id) DO UPDATE SET state = excluded.state, fingerprint = excluded.fingerprint,
           revision = excluded.revision, pack_id = excluded.pack_id, reviewer = excluded.reviewer,
           answered_at = excluded.answered_at, updated_at = excluded.updated_at`,
  ),
  insertEvent: db.prepare(
    `INSERT INTO approval_events (id, item_id, workspace_id, kind, actor, author, from_state, to_state, comment,
           pack_id, revision, at)
         VALUES (@id, @itemId, @workspaceId, @kind, @actor, @author, @fromState, @toState, @comment, @packId,
           @revision, @at)`,
  ),
  insertPackItem: db.prepare(
    'INSERT INTO approval_pack_items (pack_id, item_id, revision, fingerprint) VALUES (?, ?, ?, ?)',
  ),
}));

export function approvalMode(db: Db, workspaceId: string): ApprovalMode {
  const row = prepared<[string], { mode: ApprovalMode }>(
    db,
    'SELECT mode FROM workspace_approval_settings WHERE workspace_id = ?',
  ).get(workspaceId);
  return row?.mode ?? 'off';
}

export function setApprovalMode(db: Db, workspaceId: string, mode: ApprovalMode, at: string): void {
  prepared(
    db,
    `INSERT INTO workspace_approval_settings (workspace_id, mode, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (workspace_id) DO UPDATE SET mode = excluded.mode, updated_at = excluded.updated_at`,
  ).run(workspaceId, mode, at);
}

export function insertPack(db: Db, pack: PackRow, items: readonly PackItemRow[]): void {
  prepared(
    db,
    `INSERT INTO approval_packs (id, workspace_id, secret, range_from, range_to, account_ids_json, only_pending,
       language, item_count, created_at)
     VALUES (@id, @workspace_id, @secret, @range_from, @range_to, @account_ids_json, @only_pending, @language,
       @item_count, @created_at)`,
  ).run(pack);
  const s = statements(db);
  for (const item of items) s.insertPackItem.run(pack.id, item.item_id, item.revision, item.fingerprint);
}

export function findPack(db: Db, id: string): PackRow | undefined {
  return prepared<[string], PackRow>(db, 'SELECT * FROM approval_packs WHERE id = ?').get(id);
}

export function packItems(db: Db, packId: string): Map<string, PackItemRow> {
  const rows = prepared<[string], PackItemRow>(
    db,
    'SELECT item_id, revision, fingerprint FROM approval_pack_items WHERE pack_id = ?',
  ).all(packId);
  return new Map(rows.map((r) => [r.item_id, r]));
}

/** Current approvals of the given items, in one query. */
export function approvalsFor(db: Db, itemIds: readonly string[]): Map<string, ApprovalRecord> {
  if (itemIds.length === 0) return new Map();
  const rows = prepared<[string], ApprovalRecord>(
    db,
    'SELECT * FROM content_approvals WHERE item_id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(itemIds));
  return new Map(rows.map((r) => [r.item_id, r]));
}

export function upsertApproval(db: Db, record: ApprovalRecord): void {
  statements(db).upsertApproval.run(record);
}

export function insertEvent(db: Db, event: EventValues): void {
  statements(db).insertEvent.run(event);
}

export function eventsFor(db: Db, itemId: string): EventRow[] {
  return prepared<[string], EventRow>(
    db,
    `SELECT id, kind, actor, author, from_state, to_state, comment, pack_id, revision, at
       FROM approval_events WHERE item_id = ? ORDER BY rowid`,
  ).all(itemId);
}

export function newestImportFor(db: Db, packId: string): { answered_at: string } | undefined {
  return prepared<[string], { answered_at: string }>(
    db,
    'SELECT answered_at FROM approval_imports WHERE pack_id = ? ORDER BY answered_at DESC LIMIT 1',
  ).get(packId);
}

export function importWithMac(db: Db, mac: string): { id: string } | undefined {
  return prepared<[string], { id: string }>(db, 'SELECT id FROM approval_imports WHERE mac = ?').get(mac);
}

export function insertImport(
  db: Db,
  values: {
    id: string;
    packId: string;
    workspaceId: string;
    mac: string;
    reviewer: string;
    answeredAt: string;
    answerCount: number;
    importedAt: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO approval_imports (id, pack_id, workspace_id, mac, reviewer, answered_at, answer_count, imported_at)
     VALUES (@id, @packId, @workspaceId, @mac, @reviewer, @answeredAt, @answerCount, @importedAt)`,
  ).run(values);
}

export interface RangeState {
  item_id: string;
  status: ContentStatus;
  state: ApprovalState | null;
}

/** Every item starting in [fromIso, toIso) with its recorded approval state (null when never packed). */
export function statesInRange(db: Db, workspaceId: string, fromIso: string, toIso: string): RangeState[] {
  return prepared<[string, string, string], RangeState>(
    db,
    `SELECT c.id AS item_id, c.status, a.state FROM content_items c
       LEFT JOIN content_approvals a ON a.item_id = c.id
       WHERE c.workspace_id = ? AND c.planned_at >= ? AND c.planned_at < ?`,
  ).all(workspaceId, fromIso, toIso);
}

export interface ListedApproval {
  item_id: string;
  title: string;
  account_id: string;
  planned_at: string;
  status: string;
  state: ApprovalState;
  reviewer: string | null;
  answered_at: string | null;
  pack_id: string | null;
  updated_at: string;
  comment_count: number;
}

/**
 * Items sent for review (they have a record), by planned time then id. The cursor is the last row's
 * `plannedAt|itemId`, so pages stay stable while answers arrive.
 */
export function listApprovals(
  db: Db,
  workspaceId: string,
  states: readonly ApprovalState[] | undefined,
  after: { plannedAt: string; itemId: string } | null,
  limit: number,
): { rows: ListedApproval[]; total: number } {
  const statesJson = JSON.stringify(states ?? []);
  const all = states === undefined || states.length === 0 ? 1 : 0;
  const where = `a.workspace_id = @workspaceId AND (@all = 1 OR a.state IN (SELECT value FROM json_each(@states)))`;
  const rows = prepared<[Record<string, unknown>], ListedApproval>(
    db,
    `SELECT a.item_id, c.title, c.account_id, c.planned_at, c.status, a.state, a.reviewer, a.answered_at,
         a.pack_id, a.updated_at,
         (SELECT COUNT(*) FROM approval_events e WHERE e.item_id = a.item_id AND e.comment <> '') AS comment_count
       FROM content_approvals a JOIN content_items c ON c.id = a.item_id
       WHERE ${where} AND (@afterAt IS NULL OR c.planned_at > @afterAt OR (c.planned_at = @afterAt AND a.item_id > @afterId))
       ORDER BY c.planned_at, a.item_id LIMIT @limit`,
  ).all({
    workspaceId,
    all,
    states: statesJson,
    afterAt: after?.plannedAt ?? null,
    afterId: after?.itemId ?? '',
    limit,
  });
  const total = prepared<[Record<string, unknown>], { n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM content_approvals a WHERE ${where}`,
  ).get({ workspaceId, all, states: statesJson })!.n;
  return { rows, total };
}

/**
 * Items awaiting the client's answer per workspace (for the portfolio): items sent for review and not answered
 * yet (pending) or changed since review (stale), not published, cancelled or archived since, in workspaces whose approval
 * mode is not off. Read from the approval records by index, so 50 agency-size workspaces cost milliseconds.
 * Workspaces with approvals off, unknown ids, or nothing waiting count 0.
 */
export function countAwaitingApproval(db: Db, workspaceIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>(workspaceIds.map((id) => [id, 0]));
  if (workspaceIds.length === 0) return counts;
  const rows = prepared<[string], { workspace_id: string; n: number }>(
    db,
    `SELECT a.workspace_id, COUNT(*) AS n
       FROM workspace_approval_settings s
       JOIN content_approvals a ON a.workspace_id = s.workspace_id AND a.state IN ('pending', 'stale')
       JOIN content_items c ON c.id = a.item_id
       WHERE s.workspace_id IN (SELECT value FROM json_each(?)) AND s.mode <> 'off'
         AND c.status NOT IN ('published', 'cancelled') AND c.archived_at IS NULL
       GROUP BY a.workspace_id`,
  ).all(JSON.stringify(workspaceIds));
  for (const row of rows) counts.set(row.workspace_id, row.n);
  return counts;
}

export function creatorNames(db: Db, creatorIds: readonly string[]): Map<string, string> {
  if (creatorIds.length === 0) return new Map();
  const rows = prepared<[string], { id: string; display_name: string }>(
    db,
    'SELECT id, display_name FROM creators WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(creatorIds));
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Comment threads of the given items (events with a comment), oldest first, for printing in a pack. */
export function commentThreads(
  db: Db,
  itemIds: readonly string[],
): Map<string, { actor: string; author: string; comment: string; at: string }[]> {
  const threads = new Map<string, { actor: string; author: string; comment: string; at: string }[]>();
  if (itemIds.length === 0) return threads;
  const rows = prepared<
    [string],
    { item_id: string; actor: string; author: string; comment: string; at: string }
  >(
    db,
    `SELECT item_id, actor, author, comment, at FROM approval_events
       WHERE item_id IN (SELECT value FROM json_each(?)) AND comment <> '' ORDER BY rowid`,
  ).all(JSON.stringify(itemIds));
  for (const row of rows) {
    const thread = threads.get(row.item_id) ?? [];
    thread.push({ actor: row.actor, author: row.author, comment: row.comment, at: row.at });
    threads.set(row.item_id, thread);
  }
  return threads;
}
