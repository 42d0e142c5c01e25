import type { Migration } from '../types';

/**
 * Reminders and undo (issue 11 §3, §4).
 *
 * `reminder_dismissals`: reminders themselves are computed on every read from deliverables, offers and
 * approvals, so only the user's decision is stored. The key names the subject and its deadline
 * (`deliverable:<id>:<due date>`), so a reminder whose due date moves comes back. `snoozed_until` null means
 * dismissed for good; otherwise the reminder is hidden until that instant.
 *
 * `content_undo`: the state of a content item before a move, a status change, an edit or a delete, kept for
 * a short while so the 撤销 toast can put it back exactly. `revision` is the item's revision right after the
 * action (for a delete, the revision it had): an undo is refused when the item changed since. `item_id`
 * has no foreign key on purpose — a deleted item's snapshot must outlive the row it restores.
 */
export const migration0120: Migration = {
  version: 120,
  name: 'reminders-undo',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_dismissals (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        reminder_key TEXT NOT NULL,
        snoozed_until TEXT,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, reminder_key)
      ) STRICT;
      CREATE TABLE content_undo (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('move', 'status', 'edit', 'delete')),
        revision INTEGER NOT NULL,
        before_json TEXT NOT NULL CHECK (json_valid(before_json)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX content_undo_by_item ON content_undo (item_id, revision);
      CREATE INDEX content_undo_by_time ON content_undo (created_at);
    `);
  },
};
