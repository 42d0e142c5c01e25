import type { Migration } from '../types';

/**
 * Indexes led by the foreign keys that had none (issue 13, "workspace delete"). SQLite finds the children
 * of a deleted parent with `WHERE <fk> = ?`; without an index led by that column each deleted creator,
 * account or approval pack scanned the whole child table, so deleting an agency client's workspace (its
 * creators, accounts and packs go with it) read these tables once per parent row.
 *
 * - `live_sessions (creator_id)`, `(account_id)`: cascade from creators and accounts.
 * - `offer_deliverables (account_id)`: SET NULL from accounts.
 * - `approval_events (workspace_id)`, `(pack_id)`: cascade from workspaces, SET NULL from packs.
 * - `approval_imports (workspace_id)`, `content_undo (workspace_id)`: cascade from workspaces.
 * - `content_approvals (pack_id)`: SET NULL from packs.
 * Every other foreign key of these tables already leads an index (checked with `PRAGMA foreign_key_list`).
 */
export const migration0370: Migration = {
  version: 370,
  name: 'cascade-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX live_sessions_by_creator ON live_sessions (creator_id);
      CREATE INDEX live_sessions_by_account ON live_sessions (account_id);
      CREATE INDEX offer_deliverables_by_account ON offer_deliverables (account_id);
      CREATE INDEX approval_events_by_workspace ON approval_events (workspace_id);
      CREATE INDEX approval_events_by_pack ON approval_events (pack_id);
      CREATE INDEX approval_imports_by_workspace ON approval_imports (workspace_id);
      CREATE INDEX content_undo_by_workspace ON content_undo (workspace_id);
      CREATE INDEX content_approvals_by_pack ON content_approvals (pack_id);
    `);
  },
};
