import fc from 'fast-check';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openBackend } from '../../electron/backend/app';
import { contract, type MethodName } from '../../shared/api/contract';
import { ownedRows } from '../support/bundles';
import { offerInput, setUpBrand } from '../support/offers';
import { createTestBackend } from '../support/backend';
import { fuzzScale, fuzzSeed, recordFigure } from './figures';
import { markOf } from './fuzzState';
import { hostileJson } from './hostile';
import { arbitraryFor } from './zodArbitrary';

/**
 * Every contract method, discovered from the contract (so methods added later are covered), called with
 * inputs generated from its zod schema and with hostile JSON: each answer is ok or a coded 4xx error,
 * never `internal`, and a rejected call changes nothing. Each method starts from the same populated
 * database (the sample workspace plus a second brand with a sent offer): a copy of one template.
 */
const CASES = 200 * fuzzScale();
const SEED = fuzzSeed();
const HASH_EVERY = 25;

/**
 * Methods whose every success is a large write (seeding a whole sample workspace): fuzzed with refused
 * input only, so the 200 cases stay within CI time; their success path has its own integration tests.
 */
const EXPENSIVE_SUCCESS: ReadonlySet<string> = new Set(['workspaces.loadSample']);

let templateDir: string;
let idPool: string[] = [];

beforeAll(async () => {
  const t = await createTestBackend();
  await t.call('workspaces.loadSample', {});
  const s = await setUpBrand(t, '第二品牌');
  const draft = await t.call('offers.create', offerInput(s));
  await t.call('offers.send', { id: draft.id });
  const db = t.backend.context.db;
  const workspaces = db.prepare('SELECT id FROM workspaces').all() as { id: string }[];
  const ids = new Set<string>();
  for (const { id } of workspaces) {
    for (const rows of ownedRows(db, id).values()) {
      for (const row of rows.slice(0, 6)) if (typeof row.id === 'string') ids.add(row.id);
    }
  }
  idPool = [...ids];
  templateDir = mkdtempSync(join(tmpdir(), 'matrixdesk-fuzz-template-'));
  t.backend.close();
  cpSync(t.dataDir, templateDir, { recursive: true });
  rmSync(t.dataDir, { recursive: true, force: true });
  console.log(`[fuzz] contract: ${Object.keys(contract).length} methods × ${CASES} cases, seed ${SEED}`);
});

afterAll(() => {
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
});

const methods = (Object.keys(contract) as MethodName[]).sort();

describe('contract fuzz: never internal, a refusal changes nothing', () => {
  methods.forEach((method, index) => {
    it(method, { timeout: 120_000 }, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'matrixdesk-fuzz-'));
      cpSync(templateDir, dataDir, { recursive: true });
      const logged: unknown[] = [];
      const backend = await openBackend(dataDir, { log: (_m, err) => logged.push(err) });
      const db = backend.context.db;
      const schema = contract[method].input as z.ZodType;
      const input = EXPENSIVE_SUCCESS.has(method)
        ? hostileJson(idPool).filter((v) => v !== null && !schema.safeParse(v).success)
        : fc.oneof(arbitraryFor(schema, { idPool }), hostileJson(idPool));
      let runs = 0;
      let failures = 0;
      try {
        await fc.assert(
          fc.asyncProperty(input, async (value) => {
            runs += 1;
            const withHash = runs % HASH_EVERY === 1;
            const before = markOf(db, withHash);
            const result = await backend.router(method, value);
            if (result.ok) return;
            if (result.error.code === 'internal') {
              failures += 1;
              throw new Error(`${method} answered internal: ${String(logged.at(-1))}`);
            }
            const after = markOf(db, withHash);
            if (
              after.changes !== before.changes ||
              after.dataVersion !== before.dataVersion ||
              after.hash !== before.hash
            ) {
              failures += 1;
              throw new Error(`${method} was refused (${result.error.code}) but changed the database`);
            }
          }),
          { numRuns: CASES, seed: SEED + index, endOnFailure: true },
        );
      } finally {
        recordFigure({ suite: `fuzz ${method}`, cases: runs, failures, seed: SEED + index });
        backend.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
      expect(runs).toBeGreaterThanOrEqual(CASES);
    });
  });
});
