import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { august, item, live, setupPlan, teaSale, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

async function seed() {
  const a = await p.t.call(
    'content.create',
    item(p, {
      title: '=1+1 不是公式, 是标题',
      pillar: '品牌故事',
      tags: ['夏日', '饮品'],
      owner: '小林',
      brief: '第一行\n第二行, 带逗号; 和分号',
    }),
  );
  const b = await p.t.call(
    'content.create',
    live(p, '2025-08-06T19:30:00+08:00', 150, { productIds: [p.tea, p.gift], title: '晚场自播' }),
  );
  const c = await p.t.call(
    'content.create',
    teaSale(p, {
      title: '已发布的带货视频',
      status: 'published',
      publishedUrl: 'https://www.douyin.com/video/7400000000000000003',
      plannedAt: '2025-08-05T12:00:15+08:00',
    }),
  );
  await p.t.call('content.create', item(p, { title: '九月的', plannedAt: '2025-09-02T10:00:00+08:00' }));
  return { a, b, c };
}

describe('content.exportCsv', () => {
  it('writes the filtered range with the import headers, in the workspace zone, with a BOM', async () => {
    await seed();
    const file = await p.t.call('content.exportCsv', august(p));
    expect(file.fileName).toBe('content-plan-20250801-20250831.csv');
    expect(file.mimeType).toMatch(/text\/csv/);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    expect(Object.keys(file).sort()).toEqual(['content', 'fileName', 'mimeType']); // the file once
    const rows = Papa.parse<string[]>(file.content.slice(1).trim(), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'ID',
      '账号',
      '账号名称',
      '标题',
      '形式',
      '目标',
      '内容支柱',
      '状态',
      '计划时间',
      '时长(分钟)',
      '商品',
      '标签',
      '负责人',
      '脚本/简介',
      '发布链接',
      '发布时间',
    ]);
    expect(rows).toHaveLength(4);
    const byTitle = new Map(rows.slice(1).map((r) => [r[3], r]));
    expect(byTitle.get('晚场自播')?.slice(1, 11)).toEqual([
      'lime_store',
      '青柠旗舰店',
      '晚场自播',
      '直播',
      '自播',
      '',
      '创意',
      '2025-08-06 19:30',
      '150',
      'LM-TEA-500、LM-GIFT-12',
    ]);
    // A leading = would run as a formula in Excel: it is quoted away.
    expect(byTitle.has("'=1+1 不是公式, 是标题")).toBe(true);
    const published = byTitle.get('已发布的带货视频')!;
    expect(published[8]).toBe('2025-08-05 12:00:15');
    expect(published.slice(14)).toEqual([
      'https://www.douyin.com/video/7400000000000000003',
      '2025-08-05 12:00:15',
    ]);
  });

  it('writes English headers and labels on request, and applies the filters', async () => {
    await seed();
    const file = await p.t.call('content.exportCsv', { ...august(p), language: 'en', formats: ['live'] });
    const rows = Papa.parse<string[]>(file.content.slice(1).trim()).data;
    expect(rows[0]?.slice(0, 4)).toEqual(['id', 'account', 'account_name', 'title']);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(4, 8)).toEqual(['Live', 'Self-broadcast', '', 'Idea']);
  });

  it.each(['zh-CN', 'en'] as const)(
    'round-trips through import (%s): nothing new, nothing changed',
    async (language) => {
      await seed();
      const before = (await p.t.call('content.list', august(p))).items;
      const file = await p.t.call('content.exportCsv', { ...august(p), language });
      const preview = await p.t.call('content.importPreview', {
        workspaceId: p.workspaceId,
        fileName: file.fileName,
        base64: Buffer.from(file.content, 'utf8').toString('base64'),
      });
      expect(preview.rows.map((r) => [r.action, r.errors])).toEqual(before.map(() => ['unchanged', []]));
      const result = await p.t.call('content.importCommit', {
        workspaceId: p.workspaceId,
        fileName: file.fileName,
        base64: Buffer.from(file.content, 'utf8').toString('base64'),
      });
      expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect((await p.t.call('content.list', august(p))).items).toEqual(before);
    },
  );

  it('re-importing an edited export updates the same items by ID, even when title and time change', async () => {
    const { a } = await seed();
    const file = await p.t.call('content.exportCsv', august(p));
    const edited = file.content
      .replace("'=1+1 不是公式, 是标题", '改过的标题')
      .replace('2025-08-06 18:00', '2025-08-07 09:30');
    const result = await p.t.call('content.importCommit', {
      workspaceId: p.workspaceId,
      fileName: 'edited.csv',
      base64: Buffer.from(edited).toString('base64'),
    });
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const after = await p.t.call('content.get', { id: a.id });
    expect(after).toMatchObject({
      title: '改过的标题',
      plannedAt: '2025-08-07T01:30:00.000Z',
      brief: a.brief,
      tags: a.tags,
    });
    expect((await p.t.call('content.list', august(p))).items).toHaveLength(3);
  });
});

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const events = (ics: string) => unfold(ics).split('BEGIN:VEVENT').slice(1);
const prop = (event: string, name: string) => new RegExp(`\\r\\n${name}[^:]*:(.*)`).exec(`\r\n${event}`)?.[1];

describe('content.exportIcs', () => {
  it('writes one VEVENT per item with stable UIDs, UTC times and escaped text', async () => {
    const { a, b, c } = await seed();
    const file = await p.t.call('content.exportIcs', august(p));
    expect(file.fileName).toBe('content-plan-20250801-20250831.ics');
    expect(file.mimeType).toMatch(/text\/calendar/);
    const ics = file.content;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const evs = events(ics);
    expect(evs).toHaveLength(3);
    const byUid = new Map(evs.map((e) => [prop(e, 'UID'), e]));
    expect([...byUid.keys()].sort()).toEqual([a.id, b.id, c.id].map((id) => `${id}@matrixdesk`).sort());
    const liveEvent = byUid.get(`${b.id}@matrixdesk`)!;
    expect(prop(liveEvent, 'DTSTART')).toBe('20250806T113000Z');
    expect(prop(liveEvent, 'DTEND')).toBe('20250806T140000Z');
    expect(prop(liveEvent, 'SUMMARY')).toBe('[直播] 晚场自播 · 青柠旗舰店');
    expect(prop(liveEvent, 'DESCRIPTION')).toContain(
      '青柠柠檬茶 500ml (LM-TEA-500)\\, 青柠礼盒 12 瓶 (LM-GIFT-12)',
    );
    const text = byUid.get(`${a.id}@matrixdesk`)!;
    expect(prop(text, 'SUMMARY')).toBe('[短视频] =1+1 不是公式\\, 是标题 · 青柠官方号');
    expect(prop(text, 'DESCRIPTION')).toContain('第一行\\n第二行\\, 带逗号\\; 和分号');
    expect(prop(text, 'DTEND')).toBe('20250806T103000Z');
    expect(prop(byUid.get(`${c.id}@matrixdesk`)!, 'URL')).toBe(
      'https://www.douyin.com/video/7400000000000000003',
    );
    expect(prop(byUid.get(`${c.id}@matrixdesk`)!, 'STATUS')).toBe('CONFIRMED');
  });

  it('keeps UIDs across exports and raises SEQUENCE when an item changes; cancelled items say so', async () => {
    const { a } = await seed();
    const first = events((await p.t.call('content.exportIcs', august(p))).content);
    await p.t.call('content.move', { id: a.id, plannedAt: '2025-08-08T10:00:00+08:00' });
    await p.t.call('content.setStatus', { id: a.id, status: 'cancelled' });
    const second = events((await p.t.call('content.exportIcs', { ...august(p), language: 'en' })).content);
    const uid = `${a.id}@matrixdesk`;
    const before = first.find((e) => prop(e, 'UID') === uid)!;
    const after = second.find((e) => prop(e, 'UID') === uid)!;
    expect(prop(before, 'SEQUENCE')).toBe('0');
    expect(prop(after, 'SEQUENCE')).toBe('2');
    expect(prop(after, 'DTSTART')).toBe('20250808T020000Z');
    expect(prop(after, 'STATUS')).toBe('CANCELLED');
    expect(second.map((e) => prop(e, 'UID')).sort()).toEqual(first.map((e) => prop(e, 'UID')).sort());
  });

  it('rejects a bad range and an unknown workspace', async () => {
    expect(
      (await p.t.fail('content.exportIcs', { ...august(p), to: august(p).from })).issues?.[0]?.path,
    ).toEqual(['to']);
    expect((await p.t.fail('content.exportCsv', { ...august(p), workspaceId: 'nope' })).code).toBe(
      'not_found',
    );
  });
});
