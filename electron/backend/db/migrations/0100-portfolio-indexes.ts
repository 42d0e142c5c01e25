import type { Migration } from '../types';

/**
 * Indexes for the agency portfolio (issue 8 §1), which reads every client workspace at once. Measured by
 * `npm run bench:portfolio` (50 workspaces, 220k content items): without them two of its set queries read
 * every content item of every workspace.
 * - `content_open_by_workspace`: open (neither published nor cancelled) items by planned time, so "overdue"
 *   reads only the open items already due instead of every past item. Partial: most items end published.
 * - `content_by_workspace_updated`: the latest change per workspace ("last activity") is one index seek.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'portfolio-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX content_open_by_workspace ON content_items (workspace_id, planned_at)
        WHERE status NOT IN ('published', 'cancelled');
      CREATE INDEX content_by_workspace_updated ON content_items (workspace_id, updated_at);
    `);
  },
};
