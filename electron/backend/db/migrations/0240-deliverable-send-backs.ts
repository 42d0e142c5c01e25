import type { Migration } from '../types';

/**
 * The brand sending a deliverable back for changes (退回修改, issue 11 §6): when (the brand's clock, as
 * its status file says) and why. Set on the brand's tracker by its backward move and on the creator's by
 * the brand's status file (offer file format 4); cleared by the deliverable's next move. NULL on every
 * existing deliverable: none was ever sent back.
 *
 * And the link the other side's file last carried (`received_url`), so a link corrected here stands until
 * that side sends a different one, instead of being undone by its next file restating the old one. NULL
 * until a file brings a link; until then the stored link is what a file is compared with, as before.
 */
export const migration0240: Migration = {
  version: 240,
  name: 'deliverable-send-backs',
  up(db) {
    db.exec(`ALTER TABLE offer_deliverables ADD COLUMN sent_back_at TEXT;
             ALTER TABLE offer_deliverables ADD COLUMN send_back_reason TEXT;
             ALTER TABLE offer_deliverables ADD COLUMN received_url TEXT;`);
  },
};
