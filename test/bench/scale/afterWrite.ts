/**
 * The first offers.list page and match.forProduct after a write, on the big client: both keep what they
 * built per workspace, and the first call after a write is where a cache that drops everything pays the
 * whole rebuild. Three kinds of write before each call: one that touches neither (an unrelated table),
 * one offer of the page (its row rewritten: the triggers see a change), and one creator (its row
 * rewritten; for offers a creator on the page). CPU time per call (the machine is shared), p50 of `runs`,
 * beside the raw page query's CPU time.
 *
 * `tsx test/bench/scale/afterWrite.ts <dataDir> <workspaceId> [runs]` prints the figure on its own.
 */
import { openBackend, type Backend } from '../../../electron/backend/app';
import { percentile, type Figure } from './measure';

const cpuMs = async (f: () => unknown) => {
  const c0 = process.cpuUsage();
  await f();
  const used = process.cpuUsage(c0);
  return (used.user + used.system) / 1000;
};
const round = (ms: number) => Math.round(ms * 100) / 100;

export async function measureAfterWrite(b: Backend, workspaceId: string, runs = 20): Promise<Figure> {
  const db = b.context.db;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_unrelated_write (at TEXT)');
  const unrelated = db.prepare('INSERT INTO bench_unrelated_write VALUES (?)');
  const pageSql = 'SELECT * FROM offers WHERE workspace_id = ? ORDER BY updated_at DESC LIMIT 50';
  const page = db.prepare<[string], { id: string; creator_id: string }>(pageSql).all(workspaceId);
  // Rewrites keep every value, so the cached database stays as generated.
  const touchOffer = db.prepare('UPDATE offers SET message = message WHERE id = ?');
  const touchCreator = db.prepare('UPDATE creators SET followers = followers WHERE id = ?');
  const raw = db.prepare(pageSql);
  const productId = (
    db.prepare('SELECT id FROM products WHERE workspace_id = ? ORDER BY rowid LIMIT 1').get(workspaceId) as
      { id: string } | undefined
  )?.id;
  const writes: Record<string, (i: number) => void> = {
    unrelated: () => unrelated.run(new Date().toISOString()),
    offer: (i) => touchOffer.run(page[i % page.length]!.id),
    creator: (i) => touchCreator.run(page[i % page.length]!.creator_id),
  };
  const out: Figure = { figure: 'first call after a write (CPU ms p50)', runs };
  const rawCpu: number[] = [];
  for (let i = 0; i < runs; i++) rawCpu.push(await cpuMs(() => raw.all(workspaceId)));
  out['rawPageCpuP50'] = round(percentile(rawCpu, 50));
  await b.router('offers.list', { workspaceId, limit: 50 }); // the warm state a user is in
  if (productId) await b.router('match.forProduct', { productId });
  for (const [kind, write] of Object.entries(writes)) {
    const list: number[] = [];
    const match: number[] = [];
    for (let i = 0; i < runs; i++) {
      write(i);
      list.push(await cpuMs(() => b.router('offers.list', { workspaceId, limit: 50 })));
      write(i);
      if (productId) match.push(await cpuMs(() => b.router('match.forProduct', { productId })));
    }
    out[kind] = {
      offersListCpuP50: round(percentile(list, 50)),
      offersListToRaw: round(percentile(list, 50) / (out['rawPageCpuP50'] as number)),
      matchCpuP50: productId ? round(percentile(match, 50)) : null,
    };
  }
  return out;
}

if (require.main === module) {
  void (async () => {
    const [dataDir, workspaceId, runs] = process.argv.slice(2);
    const b = await openBackend(dataDir!, { log: () => undefined });
    try {
      console.log(JSON.stringify(await measureAfterWrite(b, workspaceId!, runs ? Number(runs) : undefined)));
    } finally {
      b.close();
    }
  })();
}
