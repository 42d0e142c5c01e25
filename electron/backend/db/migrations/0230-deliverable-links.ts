import type { Migration } from '../types';

/**
 * The published link of a creator deliverable (issue 11 §6): the creator enters it with 已提交 or 已发布
 * and it travels to the brand in the answer file (offer file format 3). NULL until someone enters one,
 * so every existing deliverable keeps what it had.
 */
export const migration0230: Migration = {
  version: 230,
  name: 'deliverable-links',
  up(db) {
    db.exec(`ALTER TABLE offer_deliverables ADD COLUMN published_url TEXT`);
  },
};
