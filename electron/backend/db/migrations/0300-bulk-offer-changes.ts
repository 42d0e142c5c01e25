import type { Migration } from '../types';

/**
 * A bundle import notes its offers once per import instead of once per row (issue 13), as 0280 did for
 * creators: 0210's offer triggers ran a note for every offer, revision and deliverable a bundle wrote,
 * each seeking the workspace's latest `seq`. The import marks its workspace in `offer_changes_bulk` (and
 * 0280's `creator_changes_bulk`) inside its transaction, the offer triggers skip a marked workspace, and
 * the import notes every offer of the workspace in one statement before it removes the marks
 * (`bundles/changesRepo.ts`). The mark never outlives the transaction, so other connections and every
 * other write keep the triggers; the readers see the same rows, one per changed offer, with increasing
 * `seq`.
 */

const unmarked = (workspace: string) =>
  `NOT EXISTS (SELECT 1 FROM offer_changes_bulk WHERE workspace_id = ${workspace})`;
const workspaceStays = 'EXISTS (SELECT 1 FROM workspaces WHERE id = old.workspace_id)';
const events = ['insert', 'update', 'delete'] as const;
const rowOf = (event: (typeof events)[number]) => (event === 'delete' ? 'old' : 'new');

/** 0210's note of an offer change, unchanged. */
const note = (id: string, ws: string) => `
  INSERT INTO offer_changes (offer_id, workspace_id, seq)
  VALUES (${id}, ${ws}, (SELECT coalesce(max(seq), 0) + 1 FROM offer_changes WHERE workspace_id = ${ws}))
  ON CONFLICT (offer_id) DO UPDATE SET workspace_id = excluded.workspace_id, seq = excluded.seq;`;

/** 0210's offer triggers, each with the mark's condition added to its own. */
function offerTriggers(): string {
  const own = events.map((event) => {
    const row = rowOf(event);
    const guard = [
      `${row}.workspace_id IS NOT NULL`,
      ...(event === 'delete' ? [workspaceStays] : []),
      unmarked(`${row}.workspace_id`),
    ].join(' AND ');
    const name = `offer_changes_on_offer_${event}`;
    return `DROP TRIGGER ${name};
      CREATE TRIGGER ${name} AFTER ${event.toUpperCase()} ON offers WHEN ${guard}
      BEGIN ${note(`${row}.id`, `${row}.workspace_id`)} END;`;
  });
  const parts = ['offer_revisions', 'offer_deliverables'].flatMap((table) =>
    events.map((event) => {
      const workspace = `(SELECT workspace_id FROM offers WHERE id = ${rowOf(event)}.offer_id)`;
      const name = `offer_changes_on_${table}_${event}`;
      return `DROP TRIGGER ${name};
        CREATE TRIGGER ${name} AFTER ${event.toUpperCase()} ON ${table}
        WHEN ${workspace} IS NOT NULL AND ${unmarked(workspace)}
        BEGIN ${note(`${rowOf(event)}.offer_id`, workspace)} END;`;
    }),
  );
  return [...own, ...parts].join('\n');
}

export const migration0300: Migration = {
  version: 300,
  name: 'bulk-offer-changes',
  up(db) {
    db.exec(`
      CREATE TABLE offer_changes_bulk (workspace_id TEXT PRIMARY KEY) STRICT;
      ${offerTriggers()}
    `);
  },
};
