import type { Migration } from '../types';

/**
 * Archiving content items (issue 11 §4).
 *
 * `content_items.archived_at`: when the item was archived, null while it is not. An archived item is kept
 * (its metrics, reports and history stay as they were) but leaves the calendar, board and lists unless the
 * user asks to see archived items, and the guardrails and reminders no longer read it.
 *
 * `content_undo` is rebuilt to accept the two new kinds ('archive', 'restore'): its CHECK is part of the
 * table, and SQLite cannot alter a CHECK in place. Nothing references the table, so a copy keeps every record.
 */
export const migration0410: Migration = {
  version: 410,
  name: 'content-archive',
  up(db) {
    db.exec(`
      ALTER TABLE content_items ADD COLUMN archived_at TEXT;
      ALTER TABLE content_undo RENAME TO content_undo_before_0410;
      CREATE TABLE content_undo (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('move', 'status', 'edit', 'delete', 'archive', 'restore')),
        revision INTEGER NOT NULL,
        before_json TEXT NOT NULL CHECK (json_valid(before_json)),
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO content_undo SELECT id, workspace_id, item_id, kind, revision, before_json, created_at
        FROM content_undo_before_0410;
      DROP TABLE content_undo_before_0410;
      CREATE INDEX content_undo_by_item ON content_undo (item_id, revision);
      CREATE INDEX content_undo_by_time ON content_undo (created_at);
      CREATE INDEX content_undo_by_workspace ON content_undo (workspace_id);
    `);
  },
};
