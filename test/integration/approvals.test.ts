import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { snapshotTables } from '../support/backend';
import { answerPackInBrowser, launchChromium } from '../support/reviewPackPage';
import { item, live, setupPlan, type Plan } from './content/setup';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const xssTitle = '<img src=x onerror=alert(1)>';

/** Four items in review on the week of 2025-08-04, one of them titled like an attack. */
async function seedReviewWeek() {
  const make = (title: string, plannedAt: string, extra = {}) =>
    p.t.call('content.create', item(p, { title, plannedAt, status: 'review', ...extra }));
  const a = await make('夏日第一杯青柠茶', '2025-08-04T18:00:00+08:00', { brief: '开箱 & 试喝 "冰爽"' });
  const b = await make('办公室下午茶', '2025-08-05T15:00:00+08:00', { productIds: [p.tea] });
  const c = await make(xssTitle, '2025-08-06T12:00:00+08:00', { tags: ['<b>夏日</b>'] });
  const d = await make('周末露营带什么', '2025-08-08T10:00:00+08:00');
  return { a, b, c, d };
}

const exportWeek = (language: 'zh-CN' | 'en' = 'en', extra: Record<string, unknown> = {}) =>
  p.t.call('approvals.exportPack', {
    workspaceId: p.workspaceId,
    from: '2025-08-04',
    to: '2025-08-10',
    language,
    ...extra,
  });

const toBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The client approves the item titled `title` in `pack` (in a browser, as Ann) and the answers come back. */
async function approveInBrowser(pack: { base64: string }, title: string): Promise<void> {
  const answered = await answerPackInBrowser(browser, pack.base64, [{ title, decision: 'approve' }], 'Ann');
  await p.t.call('approvals.importAnswers', {
    workspaceId: p.workspaceId,
    base64: toBase64(answered.content),
  });
}

/** The client approves 夏日第一杯青柠茶 in the week's exported pack. */
async function approveFirstTeaInBrowser(): Promise<void> {
  await approveInBrowser(await exportWeek(), '夏日第一杯青柠茶');
}

describe('review pack', () => {
  it('is one self-contained HTML file with a strict CSP that shows stored text as text', async () => {
    const { a } = await seedReviewWeek();
    const pack = await exportWeek('zh-CN');
    const html = Buffer.from(pack.base64, 'base64').toString('utf8');
    expect(pack.fileName).toMatch(/^review-20250804-20250810-.+\.html$/);
    expect(pack.itemCount).toBe(4);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-/,
    );
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toContain(xssTitle);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;夏日&lt;/b&gt;');
    expect(html).toContain('开箱 &amp; 试喝 &quot;冰爽&quot;');
    expect(html).toContain(`data-item-id="${a.id}"`);
    expect(html).toContain('内容审核包');

    // Opened from disk, the title renders as text and no element is injected; nothing is fetched.
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setContent(html);
    await expect
      .poll(() => page.locator('article.item h3').allTextContents())
      .toContainEqual(expect.stringContaining(xssTitle));
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a range with from after to and an empty selection, storing nothing', async () => {
    await seedReviewWeek();
    const before = snapshotTables(p.t.backend);
    const order = await p.t.fail('approvals.exportPack', {
      workspaceId: p.workspaceId,
      from: '2025-08-10',
      to: '2025-08-04',
      language: 'en',
    });
    expect(order.issues?.[0]?.path).toEqual(['to']);
    const empty = await p.t.fail('approvals.exportPack', {
      workspaceId: p.workspaceId,
      from: '2025-09-01',
      to: '2025-09-07',
      language: 'en',
    });
    expect(empty.reason).toBe('approvals.emptyPack');
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });
});

describe('answers from the pack page', () => {
  it('applies approvals and change requests, keeps an answer to a changed item as stale, and gates scheduling', async () => {
    const { a, b, c, d } = await seedReviewWeek();
    await p.t.call('approvals.settings.set', { workspaceId: p.workspaceId, mode: 'required' });
    const pack = await exportWeek();
    const answered = await answerPackInBrowser(
      browser,
      pack.base64,
      [
        { title: '夏日第一杯青柠茶', decision: 'approve' },
        { title: '办公室下午茶', decision: 'request_changes', comment: '换成 <礼盒> 吧' },
        { title: xssTitle, decision: 'approve' },
      ],
      '王经理',
    );
    expect(answered.pageErrors).toEqual([]);
    expect(answered.requests).toEqual([]);
    expect(answered.fileName).toMatch(/\.mdreview$/);
    const file = JSON.parse(answered.content) as { answers: unknown[]; mac: string };
    expect(file.answers).toHaveLength(3);
    expect(file.mac).toMatch(/^[0-9a-f]{64}$/);

    // We changed the third item's time after the pack went out: its approval must not apply.
    await p.t.call('content.move', { id: c.id, plannedAt: '2025-08-06T13:00:00+08:00' });
    const result = await p.t.call('approvals.importAnswers', {
      workspaceId: p.workspaceId,
      base64: toBase64(answered.content),
    });
    expect(result.reviewer).toBe('王经理');
    expect(Object.fromEntries(result.outcomes.map((o) => [o.itemId, o.outcome]))).toEqual({
      [a.id]: 'approved',
      [b.id]: 'changes_requested',
      [c.id]: 'stale',
    });

    const states = await p.t.call('approvals.states', {
      workspaceId: p.workspaceId,
      from: '2025-08-04T00:00:00+08:00',
      to: '2025-08-11T00:00:00+08:00',
    });
    expect(states.mode).toBe('required');
    expect(Object.fromEntries(states.items.map((s) => [s.itemId, s.state]))).toEqual({
      [a.id]: 'approved',
      [b.id]: 'changes_requested',
      [c.id]: 'stale',
      [d.id]: 'pending',
    });

    const thread = await p.t.call('approvals.item', { itemId: b.id });
    expect(thread.reviewer).toBe('王经理');
    expect(thread.events.map((e) => [e.kind, e.toState, e.comment])).toEqual([
      ['packed', 'pending', ''],
      ['answer', 'changes_requested', '换成 <礼盒> 吧'],
    ]);
    await p.t.call('approvals.comment', { itemId: b.id, body: '好的，已换成礼盒', author: '小林' });
    expect((await p.t.call('approvals.item', { itemId: b.id })).events.at(-1)).toMatchObject({
      kind: 'reply',
      actor: 'agency',
      comment: '好的，已换成礼盒',
    });

    // The gate: only the approved item may be scheduled; the refusal names the item.
    await p.t.call('content.setStatus', { id: a.id, status: 'scheduled' });
    const before = snapshotTables(p.t.backend);
    const refused = await p.t.fail('content.setStatus', { id: b.id, status: 'scheduled' });
    expect(refused.code).toBe('invalid_state');
    expect(refused.reason).toBe('approvals.approvalRequired');
    expect(refused.params).toMatchObject({ title: '办公室下午茶', status: 'scheduled' });
    const d2 = await p.t.fail('content.update', { id: d.id, status: 'scheduled' });
    expect(d2.params?.title).toBe('周末露营带什么');
    const viaUpdate = await p.t.fail('content.update', { id: c.id, status: 'scheduled' });
    expect(viaUpdate.params?.title).toBe(xssTitle);
    const viaCreate = await p.t.fail('content.create', item(p, { title: '直接排期', status: 'scheduled' }));
    expect(viaCreate.reason).toBe('approvals.approvalRequired');
    expect(snapshotTables(p.t.backend)).toEqual(before);

    // Editing an approved item's title makes its approval stale ("changed since review"); status moves do not.
    expect((await p.t.call('approvals.item', { itemId: a.id })).state).toBe('approved');
    await p.t.call('content.update', { id: a.id, title: '夏日第一杯青柠茶（新版）' });
    expect((await p.t.call('approvals.item', { itemId: a.id })).state).toBe('stale');

    // Re-export only what is not approved: everything but nothing approved remains, so all four come back.
    const again = await exportWeek('en', { onlyPending: true });
    expect(again.itemCount).toBe(4);

    const list = await p.t.call('approvals.list', {
      workspaceId: p.workspaceId,
      states: ['stale'],
      limit: 1,
    });
    expect(list.total).toBe(2);
    expect(list.items).toHaveLength(1);
    const next = await p.t.call('approvals.list', {
      workspaceId: p.workspaceId,
      states: ['stale'],
      limit: 1,
      cursor: list.nextCursor!,
    });
    expect(next.items.map((i) => i.itemId)).not.toContain(list.items[0]!.itemId);
    // The second page is exactly full and the last: no cursor to a page that would come back empty.
    expect(next.items).toHaveLength(1);
    expect(next.nextCursor).toBeNull();
    const whole = await p.t.call('approvals.list', {
      workspaceId: p.workspaceId,
      states: ['stale'],
      limit: 2,
    });
    expect(whole.items).toHaveLength(2);
    expect(whole.nextCursor).toBeNull();
  });

  it('does not let an edit made together with scheduling ride on the old approval', async () => {
    const { a } = await seedReviewWeek();
    await p.t.call('approvals.settings.set', { workspaceId: p.workspaceId, mode: 'required' });
    await approveFirstTeaInBrowser();
    const before = snapshotTables(p.t.backend);
    const refused = await p.t.fail('content.update', { id: a.id, title: '换个标题', status: 'scheduled' });
    expect(refused.reason).toBe('approvals.approvalRequired');
    expect(snapshotTables(p.t.backend)).toEqual(before);
    // A status-only move keeps the approval: the client approved the content, not its production stage.
    await p.t.call('content.update', { id: a.id, status: 'scheduled' });
    expect((await p.t.call('approvals.item', { itemId: a.id })).state).toBe('approved');
  });

  it('leaves approvals optional alone: scheduling is allowed and only pending items are re-exported', async () => {
    const { a, b } = await seedReviewWeek();
    await p.t.call('approvals.settings.set', { workspaceId: p.workspaceId, mode: 'optional' });
    await approveFirstTeaInBrowser();
    await p.t.call('content.setStatus', { id: b.id, status: 'scheduled' });
    const again = await exportWeek('en', { onlyPending: true });
    expect(again.itemCount).toBe(3);
    expect(Buffer.from(again.base64, 'base64').toString('utf8')).not.toContain(`data-item-id="${a.id}"`);
  });

  it('refuses truncated, edited, foreign, replayed and oversize answers with the reason, changing nothing', async () => {
    await seedReviewWeek();
    const pack = await exportWeek();
    const first = await answerPackInBrowser(
      browser,
      pack.base64,
      [{ title: '夏日第一杯青柠茶', decision: 'approve' }],
      'Ann',
    );
    const second = await answerPackInBrowser(
      browser,
      pack.base64,
      [{ title: '夏日第一杯青柠茶', decision: 'request_changes', comment: 'Less sugar' }],
      'Ann',
    );
    const other = await p.t.call('workspaces.create', { name: '另一个客户', industry: 'home' });
    const reason = async (workspaceId: string, content: string) => {
      const before = snapshotTables(p.t.backend);
      const error = await p.t.fail('approvals.importAnswers', { workspaceId, base64: toBase64(content) });
      expect(snapshotTables(p.t.backend)).toEqual(before);
      expect(error.issues?.[0]?.path).toEqual(['base64']);
      return error.reason;
    };
    const edit = (content: string, change: (file: Record<string, unknown>) => void) => {
      const file = JSON.parse(content) as Record<string, unknown>;
      change(file);
      return JSON.stringify(file);
    };

    expect(await reason(p.workspaceId, first.content.slice(0, first.content.length - 40))).toBe(
      'approvals.malformed',
    );
    expect(
      await reason(
        p.workspaceId,
        edit(first.content, (f) => {
          (f.answers as { decision: string }[])[0]!.decision = 'request_changes';
        }),
      ),
    ).toBe('approvals.tampered');
    expect(
      await reason(
        p.workspaceId,
        edit(first.content, (f) => (f.reviewer = 'Mallory')),
      ),
    ).toBe('approvals.tampered');
    expect(
      await reason(
        p.workspaceId,
        edit(first.content, (f) => (f.packId = 'no-such-pack')),
      ),
    ).toBe('approvals.unknownPack');
    expect(await reason(other.id, first.content)).toBe('approvals.otherWorkspace');
    expect(
      await reason(
        p.workspaceId,
        edit(first.content, (f) => (f.version = 2)),
      ),
    ).toBe('approvals.unsupportedVersion');
    expect(await reason(p.workspaceId, 'x'.repeat(2 * 1024 * 1024 + 10))).toBe('approvals.fileTooLarge');

    // Answers from another pack of the same workspace carry the other pack's MAC.
    const otherPack = await exportWeek();
    expect(
      await reason(
        p.workspaceId,
        edit(first.content, (f) => (f.packId = otherPack.packId)),
      ),
    ).toBe('approvals.tampered');

    // The newer answers win; the older file is then a replay, and the same file twice is refused too.
    await p.t.call('approvals.importAnswers', {
      workspaceId: p.workspaceId,
      base64: toBase64(second.content),
    });
    expect(await reason(p.workspaceId, first.content)).toBe('approvals.replayed');
    expect(await reason(p.workspaceId, second.content)).toBe('approvals.alreadyImported');
  });
});

describe('approval settings and the portfolio count', () => {
  it('defaults to off and counts items awaiting the client per workspace', async () => {
    const { countAwaitingApproval } = await import('../../electron/backend/approvals/repo');
    expect(await p.t.call('approvals.settings.get', { workspaceId: p.workspaceId })).toEqual({
      workspaceId: p.workspaceId,
      mode: 'off',
    });
    await seedReviewWeek();
    await p.t.call('content.create', live(p, '2025-08-07T20:00:00+08:00', 60, { status: 'published' }));
    const db = p.t.backend.context.db;
    expect(countAwaitingApproval(db, [p.workspaceId]).get(p.workspaceId)).toBe(0);
    await p.t.call('approvals.settings.set', { workspaceId: p.workspaceId, mode: 'optional' });
    // Nothing was sent to the client yet.
    expect(countAwaitingApproval(db, [p.workspaceId]).get(p.workspaceId)).toBe(0);
    const pack = await exportWeek();
    expect(pack.itemCount).toBe(4); // the published live session is not the client's to approve
    expect(countAwaitingApproval(db, [p.workspaceId]).get(p.workspaceId)).toBe(4);
    await approveInBrowser(pack, '办公室下午茶');
    expect(countAwaitingApproval(db, [p.workspaceId, 'unknown']).get(p.workspaceId)).toBe(3);
    expect(countAwaitingApproval(db, [p.workspaceId, 'unknown']).get('unknown')).toBe(0);
    await p.t.call('approvals.settings.set', { workspaceId: p.workspaceId, mode: 'off' });
    expect(countAwaitingApproval(db, [p.workspaceId]).get(p.workspaceId)).toBe(0);
  });
});

describe('the required-approval gate on imports', () => {
  it('refuses an import that would schedule an unapproved item, naming it, and stores nothing', async () => {
    const { a } = await seedReviewWeek();
    await p.t.call('approvals.settings.set', { workspaceId: p.workspaceId, mode: 'required' });
    const csv = (rows: string[]) =>
      toBase64(['ID,账号,标题,形式,目标,状态,计划时间', ...rows].join('\n') + '\n');
    const before = snapshotTables(p.t.backend);
    const update = await p.t.fail('content.importCommit', {
      workspaceId: p.workspaceId,
      fileName: 'plan.csv',
      base64: csv([`${a.id},lime_official,夏日第一杯青柠茶,短视频,种草,已排期,2025-08-04 18:00`]),
    });
    expect(update.reason).toBe('approvals.approvalRequired');
    expect(update.params?.title).toBe('夏日第一杯青柠茶');
    const created = await p.t.fail('content.importCommit', {
      workspaceId: p.workspaceId,
      fileName: 'plan.csv',
      base64: csv([',lime_official,新的一条,短视频,种草,已发布,2025-08-04 20:00']),
    });
    expect(created.params?.title).toBe('新的一条');
    expect(snapshotTables(p.t.backend)).toEqual(before);

    // With approval optional the same file imports.
    await p.t.call('approvals.settings.set', { workspaceId: p.workspaceId, mode: 'optional' });
    const done = await p.t.call('content.importCommit', {
      workspaceId: p.workspaceId,
      fileName: 'plan.csv',
      base64: csv([`${a.id},lime_official,夏日第一杯青柠茶,短视频,种草,已排期,2025-08-04 18:00`]),
    });
    expect(done.updated).toBe(1);
  });
});
