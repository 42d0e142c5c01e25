import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../electron/backend/app';
import { createContext } from '../../electron/backend/context';
import { createRouter, type Router } from '../../electron/backend/router';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { createTestBackend } from '../support/backend';
import { emptyBackendEachTest } from '../support/eachTest';
import { creatorInput, offerInput, sampleAudience, setUpBrand, type BrandSetup } from '../support/offers';

/**
 * offers.list and match.forProduct keep what they built per workspace across writes and redo only what a
 * write changed (migration 0210's change logs). After every kind of write, the next answer of the warm
 * backend must equal a cold computation: the same call on a second connection to the same file, which
 * has built nothing yet.
 */
const t = emptyBackendEachTest();

/** A second connection to the test's database with its own router (the data folder's lock is the app's). */
async function onOtherConnection<T>(use: (router: Router) => Promise<T>): Promise<T> {
  const db = new Database(join(t.dataDir, DB_FILE_NAME));
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    return await use(
      createRouter(createContext(db, t.dataDir, { now: () => t.backend.context.now() }), {
        validateOutput: true,
        log: () => undefined,
      }),
    );
  } finally {
    db.close();
  }
}

async function cold<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return onOtherConnection(async (router) => {
    const result = await router(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodOutput<M>;
  });
}

/** The warm answer, checked against the cold one. */
async function same<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const warm = await t.call(method, input);
  expect(warm).toEqual(await cold(method, input));
  return warm;
}

describe('offers.list after each kind of write equals a cold list', () => {
  let s: BrandSetup;
  const list = () => same('offers.list', { workspaceId: s.workspaceId, limit: 50 });
  const fitOf = async (id: string) => (await list()).items.find((o) => o.id === id)?.fit ?? null;

  beforeEach(async () => {
    s = await setUpBrand(t);
  });

  it('follows offer create, draft edit, send, revise, deliverable status, withdraw and an imported answer', async () => {
    const a = await t.call('offers.create', offerInput(s, { title: '甲' }));
    const other = (
      await t.call('creators.create', creatorInput(s.workspaceId, { handle: '@b', displayName: '乙' }))
    ).id;
    const b = await t.call('offers.create', offerInput(s, { title: '乙', creatorId: other }));
    await list();
    await t.call('offers.update', { id: a.id, title: '甲改' });
    expect((await list()).items.map((o) => o.terms.title)).toContain('甲改');
    await t.call('offers.send', { id: a.id });
    await t.call('offers.send', { id: b.id });
    await list();
    // The creators answer in their own installation (b counters, a accepts); the brand imports each answer.
    const creator = await createTestBackend();
    try {
      const answer = async (id: string, move: (inboxId: string) => Promise<unknown>) => {
        const file = await t.call('offers.exportFile', { id });
        const inbox = await creator.call('offers.importFile', { base64: file.base64 });
        await move(inbox.offer.id);
        const reply = await creator.call('offers.exportFile', { id: inbox.offer.id });
        const imported = await t.call('offers.importFile', { base64: reply.base64 });
        if (imported.pendingVerification) {
          await list(); // pending, then verified: both are writes the list must follow
          const { code } = await creator.call('offers.verification', { offerId: inbox.offer.id });
          await t.call('offers.verifyCounterpart', { offerId: id, code: code! });
        }
      };
      await answer(b.id, (inboxId) => creator.call('offers.counter', { id: inboxId, feeYuan: 60_000 }));
      expect((await list()).items.find((o) => o.id === b.id)?.state).toBe('countered');
      await t.call('offers.counter', { id: b.id, feeYuan: 55_000 });
      expect((await list()).items.find((o) => o.id === b.id)?.state).toBe('revised');
      await t.call('offers.withdraw', { id: b.id });
      await list();
      await answer(a.id, (inboxId) => creator.call('offers.accept', { id: inboxId }));
    } finally {
      creator.close();
    }
    const accepted = (await list()).items.find((o) => o.id === a.id)!;
    expect(accepted.state).toBe('accepted');
    const deliverable = accepted.deliverables[0]!;
    await t.call('deliverables.setStatus', { id: deliverable.id, status: 'submitted' });
    expect((await list()).items.find((o) => o.id === a.id)?.deliverables[0]?.status).toBe('submitted');
    // Deleting the deliverable's calendar item unlinks it by a foreign key's action: the offer row is untouched.
    expect(deliverable.contentItemId).not.toBeNull();
    await t.call('content.delete', { id: deliverable.contentItemId! });
    expect((await list()).items.find((o) => o.id === a.id)?.deliverables[0]?.contentItemId).toBeNull();
  });

  it('follows a creator’s edit, audience change and deletion, and a baseline change', async () => {
    const offer = await t.call('offers.create', offerInput(s));
    const before = await fitOf(offer.id);
    await t.call('creators.update', {
      id: s.creatorId,
      rateCard: { ...creatorInput('').rateCard!, video21to60s: 1 },
    });
    await list();
    const interests = { 'beauty.skincare': 0.1, 'food.snacks': 0.8, 'fashion.womenswear': 0.1 };
    await t.call('audience.set', {
      ownerType: 'creator',
      ownerId: s.creatorId,
      profile: { ...sampleAudience(), interests },
    });
    const changed = await fitOf(offer.id);
    expect(changed?.score).not.toBe(before?.score);
    await t.call('taxonomy.updateBaseline', {
      workspaceId: s.workspaceId,
      tagId: 'beauty.skincare',
      share: 0.01,
    });
    expect((await fitOf(offer.id))?.targetTgi).not.toBe(changed?.targetTgi);
    await t.call('creators.delete', { id: s.creatorId });
    expect((await list()).items).toEqual([]);
  });

  it('follows a write made by another connection (the import worker’s)', async () => {
    const offer = await t.call('offers.create', offerInput(s));
    const before = await fitOf(offer.id);
    await onOtherConnection(async (router) => {
      const result = await router('creators.update', {
        id: s.creatorId,
        audience: { ...sampleAudience(), interests: { 'food.snacks': 1 } },
      });
      expect(result.ok).toBe(true);
    });
    expect((await fitOf(offer.id))?.score).not.toBe(before?.score);
  });
});

describe('match.forProduct after each kind of write equals a cold ranking', () => {
  let productId: string;
  let workspaceId: string;
  const rank = () => same('match.forProduct', { productId, creatorLimit: 200 });

  beforeEach(async () => {
    workspaceId = (await t.call('workspaces.loadSample', {})).id;
    productId = (await t.call('products.list', { workspaceId })).items.find((p) => p.sku === 'CL-SUN-50')!.id;
  });

  it('follows creator create, edit, rename, audience change and deletion, and a product change', async () => {
    const first = await rank();
    const targetInterests = Object.fromEntries(
      first.targetTags.map((tag) => [tag, 1 / first.targetTags.length]),
    );
    // Two new creators with the same audience: equal scores, ordered by name.
    const z = await t.call(
      'creators.create',
      creatorInput(workspaceId, {
        handle: '@z',
        displayName: 'Z 同分',
        audience: { ...sampleAudience(), interests: targetInterests },
      }),
    );
    await t.call(
      'creators.create',
      creatorInput(workspaceId, {
        handle: '@a',
        displayName: 'A 同分',
        audience: { ...sampleAudience(), interests: targetInterests },
      }),
    );
    const created = await rank();
    expect(created.creatorsTotal).toBe(first.creatorsTotal + 2);
    expect(created.creators.slice(0, 2).map((c) => c.name)).toEqual(['A 同分', 'Z 同分']);
    await t.call('creators.update', { id: z.id, displayName: '0 同分' });
    expect((await rank()).creators[0]!.name).toBe('0 同分');
    const last = created.creators.filter((c) => c.match !== null).at(-1)!;
    await t.call('audience.set', {
      ownerType: 'creator',
      ownerId: last.ownerId,
      profile: { ...sampleAudience(), interests: targetInterests },
    });
    expect((await rank()).creators.slice(0, 3).map((c) => c.ownerId)).toContain(last.ownerId);
    await t.call('audience.set', { ownerType: 'creator', ownerId: last.ownerId, profile: null });
    expect((await rank()).creators.find((c) => c.ownerId === last.ownerId)?.hasAudience).toBe(false);
    await t.call('creators.delete', { id: z.id });
    expect((await rank()).creatorsTotal).toBe(first.creatorsTotal + 1);
    await t.call('products.update', { id: productId, tags: ['零食'] });
    const retargeted = await rank();
    expect(retargeted.targetTags).not.toEqual(first.targetTags);
  });

  it('follows a write made by another connection', async () => {
    const first = await rank();
    const last = first.creators.filter((c) => c.match !== null).at(-1)!;
    const targetInterests = Object.fromEntries(
      first.targetTags.map((tag) => [tag, 1 / first.targetTags.length]),
    );
    await onOtherConnection(async (router) => {
      const result = await router('creators.update', {
        id: last.ownerId,
        audience: { ...sampleAudience(), interests: targetInterests },
      });
      expect(result.ok).toBe(true);
    });
    expect((await rank()).creators[0]!.ownerId).toBe(last.ownerId);
  });

  it('follows a bulk write of 600 creators by another connection (the roster is then built afresh)', async () => {
    const first = await rank();
    const targetInterests = Object.fromEntries(
      first.targetTags.map((tag) => [tag, 1 / first.targetTags.length]),
    );
    const db = new Database(join(t.dataDir, DB_FILE_NAME));
    try {
      const insert = db.prepare(
        `INSERT INTO creators (id, workspace_id, platform, handle, display_name, followers, audience_json,
           created_at, updated_at) VALUES (?, ?, 'douyin', ?, ?, 1000, ?, 'now', 'now')`,
      );
      db.transaction(() => {
        for (let i = 0; i < 600; i++) {
          const audience =
            i % 2 === 0 ? JSON.stringify({ ...sampleAudience(), interests: targetInterests }) : null;
          insert.run(`bulk-${i}`, workspaceId, `@bulk${i}`, `批量 ${String(i).padStart(3, '0')}`, audience);
        }
      })();
    } finally {
      db.close();
    }
    const after = await rank();
    expect(after.creatorsTotal).toBe(first.creatorsTotal + 600);
    expect(after.creators[0]!.name).toMatch(/^批量/);
  });
});
