import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db/open';
import { migrations } from '../../../electron/backend/db/migrations';
import { explain } from '../../support/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'matrixdesk-0030-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const upTo = (version: number) => migrations.filter((m) => m.version <= version);
const plan = explain;

describe('migration 0030: creators and offers', () => {
  it('adds its tables to a database that already has content, keeping every row', async () => {
    const path = join(dir, 'm.db');
    const old = await openDatabase({ path, migrations: upTo(20) });
    old.exec(`
      INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at) VALUES ('w', '品牌', 'home', 'new', 'x', 'x');
      INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, created_at, updated_at)
        VALUES ('a', 'w', 'douyin', 'brand', '品牌号', 'brand', 'x', 'x');
      INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at, planned_end_at,
        created_at, updated_at)
        VALUES ('c', 'w', 'a', '已有内容', 'short_video', 'seed', 'idea', '2025-08-06T12:00:00.000Z', '2025-08-06T12:00:00.000Z', 'x', 'x');
    `);
    old.close();

    const db = await openDatabase({ path });
    expect(db.prepare('SELECT title FROM content_items').all()).toEqual([{ title: '已有内容' }]);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'creators',
        'creator_profile',
        'offers',
        'offer_revisions',
        'offer_deliverables',
      ]),
    );
    db.close();
  });

  it('unlinks planned content when its creator is deleted, and keeps deliverables when content is deleted', async () => {
    const db = await openDatabase({ path: join(dir, 'trigger.db') });
    db.exec(`
      INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at) VALUES ('w', '品牌', 'home', 'new', 'x', 'x');
      INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, created_at, updated_at)
        VALUES ('a', 'w', 'douyin', 'brand', '品牌号', 'brand', 'x', 'x');
      INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
        VALUES ('cr', 'w', 'douyin', 'creator', '达人', 'x', 'x');
      INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at, planned_end_at,
        creator_id, source, created_at, updated_at)
        VALUES ('c', 'w', 'a', '达人合作', 'short_video', 'seed', 'scripting', '2025-08-06T12:00:00.000Z',
          '2025-08-06T12:00:00.000Z', 'cr', 'offer', 'x', 'x');
    `);
    db.prepare('DELETE FROM creators WHERE id = ?').run('cr');
    expect(db.prepare('SELECT creator_id, source FROM content_items').get()).toEqual({
      creator_id: null,
      source: 'offer',
    });
    db.close();
  });

  it('refuses rows that break the side rules or money rules even if a bug slipped past validation', async () => {
    const db = await openDatabase({ path: join(dir, 'checks.db') });
    db.exec(
      "INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at) VALUES ('w', '品牌', 'home', 'new', 'x', 'x')",
    );
    expect(() =>
      db.exec(`INSERT INTO creators (id, workspace_id, platform, handle, display_name, price_video_1_20s_fen, created_at, updated_at)
        VALUES ('c', 'w', 'douyin', 'h', 'n', -1, 'x', 'x')`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.exec(`INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
          creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
        VALUES ('o', 'o', 'creator', 'w', NULL, 'douyin', 'h', 'n', 'b', 'sent', 1, '{}', 'x', 'x', 'x')`),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('uses indexes for the hot creator and offer queries', async () => {
    const db = await openDatabase({ path: join(dir, 'plan.db') });
    expect(
      plan(
        db,
        'SELECT * FROM creators WHERE workspace_id = ? AND platform = ? AND handle = ?',
        'w',
        'douyin',
        'h',
      ),
    ).toMatch(/USING INDEX creators_handle_unique/);
    expect(plan(db, "SELECT * FROM offers WHERE side = 'brand' AND workspace_id = ?", 'w')).toMatch(
      /USING INDEX/,
    );
    expect(plan(db, 'SELECT * FROM offers WHERE side = ? AND exchange_id = ?', 'creator', 'x')).toMatch(
      /USING INDEX offers_exchange_unique/,
    );
    expect(plan(db, "SELECT * FROM offers WHERE state IN ('sent', 'countered', 'revised')")).toMatch(
      /USING INDEX offers_open_by_state/,
    );
    expect(
      plan(
        db,
        'SELECT * FROM offer_revisions WHERE offer_id = ? AND superseded = 0 ORDER BY number DESC LIMIT 1',
        'o',
      ),
    ).toMatch(/USING INDEX offer_revisions_live_number/);
    expect(plan(db, 'SELECT * FROM offer_deliverables WHERE offer_id = ? ORDER BY position', 'o')).toMatch(
      /USING INDEX/,
    );
    db.close();
  });
});
