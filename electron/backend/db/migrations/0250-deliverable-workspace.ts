import type { Migration } from '../types';

/**
 * The workspace of a brand deliverable on the deliverable itself (issue 13): the workspace tracker pages,
 * counts and filters a client's deliverables, and reading the workspace through `offers` made every count a
 * join over all of the client's offers. Copied from the offer (it never moves between workspaces); NULL
 * for the creator side's copies, whose offers belong to no workspace, so `workspace_id = ?` alone also
 * means "the brand side". No foreign key of its own: deliverables go with their offer (which goes with its
 * workspace), and a second cascade straight from the workspace would delete them while their offer still
 * stands, making migration 0210's change-log trigger note a change for the workspace being deleted.
 *
 * - `(workspace_id, due_on)`: the tracker's pages in due-date order and its due windows.
 * - `(workspace_id, status, due_on)`: the counts per status and status-filtered pages, from the index alone.
 */
export const migration0250: Migration = {
  version: 250,
  name: 'deliverable-workspace',
  up(db) {
    db.exec(`
      ALTER TABLE offer_deliverables ADD COLUMN workspace_id TEXT;
      UPDATE offer_deliverables
         SET workspace_id = (SELECT o.workspace_id FROM offers o WHERE o.id = offer_deliverables.offer_id);
      CREATE INDEX offer_deliverables_by_workspace_due ON offer_deliverables (workspace_id, due_on);
      CREATE INDEX offer_deliverables_by_workspace_status
        ON offer_deliverables (workspace_id, status, due_on);
    `);
  },
};
