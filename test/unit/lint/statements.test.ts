import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backendFiles,
  readRepoFile,
  sqlOutsideRepoOffenders,
  statementOffenders,
  type Offender,
} from './backendSql';

const root = join(__dirname, '..', '..', '..');

/**
 * Files that may still break a rule, each with its reason. Keep this list short; a file that no longer
 * offends must leave it (the last test fails otherwise).
 */
const STATEMENT_EXCEPTIONS: Record<string, string> = {
  // The shared cache keys statements by SQL text; a bundle's tables and columns come from the schema
  // (checked against it before use), so the texts are one per table and column set, a bounded number.
  'electron/backend/bundles/repo.ts': 'identifiers from the schema: one statement per owned table',
  // Runs once on a connection just opened, before the schema is trusted: nothing to reuse it for.
  'electron/backend/db/check.ts': 'the opening probe of a fresh connection',
};

const SQL_EXCEPTIONS: Record<string, string> = {
  'electron/backend/db/check.ts': 'the opening probe reads sqlite_schema before any repository may run',
};

const describeOffenders = (list: Offender[]) => list.map((o) => `${o.file}:${o.line} ${o.what}`).join('\n');

describe('statements are prepared once per connection', () => {
  it('flags a per-call prepare, a cache outside a factory and an IN-list built from the input', () => {
    const planted = `
      import type { Db } from '../db/types';
      import { prepared } from '../paging/statements';
      export function findThing(db: Db, id: string) {
        return db.prepare('SELECT * FROM things WHERE id = ?').get(id);
      }
      export function chained(ctx: { db: Db }) {
        return ctx.db
          .prepare<[], { n: number }>('SELECT 1 AS n')
          .get();
      }
      export function things(db: Db, ids: string[]) {
        return prepared(db, \`SELECT * FROM things WHERE id IN (\${ids.map(() => '?').join(', ')})\`).all(...ids);
      }
      export function viaVariable(db: Db, sql: string) {
        return prepared(db, sql).all();
      }
      function notAFactory(db: Db) {
        return { one: db.prepare('SELECT 1') };
      }
      export function viaLocalList(db: Db, ids: string[]) {
        const marks = ids.map(() => '?').join(', ');
        return prepared(db, \`SELECT * FROM things WHERE id IN (\${marks})\`).all(...ids);
      }`;
    const offenders = statementOffenders('electron/backend/planted/repo.ts', planted);
    expect(offenders.map((o) => o.line)).toEqual([5, 8, 13, 16, 19, 23]);
  });

  it('accepts a WeakMap statement factory and fixed SQL text through prepared()', () => {
    const fine = `
      import type { Db } from '../db/types';
      import { prepared } from '../paging/statements';
      const columnList = ['a', 'b'].join(', ');
      const cache = new WeakMap<Db, Statements>();
      function statements(db: Db): Statements {
        let s = cache.get(db);
        if (!s) {
          s = { one: db.prepare('SELECT 1'), two: db.prepare(\`SELECT \${columnList} FROM t\`) };
          cache.set(db, s);
        }
        return s;
      }
      export function things(db: Db, ids: string[], desc: boolean) {
        return prepared(db, desc ? 'SELECT * FROM t ORDER BY a DESC' : \`SELECT \${columnList} FROM t\`)
          .all(JSON.stringify(ids));
      }`;
    expect(statementOffenders('electron/backend/planted/repo.ts', fine)).toEqual([]);
  });

  it('accepts the builder handed to perConnection() and nothing else shaped like it', () => {
    const planted = `
      import { perConnection } from '../paging/statements';
      const statements = perConnection((db) => ({ one: db.prepare('SELECT 1') }));
      const notCached = somethingElse((db) => ({ two: db.prepare('SELECT 2') }));
      export function later(db: Db) {
        return perConnection(() => undefined) && db.prepare('SELECT 3');
      }`;
    const offenders = statementOffenders('electron/backend/planted/repo.ts', planted);
    expect(offenders.map((o) => o.line)).toEqual([4, 6]);
  });

  it('holds in every backend file', () => {
    const offenders = backendFiles(root)
      .filter((file) => !(file in STATEMENT_EXCEPTIONS))
      .flatMap((file) => statementOffenders(file, readRepoFile(root, file)));
    expect(describeOffenders(offenders)).toBe('');
  });
});

describe('SQL only in repository files', () => {
  it('flags SQL in a handler and leaves English sentences and repositories alone', () => {
    const planted = `
      const sql = 'SELECT id FROM accounts WHERE workspace_id = ?';
      const write = \`UPDATE accounts SET role = ? WHERE id = \${1}\`;
      const sentence = 'Select an account from the list';
      // SELECT x FROM y in a comment is not SQL text`;
    expect(
      sqlOutsideRepoOffenders('electron/backend/accounts/handlers.ts', planted).map((o) => o.line),
    ).toEqual([2, 3]);
    expect(sqlOutsideRepoOffenders('electron/backend/accounts/repo.ts', planted)).toEqual([]);
    expect(sqlOutsideRepoOffenders('electron/backend/content/seriesRepo.ts', planted)).toEqual([]);
  });

  it('holds in every backend file', () => {
    const offenders = backendFiles(root)
      .filter((file) => !(file in SQL_EXCEPTIONS))
      .flatMap((file) => sqlOutsideRepoOffenders(file, readRepoFile(root, file)));
    expect(describeOffenders(offenders)).toBe('');
  });
});

describe('the exception lists', () => {
  it('name only files that still need them', () => {
    const stale = [
      ...Object.keys(STATEMENT_EXCEPTIONS).filter(
        (file) => statementOffenders(file, readRepoFile(root, file)).length === 0,
      ),
      ...Object.keys(SQL_EXCEPTIONS).filter(
        (file) => sqlOutsideRepoOffenders(file, readRepoFile(root, file)).length === 0,
      ),
    ];
    expect(stale).toEqual([]);
  });
});
