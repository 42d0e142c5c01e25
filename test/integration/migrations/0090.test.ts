import { describe, expect, it } from 'vitest';
import { dbAt, migrateTo } from '../../support/migrations';

/** Migration 0090 on a populated 0040 database: offers pinned before it keep working as 'legacy'. */
describe('migration 0090 (offer verification, bundle lineage)', () => {
  it('marks silently pinned keys legacy, unpinned offers none, and keeps every row', () => {
    const db = dbAt(40);
    db.exec(`INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at)
               VALUES ('w1', '品牌', 'beauty_personal_care', 'new', 'now', 'now');
             INSERT INTO offers (id, exchange_id, side, creator_platform, creator_handle, creator_name, brand_name,
               state, revision, terms, counterpart_key, state_changed_at, created_at, updated_at)
             VALUES ('o1', 'x1', 'creator', 'douyin', 'h', '达人', '品牌', 'sent', 1, '{}', 'KEY', 'now', 'now', 'now'),
                    ('o2', 'x2', 'creator', 'douyin', 'h', '达人', '品牌', 'sent', 1, '{}', NULL, 'now', 'now', 'now');`);
    expect(migrateTo(db, 90)).toBe(90);
    expect(db.prepare('SELECT id, key_verification FROM offers ORDER BY id').all()).toEqual([
      { id: 'o1', key_verification: 'legacy' },
      { id: 'o2', key_verification: 'none' },
    ]);
    expect(db.prepare('SELECT origin_id FROM workspaces').all()).toEqual([{ origin_id: null }]);
    expect(() => db.prepare("UPDATE offers SET key_verification = 'trusted'").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO offer_pending_files VALUES ('o2', 'k', 'not json', 'now')").run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM offers WHERE id = ?').run('o2');
  });
});
