import type { Migration } from '../types';

/**
 * Matrix advisor (issue 10 §1): dismissed health findings. Findings themselves are computed on every read
 * from the workspace's current data, so only the user's decision is stored: which finding (its stable key,
 * rule id + subject ids), the note saying why, and when. A dismissal whose finding no longer fires stays
 * (the problem may come back and should stay dismissed) but is not listed. Keyed by workspace + key, so
 * dismissing twice updates the note instead of duplicating the row.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'advisor-dismissals',
  up(db) {
    db.exec(`
      CREATE TABLE advisor_dismissals (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        finding_key TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        note TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, finding_key)
      ) STRICT;
    `);
  },
};
