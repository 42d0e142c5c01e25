import { describe, expect, it } from 'vitest';
import { dbAt, migrateTo } from '../../support/migrations';

/** Migration 0240 on a populated 0230 database: deliverables keep what they had, none is sent back. */
describe('migration 0240 (deliverable send-backs)', () => {
  it('keeps every deliverable and its link, with no send-back; a send-back is then noted as an offer change', () => {
    const db = dbAt(230);
    db.exec(`INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at)
               VALUES ('w1', '品牌', 'beauty_personal_care', 'new', 'now', 'now');
             INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
               VALUES ('c1', 'w1', 'douyin', 'xiaolu', '小鹿', 'now', 'now');
             INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
               creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
             VALUES ('o1', 'x1', 'brand', 'w1', 'c1', 'douyin', 'xiaolu', '小鹿', '品牌', 'accepted', 2, '{}',
               'now', 'now', 'now');
             INSERT INTO offer_deliverables (id, offer_id, key, position, format, count, due_on, account_label,
               status, status_changed_at, created_at, published_url)
             VALUES ('d1', 'o1', 'k', 0, 'video', 1, '2025-01-01', '品牌号', 'submitted', 'then', 'now',
               'https://v.douyin.com/a/')`);
    expect(migrateTo(db, 240)).toBe(240);
    const row = () =>
      db
        .prepare(
          'SELECT status, published_url, sent_back_at, send_back_reason, received_url FROM offer_deliverables',
        )
        .get();
    expect(row()).toEqual({
      status: 'submitted',
      published_url: 'https://v.douyin.com/a/',
      sent_back_at: null,
      send_back_reason: null,
      received_url: null,
    });
    const seq = () => db.prepare(`SELECT seq FROM offer_changes WHERE offer_id = 'o1'`).get();
    const before = seq();
    db.exec(`UPDATE offer_deliverables SET sent_back_at = 'now', send_back_reason = '重拍' WHERE id = 'd1'`);
    expect(seq()).not.toEqual(before);
    db.close();
  });
});
