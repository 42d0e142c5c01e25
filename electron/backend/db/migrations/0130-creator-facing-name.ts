import type { Migration } from '../types';

/**
 * The brand name a workspace shows to creators (issue 11 §6). A workspace's own name is often internal
 * ("山茶花研 Q3 达人" or an agency's client code); offers sent to creators carry this name instead.
 * Empty means "use the workspace name", so every existing workspace keeps what its offers said so far.
 */
export const migration0130: Migration = {
  version: 130,
  name: 'creator-facing-name',
  up(db) {
    db.exec(`ALTER TABLE workspaces ADD COLUMN creator_facing_name TEXT NOT NULL DEFAULT ''`);
  },
};
