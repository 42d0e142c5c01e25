import type { Migration } from '../types';

/**
 * A workspace's match roster saved when the backend closes (issue 13, "match.forProduct": the first
 * ranking of each start re-read and re-cleaned 20,000 creators' audiences, 334 ms CPU against 8.5 ms for
 * the next call). The roster is the creators' cleaned interest shares as columns, names in ranking order
 * (`interest/savedRoster.ts` says how it is packed); the next start reads it back and applies the creators
 * changed after `seq` through the change log (migration 0210), as a running backend does after a write.
 * It is a cache, never a source: `built_with` names the format, the collation and the schema it was made
 * with, and a roster made with others is ignored and built afresh.
 *
 * The roster is only right while `seq` keeps meaning "every creator change up to here": change-log rows
 * are only ever upserted with a higher `seq`, and when one is deleted (its workspace goes, or anything
 * else) the trigger drops the saved roster, so a log that started again from 1 can never match an old
 * roster's number.
 */
export const migration0390: Migration = {
  version: 390,
  name: 'saved-match-rosters',
  up(db) {
    db.exec(`
      CREATE TABLE saved_match_rosters (
        workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        built_with TEXT NOT NULL,
        names_json TEXT NOT NULL,
        columns BLOB NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER saved_match_rosters_on_change_delete AFTER DELETE ON creator_changes
      BEGIN
        DELETE FROM saved_match_rosters WHERE workspace_id = old.workspace_id;
      END;
    `);
  },
};
