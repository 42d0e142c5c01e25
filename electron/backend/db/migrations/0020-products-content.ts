import type { Migration } from '../types';

/**
 * Content planning: the product catalogue and the content calendar.
 * - Money in integer fen; times as UTC ISO strings (`…Z`), which sort and compare as text.
 * - `planned_end_at` is stored (planned_at + live duration, = planned_at otherwise) so overlap checks are
 *   plain range conditions on an index.
 * - Content is indexed by (workspace_id, planned_at) for the calendar range query and by
 *   (account_id, planned_at) for per-account checks (live overlaps, import matching).
 * - `creator_id` (no FK yet: creators arrive in 0030) and `source` are there for the creators issue, so it
 *   needs no migration of this table.
 * - Tags and product links are join tables: the interest issue will query content by tag. They keep their
 *   rowid (no WITHOUT ROWID) so every table can be snapshotted in rowid order by the tests.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'products-content',
  up(db) {
    db.exec(`
      CREATE TABLE products (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        sku TEXT NOT NULL COLLATE NOCASE,
        price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
        category TEXT NOT NULL DEFAULT '',
        margin_pct REAL CHECK (margin_pct IS NULL OR (margin_pct >= -100 AND margin_pct <= 100)),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discontinued')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX products_sku_unique ON products (workspace_id, sku);

      CREATE TABLE product_tags (
        product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (product_id, tag)
      ) STRICT;
      CREATE INDEX product_tags_by_tag ON product_tags (tag);

      CREATE TABLE content_items (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('short_video', 'live', 'image_text')),
        objective TEXT NOT NULL
          CHECK (objective IN ('seed', 'convert', 'brand_story', 'self_broadcast', 'promotion')),
        pillar TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN
          ('idea', 'scripting', 'filming', 'editing', 'review', 'scheduled', 'published', 'cancelled')),
        planned_at TEXT NOT NULL,
        planned_end_at TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
        owner TEXT NOT NULL DEFAULT '',
        brief TEXT NOT NULL DEFAULT '',
        published_url TEXT,
        published_at TEXT,
        creator_id TEXT,
        source TEXT,
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Live sessions, and only they, have a duration.
        CHECK ((format = 'live') = (duration_minutes IS NOT NULL)),
        CHECK (planned_end_at >= planned_at)
      ) STRICT;
      CREATE INDEX content_by_workspace_time ON content_items (workspace_id, planned_at);
      CREATE INDEX content_by_account_time ON content_items (account_id, planned_at);

      CREATE TABLE content_item_products (
        item_id TEXT NOT NULL REFERENCES content_items(id) ON DELETE CASCADE,
        product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, product_id)
      ) STRICT;
      CREATE INDEX content_item_products_by_product ON content_item_products (product_id);

      CREATE TABLE content_item_tags (
        item_id TEXT NOT NULL REFERENCES content_items(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, tag)
      ) STRICT;
      CREATE INDEX content_item_tags_by_tag ON content_item_tags (tag);
    `);
  },
};
