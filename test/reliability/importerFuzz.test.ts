import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { createTestBackend, type TestBackend } from '../support/backend';
import { offerInput, setUpBrand } from '../support/offers';
import { fuzzScale, fuzzSeed, recordFigure } from './figures';
import { markOf } from './fuzzState';

/**
 * Every file importer fed damaged files: random bytes, truncations and byte flips of a genuine file,
 * other encodings, formula cells. Each must answer ok or a coded refusal (never `internal`), and a
 * refusal must leave the database as it was. Adding an importer is one entry in `importers`.
 */
const CASES = 100 * fuzzScale();
const SEED = fuzzSeed();
const fixture = (path: string) => readFileSync(join(__dirname, '..', 'fixtures', path));

/** One guarded API call: each refusal is checked to have changed nothing. */
interface Caller {
  raw(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

interface Importer {
  name: string;
  /** Genuine files the mutations start from. */
  seeds: () => Buffer[];
  /** Sends one file through the importer (preview and, where there is one, commit). */
  send(b: Caller, file: Buffer): Promise<ApiResult<unknown>[]>;
}

let t: TestBackend;
let workspaceId: string;
const genuine: Record<string, Buffer> = {};

const fileArgs = (file: Buffer, fileName: string) => ({
  workspaceId,
  fileName,
  base64: file.toString('base64'),
});

/** An importer whose preview and commit both take the file itself, sent under `previewAs` and `commitAs`. */
const previewThenCommit =
  (
    importer: 'content' | 'creators' | 'liveSessions',
    previewAs: string,
    commitAs = previewAs,
  ): Importer['send'] =>
  async (b, file) => [
    await b.raw(`${importer}.importPreview`, fileArgs(file, previewAs)),
    await b.raw(`${importer}.importCommit`, fileArgs(file, commitAs)),
  ];

const importers: Importer[] = [
  {
    name: 'content CSV/XLSX',
    seeds: () => [
      fixture('content/plan-zh-utf8-bom.csv'),
      fixture('content/plan-zh.xlsx'),
      fixture('content/plan-zh-gbk.csv'),
    ],
    send: previewThenCommit('content', 'plan.csv', 'plan.xlsx'),
  },
  {
    name: 'creators CSV',
    seeds: () => [fixture('creators/roster-zh-utf8-bom.csv'), fixture('creators/roster-zh-gbk.csv')],
    send: previewThenCommit('creators', 'roster.csv'),
  },
  {
    name: 'metrics',
    seeds: () => [fixture('metrics/metrics-gbk.csv'), fixture('imports/metrics-tab.tsv')],
    send: async (b, file) => {
      const preview = await b.raw('metrics.importPreview', fileArgs(file, 'metrics.csv'));
      if (!preview.ok) return [preview];
      const { sessionId } = preview.value as { sessionId: string };
      return [preview, await b.raw('metrics.importCommit', { sessionId })];
    },
  },
  {
    name: 'audience profile',
    seeds: () => [
      Buffer.from(
        '维度,名称,占比\n兴趣,护肤,60%\n兴趣,美妆-彩妆,40%\n性别,女,78%\n性别,男,22%\n年龄,18-23岁,30%\n',
      ),
    ],
    send: async (b, file) => [await b.raw('audience.importPreview', fileArgs(file, '画像.csv'))],
  },
  {
    name: 'offer files',
    seeds: () => [genuine.offer!],
    send: async (b, file) => [await b.raw('offers.importFile', { base64: file.toString('base64') })],
  },
  {
    name: 'live-session exports',
    seeds: () => [
      fixture('live/sessions-zh-fullwidth.csv'),
      fixture('live/sessions-zh-gbk.csv'),
      fixture('live/sessions-en.csv'),
      fixture('live/sessions.xlsx'),
    ],
    send: previewThenCommit('liveSessions', 'sessions.csv'),
  },
  {
    name: 'review answers',
    seeds: () => [genuine.answers!],
    send: async (b, file) => [
      await b.raw('approvals.importAnswers', { workspaceId, base64: file.toString('base64') }),
    ],
  },
  {
    name: 'bundles',
    seeds: () => [genuine.bundle!],
    send: async (b, file) => [
      await b.raw('bundles.preview', { base64: file.toString('base64') }),
      await b.raw('bundles.import', { base64: file.toString('base64'), mode: 'new' }),
    ],
  },
];

/** Damaged variants of a genuine file. */
function damaged(seeds: Buffer[]): fc.Arbitrary<Buffer> {
  const seed = fc.constantFrom(...seeds);
  const formula = fc.constantFrom(
    '=cmd|"/c calc"!A1',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '=HYPERLINK("x")',
  );
  return fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 4000 }).map((a) => Buffer.from(a)),
    fc
      .tuple(seed, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([s, f]) => s.subarray(0, Math.max(1, Math.floor(s.length * f)))),
    fc
      .tuple(
        seed,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
      )
      .map(([s, flips]) => {
        const copy = Buffer.from(s);
        for (const [at, byte] of flips) copy[at % copy.length] = byte;
        return copy;
      }),
    seed.map((s) => Buffer.from(s.toString('utf8'), 'utf16le')),
    seed.map((s) => Buffer.from(s.toString('latin1'), 'utf8')),
    fc.tuple(seed, formula, fc.nat({ max: 2000 })).map(([s, f, at]) => {
      const text = s.toString('utf8');
      const cut = text.indexOf(',', at % Math.max(1, text.length));
      return Buffer.from(
        cut < 0 ? `${text}\n${f},${f}` : `${text.slice(0, cut + 1)}${f}${text.slice(cut + 1)}`,
      );
    }),
  );
}

beforeAll(async () => {
  t = await createTestBackend();
  const brand = await createTestBackend();
  const s = await setUpBrand(brand);
  const draft = await brand.call('offers.create', offerInput(s));
  await brand.call('offers.send', { id: draft.id });
  genuine.offer = Buffer.from((await brand.call('offers.exportFile', { id: draft.id })).base64, 'base64');
  genuine.bundle = Buffer.from(
    (await brand.call('bundles.export', { workspaceId: s.workspaceId })).base64,
    'base64',
  );
  brand.close();
  workspaceId = (await setUpBrand(t)).workspaceId;
  // A well-formed answers file for a real pack of this workspace (its MAC cannot match: the secret stays in
  // the pack); the genuine round trip through the pack's own page is tested in test/integration/approvals.
  const pack = await t
    .call('approvals.exportPack', {
      workspaceId,
      from: '2020-01-01',
      to: '2020-12-31',
      language: 'zh-CN',
    })
    .catch(() => null);
  genuine.answers = Buffer.from(
    JSON.stringify({
      format: 'matrixdesk.review-answers',
      version: 1,
      packId: pack?.packId ?? 'pack-1',
      workspaceId,
      reviewer: '王经理',
      answeredAt: '2025-08-06T12:00:00.000Z',
      answers: [{ itemId: 'item-1', revision: 0, decision: 'approve', comment: '=HYPERLINK("x")' }],
      mac: 'ab'.repeat(32),
    }),
  );
  console.log(`[fuzz] importers: ${importers.length} × ${CASES} cases, seed ${SEED}`);
});
afterAll(() => t?.close());

describe('importer fuzz: damaged files are refused cleanly', () => {
  importers.forEach((importer, index) => {
    it(importer.name, { timeout: 120_000 }, async () => {
      const db = t.backend.context.db;
      let runs = 0;
      let failures = 0;
      try {
        await fc.assert(
          fc.asyncProperty(damaged(importer.seeds()), async (file) => {
            runs += 1;
            const withHash = runs % 20 === 1;
            const caller: Caller = {
              async raw(method, input) {
                const before = markOf(db, withHash);
                const result = await t.raw(method, input);
                if (result.ok) return result;
                if (result.error.code === 'internal') {
                  failures += 1;
                  throw new Error(`${importer.name}: ${method} answered internal`);
                }
                const after = markOf(db, withHash);
                if (after.changes !== before.changes || after.hash !== before.hash) {
                  failures += 1;
                  throw new Error(`${importer.name}: ${method} refused the file but changed the database`);
                }
                return result;
              },
            };
            await importer.send(caller, file);
          }),
          { numRuns: CASES, seed: SEED + index, endOnFailure: true },
        );
      } finally {
        recordFigure({ suite: `importer ${importer.name}`, cases: runs, failures, seed: SEED + index });
      }
      expect(runs).toBe(CASES);
    });
  });
});
