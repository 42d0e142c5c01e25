import type { Migration } from '../types';

/**
 * Indexes for agency-size workspaces (issue 13), measured on a 2,000-offer / 20,000-creator client:
 *
 * - `offer_revisions_by_action (offer_id, action)`: "was this offer ever sent" and the revision/signature
 *   lookups scanned the whole table; the only index was partial (live revisions), so a page of offers did
 *   one full scan per offer.
 * - `offers_by_workspace_updated (workspace_id, updated_at)`: the offers list is ordered by last activity
 *   and paged with a keyset cursor on (updated_at, rowid); this index serves both the filter and the order.
 *   The creator inbox (workspace_id IS NULL) uses it too.
 * - `creators_by_name (workspace_id, display_name COLLATE NOCASE)`: the roster's default sort, so a page
 *   of 50 is read in order from the index instead of sorting 20,000 rows in a temp B-tree.
 * - `content_metrics_by_workspace (workspace_id, period_start)`: deleting a workspace cascades into
 *   content_metrics, which had no index led by workspace_id and was scanned in full.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX offer_revisions_by_action ON offer_revisions (offer_id, action);
      CREATE INDEX offers_by_workspace_updated ON offers (workspace_id, updated_at);
      CREATE INDEX creators_by_name ON creators (workspace_id, display_name COLLATE NOCASE);
      CREATE INDEX content_metrics_by_workspace ON content_metrics (workspace_id, period_start);
    `);
  },
};
