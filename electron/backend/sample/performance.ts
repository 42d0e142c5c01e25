import type { BackendContext } from '../context';
import type { AudienceProfileOutput } from '../../../shared/domain/interest';
import type { MetricValues } from '../../../shared/domain/metrics';
import { addDays, todayIn } from '../../../shared/domain/dates';
import { formatCivilDate } from '../../../shared/parsing/calendar';
import { instantToWallTime } from '../../../shared/parsing/timeZone';
import { ageBrackets } from '../../../shared/interest/audience';
import { findAccount } from '../accounts/repo';
import { upsertAudience } from '../interest/repo';
import { upsertAccountMetrics, upsertContentMetrics } from '../metrics/repo';
import { computeRun } from '../forecasts/run';
import { insertRun } from '../forecasts/repo';
import { SAMPLE_PRODUCTS_KEY } from './products';
import { appendProductTag, listPublishedItems } from './repo';
import type { SampleRefs, SampleSeeder } from './types';
import { mulberry32, seedFromText } from '../../../shared/random';

/**
 * The interest and performance part of the sample: audience profiles for the five accounts, taxonomy
 * tags on the products, 120 days of daily metrics with a weekly rhythm, a slow trend, noise and the odd
 * viral day, per-post results for published content, and stored GMV forecasts for the sales accounts —
 * one made four weeks ago (so the accuracy panel has actuals to compare) and one made today.
 * Figures are generated (seeded, so every sample is the same), plausible, not real.
 */
const HISTORY_DAYS = 120;

/** Extra tags for the sample's products, written as taxonomy labels so the products' own tag lists stay readable. */
const productTargetTags: Record<string, string[]> = {
  'CL-SERUM-30': ['个人护理'],
  'CL-CREAM-50': ['个人护理'],
  'CL-CLEANSER-120': ['护肤', '个人护理'],
  'CL-SUN-50': ['护肤', '户外露营', '周边游'],
  'CL-TONER-150': ['个人护理'],
  'CL-MASK-5': ['护肤'],
  'CL-EYE-15': ['护肤', '彩妆'],
  'CL-SET-GIFT': ['护肤', '香水'],
  'CL-SUNSPRAY-30': ['护肤', '国内游', '户外露营'],
  'CL-LOTION-V1': ['护肤'],
};

interface AccountShape {
  interests: Record<string, number>;
  female: number;
  ages: [number, number, number, number, number];
  regions: [string, number][];
  /** Daily views around the start of the window, and the growth over the 120 days. */
  views: number;
  growth: number;
  /** Mon..Sun multipliers. */
  week: [number, number, number, number, number, number, number];
  /** ¥ per 1,000 views; 0 for accounts that do not sell. */
  gpm: number;
  followerRate: number;
  live: boolean;
}

const shapes: Record<string, AccountShape> = {
  camellialab_official: {
    interests: {
      'beauty.skincare': 28,
      'beauty.makeup': 10,
      'beauty.fragrance': 4,
      'beauty.personal_care': 6,
      'fashion.womenswear': 8,
      'fashion.styling': 5,
      'home.decor': 4,
      'travel.domestic': 5,
      'entertainment.series': 6,
      'food_explore.cafes': 5,
      'health.weight': 4,
      'beauty.haircare': 4,
      'pets.cats': 3,
      'mother_baby.parenting': 3,
      'education.reading': 5,
    },
    female: 0.81,
    ages: [0.22, 0.34, 0.27, 0.12, 0.05],
    regions: [
      ['广东', 0.14],
      ['浙江', 0.1],
      ['江苏', 0.09],
      ['上海', 0.08],
      ['北京', 0.07],
    ],
    views: 42_000,
    growth: 0.25,
    week: [0.9, 0.92, 0.95, 1, 1.05, 1.15, 1.1],
    gpm: 0,
    followerRate: 0.004,
    live: false,
  },
  xiaocha_skinlab: {
    interests: {
      'beauty.skincare': 38,
      'beauty.personal_care': 8,
      'beauty.makeup': 8,
      'health.supplements': 6,
      'health.medical': 6,
      'education.career': 4,
      'education.reading': 4,
      'fashion.womenswear': 6,
      'food.dairy': 3,
      'home.cleaning': 4,
      'digital.phones': 3,
      'entertainment.series': 5,
      'fashion.styling': 5,
    },
    female: 0.86,
    ages: [0.3, 0.38, 0.2, 0.09, 0.03],
    regions: [
      ['广东', 0.12],
      ['浙江', 0.09],
      ['四川', 0.08],
      ['上海', 0.07],
      ['湖北', 0.06],
    ],
    views: 26_000,
    growth: 0.4,
    week: [0.95, 1, 1, 1.02, 1.05, 1.1, 0.98],
    gpm: 0,
    followerRate: 0.006,
    live: false,
  },
  camellialab_store: {
    interests: {
      'beauty.skincare': 30,
      'beauty.makeup': 12,
      'fashion.womenswear': 10,
      'food.snacks': 6,
      'home.cleaning': 5,
      'mother_baby.formula': 5,
      'beauty.personal_care': 6,
      'fashion.shoes': 4,
      'entertainment.variety': 4,
      'food_explore.home_cooking': 5,
      'health.weight': 4,
      'jewelry.fashion': 3,
      'beauty.fragrance': 3,
      'fashion.bags': 3,
    },
    female: 0.78,
    ages: [0.18, 0.32, 0.3, 0.14, 0.06],
    regions: [
      ['广东', 0.13],
      ['江苏', 0.1],
      ['山东', 0.08],
      ['浙江', 0.08],
      ['河南', 0.07],
    ],
    views: 95_000,
    growth: 0.15,
    week: [0.85, 0.88, 0.9, 0.95, 1.1, 1.25, 1.2],
    gpm: 1150,
    followerRate: 0.0015,
    live: true,
  },
  camellialab_deals: {
    interests: {
      'beauty.skincare': 18,
      'food.snacks': 10,
      'fashion.womenswear': 10,
      'home.cleaning': 8,
      'beauty.personal_care': 8,
      'beauty.makeup': 8,
      'food.beverages': 5,
      'gaming.mobile': 5,
      'entertainment.series': 6,
      'mother_baby.diapers': 4,
      'food.pantry': 5,
      'entertainment.comedy': 5,
      'pets.dogs': 3,
      'digital.gadgets': 5,
    },
    female: 0.69,
    ages: [0.26, 0.3, 0.24, 0.13, 0.07],
    regions: [
      ['河南', 0.1],
      ['山东', 0.1],
      ['广东', 0.09],
      ['河北', 0.07],
      ['安徽', 0.06],
    ],
    views: 38_000,
    growth: 0.05,
    week: [0.95, 0.95, 1, 1, 1.05, 1.15, 1.1],
    gpm: 620,
    followerRate: 0.002,
    live: false,
  },
  camellia_suncare: {
    interests: {
      'beauty.skincare': 22,
      'sports.camping': 12,
      'travel.domestic': 10,
      'travel.nearby': 8,
      'sports.fitness': 6,
      'sports.running': 4,
      'beauty.makeup': 6,
      'fashion.styling': 6,
      'fashion.sportswear': 5,
      'food_explore.cafes': 5,
      'digital.cameras': 4,
      'sports.cycling': 3,
      'pets.dogs': 3,
      'travel.hotels': 6,
    },
    female: 0.72,
    ages: [0.28, 0.36, 0.22, 0.1, 0.04],
    regions: [
      ['广东', 0.15],
      ['海南', 0.08],
      ['福建', 0.08],
      ['浙江', 0.07],
      ['云南', 0.06],
    ],
    views: 14_000,
    growth: 0.6,
    week: [0.9, 0.9, 0.92, 0.95, 1.05, 1.2, 1.25],
    gpm: 780,
    followerRate: 0.003,
    live: false,
  },
};

/** Seeded from a text, so the sample is the same every time. */
const prng = (seedText: string): (() => number) => mulberry32(seedFromText(seedText));

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function normalized(weights: Record<string, number>): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const entries = Object.entries(weights).map(
    ([k, v]) => [k, Math.round((v / total) * 10_000) / 10_000] as const,
  );
  const drift = 1 - entries.reduce((a, [, v]) => a + v, 0);
  const [firstKey, firstValue] = entries[0]!;
  return Object.fromEntries([
    [firstKey, Math.round((firstValue + drift) * 10_000) / 10_000],
    ...entries.slice(1),
  ]);
}

function profileOf(shape: AccountShape): AudienceProfileOutput {
  return {
    interests: normalized(shape.interests),
    gender: { female: shape.female, male: Math.round((1 - shape.female) * 100) / 100 },
    ages: Object.fromEntries(ageBrackets.map((a, i) => [a, shape.ages[i]!])) as AudienceProfileOutput['ages'],
    regions: shape.regions.map(([name, share]) => ({ name, share })),
  };
}

function dayValues(shape: AccountShape, date: string, index: number, random: () => number): MetricValues {
  const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const trend = 1 + (shape.growth * index) / HISTORY_DAYS;
  const viral = random() < 0.03 ? 2 + random() * 2 : 1;
  const views = Math.round(
    shape.views * trend * shape.week[dow]! * Math.exp(0.18 * gaussian(random)) * viral,
  );
  const jitter = () => Math.exp(0.15 * gaussian(random));
  const likes = Math.round(views * 0.032 * jitter());
  const gmv =
    shape.gpm > 0
      ? Math.round(views * (shape.gpm / 1000) * Math.exp(0.25 * gaussian(random)) * 100) / 100
      : null;
  return {
    views,
    likes,
    comments: Math.round(views * 0.0032 * jitter()),
    shares: Math.round(views * 0.0041 * jitter()),
    saves: Math.round(views * 0.0085 * jitter()),
    newFollowers: Math.round(views * shape.followerRate * jitter() - (random() < 0.04 ? views * 0.002 : 0)),
    liveViewers: shape.live ? Math.round(views * 0.42 * jitter()) : null,
    orders: gmv === null ? null : Math.round(gmv / (shape.gpm > 1000 ? 129 : 89)),
    gmv,
    watchTimeSeconds: Math.round(views * 11.5 * jitter()),
  };
}

export const seedSamplePerformance: SampleSeeder = (ctx: BackendContext, refs: SampleRefs) => {
  const at = ctx.now().toISOString();
  const today = todayIn('Asia/Shanghai', ctx.now());
  const firstDay = addDays(today, -HISTORY_DAYS);

  tagProducts(ctx, refs);

  for (const [handle, shape] of Object.entries(shapes)) {
    const accountId = refs.accounts.get(handle);
    if (!accountId) continue;
    upsertAudience(ctx.db, {
      workspace_id: refs.workspaceId,
      owner_type: 'account',
      owner_id: accountId,
      profile_json: JSON.stringify(profileOf(shape)),
      source: 'sample',
      updated_at: at,
    });
    const random = prng(handle);
    for (let i = 0; i < HISTORY_DAYS; i++) {
      const date = addDays(firstDay, i);
      upsertAccountMetrics(
        ctx.db,
        { accountId, granularity: 'day', periodStart: date, values: dayValues(shape, date, i, random) },
        'sample',
        at,
      );
    }
    seedContentResults(ctx, refs, accountId, shape, random, at);
  }

  // Stored GMV forecasts for the sales accounts: one from four weeks ago, one from today.
  for (const handle of Object.keys(shapes)) {
    const accountId = refs.accounts.get(handle);
    const account = accountId ? findAccount(ctx.db, accountId) : undefined;
    if (!account || account.role !== 'sales') continue;
    const past = addDays(today, -29);
    const runs = [
      computeRun(ctx, {
        account,
        metric: 'gmv',
        horizon: 28,
        frequency: 'day',
        includePlanned: false,
        historyTo: past,
        createdAt: new Date(Date.parse(`${addDays(past, 1)}T01:00:00Z`)).toISOString(),
      }),
      computeRun(ctx, { account, metric: 'gmv', horizon: 30, frequency: 'day', includePlanned: true }),
    ];
    for (const { run, inputs } of runs) {
      const id = ctx.newId();
      insertRun(ctx.db, id, { ...run, id }, inputs);
    }
  }
};

function tagProducts(ctx: BackendContext, refs: SampleRefs): void {
  const bySku = refs.extra.get(SAMPLE_PRODUCTS_KEY) as Map<string, string> | undefined;
  if (!bySku) return;
  for (const [sku, tags] of Object.entries(productTargetTags)) {
    const productId = bySku.get(sku);
    if (!productId) continue;
    for (const tag of tags) appendProductTag(ctx.db, productId, tag);
  }
}

/** Per-post results for the account's published items: what planned content is forecast from. */
function seedContentResults(
  ctx: BackendContext,
  refs: SampleRefs,
  accountId: string,
  shape: AccountShape,
  random: () => number,
  at: string,
): void {
  const items = listPublishedItems(ctx.db, accountId);
  for (const item of items) {
    const date = formatCivilDate(instantToWallTime(Date.parse(item.planned_at), 'Asia/Shanghai'));
    const views = Math.round(shape.views * 0.35 * Math.exp(0.6 * gaussian(random)));
    upsertContentMetrics(
      ctx.db,
      {
        workspaceId: refs.workspaceId,
        accountId,
        contentId: item.id,
        granularity: 'day',
        periodStart: date,
        values: {
          views,
          likes: Math.round(views * 0.035),
          comments: Math.round(views * 0.0035),
          shares: Math.round(views * 0.004),
          saves: Math.round(views * 0.009),
          newFollowers: Math.round(views * shape.followerRate),
          liveViewers: null,
          orders: null,
          gmv: shape.gpm > 0 ? Math.round(views * shape.gpm) / 1000 : null,
          watchTimeSeconds: Math.round(views * 12),
        },
      },
      'sample',
      at,
    );
  }
}
