import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/types';
import type { SessionValues, TrafficMix } from '../../../shared/live/fields';
import type { TimeSlot } from '../../../shared/live/slots';
import { prepared, perConnection } from '../paging/statements';
import { afterCursorSql, cursorParams, orderBySql, toPage, type SortKey } from '../paging/keyset';
import type { Page } from '../../../shared/api/paging';
import { valueColumnList, valueParamList, valueUpdateList, valuesToParams } from './columns';

/** A stored session with its room's label and the planned item's title, as every read returns it. */
export interface SessionRow extends Record<string, unknown> {
  id: string;
  workspace_id: string;
  account_id: string | null;
  creator_id: string | null;
  room_id: string;
  room_label: string;
  content_id: string | null;
  content_title: string | null;
  started_at: string;
  ended_at: string;
  slot: TimeSlot;
  traffic_json: string;
  source: string;
  imported_at: string;
}

export interface SessionWrite {
  workspaceId: string;
  accountId: string | null;
  creatorId: string | null;
  contentId: string | null;
  startedAt: string;
  endedAt: string;
  slot: TimeSlot;
  values: SessionValues;
  traffic: TrafficMix;
  source: string;
  importedAt: string;
}

const selectSessions = `
  SELECT s.*, coalesce(a.display_name, c.display_name, '') AS room_label, ci.title AS content_title
  FROM live_sessions s
  LEFT JOIN accounts a ON a.id = s.account_id
  LEFT JOIN creators c ON c.id = s.creator_id
  LEFT JOIN content_items ci ON ci.id = s.content_id`;

interface Statements {
  byId: BetterSqlite3.Statement<[string], SessionRow>;
  byRoomStart: BetterSqlite3.Statement<[string, string], { id: string }>;
  overlapping: BetterSqlite3.Statement<
    [string, string, string, string],
    { id: string; started_at: string; ended_at: string }
  >;
  insert: BetterSqlite3.Statement<Record<string, unknown>>;
  update: BetterSqlite3.Statement<Record<string, unknown>>;
  delete: BetterSqlite3.Statement<[string]>;
  slotHistory: BetterSqlite3.Statement<[string, string, string, number], SessionRow>;
  roomHistory: BetterSqlite3.Statement<
    [{ roomId: string; upTo: string; slot: TimeSlot | null; limit: number }],
    SessionRow
  >;
  latestPerSlot: BetterSqlite3.Statement<[string, number], SessionRow>;
  byContent: BetterSqlite3.Statement<[string], { content_id: string; id: string }>;
  liveItems: BetterSqlite3.Statement<
    [string, string, string, string, string],
    { id: string; planned_at: string; planned_end_at: string }
  >;
  peer: BetterSqlite3.Statement<[string], { metric: string; p50: number; p75: number }>;
  peerUpsert: BetterSqlite3.Statement<[string, string, string, number, number, string]>;
  peerDelete: BetterSqlite3.Statement<[string, string]>;
  slots: BetterSqlite3.Statement<[string], { id: string; started_at: string; slot: TimeSlot }>;
  setSlot: BetterSqlite3.Statement<[TimeSlot, string]>;
}

const statements = perConnection((db): Statements => {
  return {
    byId: db.prepare(`${selectSessions} WHERE s.id = ?`),
    byRoomStart: db.prepare('SELECT id FROM live_sessions WHERE room_id = ? AND started_at = ?'),
    // Half-open intervals: a session ending at 20:00 and the next starting at 20:00 do not overlap.
    overlapping: db.prepare(
      'SELECT id, started_at, ended_at FROM live_sessions WHERE room_id = ? AND started_at < ? AND ended_at > ? AND started_at <> ? ORDER BY started_at LIMIT 1',
    ),
    insert: db.prepare(
      `INSERT INTO live_sessions (id, workspace_id, account_id, creator_id, content_id, started_at, ended_at, slot, ${valueColumnList}, traffic_json, source, imported_at)
       VALUES (@id, @workspace_id, @account_id, @creator_id, @content_id, @started_at, @ended_at, @slot, ${valueParamList}, @traffic_json, @source, @imported_at)`,
    ),
    update: db.prepare(
      `UPDATE live_sessions SET content_id = @content_id, ended_at = @ended_at, slot = @slot, ${valueUpdateList},
       traffic_json = @traffic_json, source = @source, imported_at = @imported_at WHERE id = @id`,
    ),
    delete: db.prepare('DELETE FROM live_sessions WHERE id = ?'),
    // A room's latest sessions in one slot before a start time: the own-benchmark window (one index range).
    slotHistory: db.prepare(
      `${selectSessions} WHERE s.room_id = ? AND s.slot = ? AND s.started_at < ? ORDER BY s.started_at DESC LIMIT ?`,
    ),
    // A room's latest sessions up to and including a start time, in one slot or all: the trend.
    roomHistory: db.prepare(
      `${selectSessions} WHERE s.room_id = @roomId AND s.started_at <= @upTo AND (@slot IS NULL OR s.slot = @slot)
       ORDER BY s.started_at DESC LIMIT @limit`,
    ),
    // Each account room's latest sessions per slot (bounded by the window function, however long the history).
    latestPerSlot: db.prepare(
      `SELECT * FROM (
         SELECT x.*, row_number() OVER (PARTITION BY x.room_id, x.slot ORDER BY x.started_at DESC) AS nth
         FROM (${selectSessions} WHERE s.workspace_id = ? AND s.account_id IS NOT NULL) x
       ) WHERE nth <= ? ORDER BY room_id, started_at DESC`,
    ),
    byContent: db.prepare(
      'SELECT content_id, id FROM live_sessions WHERE workspace_id = ? AND content_id IS NOT NULL ORDER BY started_at',
    ),
    liveItems: db.prepare(
      `SELECT id, planned_at, planned_end_at FROM content_items
       WHERE workspace_id = ? AND format = 'live' AND status <> 'cancelled' AND archived_at IS NULL
         AND (account_id = ? OR creator_id = ?) AND planned_at < ? AND planned_end_at > ?
       ORDER BY planned_at`,
    ),
    peer: db.prepare('SELECT metric, p50, p75 FROM live_peer_benchmarks WHERE room_id = ?'),
    peerUpsert: db.prepare(
      `INSERT INTO live_peer_benchmarks (workspace_id, room_id, metric, p50, p75, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (room_id, metric) DO UPDATE SET p50 = excluded.p50, p75 = excluded.p75, updated_at = excluded.updated_at`,
    ),
    peerDelete: db.prepare('DELETE FROM live_peer_benchmarks WHERE room_id = ? AND metric = ?'),
    slots: db.prepare('SELECT id, started_at, slot FROM live_sessions WHERE workspace_id = ?'),
    setSlot: db.prepare('UPDATE live_sessions SET slot = ? WHERE id = ?'),
  };
});

export const findSession = (db: Db, id: string): SessionRow | undefined => statements(db).byId.get(id);

export const findSessionAt = (db: Db, roomId: string, startedAt: string): string | undefined =>
  statements(db).byRoomStart.get(roomId, startedAt)?.id;

/** Another stored session of the room whose time overlaps (the one starting at the same time is the upsert target). */
export const findOverlap = (db: Db, roomId: string, startedAt: string, endedAt: string) =>
  statements(db).overlapping.get(roomId, endedAt, startedAt, startedAt);

export function insertSession(db: Db, id: string, w: SessionWrite): void {
  statements(db).insert.run({
    id,
    ...writeParams(w),
    workspace_id: w.workspaceId,
    account_id: w.accountId,
    creator_id: w.creatorId,
    started_at: w.startedAt,
  });
}

export function updateSession(db: Db, id: string, w: SessionWrite): void {
  statements(db).update.run({ id, ...writeParams(w) });
}

function writeParams(w: SessionWrite) {
  return {
    ...valuesToParams(w.values),
    content_id: w.contentId,
    ended_at: w.endedAt,
    slot: w.slot,
    traffic_json: JSON.stringify(w.traffic),
    source: w.source,
    imported_at: w.importedAt,
  };
}

/** Newest first; the last key is the rowid, so a page never repeats or skips a row when sessions are imported. */
const sessionPageKeys: readonly SortKey[] = [
  { sql: 's.started_at', dir: 'desc' },
  { sql: 's.rowid', dir: 'desc' },
];

/**
 * One page of a workspace's (or one room's) sessions, keyset on `(workspace_id | room_id, started_at)` and
 * the rowid. Two statement variants instead of `(@roomId IS NULL OR …)`, which would keep SQLite off the
 * room index.
 */
export function pageSessions(
  db: Db,
  workspaceId: string,
  roomId: string | null,
  cursor: string | undefined,
  limit: number,
): Page<SessionRow & { row_id: number }> {
  const filter =
    roomId === null
      ? 's.workspace_id = @workspaceId'
      : 's.workspace_id = @workspaceId AND s.room_id = @roomId';
  const after = cursor ? cursorParams(cursor, sessionPageKeys.length) : null;
  const params = roomId === null ? { workspaceId } : { workspaceId, roomId };
  const rows = prepared<Record<string, unknown>, SessionRow & { row_id: number }>(
    db,
    `${selectSessions.replace('SELECT s.*,', 'SELECT s.*, s.rowid AS row_id,')}
     WHERE ${filter}${after ? ` AND ${afterCursorSql(sessionPageKeys)}` : ''}
     ORDER BY ${orderBySql(sessionPageKeys)} LIMIT @limit`,
  ).all({ ...params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT count(*) AS n FROM live_sessions s WHERE ${filter}`,
  ).get(params)!.n;
  return toPage(
    rows,
    limit,
    total,
    (row) => [row.started_at as string, row.row_id],
    (row) => row,
  );
}

export const deleteSession = (db: Db, id: string): boolean => statements(db).delete.run(id).changes > 0;

export const slotHistory = (
  db: Db,
  roomId: string,
  slot: TimeSlot,
  before: string,
  limit: number,
): SessionRow[] => statements(db).slotHistory.all(roomId, slot, before, limit);

export const roomHistory = (
  db: Db,
  roomId: string,
  upTo: string,
  slot: TimeSlot | null,
  limit: number,
): SessionRow[] => statements(db).roomHistory.all({ roomId, upTo, slot, limit });

/** Every account room's latest `perSlot` sessions in each slot, newest first per room. */
export const latestAccountSessions = (db: Db, workspaceId: string, perSlot: number): SessionRow[] =>
  statements(db).latestPerSlot.all(workspaceId, perSlot);

export const sessionsByContent = (db: Db, workspaceId: string) => statements(db).byContent.all(workspaceId);

/** Planned live items of the room (account or creator) that overlap [start, end). */
export const overlappingLiveItems = (
  db: Db,
  workspaceId: string,
  roomId: string,
  startedAt: string,
  endedAt: string,
) => statements(db).liveItems.all(workspaceId, roomId, roomId, endedAt, startedAt);

export const peerBenchmarks = (db: Db, roomId: string) => statements(db).peer.all(roomId);

export function savePeerBenchmark(
  db: Db,
  workspaceId: string,
  roomId: string,
  metric: string,
  p50: number,
  p75: number,
  at: string,
) {
  statements(db).peerUpsert.run(workspaceId, roomId, metric, p50, p75, at);
}

export const clearPeerBenchmark = (db: Db, roomId: string, metric: string): boolean =>
  statements(db).peerDelete.run(roomId, metric).changes > 0;

interface RoomRow {
  type: 'account' | 'creator';
  id: string;
  handle: string;
  display_name: string;
  role: 'brand' | 'sales' | null;
  workspace_id: string;
}

const roomStatements = perConnection((db) => {
  const union = `SELECT 'account' AS type, id, handle, display_name, role, workspace_id FROM accounts WHERE archived_at IS NULL
      UNION ALL SELECT 'creator' AS type, id, handle, display_name, NULL AS role, workspace_id FROM creators`;
  return {
    all: db.prepare<[string, string], RoomRow>(
      `SELECT * FROM (${union}) WHERE workspace_id = ? OR workspace_id = ? ORDER BY type, display_name`,
    ),
    one: db.prepare<[string, string], RoomRow>(`SELECT * FROM (${union}) WHERE id = ? OR id = ? LIMIT 1`),
  };
});

/** The workspace's live rooms: its (unarchived) accounts and its creators. */
export const workspaceRooms = (db: Db, workspaceId: string): RoomRow[] =>
  roomStatements(db).all.all(workspaceId, workspaceId);

export const findRoom = (db: Db, roomId: string): RoomRow | undefined =>
  roomStatements(db).one.get(roomId, roomId);

/**
 * Slots are the start's local hour in the workspace zone, stored at import; when the zone changes they
 * are worked out again (in the caller's transaction) so benchmarks keep comparing like with like.
 */
export function refreshSessionSlots(
  db: Db,
  workspaceId: string,
  slotOfStart: (startedAt: string) => TimeSlot,
): number {
  const s = statements(db);
  let changed = 0;
  for (const r of s.slots.all(workspaceId)) {
    const slot = slotOfStart(r.started_at);
    if (slot !== r.slot) changed += s.setSlot.run(slot, r.id).changes;
  }
  return changed;
}
