import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/backend';
import { decodeCalendarItems } from '../../../shared/content/calendarPayload';
import { august, item, live, setupPlan, teaSale, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const listIds = async (includeArchived?: boolean) =>
  (
    await p.t.call('content.list', { ...august(p), ...(includeArchived ? { includeArchived } : {}) })
  ).items.map((i) => i.id);
const calendar = async (includeArchived?: boolean) =>
  decodeCalendarItems(
    await p.t.call('content.calendarItems', {
      ...august(p),
      ...(includeArchived ? { includeArchived } : {}),
    }),
  );
const archive = (id: string, revision: number) => p.t.call('content.archive', { id, revision });

describe('content.archive / content.restore', () => {
  it('hides an archived item from the plan, shows it muted on request, and 撤销 puts it back', async () => {
    const a = await p.t.call('content.create', item(p));
    const archived = await archive(a.id, a.revision);
    expect(Date.parse(archived.archivedAt!)).toBeGreaterThan(Date.parse(a.updatedAt) - 1);
    expect(archived.revision).toBe(a.revision + 1);
    expect(await listIds()).toEqual([]);
    expect(await calendar()).toEqual([]);
    expect(await listIds(true)).toEqual([a.id]);
    expect((await calendar(true)).map((i) => [i.id, i.archived])).toEqual([[a.id, true]]);
    expect((await p.t.call('content.get', { id: a.id })).archivedAt).toBe(archived.archivedAt);

    const { kind, item: back } = await p.t.call('content.undo', { id: a.id, revision: archived.revision });
    expect(kind).toBe('archive');
    expect(back.archivedAt).toBeNull();
    expect(await listIds()).toEqual([a.id]);
    expect((await calendar()).map((i) => i.archived)).toEqual([false]);
  });

  it('restores an archived item, and 撤销 of the restore archives it again', async () => {
    const a = await p.t.call('content.create', item(p));
    const archived = await archive(a.id, a.revision);
    const restored = await p.t.call('content.restore', { id: a.id, revision: archived.revision });
    expect(restored.archivedAt).toBeNull();
    expect(await listIds()).toEqual([a.id]);
    const { kind, item: again } = await p.t.call('content.undo', { id: a.id, revision: restored.revision });
    expect(kind).toBe('restore');
    expect(again.archivedAt).toBe(archived.archivedAt);
    expect(await listIds()).toEqual([]);
  });

  it('refuses an unknown item, a stale revision, archiving twice and restoring what is not archived, changing nothing', async () => {
    const a = await p.t.call('content.create', item(p));
    const refusals: [string, unknown, Record<string, unknown>][] = [
      ['content.archive', { id: '00000000-0000-4000-8000-000000000000', revision: 0 }, { code: 'not_found' }],
      ['content.restore', { id: '00000000-0000-4000-8000-000000000000', revision: 0 }, { code: 'not_found' }],
      [
        'content.archive',
        { id: a.id, revision: a.revision + 5 },
        { code: 'conflict', reason: 'content.changedSince', params: { title: a.title } },
      ],
      [
        'content.restore',
        { id: a.id, revision: a.revision },
        { code: 'invalid_state', reason: 'content.notArchived', params: { title: a.title } },
      ],
      ['content.archive', { id: a.id, revision: -1 }, { code: 'invalid_input' }],
    ];
    for (const [method, input, expected] of refusals) {
      const before = snapshotTables(p.t.backend);
      expect(await p.t.fail(method, input)).toMatchObject(expected);
      expect(snapshotTables(p.t.backend)).toEqual(before);
    }
    const archived = await archive(a.id, a.revision);
    const before = snapshotTables(p.t.backend);
    expect(await p.t.fail('content.archive', { id: a.id, revision: archived.revision })).toMatchObject({
      code: 'invalid_state',
      reason: 'content.alreadyArchived',
      params: { title: a.title },
    });
    // The revision before the archive: the caller's drawer is stale.
    expect(await p.t.fail('content.restore', { id: a.id, revision: a.revision })).toMatchObject({
      code: 'conflict',
      reason: 'content.changedSince',
    });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('frees an archived live session’s slot, and refuses to restore it onto a session planned there since', async () => {
    const first = await p.t.call('content.create', live(p, '2025-08-06T20:00:00+08:00', 120));
    const archived = await archive(first.id, first.revision);
    // Archived, it no longer holds the live room: a new session may take the slot.
    await p.t.call('content.create', live(p, '2025-08-06T21:00:00+08:00', 60));
    for (const [method, input] of [
      ['content.restore', { id: first.id, revision: archived.revision }],
      ['content.undo', { id: first.id, revision: archived.revision }],
    ] as const) {
      const before = snapshotTables(p.t.backend);
      expect(await p.t.fail(method, input)).toMatchObject({
        code: 'conflict',
        reason: 'content.liveOverlap',
      });
      expect(snapshotTables(p.t.backend)).toEqual(before);
    }
  });

  it('raises no guardrail warning for other items and counts in no week load', async () => {
    const sell = await p.t.call('content.create', teaSale(p));
    const other = await p.t.call(
      'content.create',
      teaSale(p, { accountId: p.deals, title: '福利', plannedAt: '2025-08-06T18:30:00+08:00' }),
    );
    const codes = async () => (await p.t.call('content.get', { id: sell.id })).warnings.map((w) => w.code);
    expect(await codes()).toContain('product_cannibalisation');
    const storePosts = async () =>
      (
        await p.t.call('calendar.weekLoad', { workspaceId: p.workspaceId, weekStart: '2025-08-04' })
      ).accounts.find((a) => a.accountId === p.deals)!.posts.planned;
    expect(await storePosts()).toBe(1);
    const archived = await archive(other.id, other.revision);
    expect(await codes()).not.toContain('product_cannibalisation');
    expect(archived.warnings).toEqual([]);
    expect(await storePosts()).toBe(0);
    const shown = (await p.t.call('content.list', { ...august(p), includeArchived: true })).items;
    expect(shown.find((i) => i.id === sell.id)!.warnings.map((w) => w.code)).not.toContain(
      'product_cannibalisation',
    );
    expect(shown.find((i) => i.id === other.id)!.warnings).toEqual([]);
    const lean = await calendar(true);
    expect(lean.find((i) => i.id === sell.id)!.warnings.map((w) => w.code)).not.toContain(
      'product_cannibalisation',
    );
  });

  it('raises no reminder for an archived item awaiting the client, and does again once restored', async () => {
    const a = await p.t.call('content.create', item(p, { status: 'review' }));
    await p.t.call('approvals.exportPack', {
      workspaceId: p.workspaceId,
      from: '2025-08-04',
      to: '2025-08-10',
      language: 'zh-CN',
    });
    const pending = async () =>
      (await p.t.call('reminders.list', { limit: 50 })).items.filter((r) => r.contentItemId === a.id).length;
    expect(await pending()).toBe(1);
    const stored = await p.t.call('content.get', { id: a.id });
    const archived = await archive(a.id, stored.revision);
    expect(await pending()).toBe(0);
    await p.t.call('content.restore', { id: a.id, revision: archived.revision });
    expect(await pending()).toBe(1);
  });

  it('leaves archived items out of the .ics and CSV exports unless asked, then sends them as cancelled', async () => {
    const a = await p.t.call('content.create', item(p, { title: '归档的视频' }));
    await archive(a.id, a.revision);
    const input = { ...august(p), language: 'zh-CN' as const };
    expect((await p.t.call('content.exportIcs', input)).content).not.toContain('归档的视频');
    expect((await p.t.call('content.exportCsv', input)).content).not.toContain('归档的视频');
    const ics = (await p.t.call('content.exportIcs', { ...input, includeArchived: true })).content;
    expect(ics).toContain('归档的视频');
    expect(ics).toContain('STATUS:CANCELLED');
    expect((await p.t.call('content.exportCsv', { ...input, includeArchived: true })).content).toContain(
      '归档的视频',
    );
  });

  it('keeps the archived state through delete and 撤销, and through a bundle', async () => {
    const a = await p.t.call('content.create', item(p));
    const archived = await archive(a.id, a.revision);
    await p.t.call('content.delete', { id: a.id });
    const { item: back } = await p.t.call('content.undo', { id: a.id, revision: archived.revision });
    expect(back.archivedAt).toBe(archived.archivedAt);

    const bundle = await p.t.call('bundles.export', { workspaceId: p.workspaceId });
    const copy = await p.t.call('bundles.import', { base64: bundle.base64, mode: 'new' });
    const items = (
      await p.t.call('content.list', { ...august(p), workspaceId: copy.workspaceId, includeArchived: true })
    ).items;
    expect(items.map((i) => [i.title, i.archivedAt])).toEqual([[a.title, archived.archivedAt]]);
    expect((await p.t.call('content.list', { ...august(p), workspaceId: copy.workspaceId })).items).toEqual(
      [],
    );
  });
});
