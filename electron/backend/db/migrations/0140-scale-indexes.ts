import type { Migration } from '../types';

/**
 * Indexes for agency-size workspaces, second part (issue 13; the first is 0050), measured by
 * `npm run bench:scale` on a 2,000-offer client:
 * - `offers_open_by_expiry`: every offers list first records the open offers that have lapsed
 *   (`sweepExpired`). Without this index that read parsed the terms JSON of every open offer of the
 *   workspace on every list call — most of a 50-offer page's time. Partial on the open states (the same
 *   IN list as the sweep's query, so the planner can use it) and keyed on the expiry date the sweep
 *   compares, so a call reads only the offers that have actually lapsed.
 */
export const migration0140: Migration = {
  version: 140,
  name: 'scale-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX offers_open_by_expiry ON offers (workspace_id, json_extract(terms, '$.expiresOn'))
        WHERE state IN ('sent', 'countered', 'revised');
    `);
  },
};
