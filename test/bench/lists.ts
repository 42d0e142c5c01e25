/**
 * List and query-speed benchmark (issue 13, paging part): `npm run bench:lists`. Printed, never asserted.
 *
 * Generates (seeded, through the backend's own repo functions, in one transaction per table) a big client
 * — 20,000 creators (12,000 with an audience profile), 2,000 offers with revisions, 40,000 content items —
 * and a small client (200 creators, 27 offers, 1,000 items) in one database, then measures, in the same
 * process: p50/p95 of offers.list, creators.list, a picker search, match.forProduct and content.list (a
 * month) and content.suggestions, each on both clients, with the raw indexed SQL for the same rows, and
 * the JSON size of each response. The last line is one JSON object with every figure.
 *
 * Works against older code too (lists that return arrays are reported as unpaged), so a before/after can
 * be taken by running the same file on main.
 */
import type { Backend } from '../../electron/backend/app';
import { insertCreator } from '../../electron/backend/creators/repo';
import { insertOffer, insertRevision } from '../../electron/backend/offers/repo';
import { insertDeliverable } from '../../electron/backend/offers/deliverablesRepo';
import { insertItem, type ContentValues } from '../../electron/backend/content/repo';
import { creatorFieldsSchema } from '../../shared/domain/creator';
import type { TermsRecord } from '../../shared/domain/offerTerms';
import { creatorInput, offerInput, sampleAudience } from '../support/offers';
import { call, percentile, random } from './support';
import { withTempBackend } from './tempBackend';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

interface Client {
  name: string;
  workspaceId: string;
  brandAccountId: string;
  salesAccountId: string;
  productId: string;
}

async function createClient(backend: Backend, name: string): Promise<Client> {
  const ws = await call<{ id: string }>(backend, 'workspaces.create', {
    name,
    industry: 'beauty_personal_care',
  });
  const account = (role: 'brand' | 'sales', handle: string) =>
    call<{ id: string }>(backend, 'accounts.create', {
      workspaceId: ws.id,
      role,
      handle,
      displayName: `${name} ${handle}`,
      followers: 100_000,
    });
  const brand = await account('brand', 'official');
  const sales = await account('sales', 'store');
  const product = await call<{ id: string }>(backend, 'products.create', {
    workspaceId: ws.id,
    name: '防晒乳',
    sku: 'SUN-1',
    price: 149,
    tags: ['护肤', '防晒', '露营'],
  });
  return {
    name,
    workspaceId: ws.id,
    brandAccountId: brand.id,
    salesAccountId: sales.id,
    productId: product.id,
  };
}

const tags = [
  'beauty.skincare',
  'beauty.makeup',
  'fashion.womenswear',
  'food.snacks',
  'sports.camping',
  'travel.nearby',
];

function seedCreators(backend: Backend, c: Client, count: number, withAudience: number): string[] {
  const rnd = random(count);
  const db = backend.context.db;
  const at = new Date().toISOString();
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const shares = tags.map(() => 0.05 + rnd());
      const sum = shares.reduce((a, b) => a + b, 0);
      const audience =
        i < withAudience
          ? {
              ...sampleAudience(),
              interests: Object.fromEntries(tags.map((tag, k) => [tag, shares[k]! / sum])),
            }
          : null;
      const fields = creatorFieldsSchema.parse({
        ...creatorInput(c.workspaceId, {
          handle: `c${i}_${c.name}`,
          displayName: `达人${i} ${['小鹿', '阿杰', '素颜', '露营'][i % 4]}`,
          followers: Math.floor(1_000 + rnd() * 5_000_000),
          audience,
          notes: i % 10 === 0 ? '探店' : '',
        }),
      });
      const id = `${c.name}-creator-${i}`;
      insertCreator(db, id, fields, at);
      ids.push(id);
    }
  })();
  return ids;
}

async function seedOffers(backend: Backend, c: Client, creatorIds: string[], count: number): Promise<number> {
  // One real offer through the router gives terms exactly as the app stores them; the rest copy them.
  const setup = {
    workspaceId: c.workspaceId,
    brandAccountId: c.brandAccountId,
    salesAccountId: c.salesAccountId,
  };
  const first = await call<{ id: string }>(
    backend,
    'offers.create',
    offerInput({ ...setup, creatorId: creatorIds[0]! }),
  );
  const db = backend.context.db;
  const terms = JSON.parse(
    db.prepare<[string], { terms: string }>('SELECT terms FROM offers WHERE id = ?').get(first.id)!.terms,
  ) as TermsRecord;
  const rnd = random(count);
  let revisions = 0;
  db.transaction(() => {
    for (let i = 1; i < count; i++) {
      const id = `${c.name}-offer-${i}`;
      const creatorId = creatorIds[Math.floor(rnd() * creatorIds.length)]!;
      const at = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 3_600_000).toISOString();
      const kind = i % 4; // draft, sent, countered, accepted
      const state = (['draft', 'sent', 'countered', 'accepted'] as const)[kind]!;
      insertOffer(db, {
        id,
        exchangeId: id,
        side: 'brand',
        workspaceId: c.workspaceId,
        creatorId,
        creator: { platform: 'douyin', handle: `h${i}`, displayName: `达人${i}` },
        brandName: c.name,
        state,
        revision: kind,
        terms,
        message: '',
        counterpartKey: null,
        at,
      });
      const moves = [
        ['create', 'brand', 'draft'],
        ['send', 'brand', 'sent'],
        ['counter', 'creator', 'countered'],
        ['accept', 'brand', 'accepted'],
      ] as const;
      for (let n = 0; n <= kind; n++) {
        const [action, actor, s] = moves[n]!;
        insertRevision(db, {
          offerId: id,
          number: n,
          action,
          actor,
          state: s,
          message: '',
          terms,
          origin: actor === 'creator' ? 'imported' : 'local',
          signature: null,
          at,
        });
        revisions++;
      }
      if (state === 'accepted') {
        terms.deliverables.forEach((d, position) =>
          // The terms' own fields (key, format, …, accountLabel) as they are; accountRole is not a column.
          insertDeliverable(db, {
            ...d,
            id: `${id}-d${position}`,
            offerId: id,
            workspaceId: c.workspaceId,
            position,
            contentItemId: null,
            at,
          }),
        );
      }
    }
  })();
  return revisions + 1;
}

function seedContent(backend: Backend, c: Client, count: number): void {
  const db = backend.context.db;
  const at = new Date().toISOString();
  const start = Date.parse('2026-01-01T00:00:00Z');
  const step = Math.floor((365 * 86_400_000) / count);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const values: ContentValues = {
        workspaceId: c.workspaceId,
        accountId: i % 2 === 0 ? c.brandAccountId : c.salesAccountId,
        title: `内容 ${i}`,
        format: 'short_video',
        objective: i % 2 === 0 ? 'seed' : 'convert',
        pillar: ['成分科普', '产品演示', '限时好价', '品牌故事'][i % 4]!,
        status: 'scheduled',
        plannedAt: new Date(start + i * step).toISOString(),
        durationMinutes: null,
        productIds: i % 3 === 0 ? [c.productId] : [],
        tags: i % 2 === 0 ? ['护肤'] : [],
        owner: `运营${i % 9}`,
        brief: '一段简短的内容说明，写给拍摄团队。'.repeat(3),
        publishedUrl: null,
        publishedAt: null,
      };
      insertItem(db, `${c.name}-item-${i}`, values, 'manual', at);
    }
  })();
}

type Timing = {
  p50: number;
  p95: number;
  bytes: number;
};

async function time(run: () => unknown): Promise<Timing> {
  const ms: number[] = [];
  let bytes = 0;
  await run(); // warm: statements prepared, pages cached
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const value = await run();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (i === 0) bytes = Buffer.byteLength(JSON.stringify(value ?? null));
  }
  ms.sort((a, b) => a - b);
  return { p50: +percentile(ms, 50).toFixed(2), p95: +percentile(ms, 95).toFixed(2), bytes };
}

const round = (v: number) => +v.toFixed(2);

async function main() {
  await withTempBackend('lists', async (backend) => {
    const db = backend.context.db;
    const t0 = Date.now();
    const big = await createClient(backend, 'big');
    const small = await createClient(backend, 'small');
    const bigCreators = seedCreators(backend, big, 20_000, 12_000);
    const smallCreators = seedCreators(backend, small, 200, 120);
    const bigRevisions = await seedOffers(backend, big, bigCreators, 2_000);
    await seedOffers(backend, small, smallCreators, 27);
    seedContent(backend, big, 40_000);
    seedContent(backend, small, 1_000);
    console.log(
      `generated in ${((Date.now() - t0) / 1000).toFixed(1)} s: big = 20,000 creators (12,000 with audience), ` +
        `2,000 offers / ${bigRevisions} revisions, 40,000 items; small = 200 creators, 27 offers, 1,000 items`,
    );

    const figures: Record<string, unknown> = {};
    // BENCH_ONLY=offers.list measures one method (e.g. under --cpu-prof); the summary then has gaps.
    const only = process.env.BENCH_ONLY;
    const want = (name: string) => !only || name.startsWith(only);
    const report = (name: string, value: Record<string, unknown>) => {
      figures[name] = value;
      console.log(JSON.stringify({ figure: name, ...value }));
    };
    const shapeOf = (v: unknown) => (Array.isArray(v) ? `unpaged ${v.length}` : 'paged');

    for (const c of [big, small]) {
      // offers.list: the default first page as the Offers page asks for it (older code: the whole list).
      let shape = '';
      if (want('offers.list')) {
        const offers = await time(async () => {
          const v = await call<unknown>(backend, 'offers.list', { workspaceId: c.workspaceId });
          shape = shapeOf(v);
          return v;
        });
        // The raw SQL for the same rows the view reads: the page of offers, then their live revisions,
        // deliverables and creators (indexed set queries, rows as better-sqlite3 returns them).
        const pageSql = db.prepare<[string], { id: string; creator_id: string }>(
          'SELECT * FROM offers WHERE workspace_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 50',
        );
        const revisionsSql = db.prepare(
          'SELECT * FROM offer_revisions WHERE offer_id IN (SELECT value FROM json_each(?)) AND superseded = 0',
        );
        const deliverablesSql = db.prepare(
          'SELECT * FROM offer_deliverables WHERE offer_id IN (SELECT value FROM json_each(?))',
        );
        const creatorsSql = db.prepare('SELECT * FROM creators WHERE id IN (SELECT value FROM json_each(?))');
        const rawOffers = await time(() => {
          const page = pageSql.all(c.workspaceId);
          const ids = JSON.stringify(page.map((o) => o.id));
          return [
            page,
            revisionsSql.all(ids),
            deliverablesSql.all(ids),
            creatorsSql.all(JSON.stringify(page.map((o) => o.creator_id))),
          ];
        });
        report(`offers.list ${c.name}`, {
          ...offers,
          shape,
          rawP50: rawOffers.p50,
          ratioToRaw: round(offers.p50 / rawOffers.p50),
        });
      }

      if (want('creators.list')) {
        const creators = await time(async () => {
          const v = await call<unknown>(backend, 'creators.list', { workspaceId: c.workspaceId });
          shape = shapeOf(v);
          return v;
        });
        const rawCreators = await time(() =>
          db
            .prepare(
              `SELECT * FROM creators WHERE workspace_id = ? ORDER BY display_name COLLATE NOCASE, rowid LIMIT 50`,
            )
            .all(c.workspaceId),
        );
        report(`creators.list ${c.name}`, {
          ...creators,
          shape,
          rawP50: rawCreators.p50,
          ratioToRaw: round(creators.p50 / rawCreators.p50),
        });

        const search = await time(() =>
          call<unknown>(backend, 'creators.list', { workspaceId: c.workspaceId, search: '阿杰' }),
        );
        report(`creators.list search ${c.name}`, search);
      }
      if (want('match.forProduct')) {
        const match = await time(() =>
          call<unknown>(backend, 'match.forProduct', { productId: c.productId }),
        );
        const rawMatch = await time(() =>
          db
            .prepare('SELECT id, display_name, followers, audience_json FROM creators WHERE workspace_id = ?')
            .all(c.workspaceId),
        );
        report(`match.forProduct ${c.name}`, {
          ...match,
          rawP50: rawMatch.p50,
          ratioToRaw: round(match.p50 / rawMatch.p50),
        });
      }
      if (want('content.')) {
        const month = await time(() =>
          call<unknown>(backend, 'content.list', {
            workspaceId: c.workspaceId,
            from: '2026-03-01T00:00:00.000Z',
            to: '2026-04-01T00:00:00.000Z',
          }),
        );
        report(`content.list month ${c.name}`, month);
        const suggestions = await time(() =>
          call<unknown>(backend, 'content.suggestions', { workspaceId: c.workspaceId }),
        );
        report(`content.suggestions ${c.name}`, suggestions);
      }
    }

    const ratio = (name: string) => {
      const b = figures[`${name} big`] as Timing | undefined;
      const s = figures[`${name} small`] as Timing | undefined;
      return b && s ? round(b.p50 / s.p50) : null;
    };
    const summary = {
      bench: 'lists',
      runs: RUNS,
      offersBigVsSmall: ratio('offers.list'),
      creatorsBigVsSmall: ratio('creators.list'),
      matchBigVsSmall: ratio('match.forProduct'),
      contentMonthBigVsSmall: ratio('content.list month'),
      suggestionsBigVsSmall: ratio('content.suggestions'),
      figures,
    };
    console.log(JSON.stringify(summary));
  });
}

void main();
