import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { emptyBackendEachTest } from '../support/eachTest';
import { allContent } from '../support/contentPages';

const t = emptyBackendEachTest();

describe('workspaces', () => {
  it('starts empty, then creates, lists, renames and deletes', async () => {
    expect(await t.call('workspaces.list', {})).toEqual([]);
    const ws = await t.call('workspaces.create', { name: '花西子代运营', industry: 'beauty_personal_care' });
    expect(ws).toMatchObject({
      name: '花西子代运营',
      stage: 'new',
      timeZone: 'Asia/Shanghai',
      isSample: false,
    });

    const renamed = await t.call('workspaces.update', {
      id: ws.id,
      name: '客户 A',
      stage: 'growing',
      notes: '年框',
    });
    expect(renamed).toMatchObject({ id: ws.id, name: '客户 A', stage: 'growing', notes: '年框' });
    expect(await t.call('workspaces.list', {})).toHaveLength(1);

    await t.call('workspaces.delete', { id: ws.id });
    expect(await t.call('workspaces.list', {})).toEqual([]);
  });

  it('keeps several client workspaces apart', async () => {
    const a = await t.call('workspaces.create', { name: 'A', industry: 'food_beverage' });
    const b = await t.call('workspaces.create', { name: 'B', industry: 'mother_baby' });
    await t.call('accounts.create', { workspaceId: a.id, role: 'brand', handle: 'same', displayName: 'A1' });
    // The same handle is fine in another workspace.
    await t.call('accounts.create', { workspaceId: b.id, role: 'brand', handle: 'same', displayName: 'B1' });
    expect(await t.call('accounts.list', { workspaceId: a.id })).toHaveLength(1);
    expect(await t.call('accounts.list', { workspaceId: b.id })).toHaveLength(1);
  });

  it('rejects an empty name, an unknown industry and over-long notes, naming the field, storing nothing', async () => {
    const before = snapshotTables(t.backend);
    const empty = await t.fail('workspaces.create', { name: '   ', industry: 'beauty_personal_care' });
    expect(empty.code).toBe('invalid_input');
    expect(empty.issues?.[0]?.path).toEqual(['name']);
    const industry = await t.fail('workspaces.create', { name: 'X', industry: 'cars' });
    expect(industry.issues?.[0]?.path).toEqual(['industry']);
    const notes = await t.fail('workspaces.create', { name: 'X', industry: 'home', notes: 'x'.repeat(2001) });
    expect(notes.message).toMatch(/^notes:/);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('rejects a rename to an empty name and keeps the old one', async () => {
    const ws = await t.call('workspaces.create', { name: 'Keep me', industry: 'home' });
    const err = await t.fail('workspaces.update', { id: ws.id, name: '' });
    expect(err.issues?.[0]?.path).toEqual(['name']);
    expect((await t.call('workspaces.list', {}))[0]?.name).toBe('Keep me');
  });

  it('reports unknown workspaces as not_found', async () => {
    expect((await t.fail('workspaces.update', { id: 'nope', name: 'x' })).code).toBe('not_found');
    expect((await t.fail('workspaces.delete', { id: 'nope' })).code).toBe('not_found');
  });

  it('deleting a workspace removes its accounts too', async () => {
    const ws = await t.call('workspaces.create', { name: 'Gone', industry: 'home' });
    await t.call('accounts.create', { workspaceId: ws.id, role: 'brand', handle: 'h', displayName: 'H' });
    await t.call('workspaces.delete', { id: ws.id });
    const rows = t.backend.context.db.prepare('SELECT COUNT(*) AS n FROM accounts').get() as { n: number };
    expect(rows.n).toBe(0);
  });

  it('loads the sample: a skincare brand with 2 brand-building and 3 sales accounts, one live', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    expect(ws.isSample).toBe(true);
    expect(ws.industry).toBe('beauty_personal_care');
    const accounts = await t.call('accounts.list', { workspaceId: ws.id });
    expect(accounts.filter((a) => a.role === 'brand')).toHaveLength(2);
    const sales = accounts.filter((a) => a.role === 'sales');
    expect(sales).toHaveLength(3);
    expect(sales.filter((a) => a.selfBroadcast)).toHaveLength(1);
    for (const a of accounts) expect(a.followers).toBeGreaterThan(0);
    const summary = await t.call('matrix.summary', { workspaceId: ws.id });
    expect(summary.sales.targets.gmvMonthly).toBeGreaterThan(0);
  });

  it('sample calendar shows guardrail warnings but no impossible live overlaps, creator lives included', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const day = 24 * 3600 * 1000;
    const items = await allContent((m, i) => t.call(m, i), {
      workspaceId: ws.id,
      from: new Date(Date.now() - 60 * day).toISOString(),
      to: new Date(Date.now() + 60 * day).toISOString(),
    });
    expect(items.length).toBeGreaterThan(20);
    const codes = items.flatMap((i) => i.warnings.map((w) => w.code));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).not.toContain('live_overlap');
    expect(items.some((i) => i.creatorId !== null && i.format === 'live')).toBe(true);
  });
});
