import type { Migration } from '../types';

/**
 * Live-session diagnosis (直播诊断).
 *
 * - `live_sessions`: one row per imported live session of a room: a sales account (自播) or a creator
 *   (达播), exactly one of the two. Keyed for upsert by (room, started_at), so re-importing the same export
 *   updates the session instead of duplicating it. Every exported value is its own nullable column: NULL
 *   means "not in the export" and makes the metrics built on it "not available", never 0. Counts are whole
 *   numbers ≥ 0, money integer fen, durations whole seconds, times UTC ISO. `traffic_json` holds the
 *   traffic-source shares (percent) as exported. `content_id` links the planned live item whose time
 *   overlaps; deleting that item keeps the session and drops the link. `slot` (早/午/晚/夜场) is the start's
 *   local hour in the workspace zone at import, stored so a benchmark reads one index range per slot.
 * - `live_peer_benchmarks`: 同行同级 中位值/优秀值 per room and metric, typed in by the user.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'live-sessions',
  up(db) {
    db.exec(`
      CREATE TABLE live_sessions (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
        creator_id TEXT REFERENCES creators(id) ON DELETE CASCADE,
        room_id TEXT NOT NULL GENERATED ALWAYS AS (coalesce(account_id, creator_id)) VIRTUAL,
        content_id TEXT REFERENCES content_items(id) ON DELETE SET NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        slot TEXT NOT NULL CHECK (slot IN ('night', 'morning', 'afternoon', 'evening')),
        exposure_users INTEGER CHECK (exposure_users >= 0),
        exposure_count INTEGER CHECK (exposure_count >= 0),
        viewers INTEGER CHECK (viewers >= 0),
        views INTEGER CHECK (views >= 0),
        peak_online INTEGER CHECK (peak_online >= 0),
        avg_online INTEGER CHECK (avg_online >= 0),
        avg_watch_seconds INTEGER CHECK (avg_watch_seconds >= 0),
        comments INTEGER CHECK (comments >= 0),
        new_followers INTEGER CHECK (new_followers >= 0),
        new_fan_club INTEGER CHECK (new_fan_club >= 0),
        products_listed INTEGER CHECK (products_listed >= 0),
        product_exposure_users INTEGER CHECK (product_exposure_users >= 0),
        product_exposure_count INTEGER CHECK (product_exposure_count >= 0),
        product_click_users INTEGER CHECK (product_click_users >= 0),
        product_click_count INTEGER CHECK (product_click_count >= 0),
        gmv_fen INTEGER CHECK (gmv_fen >= 0),
        orders INTEGER CHECK (orders >= 0),
        buyers INTEGER CHECK (buyers >= 0),
        refund_fen INTEGER CHECK (refund_fen >= 0),
        ad_spend_fen INTEGER CHECK (ad_spend_fen >= 0),
        traffic_json TEXT NOT NULL DEFAULT '{}',
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        CHECK ((account_id IS NULL) <> (creator_id IS NULL)),
        CHECK (ended_at > started_at),
        CHECK (viewers IS NULL OR exposure_users IS NULL OR viewers <= exposure_users),
        CHECK (buyers IS NULL OR viewers IS NULL OR buyers <= viewers)
      ) STRICT;
      CREATE UNIQUE INDEX live_sessions_room_start ON live_sessions (room_id, started_at);
      CREATE INDEX live_sessions_by_slot ON live_sessions (room_id, slot, started_at);
      CREATE INDEX live_sessions_by_workspace ON live_sessions (workspace_id, started_at);
      CREATE INDEX live_sessions_by_content ON live_sessions (content_id) WHERE content_id IS NOT NULL;

      CREATE TABLE live_peer_benchmarks (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        room_id TEXT NOT NULL,
        metric TEXT NOT NULL,
        p50 REAL NOT NULL CHECK (p50 >= 0),
        p75 REAL NOT NULL CHECK (p75 >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (room_id, metric)
      ) STRICT;
      CREATE INDEX live_peer_benchmarks_by_workspace ON live_peer_benchmarks (workspace_id);
    `);
  },
};
