import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backendsClosedAfterEachTest } from '../support/eachTest';
import { snapshotTables, type TestBackend } from '../support/backend';
import { offerInput, setUpBrand } from '../support/offers';
import { ownedRows, packBundle, unpackBundle } from '../support/bundles';
import { latestVersion } from '../../electron/backend/db/migrations';

const fresh = backendsClosedAfterEachTest();

/** A workspace with rows in every kind of table: the sample plus a sent offer with revisions. */
async function richWorkspace(t: TestBackend): Promise<string> {
  await t.call('workspaces.loadSample', {});
  const setup = await setUpBrand(t, '第二品牌');
  const offer = await t.call('offers.create', offerInput(setup));
  await t.call('offers.send', { id: offer.id });
  return setup.workspaceId;
}

const idsOf = (rows: Map<string, Record<string, unknown>[]>) => {
  const all = new Set<string>();
  for (const list of rows.values())
    for (const row of list)
      for (const [k, v] of Object.entries(row)) {
        // Row ids and references to them. origin_id names the source workspace on purpose (lineage);
        // exchange ids and deliverable keys are shared with the other side of an offer, not row ids.
        const isRowId = k === 'id' || (k.endsWith('_id') && k !== 'origin_id' && k !== 'exchange_id');
        if (isRowId && typeof v === 'string') all.add(v);
      }
  return all;
};

/** A row's content with every id-like value blanked, so copies compare equal modulo ids. */
function normalised(rows: Map<string, Record<string, unknown>[]>) {
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  return [...rows].map(([table, list]) => [
    table,
    list
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(row)
              .filter(([k]) => k !== 'origin_id' && !(table === 'offer_revisions' && k === 'id'))
              .map(([k, v]) => [k, typeof v === 'string' ? v.replace(uuid, '<id>') : v]),
          ),
        ),
      )
      .sort(),
  ]);
}

describe('hand-over bundles', () => {
  it('exports a workspace and imports it twice as new: two workspaces that share no rows', async () => {
    const a = await fresh();
    const wsId = await richWorkspace(a);
    const sample = (await a.call('workspaces.list', {})).find((w) => w.isSample)!;
    for (const source of [wsId, sample.id]) {
      const bundle = await a.call('bundles.export', { workspaceId: source });
      expect(bundle.fileName).toMatch(/\.mdbundle$/);
      const b = await fresh();
      const first = await b.call('bundles.import', { base64: bundle.base64, mode: 'new' });
      const second = await b.call('bundles.import', { base64: bundle.base64, mode: 'new' });
      expect(first.workspaceId).not.toBe(second.workspaceId);
      expect(first.totalRows).toBe(bundle.totalRows);
      const db = b.backend.context.db;
      const rowsA = ownedRows(db, first.workspaceId);
      const rowsB = ownedRows(db, second.workspaceId);
      // Every table that holds rows in the source holds the same number in each copy.
      const sourceRows = ownedRows(a.backend.context.db, source);
      for (const [table, list] of sourceRows) {
        expect(rowsA.get(table)?.length, table).toBe(list.length);
        expect(rowsB.get(table)?.length, table).toBe(list.length);
      }
      // No id of one copy appears in the other, nor any id of the source.
      const idsA = idsOf(rowsA);
      const idsB = idsOf(rowsB);
      for (const id of idsA) expect(idsB.has(id), id).toBe(false);
      for (const id of idsOf(sourceRows)) {
        const isExchangeId = (rowsA.get('offers') ?? []).some((o) => o.exchange_id === id);
        if (!isExchangeId) expect(idsA.has(id)).toBe(false);
      }
      // Equal content modulo ids, and an export of the copy equals the original modulo ids.
      expect(normalised(rowsA)).toEqual(normalised(sourceRows));
      const again = await b.call('bundles.export', { workspaceId: first.workspaceId });
      const c = await fresh();
      const third = await c.call('bundles.import', { base64: again.base64, mode: 'new' });
      expect(normalised(ownedRows(c.backend.context.db, third.workspaceId))).toEqual(normalised(sourceRows));
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    }
  });

  it('keeps the offer exchange id in another installation so the negotiation can go on', async () => {
    const a = await fresh();
    const wsId = await richWorkspace(a);
    const offerBefore = a.backend.context.db
      .prepare('SELECT exchange_id FROM offers WHERE workspace_id = ?')
      .get(wsId) as {
      exchange_id: string;
    };
    const bundle = await a.call('bundles.export', { workspaceId: wsId });
    const b = await fresh();
    const preview = await b.call('bundles.preview', { base64: bundle.base64 });
    expect(preview.offerExchangeClashes).toBe(0);
    const imported = await b.call('bundles.import', { base64: bundle.base64, mode: 'new' });
    const offer = b.backend.context.db
      .prepare('SELECT exchange_id, id FROM offers WHERE workspace_id = ?')
      .get(imported.workspaceId) as { exchange_id: string; id: string };
    expect(offer.exchange_id).toBe(offerBefore.exchange_id);
    expect(offer.id).not.toBe(offerBefore.exchange_id);
    // The same installation already uses it: the copy gets its own.
    expect((await a.call('bundles.preview', { base64: bundle.base64 })).offerExchangeClashes).toBe(1);
  });

  it('previews what a bundle holds and what a replace would overwrite, writing nothing', async () => {
    const a = await fresh();
    const wsId = await richWorkspace(a);
    const bundle = await a.call('bundles.export', { workspaceId: wsId });
    const before = snapshotTables(a.backend);
    const preview = await a.call('bundles.preview', { base64: bundle.base64 });
    expect(snapshotTables(a.backend)).toEqual(before);
    expect(preview.workspace).toEqual({ sourceId: wsId, name: '第二品牌' });
    expect(preview.schemaVersion).toBe(latestVersion);
    expect(preview.counts.find((c) => c.table === 'accounts')?.rows).toBe(2);
    expect(preview.counts.find((c) => c.table === 'offer_revisions')?.rows).toBeGreaterThan(0);
    expect(preview.replaceCandidates.map((c) => c.id)).toEqual([wsId]);
    expect(preview.replaceCandidates[0]!.totalRows).toBe(preview.totalRows);
  });

  it('replaces an earlier copy after a backup and a typed confirmation; other workspaces untouched', async () => {
    const a = await fresh();
    const wsId = await richWorkspace(a);
    const bundle = await a.call('bundles.export', { workspaceId: wsId });
    const b = await fresh();
    const other = await b.call('workspaces.create', { name: '别的客户', industry: 'food_beverage' });
    const copy = await b.call('bundles.import', { base64: bundle.base64, mode: 'new' });
    // The copy changes here; then the original is exported again and replaces it.
    await b.call('accounts.create', {
      workspaceId: copy.workspaceId,
      role: 'brand',
      handle: 'extra',
      displayName: '多出来',
    });
    const otherRows = ownedRows(b.backend.context.db, other.id);

    const before = snapshotTables(b.backend);
    const wrong = await b.fail('bundles.import', {
      base64: bundle.base64,
      mode: 'replace',
      confirmName: '第二',
    });
    expect(wrong.reason).toBe('bundles.confirmMismatch');
    expect(snapshotTables(b.backend)).toEqual(before);

    const replaced = await b.call('bundles.import', {
      base64: bundle.base64,
      mode: 'replace',
      confirmName: '第二品牌',
    });
    expect(replaced.workspaceId).toBe(copy.workspaceId);
    expect(replaced.backupFile).toMatch(/before-replace/);
    const accounts = await b.call('accounts.list', { workspaceId: copy.workspaceId });
    expect(accounts.map((x) => x.handle).sort()).toEqual(['camellia_official', 'camellia_store']);
    expect(ownedRows(b.backend.context.db, other.id)).toEqual(otherRows);
    expect(b.backend.context.db.pragma('foreign_key_check')).toEqual([]);

    // With no copy here, replace is refused and says why.
    const c = await fresh();
    const none = await c.fail('bundles.import', {
      base64: bundle.base64,
      mode: 'replace',
      confirmName: '第二品牌',
    });
    expect(none.reason).toBe('bundles.noCopy');
  });

  it('refuses truncated, tampered, foreign, newer and oversize bundles, changing nothing', async () => {
    const a = await fresh();
    const wsId = await richWorkspace(a);
    const { base64 } = await a.call('bundles.export', { workspaceId: wsId });
    const envelope = unpackBundle(base64);
    const bytes = Buffer.from(base64, 'base64');

    const tamperedContent = envelope.content.replace('第二品牌', '第三品牌');
    const newerSchema = { ...envelope, schemaVersion: latestVersion + 10 };
    const newerFormat = { ...envelope, formatVersion: 2 };
    const redigested = {
      ...envelope,
      content: tamperedContent.replace('"workspaces"', '"not_a_table"'),
    };
    redigested.digest = createHash('sha256').update(redigested.content).digest('hex');
    const cases: [string, string][] = [
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)).toString('base64')],
      ['tampered', packBundle({ ...envelope, content: tamperedContent })],
      ['foreign', Buffer.from('PK\u0003\u0004 not a bundle').toString('base64')],
      ['foreign', packBundle({ hello: 'world' }).replace(/^/, '')],
      ['newer_schema', packBundle(newerSchema)],
      ['newer_format', packBundle(newerFormat)],
      ['unknown_table', packBundle(redigested)],
      ['not_base64', '这不是文件'],
    ];
    const before = snapshotTables(a.backend);
    for (const [reason, upload] of cases) {
      for (const method of ['bundles.preview', 'bundles.import'] as const) {
        const input = method === 'bundles.import' ? { base64: upload, mode: 'new' } : { base64: upload };
        const err = await a.fail(method, input);
        expect(err.code, `${reason} ${method}`).toBe('invalid_input');
        expect(err.reason ?? err.issues?.[0]?.code, `${reason} ${method}`).toBe(`bundles.${reason}`);
      }
    }
    const tooBig = await a.fail('bundles.import', { base64: 'A'.repeat(30_000_001), mode: 'new' });
    expect(tooBig.code).toBe('invalid_input');
    expect(snapshotTables(a.backend)).toEqual(before);
  });

  it('refuses a bundle whose rows break the schema as a whole: nothing of it stays', async () => {
    const a = await fresh();
    const wsId = await richWorkspace(a);
    const { base64 } = await a.call('bundles.export', { workspaceId: wsId });
    const envelope = unpackBundle(base64);
    const content = JSON.parse(envelope.content) as {
      tables: { name: string; columns: string[]; rows: unknown[][] }[];
    };
    const accounts = content.tables.find((t) => t.name === 'accounts')!;
    accounts.rows[1]![accounts.columns.indexOf('role')] = 'not_a_role';
    const broken = JSON.stringify(content);
    const upload = packBundle({
      ...envelope,
      content: broken,
      digest: createHash('sha256').update(broken).digest('hex'),
    });
    const b = await fresh();
    const before = snapshotTables(b.backend);
    const res = await b.raw('bundles.import', { base64: upload, mode: 'new' });
    expect(res.ok).toBe(false);
    expect(snapshotTables(b.backend)).toEqual(before);
  });
});
