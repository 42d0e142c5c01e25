import type { Migration } from '../types';

/**
 * Client review packs and approvals (审核).
 *
 * - `workspace_approval_settings`: off / optional / required per workspace; no row means off.
 * - `approval_packs`: each exported review pack with the random secret its answers are MAC'd with, the
 *   range and accounts it covered and its language. The secret never leaves the machine except inside the pack.
 * - `approval_pack_items`: which items a pack showed, at which revision, with a fingerprint of the fields the
 *   client saw (title, account, time, format, objective, brief, products, tags, creator). An answer applies only
 *   while the item still has that fingerprint; otherwise it is kept as stale ("changed since review").
 * - `content_approvals`: the current approval of an item (one row per item once it was first packed), with the
 *   fingerprint the decision was made on, so an edit afterwards makes it stale. Named as the portfolio expects.
 * - `approval_imports`: every answers file imported (MAC unique), to refuse the same file twice and a file
 *   older than answers already imported for the same pack.
 * - `approval_events`: history and comment thread per item (client answers, our replies, packs, stale
 *   marks), in rowid order.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'approvals',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_approval_settings (
        workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        mode TEXT NOT NULL CHECK (mode IN ('off', 'optional', 'required')),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE approval_packs (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        secret TEXT NOT NULL,
        range_from TEXT NOT NULL,
        range_to TEXT NOT NULL,
        account_ids_json TEXT NOT NULL,
        only_pending INTEGER NOT NULL CHECK (only_pending IN (0, 1)),
        language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
        item_count INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX approval_packs_by_workspace ON approval_packs (workspace_id, created_at);

      CREATE TABLE approval_pack_items (
        pack_id TEXT NOT NULL REFERENCES approval_packs(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL REFERENCES content_items(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        PRIMARY KEY (pack_id, item_id)
      ) STRICT;
      CREATE INDEX approval_pack_items_by_item ON approval_pack_items (item_id);

      CREATE TABLE content_approvals (
        item_id TEXT PRIMARY KEY REFERENCES content_items(id) ON DELETE CASCADE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'changes_requested', 'stale')),
        fingerprint TEXT NOT NULL,
        revision INTEGER NOT NULL,
        pack_id TEXT REFERENCES approval_packs(id) ON DELETE SET NULL,
        reviewer TEXT,
        answered_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX content_approvals_by_state ON content_approvals (workspace_id, state);

      CREATE TABLE approval_imports (
        id TEXT PRIMARY KEY,
        pack_id TEXT NOT NULL REFERENCES approval_packs(id) ON DELETE CASCADE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        mac TEXT NOT NULL UNIQUE,
        reviewer TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        answer_count INTEGER NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX approval_imports_by_pack ON approval_imports (pack_id, answered_at);

      CREATE TABLE approval_events (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES content_items(id) ON DELETE CASCADE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('packed', 'answer', 'stale', 'reply')),
        actor TEXT NOT NULL CHECK (actor IN ('client', 'agency', 'system')),
        author TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT,
        comment TEXT NOT NULL,
        pack_id TEXT REFERENCES approval_packs(id) ON DELETE SET NULL,
        revision INTEGER,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX approval_events_by_item ON approval_events (item_id);
    `);
  },
};
