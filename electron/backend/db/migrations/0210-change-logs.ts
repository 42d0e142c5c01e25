import type { Migration } from '../types';

/**
 * Which creators and offers changed since a cache was built (issue 13: the first list or ranking after a
 * write). The offers list keeps each offer's view and what it derived from the creator (parsed audience,
 * rate card, live history); the match ranking keeps every creator's parsed audience as columns. A write
 * anywhere used to drop all of it, so the first match.forProduct after any write re-read and re-parsed
 * 20,000 audiences (~300 ms) and the first offers.list rebuilt its page (13× the raw SQL). Triggers note
 * every change to what those caches read, whoever wrote it (this connection, the import worker's), and a
 * cache asks for the ids changed after the `seq` it saw and rebuilds just those:
 * - `creator_changes`: a creator row, or a creator's live sessions (its expected live views);
 * - `offer_changes`: an offer row (of a workspace: the creator inbox has none), its revisions (sent,
 *   exportable) or its deliverables (status, linked content, which content deletion can unlink).
 * One row per creator/offer (its latest change); a deleted one's row stays as its tombstone until the
 * workspace goes. `seq` increases per workspace.
 *
 * The delete triggers skip a workspace (or an offer) being deleted: its cascade has already removed the
 * parent row (a row naming it would fail the foreign key), and the caches go with it.
 */

/** Notes a change of `id` in workspace `ws` (SQL expressions over the trigger's row) in `table`. */
const note = (table: string, idColumn: string, id: string, ws: string) => `
  INSERT INTO ${table} (${idColumn}, workspace_id, seq)
  VALUES (${id}, ${ws}, (SELECT coalesce(max(seq), 0) + 1 FROM ${table} WHERE workspace_id = ${ws}))
  ON CONFLICT (${idColumn}) DO UPDATE SET workspace_id = excluded.workspace_id, seq = excluded.seq;`;

const workspaceStays = 'EXISTS (SELECT 1 FROM workspaces WHERE id = old.workspace_id)';
const events = ['insert', 'update', 'delete'] as const;
const rowOf = (event: (typeof events)[number]) => (event === 'delete' ? 'old' : 'new');

function creatorTriggers(): string {
  const creator = (id: string, ws: string) => note('creator_changes', 'creator_id', id, ws);
  return `
    CREATE TRIGGER creator_changes_on_creator_insert AFTER INSERT ON creators
      BEGIN ${creator('new.id', 'new.workspace_id')} END;
    CREATE TRIGGER creator_changes_on_creator_update AFTER UPDATE ON creators
      BEGIN ${creator('new.id', 'new.workspace_id')} END;
    CREATE TRIGGER creator_changes_on_creator_delete AFTER DELETE ON creators WHEN ${workspaceStays}
      BEGIN ${creator('old.id', 'old.workspace_id')} END;
    CREATE TRIGGER creator_changes_on_live_insert AFTER INSERT ON live_sessions
      WHEN new.creator_id IS NOT NULL
      BEGIN ${creator('new.creator_id', 'new.workspace_id')} END;
    CREATE TRIGGER creator_changes_on_live_update_new AFTER UPDATE ON live_sessions
      WHEN new.creator_id IS NOT NULL
      BEGIN ${creator('new.creator_id', 'new.workspace_id')} END;
    CREATE TRIGGER creator_changes_on_live_update_old AFTER UPDATE ON live_sessions
      WHEN old.creator_id IS NOT NULL AND old.creator_id IS NOT new.creator_id
      BEGIN ${creator('old.creator_id', 'old.workspace_id')} END;
    CREATE TRIGGER creator_changes_on_live_delete AFTER DELETE ON live_sessions
      WHEN old.creator_id IS NOT NULL AND ${workspaceStays}
      BEGIN ${creator('old.creator_id', 'old.workspace_id')} END;`;
}

function offerTriggers(): string {
  const offer = (id: string, ws: string) => note('offer_changes', 'offer_id', id, ws);
  const own = events.map((event) => {
    const row = rowOf(event);
    const guard = `${row}.workspace_id IS NOT NULL${event === 'delete' ? ` AND ${workspaceStays}` : ''}`;
    return `CREATE TRIGGER offer_changes_on_offer_${event} AFTER ${event.toUpperCase()} ON offers WHEN ${guard}
      BEGIN ${offer(`${row}.id`, `${row}.workspace_id`)} END;`;
  });
  const parts = ['offer_revisions', 'offer_deliverables'].flatMap((table) =>
    events.map((event) => {
      const workspace = `(SELECT workspace_id FROM offers WHERE id = ${rowOf(event)}.offer_id)`;
      return `CREATE TRIGGER offer_changes_on_${table}_${event} AFTER ${event.toUpperCase()} ON ${table}
        WHEN ${workspace} IS NOT NULL
        BEGIN ${offer(`${rowOf(event)}.offer_id`, workspace)} END;`;
    }),
  );
  return [...own, ...parts].join('\n');
}

export const migration0210: Migration = {
  version: 210,
  name: 'change-logs',
  up(db) {
    db.exec(`
      CREATE TABLE creator_changes (
        creator_id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX creator_changes_by_workspace ON creator_changes (workspace_id, seq);
      CREATE TABLE offer_changes (
        offer_id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX offer_changes_by_workspace ON offer_changes (workspace_id, seq);
      ${creatorTriggers()}
      ${offerTriggers()}
    `);
  },
};
