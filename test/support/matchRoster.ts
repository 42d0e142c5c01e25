import type { TestBackend } from './backend';
import { mulberry32 } from '../../shared/random';
import { interestTags } from '../../shared/interest/taxonomy';

/**
 * A seeded roster of creators with varied profiles and products that target it, and match.forProduct's
 * answers as lines, for the tests that pin rankings (matchRankingPinned) and compare them across
 * sessions (matchSavedRoster).
 */

const tagIds = interestTags.map((tag) => tag.id);
const surnames = ['张', '李', '王', '赵', 'Anna ', 'bob ', '周', '吴', 'Émile ', '郑'];

interface FixtureCreator {
  id: string;
  name: string;
  followers: number;
  audience: string | null;
}

/** `count` creators of workspace `prefix`, a share `withoutProfile` of them without an audience profile. */
export function fixtureCreators(
  prefix: string,
  count: number,
  withoutProfile: number,
  seed: number,
): FixtureCreator[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const shared = { [pick(tagIds)]: 0.5, [pick(tagIds)]: 0.3, [pick(tagIds)]: 0.2 };
  return Array.from({ length: count }, (_, i): FixtureCreator => {
    const id = `${prefix}-${String(i).padStart(3, '0')}`;
    // Every 37th creator takes the 5th's name: equal names, ordered by id.
    const name = i % 37 === 0 && i > 0 ? `${surnames[5 % surnames.length]}5` : `${pick(surnames)}${i}`;
    const followers = Math.floor(random() * 2_000_000);
    if (random() < withoutProfile) return { id, name, followers, audience: null };
    let interests: Record<string, number>;
    if (i % 29 === 0) interests = {};
    else if (i % 11 === 0) interests = shared;
    else {
      interests = {};
      const size = 1 + Math.floor(random() * 8);
      for (let k = 0; k < size; k++) interests[pick(tagIds)] = Math.round(random() * 1000) / 1000;
      // A tag below the 0.1% "missing" line and one with no share at all.
      if (i % 7 === 0) interests[pick(tagIds)] = 0.0004;
      if (i % 13 === 0) interests[pick(tagIds)] = 0;
    }
    const profile = { interests, gender: { female: 0.6, male: 0.4 }, ages: {}, regions: [] };
    return { id, name, followers, audience: JSON.stringify(profile) };
  });
}

/** The creators written in one transaction, as an import would. */
export function insertCreators(t: TestBackend, workspaceId: string, creators: FixtureCreator[]): void {
  const db = t.backend.context.db;
  const insert = db.prepare(
    `INSERT INTO creators (id, workspace_id, platform, handle, display_name, followers, audience_json,
       created_at, updated_at) VALUES (?, ?, 'douyin', ?, ?, ?, ?, 'now', 'now')`,
  );
  db.transaction(() => {
    for (const c of creators) insert.run(c.id, workspaceId, `@${c.id}`, c.name, c.followers, c.audience);
  })();
}

/** Products whose tags reach one, several, many or no interest tags. */
const productTags = [
  ['护肤'],
  ['零食', '女装', '彩妆'],
  interestTags.slice(0, 12).map((tag) => tag.label['zh-CN']),
  ['不存在的标签'],
];

export async function setUpRoster(
  t: TestBackend,
  prefix: string,
  count: number,
  withoutProfile: number,
  seed: number,
) {
  const workspaceId = (
    await t.call('workspaces.create', { name: `固定-${prefix}`, industry: 'food_beverage' })
  ).id;
  insertCreators(t, workspaceId, fixtureCreators(prefix, count, withoutProfile, seed));
  const productIds: string[] = [];
  for (const [i, tags] of productTags.entries()) {
    const product = await t.call('products.create', {
      workspaceId,
      name: `产品 ${i}`,
      sku: `PIN-${prefix}-${i}`,
      price: 99,
      tags,
    });
    productIds.push(product.id);
  }
  return productIds;
}

/** One line per ranked creator (id, score, whether it has a profile) and the counts. */
export async function rankings(t: Pick<TestBackend, 'call'>, productIds: string[], creatorLimit: number) {
  const lines: string[] = [];
  for (const productId of productIds) {
    const r = await t.call('match.forProduct', { productId, creatorLimit });
    lines.push(
      `targets ${r.targetTags.join(',')} | total ${r.creatorsTotal} scored ${r.creatorsScored} shown ${r.creators.length}`,
      ...r.creators.map((c) => `${c.ownerId} ${c.match?.score ?? '-'}${c.hasAudience ? '' : ' no profile'}`),
    );
  }
  return lines;
}
