/**
 * Approvals benchmark (printed, never asserted), at agency size: 50 client workspaces × 8 accounts × 2,000 items
 * over 90 days (100,000 items), approval optional everywhere, a review pack already out in every workspace.
 * 1. `countAwaitingApproval` over the 50 workspaces (what the portfolio asks): p50/p95.
 * 2. `approvals.exportPack` for four weeks of one workspace through the router: time and HTML size.
 * 3. `approvals.importAnswers` of an answer to every item of that pack: time.
 */
import { insertItem } from '../../electron/backend/content/repo';
import { countAwaitingApproval, findPack, packItems } from '../../electron/backend/approvals/repo';
import { nodeHmacHex } from '../../electron/backend/approvals/fingerprint';
import { canonicalJson } from '../../shared/approvals/canonical';
import { call, percentile } from './support';
import { withTempBackend } from './tempBackend';

const WORKSPACES = 50;
const ACCOUNTS = 8;
const ITEMS = 2_000;
const DAYS = 90;
const RUNS = 20;
const START_MS = Date.parse('2025-08-01T00:00:00+08:00');

export async function runApprovalsBench(): Promise<object> {
  return withTempBackend('approvals', async (backend) => {
    const db = backend.context.db;
    const workspaceIds: string[] = [];
    for (let w = 0; w < WORKSPACES; w++) {
      const ws = await call<{ id: string }>(backend, 'workspaces.create', {
        name: `客户 ${w}`,
        industry: 'home',
      });
      const accounts: string[] = [];
      for (let a = 0; a < ACCOUNTS; a++) {
        const account = await call<{ id: string }>(backend, 'accounts.create', {
          workspaceId: ws.id,
          role: a % 2 === 0 ? 'brand' : 'sales',
          handle: `c${w}_a${a}`,
          displayName: `账号 ${a}`,
        });
        accounts.push(account.id);
      }
      db.transaction(() => {
        for (let i = 0; i < ITEMS; i++) {
          const plannedAt = new Date(START_MS + Math.floor((i / ITEMS) * DAYS * 86_400_000)).toISOString();
          insertItem(
            db,
            `w${w}-i${i}`,
            {
              workspaceId: ws.id,
              accountId: accounts[i % ACCOUNTS]!,
              title: `内容 ${i}`,
              format: 'short_video',
              objective: 'seed',
              pillar: '',
              status: i % 5 === 0 ? 'published' : 'review',
              plannedAt,
              durationMinutes: null,
              productIds: [],
              tags: ['夏日'],
              owner: '',
              brief: '脚本要点'.repeat(10),
              publishedUrl: null,
              publishedAt: i % 5 === 0 ? plannedAt : null,
            },
            'import',
            plannedAt,
          );
        }
      })();
      await call(backend, 'approvals.settings.set', { workspaceId: ws.id, mode: 'optional' });
      workspaceIds.push(ws.id);
    }

    let t = performance.now();
    const pack = await call<{ packId: string; base64: string; itemCount: number }>(
      backend,
      'approvals.exportPack',
      {
        workspaceId: workspaceIds[0],
        from: '2025-08-04',
        to: '2025-08-31',
        language: 'zh-CN',
      },
    );
    const exportMs = performance.now() - t;
    for (const id of workspaceIds.slice(1)) {
      await call(backend, 'approvals.exportPack', {
        workspaceId: id,
        from: '2025-08-04',
        to: '2025-08-10',
        language: 'en',
      });
    }

    const timings: number[] = [];
    let awaiting = 0;
    for (let r = 0; r < RUNS; r++) {
      t = performance.now();
      const counts = countAwaitingApproval(db, workspaceIds);
      timings.push(performance.now() - t);
      awaiting = [...counts.values()].reduce((s, n) => s + n, 0);
    }
    timings.sort((a, b) => a - b);

    // An answer to every item, MAC'd as the pack page does.
    const secret = findPack(db, pack.packId)!.secret;
    const file: Record<string, unknown> = {
      format: 'matrixdesk.review-answers',
      version: 1,
      packId: pack.packId,
      workspaceId: workspaceIds[0],
      reviewer: '王经理',
      answeredAt: new Date().toISOString(),
      answers: [...packItems(db, pack.packId).values()].map((item, i) => ({
        itemId: item.item_id,
        revision: item.revision,
        decision: i % 3 === 0 ? 'request_changes' : 'approve',
        comment: i % 3 === 0 ? '请调整开头' : '',
      })),
    };
    file.mac = nodeHmacHex(secret, canonicalJson(file));
    t = performance.now();
    await call(backend, 'approvals.importAnswers', {
      workspaceId: workspaceIds[0],
      base64: Buffer.from(JSON.stringify(file)).toString('base64'),
    });
    const importMs = performance.now() - t;

    const figures = {
      workspaces: WORKSPACES,
      itemsTotal: WORKSPACES * ITEMS,
      countAwaitingP50Ms: Number(percentile(timings, 50).toFixed(1)),
      countAwaitingP95Ms: Number(percentile(timings, 95).toFixed(1)),
      awaitingTotal: awaiting,
      packItems: pack.itemCount,
      packExportMs: Math.round(exportMs),
      packHtmlKb: Math.round((pack.base64.length * 3) / 4 / 1024),
      answersImportMs: Math.round(importMs),
    };
    console.log(figures);
    return figures;
  });
}

if (require.main === module) {
  runApprovalsBench().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
