import type { Migration } from '../types';

/**
 * Workspaces (one per brand or agency client) and the account matrix.
 * Targets are columns rather than JSON so that matrix totals are plain SQL sums; CHECKs keep each
 * role's targets on its own accounts even if a bug slips past validation. Money is integer fen.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'workspaces-accounts',
  up(db) {
    db.exec(`
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        industry TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('new', 'growing', 'mature')),
        notes TEXT NOT NULL DEFAULT '',
        time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
        is_sample INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        handle TEXT NOT NULL COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('brand', 'sales')),
        self_broadcast INTEGER NOT NULL DEFAULT 0,
        followers INTEGER NOT NULL DEFAULT 0 CHECK (followers >= 0),
        notes TEXT NOT NULL DEFAULT '',
        posts_per_week_target INTEGER,
        follower_growth_monthly_target INTEGER,
        engagement_rate_pct_target REAL,
        a3_growth_monthly_target INTEGER,
        live_hours_per_week_target REAL,
        gmv_monthly_target_fen INTEGER,
        gpm_target_fen INTEGER,
        roi_target REAL,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (role = 'sales' OR (live_hours_per_week_target IS NULL AND gmv_monthly_target_fen IS NULL
          AND gpm_target_fen IS NULL AND roi_target IS NULL AND self_broadcast = 0)),
        CHECK (role = 'brand' OR (follower_growth_monthly_target IS NULL AND engagement_rate_pct_target IS NULL
          AND a3_growth_monthly_target IS NULL))
      ) STRICT;

      -- A handle is one account per platform within a workspace, archived or not (restore must not clash).
      CREATE UNIQUE INDEX accounts_handle_unique ON accounts (workspace_id, platform, handle);
      CREATE INDEX accounts_by_workspace ON accounts (workspace_id, role);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
