import type { Migration } from '../types';

/**
 * First-contact verification of offer files, and the lineage of workspaces handed over as bundles.
 *
 * - `offers.key_verification`: whether the counterpart's pinned key was confirmed by comparing the
 *   verification code out of band (phone, WeChat). 'none' = no counterpart key yet; 'unverified' = a key
 *   arrived and is not confirmed (the creator's inbox offer opened by a brand's first file); 'verified' =
 *   the user confirmed the code; 'legacy' = pinned silently before this migration (kept working, the code
 *   can still be confirmed). Offers pinned before 0090 become 'legacy' so running negotiations go on.
 * - `offer_pending_files`: a counterpart's first file on an offer whose key nobody confirmed yet, held
 *   here instead of applied (none of its terms reach the offer) until the code is confirmed; a mismatch
 *   deletes it. One per offer: a second unconfirmed file is refused until this one is settled.
 * - `workspaces.origin_id`: the workspace id a bundle was exported from (the root of its lineage), so a
 *   later bundle of the same workspace can replace this copy. NULL for workspaces created here.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'offer-verification-bundles',
  up(db) {
    db.exec(`
      ALTER TABLE offers ADD COLUMN key_verification TEXT NOT NULL DEFAULT 'none'
        CHECK (key_verification IN ('none', 'unverified', 'verified', 'legacy'));
      UPDATE offers SET key_verification = 'legacy' WHERE counterpart_key IS NOT NULL;

      CREATE TABLE offer_pending_files (
        offer_id TEXT PRIMARY KEY REFERENCES offers(id) ON DELETE CASCADE,
        sender_key TEXT NOT NULL,
        file_json TEXT NOT NULL CHECK (json_valid(file_json)),
        received_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE workspaces ADD COLUMN origin_id TEXT;
      CREATE INDEX workspaces_by_origin ON workspaces (origin_id) WHERE origin_id IS NOT NULL;
    `);
  },
};
