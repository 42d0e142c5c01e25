import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME, openBackend, type Backend } from '../../electron/backend/app';
import { callOn, createTestBackend, type TestBackend } from '../support/backend';
import { rankings, setUpRoster } from '../support/matchRoster';
import { sampleAudience } from '../support/offers';

/**
 * The first match.forProduct of a start used to read and clean every creator's audience again (20,000 in
 * the agency benchmark: 334 ms CPU against 8.5 ms for the next call). The backend now saves each roster
 * it ranked as it closes (migration 0390) and the next session starts from it, applying the creators
 * changed meanwhile; these tests prove the answers stay those of a roster built from every creator.
 */

let t: TestBackend | undefined;
afterEach(() => t?.close());

/** A session on the test's data folder, used by `use` and closed (which saves its rosters). */
async function session<T>(
  use: (call: TestBackend['call'], db: Backend['context']['db']) => Promise<T>,
): Promise<T> {
  const backend = await openBackend(t!.dataDir, { validateOutput: true, log: () => undefined });
  try {
    return await use((method, input) => callOn(backend, method, input), backend.context.db);
  } finally {
    backend.close();
  }
}

/** Whether `run` read the workspace's creators to build a roster (statements are prepared per connection). */
async function readsEveryCreator(
  db: Backend['context']['db'],
  run: () => Promise<unknown>,
): Promise<boolean> {
  const prepare = vi.spyOn(db, 'prepare');
  try {
    await run();
    return prepare.mock.calls.some(([sql]) => /FROM creators WHERE workspace_id = \?/.test(sql));
  } finally {
    prepare.mockRestore();
  }
}

function onTheFile(sql: (db: Database.Database) => void): void {
  const db = new Database(join(t!.dataDir, DB_FILE_NAME));
  try {
    db.transaction(() => sql(db))();
  } finally {
    db.close();
  }
}

describe('match.forProduct after a restart', () => {
  it('ranks from the roster saved at close as a fresh build does, with the creators changed since', async () => {
    t = await createTestBackend();
    const products = await setUpRoster(t, 'big', 420, 0.1, 13);
    const before = await rankings(t, products, 200);
    t.backend.close();

    // The next session answers the same without reading the creators.
    await session(async (call, db) => {
      let again: string[] = [];
      expect(await readsEveryCreator(db, async () => (again = await rankings({ call }, products, 200)))).toBe(
        false,
      );
      expect(again).toEqual(before);
    });

    // While no backend runs (another version, the import worker), creators change, appear and go.
    const interests = { 'beauty.skincare': 0.7, 'fashion.womenswear': 0.3 };
    onTheFile((db) => {
      const set = db.prepare('UPDATE creators SET audience_json = ?, display_name = ? WHERE id = ?');
      set.run(JSON.stringify({ ...sampleAudience(), interests }), '后来-改名', 'big-300');
      set.run(null, '没有画像了', 'big-001');
      db.prepare("DELETE FROM creators WHERE id IN ('big-002', 'big-003')").run();
      db.prepare(
        `INSERT INTO creators (id, workspace_id, platform, handle, display_name, followers, audience_json,
           created_at, updated_at)
         SELECT 'big-new', workspace_id, 'douyin', '@new', 'A 新来的', 5, ?, 'now', 'now' FROM creators
         WHERE id = 'big-004'`,
      ).run(JSON.stringify({ ...sampleAudience(), interests }));
    });
    // The next session reads the saved roster and those five creators alone.
    const caughtUp = await session(async (call, db) => {
      let lines: string[] = [];
      expect(await readsEveryCreator(db, async () => (lines = await rankings({ call }, products, 200)))).toBe(
        false,
      );
      return lines;
    });
    expect(caughtUp).not.toEqual(before);

    // A roster built from every creator gives the same answers.
    onTheFile((db) => db.prepare('DELETE FROM saved_match_rosters').run());
    const fresh = await session(async (call, db) => {
      let lines: string[] = [];
      expect(await readsEveryCreator(db, async () => (lines = await rankings({ call }, products, 200)))).toBe(
        true,
      );
      return lines;
    });
    expect(caughtUp).toEqual(fresh);
  });

  it('builds the roster afresh when the saved one was made with another format or collation', async () => {
    t = await createTestBackend();
    const products = await setUpRoster(t, 'few', 150, 0.4, 7);
    const before = await rankings(t, products, 120);
    t.backend.close();
    onTheFile((db) =>
      db.prepare("UPDATE saved_match_rosters SET built_with = 'roster 0; collator de'").run(),
    );
    await session(async (call, db) => {
      let again: string[] = [];
      expect(await readsEveryCreator(db, async () => (again = await rankings({ call }, products, 120)))).toBe(
        true,
      );
      expect(again).toEqual(before);
    });
  });
});
