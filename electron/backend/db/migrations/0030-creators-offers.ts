import type { Migration } from '../types';

/**
 * Creators (达人) and partnership offers, on both sides of the offline offer exchange.
 *
 * - `creators`: a brand workspace's roster. Tier is derived from followers on read, never stored.
 *   Rate-card prices are integer fen; categories and the audience profile are JSON (validated by the
 *   shared zod schemas on the way in, small, and never queried by their inner fields except categories
 *   through json_each).
 * - `creator_profile`: creator mode's single profile row (this installation's owner), same columns.
 * - `offers`: one row per offer and side. A brand workspace's offers have side 'brand' and belong to the
 *   workspace and a creator; offers received in creator mode have side 'creator' and belong to no
 *   workspace (the inbox is installation-wide). `exchange_id` is the brand's offer id that both
 *   installations' files carry; the local `id` differs on the creator side so one installation can hold
 *   both sides of the same offer without a clash. `counterpart_key` pins the other side's Ed25519 key
 *   (SPKI, base64) on the first exchange. `terms` is the latest revision's terms (JSON, money in fen),
 *   kept here so lists need no join.
 * - `offer_revisions`: every revision, numbered as in the exchanged files (0 = the brand's draft).
 *   `superseded` marks a creator answer overtaken by the brand's own revision of the same number (the
 *   brand owns the offer, so its move wins); a partial unique index allows exactly one live revision per
 *   number. `signature` holds the file signature of imported (and exported) revisions so a file imported
 *   twice is recognised as a duplicate.
 * - `offer_deliverables`: the deliverables of an accepted offer, tracked due → submitted → approved →
 *   published, each linked (brand side) to the planned content item created on acceptance.
 * - content_items (0020) carries `creator_id` and `source = 'offer'` for those planned items.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'creators-offers',
  up(db) {
    const profileColumns = `
        platform TEXT NOT NULL,
        handle TEXT NOT NULL COLLATE NOCASE,
        display_name TEXT NOT NULL,
        followers INTEGER NOT NULL DEFAULT 0 CHECK (followers >= 0),
        categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
        engagement_rate_pct REAL CHECK (engagement_rate_pct BETWEEN 0 AND 100),
        median_views INTEGER CHECK (median_views >= 0),
        avg_gpm_fen INTEGER CHECK (avg_gpm_fen >= 0),
        audience_json TEXT CHECK (audience_json IS NULL OR json_valid(audience_json)),
        price_video_1_20s_fen INTEGER CHECK (price_video_1_20s_fen >= 0),
        price_video_21_60s_fen INTEGER CHECK (price_video_21_60s_fen >= 0),
        price_video_60s_plus_fen INTEGER CHECK (price_video_60s_plus_fen >= 0),
        price_live_session_fen INTEGER CHECK (price_live_session_fen >= 0),
        commission_pct REAL CHECK (commission_pct BETWEEN 0 AND 100),
        contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL`;
    db.exec(`
      CREATE TABLE creators (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        ${profileColumns}
      ) STRICT;
      -- One creator per platform handle in a workspace (case-insensitive, like accounts).
      CREATE UNIQUE INDEX creators_handle_unique ON creators (workspace_id, platform, handle);
      CREATE INDEX creators_by_followers ON creators (workspace_id, followers);

      CREATE TABLE creator_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        ${profileColumns}
      ) STRICT;

      CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        exchange_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('brand', 'creator')),
        workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE,
        creator_id TEXT REFERENCES creators(id) ON DELETE CASCADE,
        creator_platform TEXT NOT NULL,
        creator_handle TEXT NOT NULL,
        creator_name TEXT NOT NULL,
        brand_name TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'countered', 'revised', 'accepted', 'declined',
          'withdrawn', 'expired', 'completed')),
        revision INTEGER NOT NULL CHECK (revision >= 0),
        terms TEXT NOT NULL CHECK (json_valid(terms)),
        message TEXT NOT NULL DEFAULT '',
        counterpart_key TEXT,
        state_changed_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((side = 'brand' AND workspace_id IS NOT NULL AND creator_id IS NOT NULL)
          OR (side = 'creator' AND workspace_id IS NULL AND creator_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX offers_exchange_unique ON offers (side, exchange_id);
      CREATE INDEX offers_by_workspace ON offers (workspace_id, state);
      CREATE INDEX offers_by_creator ON offers (creator_id);
      CREATE INDEX offers_open_by_state ON offers (state) WHERE state IN ('sent', 'countered', 'revised');

      CREATE TABLE offer_revisions (
        id INTEGER PRIMARY KEY,
        offer_id TEXT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 0),
        action TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (actor IN ('brand', 'creator', 'system')),
        state TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        terms TEXT NOT NULL CHECK (json_valid(terms)),
        origin TEXT NOT NULL CHECK (origin IN ('local', 'imported')),
        superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
        signature TEXT,
        exported_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX offer_revisions_live_number ON offer_revisions (offer_id, number) WHERE superseded = 0;

      CREATE TABLE offer_deliverables (
        id TEXT PRIMARY KEY,
        offer_id TEXT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        position INTEGER NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('video', 'live')),
        duration_band TEXT CHECK (duration_band IN ('1-20s', '21-60s', '60s+')),
        count INTEGER NOT NULL CHECK (count >= 1),
        due_on TEXT NOT NULL,
        account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
        account_label TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'submitted', 'approved', 'published')),
        status_changed_at TEXT NOT NULL,
        content_item_id TEXT REFERENCES content_items(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        UNIQUE (offer_id, key)
      ) STRICT;
      CREATE INDEX offer_deliverables_by_due ON offer_deliverables (due_on);
      CREATE INDEX offer_deliverables_by_content ON offer_deliverables (content_item_id);

      -- content_items.creator_id (0020) has no foreign key: the creators table did not exist yet. Deleting a
      -- creator (or its workspace) unlinks the planned content instead of leaving a dangling id.
      CREATE INDEX content_by_creator ON content_items (creator_id) WHERE creator_id IS NOT NULL;
      CREATE TRIGGER creators_deleted_unlink_content AFTER DELETE ON creators BEGIN
        UPDATE content_items SET creator_id = NULL WHERE creator_id = OLD.id;
      END;
    `);
  },
};
