import type { Migration } from '../types';

/**
 * `content_published_by_account`: an account's published items by planned time (issue 13, "forecasts.run
 * with planned content"). A forecast with planned content reads the account's published items (its usual
 * posting rate and typical match) besides the few planned in the horizon; without this index SQLite read
 * every item of the account through `content_by_account_time` to find the published ones (1,131 items for
 * 114 on the agency bench's busiest account, ideas months ahead included). Partial: only published items.
 */
export const migration0400: Migration = {
  version: 400,
  name: 'published-by-account',
  up(db) {
    db.exec(`
      CREATE INDEX content_published_by_account ON content_items (account_id, planned_at)
        WHERE status = 'published';
    `);
  },
};
