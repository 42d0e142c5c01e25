/**
 * The reminders bell on a client with much overdue work (issue 13): reminders.list's first page of 50, a
 * page deep in the list (through its cursor) and the list for every workspace, each against the raw read
 * of the window's deliverables in the same run (the rows the bell counts, read and dropped), and the
 * heap the call leaves. Printed, never asserted.
 *
 *   npx tsx test/bench/remindersBell.ts [overdue=30000] [runs=15]
 */
import type { Backend } from '../../electron/backend/app';
import { addDays, todayIn } from '../../shared/domain/dates';
import { dueDeliverablesSql } from '../../electron/backend/reminders/repo';
import { call, percentile } from './support';
import { withTempBackend } from './tempBackend';

const overdue = Number(process.argv[2] ?? 30_000);
const runs = Number(process.argv[3] ?? 15);

async function timed(fn: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return +percentile(
    samples.sort((a, b) => a - b),
    50,
  ).toFixed(2);
}

/** An accepted offer whose `overdue` deliverables fell due over the last 300 days, in one transaction. */
function seedOverdue(b: Backend, workspaceId: string, today: string): void {
  const db = b.context.db;
  const at = new Date().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
       VALUES ('c1', ?, 'douyin', 'creator', '达人', ?, ?)`,
    ).run(workspaceId, at, at);
    db.prepare(
      `INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
         creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
       VALUES ('o1', 'x1', 'brand', ?, 'c1', 'douyin', 'creator', '达人', '品牌', 'accepted', 1,
         '{"title":"合作","timeZone":"Asia/Shanghai"}', ?, ?, ?)`,
    ).run(workspaceId, at, at, at);
    const deliverable = db.prepare(
      `INSERT INTO offer_deliverables (id, offer_id, workspace_id, key, position, format, count, due_on,
         account_label, status, status_changed_at, created_at)
       VALUES (?, 'o1', ?, ?, ?, 'video', 1, ?, '官方号', 'due', ?, ?)`,
    );
    for (let i = 0; i < overdue; i++) {
      deliverable.run(`late-${i}`, workspaceId, `k${i}`, i, addDays(today, -1 - (i % 300)), at, at);
    }
  })();
}

async function main(): Promise<void> {
  await withTempBackend('reminders', async (b) => {
    const t = { call: <T>(method: string, input: unknown) => call<T>(b, method, input) };
    const { id: workspaceId } = await t.call<{ id: string }>('workspaces.create', {
      name: '大客户',
      industry: 'beauty_personal_care',
    });
    const s = { workspaceId };
    const today = todayIn('Asia/Shanghai', new Date());
    seedOverdue(b, workspaceId, today);
    const db = b.context.db;
    const raw = db.prepare(dueDeliverablesSql);
    const rawParams = { ws: s.workspaceId, maxDue: addDays(today, 2), now: new Date().toISOString() };
    type Page = { total: number; nextCursor: string | null };
    const first = await t.call<Page>('reminders.list', { workspaceId: s.workspaceId, limit: 50 });
    let deep = first;
    for (let i = 0; i < 20 && deep.nextCursor; i++) {
      deep = await t.call<Page>('reminders.list', {
        workspaceId: s.workspaceId,
        limit: 50,
        cursor: deep.nextCursor,
      });
    }
    const rawMs = await timed(() => raw.all(rawParams));
    const firstMs = await timed(() => t.call('reminders.list', { workspaceId: s.workspaceId, limit: 50 }));
    const deepMs = await timed(() =>
      t.call('reminders.list', { workspaceId: s.workspaceId, limit: 50, cursor: deep.nextCursor! }),
    );
    const everyMs = await timed(() => t.call('reminders.list', { limit: 50 }));
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    await t.call('reminders.list', { workspaceId: s.workspaceId, limit: 50 });
    const heapAfter = process.memoryUsage().heapUsed;
    console.log(
      JSON.stringify({
        figure: 'reminders.list (the bell), a page of 50',
        reminders: first.total,
        rawWindowReadMs: rawMs,
        firstPageMs: firstMs,
        firstPageVsRaw: +(firstMs / rawMs).toFixed(2),
        page21Ms: deepMs,
        everyWorkspaceMs: everyMs,
        heapGrowthMb: global.gc ? +((heapAfter - heapBefore) / 1e6).toFixed(1) : 'run with --expose-gc',
        runs,
      }),
    );
  });
}

void main();
