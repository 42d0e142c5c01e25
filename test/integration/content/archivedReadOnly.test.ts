import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/backend';
import { formatWallTime } from '../../../shared/content/time';
import { august, item, live, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const archived = async (patch: Parameters<typeof item>[1] = {}) => {
  const created = await p.t.call('content.create', item(p, patch));
  return p.t.call('content.archive', { id: created.id, revision: created.revision });
};

describe('an archived item is read-only until restored', () => {
  it('refuses an edit, a move, a status change and an occurrence edit through the API, changing nothing', async () => {
    const a = await archived({ title: '归档的选题' });
    const refusals: [string, Record<string, unknown>][] = [
      ['content.update', { id: a.id, title: '改个标题' }],
      ['content.move', { id: a.id, plannedAt: '2025-08-12T20:00:00+08:00' }],
      ['content.setStatus', { id: a.id, status: 'cancelled' }],
      ['content.updateOccurrence', { id: a.id, scope: 'this', title: '改个标题' }],
    ];
    for (const [method, input] of refusals) {
      const before = snapshotTables(p.t.backend);
      expect(await p.t.fail(method, input), method).toMatchObject({
        code: 'invalid_state',
        reason: 'content.archived',
        params: { title: '归档的选题' },
      });
      expect(snapshotTables(p.t.backend)).toEqual(before);
    }
  });

  it('takes edits again once restored, and may still be deleted or duplicated while archived', async () => {
    const a = await archived();
    const copy = await p.t.call('content.duplicate', { id: a.id, plannedAt: '2025-08-12T20:00:00+08:00' });
    expect(copy.archivedAt).toBeNull();
    const restored = await p.t.call('content.restore', { id: a.id, revision: a.revision });
    const moved = await p.t.call('content.move', { id: a.id, plannedAt: '2025-08-13T20:00:00+08:00' });
    expect(moved.plannedAt).toBe(new Date('2025-08-13T20:00:00+08:00').toISOString());
    expect(moved.revision).toBeGreaterThan(restored.revision);
    const again = await p.t.call('content.archive', { id: a.id, revision: moved.revision });
    await p.t.call('content.delete', { id: again.id });
    expect(
      (await p.t.call('content.list', { ...august(p), includeArchived: true })).items.map((i) => i.id),
    ).toEqual([copy.id]);
  });

  it('an edit of the whole series leaves an archived occurrence as it was, off the plan', async () => {
    const { items } = await p.t.call('content.createSeries', {
      ...live(p, '2025-08-05T20:00:00+08:00', 120, { title: '周二自播' }),
      repeat: { freq: 'weekly', byDay: ['TU'], count: 3 },
    });
    const second = items[1]!;
    const off = await p.t.call('content.archive', { id: second.id, revision: second.revision });
    const result = await p.t.call('content.updateOccurrence', {
      id: items[0]!.id,
      scope: 'all',
      plannedAt: '2025-08-05T21:00:00+08:00',
      title: '晚一小时',
    });
    expect(result.changed).toBe(2);
    const after = await p.t.call('content.get', { id: second.id });
    expect([after.title, after.plannedAt, after.archivedAt]).toEqual([
      off.title,
      off.plannedAt,
      off.archivedAt,
    ]);
    // No new occurrence took the archived one's week.
    const planned = (await p.t.call('content.list', august(p))).items.map((i) => i.title);
    expect(planned).toEqual(['晚一小时', '晚一小时']);
  });

  it('marks archived rows in the CSV export with when they were archived, only when they are included', async () => {
    await p.t.call('content.create', item(p, { title: '在计划上' }));
    const a = await archived({ title: '归档的选题' });
    const input = { ...august(p), language: 'zh-CN' as const };
    const plain = (await p.t.call('content.exportCsv', input)).content.split('\r\n');
    expect(plain[0]).not.toContain('归档时间');
    const rows = (await p.t.call('content.exportCsv', { ...input, includeArchived: true })).content
      .replace('\uFEFF', '')
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => line.split(','));
    const header = rows[0]!;
    expect(header.at(-1)).toBe('归档时间');
    const archivedAt = (title: string) => rows.find((r) => r.includes(title))!.at(-1);
    expect(archivedAt('在计划上')).toBe('');
    expect(archivedAt('归档的选题')).toBe(formatWallTime(Date.parse(a.archivedAt!), 'Asia/Shanghai'));
    const en = (await p.t.call('content.exportCsv', { ...input, language: 'en', includeArchived: true }))
      .content;
    expect(en.split('\r\n')[0]).toMatch(/,archivedAt$/);
  });

  it('an import refuses changes to an archived item by its row, and passes it unchanged', async () => {
    const a = await archived({ title: '归档的选题' });
    const input = { ...august(p), language: 'zh-CN' as const, includeArchived: true };
    const csv = (await p.t.call('content.exportCsv', input)).content;
    const preview = (text: string) =>
      p.t.call('content.importPreview', {
        workspaceId: p.workspaceId,
        fileName: 'plan.csv',
        base64: Buffer.from(text, 'utf8').toString('base64'),
      });
    expect((await preview(csv)).rows.map((r) => r.action)).toEqual(['unchanged']);
    const before = snapshotTables(p.t.backend);
    const changed = await preview(csv.replace('归档的选题', '改过的标题'));
    expect(changed.rows[0]!.action).toBe('invalid');
    expect(changed.rows[0]!.errors).toEqual([
      { field: 'id', code: 'row.archivedItem', params: { title: a.title }, message: expect.any(String) },
    ]);
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });
});
