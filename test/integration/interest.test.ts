import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';

let t: TestBackend;
let workspaceId: string;
let accountId: string;

beforeEach(async () => {
  t = await createTestBackend();
  workspaceId = (await t.call('workspaces.create', { name: '测试品牌', industry: 'beauty_personal_care' }))
    .id;
  accountId = (
    await t.call('accounts.create', {
      workspaceId,
      role: 'brand',
      handle: 'brand_official',
      displayName: '官方号',
    })
  ).id;
});
afterEach(() => t.close());

const profile = (interests: Record<string, number>) => ({
  interests,
  gender: { female: 0.8, male: 0.2 },
  ages: { '18-23': 0.2, '24-30': 0.4, '31-40': 0.25, '41-50': 0.1, '50+': 0.05 },
  regions: [{ name: '广东', share: 0.15 }],
});

describe('taxonomy', () => {
  it('lists 15+ categories and 80+ tags in both languages with baselines summing to 1', async () => {
    const taxonomy = await t.call('taxonomy.list', { workspaceId });
    expect(taxonomy.categories.length).toBeGreaterThanOrEqual(15);
    const tags = taxonomy.categories.flatMap((c) => c.tags);
    expect(tags.length).toBeGreaterThanOrEqual(80);
    expect(tags.every((tag) => tag.label['zh-CN'] && tag.label.en && tag.baselineShare! > 0)).toBe(true);
    expect(taxonomy.baselineTotal).toBeCloseTo(1, 6);
    const beauty = taxonomy.categories.find((c) => c.id === 'beauty')!;
    expect(beauty.label).toEqual({ 'zh-CN': '美妆', en: 'Beauty' });
    expect(beauty.tags.map((tag) => tag.label['zh-CN'])).toEqual(
      expect.arrayContaining(['护肤', '彩妆', '香水']),
    );
    expect(await t.call('taxonomy.list', {})).toMatchObject({ workspaceId: null });
  });

  it('overrides a baseline per workspace, resets it, and rejects bad shares and unknown tags', async () => {
    const updated = await t.call('taxonomy.updateBaseline', {
      workspaceId,
      shares: { 'beauty.skincare': 0.089 },
    });
    const skincare = updated.categories.flatMap((c) => c.tags).find((tag) => tag.id === 'beauty.skincare')!;
    expect(skincare).toMatchObject({ baselineShare: 0.089, defaultBaselineShare: 0.066, overridden: true });
    const other = await t.call('workspaces.create', { name: '别的品牌', industry: 'food_beverage' });
    const untouched = (await t.call('taxonomy.list', { workspaceId: other.id })).categories[0]!.tags[0]!;
    expect(untouched.overridden).toBe(false);

    const before = snapshotTables(t.backend);
    const unknown = await t.fail('taxonomy.updateBaseline', { workspaceId, shares: { 'beauty.nope': 0.1 } });
    expect(unknown.issues?.[0]).toEqual({
      path: ['shares', 'beauty.nope'],
      message: 'Unknown interest tag "beauty.nope"',
      code: 'field.interestTagNamed',
      params: { tag: 'beauty.nope' },
    });
    const tooBig = await t.fail('taxonomy.updateBaseline', { workspaceId, shares: { 'beauty.makeup': 1.5 } });
    expect(tooBig.issues?.[0]?.path).toEqual(['shares', 'beauty.makeup']);
    const zero = await t.fail('taxonomy.updateBaseline', { workspaceId, shares: { 'beauty.makeup': 0 } });
    expect(zero.issues?.[0]?.path).toEqual(['shares', 'beauty.makeup']);
    expect((await t.fail('taxonomy.updateBaseline', { workspaceId, shares: {} })).issues?.[0]?.path).toEqual([
      'shares',
    ]);
    expect(snapshotTables(t.backend)).toEqual(before);

    const reset = await t.call('taxonomy.updateBaseline', {
      workspaceId,
      shares: { 'beauty.skincare': null },
    });
    expect(reset.categories.flatMap((c) => c.tags).find((tag) => tag.id === 'beauty.skincare')).toMatchObject(
      {
        baselineShare: 0.066,
        overridden: false,
      },
    );
  });

  it('keeps custom tags that profiles and baselines can use', async () => {
    const tag = await t.call('taxonomy.addCustomTag', { workspaceId, label: '#敏感肌' });
    expect(tag).toEqual({ id: 'custom.敏感肌', label: '敏感肌' });
    expect((await t.fail('taxonomy.addCustomTag', { workspaceId, label: '敏感肌' })).code).toBe('conflict');
    const taxonomy = await t.call('taxonomy.list', { workspaceId });
    expect(taxonomy.categories.at(-1)).toMatchObject({
      id: 'custom',
      tags: [{ id: 'custom.敏感肌', custom: true }],
    });
    await t.call('audience.set', {
      ownerType: 'account',
      ownerId: accountId,
      profile: profile({ 'beauty.skincare': 0.6, 'custom.敏感肌': 0.4 }),
    });
    await t.call('taxonomy.updateBaseline', { workspaceId, shares: { 'custom.敏感肌': 0.02 } });
    const score = await t.call('match.score', {
      workspaceId,
      audience: { interests: { 'custom.敏感肌': 1 } },
      targetTags: ['custom.敏感肌'],
    });
    expect(score.explanation.topTags[0]).toMatchObject({ tag: 'custom.敏感肌', tgi: 5000 });
  });
});

describe('audience profiles', () => {
  it('stores and returns an account audience, replaces it, and clears it', async () => {
    expect(await t.call('audience.get', { ownerType: 'account', ownerId: accountId })).toMatchObject({
      profile: null,
    });
    const saved = await t.call('audience.set', {
      ownerType: 'account',
      ownerId: accountId,
      profile: profile({ 'beauty.skincare': 0.5, 'beauty.makeup': 0.3, 'fashion.womenswear': 0.2 }),
    });
    expect(saved).toMatchObject({ ownerType: 'account', workspaceId, source: 'manual' });
    expect(saved.profile?.interests).toEqual({
      'beauty.skincare': 0.5,
      'beauty.makeup': 0.3,
      'fashion.womenswear': 0.2,
    });
    expect(await t.call('audience.get', { ownerType: 'account', ownerId: accountId })).toEqual(saved);
    expect((await t.call('audience.list', { workspaceId })).items).toHaveLength(1);
    await t.call('audience.set', { ownerType: 'account', ownerId: accountId, profile: null });
    expect((await t.call('audience.get', { ownerType: 'account', ownerId: accountId })).profile).toBeNull();
  });

  it.each([
    ['interests that do not sum to 1', { interests: { 'beauty.skincare': 0.5 } }, ['profile', 'interests']],
    [
      'an unknown interest tag',
      { interests: { 'beauty.skincare': 0.5, 'nope.tag': 0.5 } },
      ['profile', 'interests', 'nope.tag'],
    ],
    [
      'a negative share',
      { interests: { 'beauty.skincare': 0.5, 'beauty.makeup': -0.2, 'fashion.womenswear': 0.7 } },
      ['profile', 'interests', 'beauty.makeup'],
    ],
    ['gender not summing to 1', { gender: { female: 0.7, male: 0.1 } }, ['profile', 'gender']],
    ['an unknown age bracket', { ages: { '0-17': 1 } }, ['profile', 'ages']],
  ])('rejects %s, naming the field, storing nothing', async (_label, patch, path) => {
    const before = snapshotTables(t.backend);
    const err = await t.fail('audience.set', {
      ownerType: 'account',
      ownerId: accountId,
      profile: { ...profile({ 'beauty.skincare': 1 }), ...patch },
    });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path.slice(0, path.length)).toEqual(path);
    expect(err.message.startsWith(path.join('.'))).toBe(true);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('answers not found for unknown owners and removes a deleted account’s profile', async () => {
    expect((await t.fail('audience.get', { ownerType: 'account', ownerId: 'nope' })).code).toBe('not_found');
    expect((await t.fail('audience.get', { ownerType: 'creator', ownerId: 'nope' })).code).toBe('not_found');
    expect(
      (await t.fail('audience.get', { ownerType: 'brand', ownerId: accountId })).issues?.[0]?.path,
    ).toEqual(['ownerType']);
    await t.call('audience.set', {
      ownerType: 'account',
      ownerId: accountId,
      profile: profile({ 'beauty.skincare': 1 }),
    });
    await t.call('accounts.delete', { id: accountId });
    expect(t.backend.context.db.prepare('SELECT COUNT(*) AS n FROM audience_profiles').get()).toEqual({
      n: 0,
    });
  });

  it('reads and writes a creator’s audience in the creator record', async () => {
    const sample = await t.call('workspaces.loadSample', {});
    const creatorId = (
      t.backend.context.db
        .prepare('SELECT id FROM creators WHERE workspace_id = ? LIMIT 1')
        .get(sample.id) as { id: string }
    ).id;
    const saved = await t.call('audience.set', {
      ownerType: 'creator',
      ownerId: creatorId,
      profile: profile({ 'pets.cats': 0.7, 'pets.food': 0.3 }),
    });
    expect(saved.profile?.interests).toEqual({ 'pets.cats': 0.7, 'pets.food': 0.3 });
    const stored = t.backend.context.db
      .prepare('SELECT audience_json FROM creators WHERE id = ?')
      .get(creatorId) as {
      audience_json: string;
    };
    expect(JSON.parse(stored.audience_json).interests).toEqual({ 'pets.cats': 0.7, 'pets.food': 0.3 });
  });

  it('reads an audience portrait file into a draft profile with per-row problems', async () => {
    const text =
      '维度,名称,占比\n兴趣,护肤,60%\n兴趣,美妆-彩妆,40%\n性别,女,78%\n性别,男,22%\n年龄,18-23岁,30%\n年龄,50岁以上,5%\n地域,广东,12%\n兴趣,火星文,1%\n';
    const draft = await t.call('audience.importPreview', {
      workspaceId,
      fileName: '画像.csv',
      base64: Buffer.from(text).toString('base64'),
    });
    expect(draft.profile.interests).toEqual({ 'beauty.skincare': 0.6, 'beauty.makeup': 0.4 });
    expect(draft.profile.gender).toEqual({ female: 0.78, male: 0.22 });
    expect(draft.profile.ages).toMatchObject({ '18-23': 0.3, '50+': 0.05 });
    expect(draft.profile.regions).toEqual([{ name: '广东', share: 0.12 }]);
    expect(draft.errors).toEqual([
      {
        rowNumber: 9,
        message: 'Unknown interest tag "火星文"',
        code: 'row.unknownInterest',
        params: { text: '火星文' },
      },
    ]);
  });
});

describe('match', () => {
  it('scores an audience against target tags with documented parts (hand-computed)', async () => {
    // Audience 60% skincare, 40% makeup; target skincare only.
    // similarity = 0.6 / √(0.6² + 0.4²) = 0.83205; coverage = 0.6;
    // TGI = 0.6 / 0.066 × 100 = 909.09 → tgiScore 1 (≥ 400);
    // score = round(100 × (0.4 × 0.83205 + 0.4 × 0.6 + 0.2 × 1)) = round(77.28) = 77.
    const result = await t.call('match.score', {
      audience: { interests: { 'beauty.skincare': 0.6, 'beauty.makeup': 0.4 } },
      targetTags: ['beauty.skincare'],
    });
    expect(result.parts.similarity).toBeCloseTo(0.83205, 4);
    expect(result.parts.coverage).toBeCloseTo(0.6, 10);
    expect(result.parts.tgiScore).toBe(1);
    expect(result.score).toBe(77);
    expect(result.explanation.topTags[0]).toMatchObject({
      tag: 'beauty.skincare',
      audienceShare: 0.6,
      baselineShare: 0.066,
    });
    expect(result.explanation.topTags[0]!.tgi).toBeCloseTo(909.09, 1);
    expect(result.explanation.missingTags).toEqual([]);

    // A target the audience lacks is named; a workspace baseline changes the TGI.
    await t.call('taxonomy.updateBaseline', { workspaceId, shares: { 'beauty.skincare': 0.6 } });
    const withWorkspace = await t.call('match.score', {
      workspaceId,
      audience: { interests: { 'beauty.skincare': 0.6, 'beauty.makeup': 0.4 } },
      targetTags: ['beauty.skincare', 'pets.cats'],
    });
    expect(withWorkspace.explanation.missingTags).toEqual(['pets.cats']);
    expect(withWorkspace.explanation.topTags[0]!.tgi).toBeCloseTo(100, 6);
  });

  it('rejects unknown target tags and audiences that do not sum to 1, naming the field', async () => {
    const tag = await t.fail('match.score', {
      audience: { interests: { 'beauty.skincare': 1 } },
      targetTags: ['beauty.skincare', 'nope'],
    });
    expect(tag.issues?.[0]).toEqual({
      path: ['targetTags', 1],
      message: 'Unknown interest tag "nope"',
      code: 'field.interestTagNamed',
      params: { tag: 'nope' },
    });
    const sum = await t.fail('match.score', {
      audience: { interests: { 'beauty.skincare': 0.5 } },
      targetTags: ['beauty.skincare'],
    });
    expect(sum.issues?.[0]?.path).toEqual(['audience', 'interests']);
    expect(sum.message).toContain('100%');
    const unknown = await t.fail('match.score', { audience: { interests: { x: 1 } }, targetTags: [] });
    expect(unknown.issues?.[0]?.path).toEqual(['audience', 'interests', 'x']);
    const missing = await t.fail('match.score', { targetTags: ['beauty.skincare'] });
    expect(missing.issues?.[0]?.path).toEqual(['audience']);
  });

  it('ranks a product’s accounts and creators, explains each, and lists those without a profile last', async () => {
    const sample = await t.call('workspaces.loadSample', {});
    const products = (await t.call('products.list', { workspaceId: sample.id })).items;
    const sunscreen = products.find((p) => p.sku === 'CL-SUN-50')!;
    const ranked = await t.call('match.forProduct', { productId: sunscreen.id });
    expect(ranked.targetTags).toEqual(
      expect.arrayContaining(['beauty.skincare', 'sports.camping', 'travel.nearby']),
    );
    expect(ranked.unmappedTags).toContain('防晒');
    const scores = ranked.accounts.map((a) => a.match?.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The sun-care account's outdoor and travel audience fits the sunscreen best.
    expect(ranked.accounts[0]!.name).toBe('山茶花研 防晒专场');
    expect(ranked.accounts[0]!.match!.explanation.topTags.length).toBeGreaterThan(0);
    expect(ranked.creators.length).toBeGreaterThan(0);
    expect(ranked.creatorsTotal).toBe(ranked.creators.length); // the sample roster is under the limit
    expect(ranked.creatorsScored).toBe(ranked.creators.filter((c) => c.match !== null).length);
    // Top N: the best creators of the whole ranking, in the same order, with the count of all.
    const top2 = await t.call('match.forProduct', { productId: sunscreen.id, creatorLimit: 2 });
    expect(top2.creators).toEqual(ranked.creators.slice(0, 2));
    expect(top2.creatorsTotal).toBe(ranked.creatorsTotal);
    expect(
      (await t.fail('match.forProduct', { productId: sunscreen.id, creatorLimit: 0 })).issues?.[0]?.path,
    ).toEqual(['creatorLimit']);

    await t.call('accounts.create', {
      workspaceId: sample.id,
      role: 'brand',
      handle: 'new_one',
      displayName: '新号',
    });
    const again = await t.call('match.forProduct', { productId: sunscreen.id });
    expect(again.accounts.at(-1)).toMatchObject({ name: '新号', hasAudience: false, match: null });
    expect((await t.fail('match.forProduct', { productId: 'nope' })).code).toBe('not_found');

    const heatmap = await t.call('match.heatmap', { workspaceId: sample.id });
    expect(heatmap.cells).toHaveLength(heatmap.accounts.length * heatmap.items.length);
    expect(heatmap.cells.some((c) => c.score !== null)).toBe(true);
  });

  it('flags content whose targets fit its account poorly', async () => {
    const product = await t.call('products.create', {
      workspaceId,
      name: '猫粮',
      sku: 'CAT-1',
      price: 99,
      tags: ['宠物食品', '猫咪'],
    });
    await t.call('audience.set', {
      ownerType: 'account',
      ownerId: accountId,
      profile: profile({ 'beauty.skincare': 0.9, 'beauty.makeup': 0.1 }),
    });
    const item = await t.call('content.create', {
      workspaceId,
      accountId,
      title: '猫粮测评',
      format: 'short_video',
      objective: 'seed',
      plannedAt: '2030-08-06T20:00:00+08:00',
      productIds: [product.id],
    });
    const fit = await t.call('match.forContent', { contentId: item.id });
    expect(fit.targetTags).toEqual(['pets.food', 'pets.cats']);
    expect(fit.match!.score).toBeLessThan(fit.threshold);
    expect(fit.low).toBe(true);
    expect(fit.match!.explanation.missingTags).toEqual(['pets.food', 'pets.cats']);
  });
});
