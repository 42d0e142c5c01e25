import type { Migration } from '../types';

/**
 * Bulk imports note their creators once per import instead of once per row (issue 13, measured in
 * test/bench/changeLogTriggers.ts): 0210's triggers ran a note for every creator row and every creator
 * live session an import wrote, which made a 20,000-row creators import about twice as slow. An import
 * now marks its workspace in `creator_changes_bulk` inside its transaction, the creator triggers skip
 * a marked workspace, and the import notes every creator it wrote in one statement before it removes
 * the mark (`creators/changesRepo.ts`). The mark never outlives the transaction, so other connections
 * and every other write keep the triggers; the readers see the same rows, one per changed creator, with
 * increasing `seq`.
 */

const unmarked = (row: 'new' | 'old') =>
  `NOT EXISTS (SELECT 1 FROM creator_changes_bulk WHERE workspace_id = ${row}.workspace_id)`;
const workspaceStays = 'EXISTS (SELECT 1 FROM workspaces WHERE id = old.workspace_id)';

/** 0210's creator triggers: name, event, table, the row and creator column noted, and its condition. */
const triggers: [string, string, string, 'new' | 'old', string, string | null][] = [
  ['creator_changes_on_creator_insert', 'INSERT', 'creators', 'new', 'id', null],
  ['creator_changes_on_creator_update', 'UPDATE', 'creators', 'new', 'id', null],
  ['creator_changes_on_creator_delete', 'DELETE', 'creators', 'old', 'id', workspaceStays],
  [
    'creator_changes_on_live_insert',
    'INSERT',
    'live_sessions',
    'new',
    'creator_id',
    'new.creator_id IS NOT NULL',
  ],
  [
    'creator_changes_on_live_update_new',
    'UPDATE',
    'live_sessions',
    'new',
    'creator_id',
    'new.creator_id IS NOT NULL',
  ],
  [
    'creator_changes_on_live_update_old',
    'UPDATE',
    'live_sessions',
    'old',
    'creator_id',
    'old.creator_id IS NOT NULL AND old.creator_id IS NOT new.creator_id',
  ],
  [
    'creator_changes_on_live_delete',
    'DELETE',
    'live_sessions',
    'old',
    'creator_id',
    `old.creator_id IS NOT NULL AND ${workspaceStays}`,
  ],
];

function recreate([name, event, table, row, column, condition]: (typeof triggers)[number]): string {
  const when = [condition, unmarked(row)].filter(Boolean).join(' AND ');
  return `
    DROP TRIGGER ${name};
    CREATE TRIGGER ${name} AFTER ${event} ON ${table} WHEN ${when}
    BEGIN
      INSERT INTO creator_changes (creator_id, workspace_id, seq)
      VALUES (${row}.${column}, ${row}.workspace_id,
        (SELECT coalesce(max(seq), 0) + 1 FROM creator_changes WHERE workspace_id = ${row}.workspace_id))
      ON CONFLICT (creator_id) DO UPDATE SET workspace_id = excluded.workspace_id, seq = excluded.seq;
    END;`;
}

export const migration0280: Migration = {
  version: 280,
  name: 'bulk-creator-changes',
  up(db) {
    db.exec(`
      CREATE TABLE creator_changes_bulk (workspace_id TEXT PRIMARY KEY) STRICT;
      ${triggers.map(recreate).join('\n')}
    `);
  },
};
