import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db/open';
import { migrations } from '../../../electron/backend/db/migrations';
import { explain } from '../../support/migrations';

describe('migration 0020', () => {
  it('migrates a 0010 database with its rows and uses indexes for the calendar queries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matrixdesk-0020-'));
    try {
      const path = join(dir, 'm.db');
      const old = await openDatabase({ path, migrations: migrations.filter((m) => m.version < 20) });
      old
        .prepare(
          "INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at) VALUES ('w', 'Old', 'home', 'new', 'x', 'x')",
        )
        .run();
      old
        .prepare(
          "INSERT INTO accounts (id, workspace_id, platform, handle, display_name, role, created_at, updated_at) VALUES ('a', 'w', 'douyin', 'h', 'H', 'brand', 'x', 'x')",
        )
        .run();
      old.close();
      const db = await openDatabase({ path });
      expect(db.prepare('SELECT handle FROM accounts').get()).toEqual({ handle: 'h' });
      const plan = (sql: string) => explain(db, sql);
      expect(
        plan(
          "SELECT * FROM content_items WHERE workspace_id = 'w' AND planned_at >= 'a' AND planned_at < 'b'",
        ),
      ).toMatch(/content_by_workspace_time/);
      expect(
        plan(
          "SELECT id FROM content_items WHERE account_id = 'a' AND planned_at >= 'a' AND planned_at < 'b' AND format = 'live'",
        ),
      ).toMatch(/content_by_account_time/);
      expect(plan("SELECT product_id FROM content_item_products WHERE item_id = 'i'")).toMatch(
        /INDEX|PRIMARY KEY/,
      );
      // Live sessions and only they have a duration, even if a bug slips past validation.
      db.prepare(
        "INSERT INTO workspaces (id, name, industry, stage, created_at, updated_at) VALUES ('w2', 'N', 'home', 'new', 'x', 'x')",
      ).run();
      expect(() =>
        db
          .prepare(
            "INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at, planned_end_at, created_at, updated_at) VALUES ('i', 'w', 'a', 't', 'live', 'seed', 'idea', 'x', 'x', 'x', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
      db.close();
      const raw = new Database(path);
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
