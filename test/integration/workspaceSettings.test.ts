import { describe, expect, it } from 'vitest';
import type { OfferFile } from '../../shared/offerFile/format';
import { createTestBackend, snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { offerInput, setUpBrand } from '../support/offers';

const { t, s } = freshSetupEachTest((backend) => setUpBrand(backend, '山茶花研 Q3 达人投放（内部）'));

const decode = (base64: string) => JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as OfferFile;

describe('brand name shown to creators (migration 0130)', () => {
  it('offers and their files carry the creator-facing name, not the internal workspace name', async () => {
    const ws = await t.call('workspaces.update', { id: s.workspaceId, creatorFacingName: '  山茶花研  ' });
    expect(ws.creatorFacingName).toBe('山茶花研');
    const draft = await t.call('offers.create', offerInput(s));
    expect(draft.brand.name).toBe('山茶花研');
    await t.call('offers.send', { id: draft.id });
    const file = decode((await t.call('offers.exportFile', { id: draft.id })).base64);
    expect(file.parties.brand.name).toBe('山茶花研');
    expect(JSON.stringify(file)).not.toContain('内部');

    // The creator's installation sees that name too.
    const creator = await createTestBackend();
    try {
      const inbox = await creator.call('offers.importFile', {
        base64: (await t.call('offers.exportFile', { id: draft.id })).base64,
      });
      expect(inbox.offer.brand.name).toBe('山茶花研');
    } finally {
      creator.close();
    }
  });

  it('falls back to the workspace name when none is set, and refuses an over-long name storing nothing', async () => {
    const draft = await t.call('offers.create', offerInput(s));
    expect(draft.brand.name).toBe('山茶花研 Q3 达人投放（内部）');
    const before = snapshotTables(t.backend);
    const err = await t.fail('workspaces.update', { id: s.workspaceId, creatorFacingName: '长'.repeat(61) });
    expect(err.issues?.[0]).toMatchObject({ path: ['creatorFacingName'], code: 'field.maxLength' });
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

describe('workspace time zone', () => {
  it('is settable; planned items keep their UTC instant', async () => {
    const item = await t.call('content.create', {
      workspaceId: s.workspaceId,
      accountId: s.brandAccountId,
      title: '晚间种草',
      format: 'short_video',
      objective: 'seed',
      plannedAt: '2026-03-01T20:00:00+08:00',
      tags: [],
    });
    const ws = await t.call('workspaces.update', { id: s.workspaceId, timeZone: 'Europe/Berlin' });
    expect(ws.timeZone).toBe('Europe/Berlin');
    const after = await t.call('content.get', { id: item.id });
    expect(new Date(after.plannedAt).toISOString()).toBe('2026-03-01T12:00:00.000Z');
  });

  it('refuses an unknown zone on the field and changes nothing', async () => {
    const before = snapshotTables(t.backend);
    const err = await t.fail('workspaces.update', { id: s.workspaceId, timeZone: 'Mars/Olympus_Mons' });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path).toEqual(['timeZone']);
    expect(err.issues?.[0]?.code).toMatch(/^field\./);
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

describe('sample workspace named in the UI language', () => {
  it('names the sample in English for an English UI and in Chinese by default', async () => {
    const en = await t.call('workspaces.loadSample', { language: 'en' });
    expect(en.name).toBe('CamelliaLab 山茶花研 (sample)');
    expect(en.notes).toMatch(/^Sample workspace/);
    expect(en.isSample).toBe(true);
    const zh = await t.call('workspaces.loadSample', {});
    expect(zh.name).toBe('山茶花研 CamelliaLab（示例）');
    // Sample offers show the creator-facing brand name, not "(sample)".
    const offers = await t.call('offers.list', { workspaceId: en.id, side: 'brand', limit: 50 });
    expect(offers.items.length).toBeGreaterThan(0);
    expect(offers.items.every((o) => o.brand.name === 'CamelliaLab 山茶花研')).toBe(true);
  });
});
