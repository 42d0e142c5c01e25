/**
 * What the change log costs a bundle import (issue 13): a large workspace bundle (creators with live
 * sessions, offers with revisions and deliverables) imported as new on a fresh database with 0210's
 * per-row trigger notes, with 0300's one note per table per import, and with the triggers dropped, in the
 * same process. Prints each median and its ratio to the import without a change log; never asserted.
 * The per-row variant still runs the import's closing one-statement notes (they then only rewrite the
 * rows the triggers wrote), as test/bench/changeLogTriggers.ts does for creators.
 *
 *   npx tsx test/bench/bundleChangeLog.ts [creators=10000] [offers=3000] [runs=3]
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/backend/app';
import { call } from './support';
import { withTempBackend } from './tempBackend';

const creators = Number(process.argv[2] ?? 10_000);
const offers = Number(process.argv[3] ?? 3_000);
const runs = Number(process.argv[4] ?? 3);
const SESSIONS_PER_CREATOR = 1;
const REVISIONS_PER_OFFER = 3;
const DELIVERABLES_PER_OFFER = 2;

/** The source workspace, written in one transaction with plain SQL (the bench measures the import). */
function seedSource(backend: Backend, workspaceId: string): void {
  const db = backend.context.db;
  const at = '2026-01-01T00:00:00.000Z';
  const creator = db.prepare(
    `INSERT INTO creators (id, workspace_id, platform, handle, display_name, followers, created_at, updated_at)
     VALUES (?, ?, 'douyin', ?, ?, ?, ?, ?)`,
  );
  const session = db.prepare(
    `INSERT INTO live_sessions (id, workspace_id, creator_id, started_at, ended_at, slot, source, imported_at)
     VALUES (?, ?, ?, ?, ?, 'evening', 'bench', ?)`,
  );
  const offer = db.prepare(
    `INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
       creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
     VALUES (?, ?, 'brand', ?, ?, 'douyin', ?, ?, '品牌', 'accepted', ?, '{"title":"合作"}', ?, ?, ?)`,
  );
  const revision = db.prepare(
    `INSERT INTO offer_revisions (offer_id, number, action, actor, state, terms, origin, created_at)
     VALUES (?, ?, 'send', 'brand', 'sent', '{"title":"合作"}', 'local', ?)`,
  );
  const deliverable = db.prepare(
    `INSERT INTO offer_deliverables (id, offer_id, key, position, format, count, due_on, account_label,
       status_changed_at, created_at, workspace_id)
     VALUES (?, ?, ?, ?, 'video', 1, '2026-02-01', '店铺', ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < creators; i++) {
      const id = `c${i}`;
      creator.run(id, workspaceId, `creator_${i}`, `达人${i}`, 10_000 + i, at, at);
      for (let s = 0; s < SESSIONS_PER_CREATOR; s++) {
        const day = new Date(Date.UTC(2025, 0, 1 + s)).toISOString().slice(0, 10);
        session.run(`s${i}-${s}`, workspaceId, id, `${day}T12:00:00Z`, `${day}T14:00:00Z`, at);
      }
    }
    for (let i = 0; i < offers; i++) {
      const id = `o${i}`;
      const c = i % creators;
      offer.run(
        id,
        `x${i}`,
        workspaceId,
        `c${c}`,
        `creator_${c}`,
        `达人${c}`,
        REVISIONS_PER_OFFER,
        at,
        at,
        at,
      );
      for (let r = 1; r <= REVISIONS_PER_OFFER; r++) revision.run(id, r, at);
      for (let d = 0; d < DELIVERABLES_PER_OFFER; d++)
        deliverable.run(`d${i}-${d}`, id, `k${d}`, d, at, at, workspaceId);
    }
  })();
}

type Variant = 'per-row notes (0210)' | 'one note per table per import (0300)' | 'no change log';
const variants: Variant[] = ['per-row notes (0210)', 'one note per table per import (0300)', 'no change log'];

/** As 0280/0300 left the triggers; as 0210 wrote them (the marks' conditions taken out); or dropped. */
function prepareVariant(backend: Backend, variant: Variant): void {
  if (variant === 'one note per table per import (0300)') return;
  const db = backend.context.db;
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_changes_on_*'")
    .all() as { name: string; sql: string }[];
  for (const { name, sql } of triggers) {
    db.exec(`DROP TRIGGER "${name}"`);
    if (variant === 'per-row notes (0210)') {
      db.exec(
        sql.replace(
          / AND NOT EXISTS \(SELECT 1 FROM (creator|offer)_changes_bulk WHERE workspace_id = (\(SELECT workspace_id FROM offers WHERE id = (new|old)\.offer_id\)|(new|old)\.workspace_id)\)/,
          '',
        ),
      );
    }
  }
}

async function importOnce(bundle: string, variant: Variant): Promise<number> {
  return withTempBackend('bundle-import', async (backend) => {
    prepareVariant(backend, variant);
    const started = performance.now();
    await call(backend, 'bundles.import', { base64: bundle, mode: 'new' });
    return performance.now() - started;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const { bundle, rows } = await withTempBackend('bundle-source', async (backend) => {
    const { id } = await call<{ id: string }>(backend, 'workspaces.create', {
      name: '大客户',
      industry: 'beauty_personal_care',
    });
    seedSource(backend, id);
    const file = await call<{ base64: string; totalRows: number }>(backend, 'bundles.export', {
      workspaceId: id,
    });
    return { bundle: file.base64, rows: file.totalRows };
  });
  const timings = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  // A warm-up import first; then the variants in turn, the order reversed every other run.
  await importOnce(bundle, 'no change log');
  for (let i = 0; i < runs; i++) {
    for (const variant of i % 2 === 0 ? variants : [...variants].reverse()) {
      timings.get(variant)!.push(await importOnce(bundle, variant));
    }
  }
  const none = median(timings.get('no change log')!);
  for (const variant of variants) {
    const ms = median(timings.get(variant)!);
    console.log(
      JSON.stringify({
        import: `bundle, ${rows} rows (${creators} creators with ${SESSIONS_PER_CREATOR} live session each, ${offers} offers with ${REVISIONS_PER_OFFER} revisions and ${DELIVERABLES_PER_OFFER} deliverables)`,
        bundleMb: Number((Buffer.byteLength(bundle, 'base64') / 1e6).toFixed(2)),
        variant,
        medianMs: Math.round(ms),
        vsNoChangeLog: Number((ms / none).toFixed(2)),
        runs,
      }),
    );
  }
}

void main();
