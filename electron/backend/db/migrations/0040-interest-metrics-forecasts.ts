import type { Migration } from '../types';

/**
 * Interest model, audience profiles, performance history and stored forecasts.
 *
 * - `interest_baselines`: a workspace's own platform share per tag (the TGI denominator), overriding the
 *   built-in default in shared/interest/taxonomy.ts; deleting the row restores the default.
 * - `interest_custom_tags`: tags a workspace keeps beside the built-in taxonomy (free tags from earlier
 *   features that map to no built-in tag). Ids are `custom.<slug>`, so they never collide with built-ins.
 * - `audience_profiles`: one profile (interests, gender, ages, regions as validated JSON) per account or
 *   creator. Owners of both kinds live here so that matching reads one table; a trigger removes an
 *   account's profile with the account (creators get theirs from the creators feature, see audience repo).
 * - `account_metrics`: per account per day or week, one column per metric, keyed so that re-importing an
 *   overlapping file updates rows instead of duplicating them. Counts are integers, GMV integer fen,
 *   watch time whole seconds; NULL means "not in the export", never zero. new_followers is net (may be < 0).
 * - `content_metrics`: the same per content item and period, when an export names the item.
 * - `forecast_runs`: what was forecast, from which inputs, by which method and parameters, with the
 *   p10/p50/p90 it produced, so accuracy can be checked against actuals imported later.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'interest-metrics-forecasts',
  up(db) {
    db.exec(`
      CREATE TABLE interest_baselines (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        tag_id TEXT NOT NULL,
        share REAL NOT NULL CHECK (share > 0 AND share <= 1),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, tag_id)
      ) STRICT;

      CREATE TABLE interest_custom_tags (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        tag_id TEXT NOT NULL CHECK (tag_id LIKE 'custom.%'),
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, tag_id)
      ) STRICT;
      CREATE UNIQUE INDEX interest_custom_tags_label ON interest_custom_tags (workspace_id, label COLLATE NOCASE);

      CREATE TABLE audience_profiles (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        owner_type TEXT NOT NULL CHECK (owner_type IN ('account', 'creator')),
        owner_id TEXT NOT NULL,
        profile_json TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'import', 'sample')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (owner_type, owner_id)
      ) STRICT;
      CREATE INDEX audience_profiles_by_workspace ON audience_profiles (workspace_id, owner_type);
      CREATE TRIGGER audience_profiles_account_deleted AFTER DELETE ON accounts BEGIN
        DELETE FROM audience_profiles WHERE owner_type = 'account' AND owner_id = OLD.id;
      END;

      CREATE TABLE account_metrics (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        granularity TEXT NOT NULL CHECK (granularity IN ('day', 'week')),
        period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        views INTEGER CHECK (views >= 0),
        likes INTEGER CHECK (likes >= 0),
        comments INTEGER CHECK (comments >= 0),
        shares INTEGER CHECK (shares >= 0),
        saves INTEGER CHECK (saves >= 0),
        new_followers INTEGER,
        live_viewers INTEGER CHECK (live_viewers >= 0),
        orders INTEGER CHECK (orders >= 0),
        gmv_fen INTEGER CHECK (gmv_fen >= 0),
        watch_time_seconds INTEGER CHECK (watch_time_seconds >= 0),
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (account_id, granularity, period_start)
      ) STRICT;

      CREATE TABLE content_metrics (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        content_id TEXT NOT NULL,
        granularity TEXT NOT NULL CHECK (granularity IN ('day', 'week')),
        period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        views INTEGER CHECK (views >= 0),
        likes INTEGER CHECK (likes >= 0),
        comments INTEGER CHECK (comments >= 0),
        shares INTEGER CHECK (shares >= 0),
        saves INTEGER CHECK (saves >= 0),
        new_followers INTEGER,
        live_viewers INTEGER CHECK (live_viewers >= 0),
        orders INTEGER CHECK (orders >= 0),
        gmv_fen INTEGER CHECK (gmv_fen >= 0),
        watch_time_seconds INTEGER CHECK (watch_time_seconds >= 0),
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (content_id, granularity, period_start)
      ) STRICT;
      CREATE INDEX content_metrics_by_account ON content_metrics (account_id, period_start);

      CREATE TABLE forecast_runs (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        metric TEXT NOT NULL,
        frequency TEXT NOT NULL CHECK (frequency IN ('day', 'week')),
        horizon INTEGER NOT NULL CHECK (horizon BETWEEN 1 AND 365),
        method TEXT NOT NULL,
        history_points INTEGER NOT NULL,
        history_end TEXT,
        insufficient_history INTEGER NOT NULL CHECK (insufficient_history IN (0, 1)),
        inputs_json TEXT NOT NULL,
        parameters_json TEXT NOT NULL,
        outputs_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX forecast_runs_by_account ON forecast_runs (account_id, metric, created_at);
      CREATE INDEX forecast_runs_by_workspace ON forecast_runs (workspace_id, created_at);
    `);
  },
};
