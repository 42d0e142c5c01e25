/**
 * What migration 0420's forecast past notes cost the writes they watch (issue 13), on fresh databases with
 * the notes and with their triggers dropped, alternating, in the same process; medians and ratios printed,
 * never asserted. Published items are the notes' case (a plan's items are not noted):
 * 1. per-row writes: 40,000 content items (about half published, half tagged, sales items linked to
 *    products: content.ts's seed) written by the repo in one transaction, each published row noted;
 * 2. a content import of 20,000 published rows through the router (preview + commit), which marks its
 *    workspace and notes every account once at the end.
 *
 *   npx tsx test/bench/pastChangeTriggers.ts [items=40000] [importRows=20000] [runs=3]
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/backend/app';
import { createMatrix, seedItems, type Matrix } from './content';
import { call } from './support';
import { withTempBackend } from './tempBackend';

const items = Number(process.argv[2] ?? 40_000);
const importRows = Number(process.argv[3] ?? 20_000);
const runs = Number(process.argv[4] ?? 3);

type Variant = 'with notes (0420, 0430)' | 'without';
const variants: Variant[] = ['with notes (0420, 0430)', 'without'];

function dropTriggers(backend: Backend): void {
  const db = backend.context.db;
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'forecast_past_on_*'")
    .all() as { name: string }[];
  if (names.length === 0) throw new Error('no forecast past triggers: is the database at 0420?');
  for (const { name } of names) db.exec(`DROP TRIGGER "${name}"`);
}

/** Published short videos, one per row, spread over the matrix's accounts in 2024. */
function publishedCsv(m: Matrix, rows: number): string {
  const lines = ['账号,标题,形式,目标,状态,计划时间,发布链接,标签'];
  for (let i = 0; i < rows; i++) {
    const account = m.accounts[i % m.accounts.length]!;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / m.accounts.length) * 3_600_000);
    const when = day.toISOString().slice(0, 16).replace('T', ' ');
    const objective = account.role === 'brand' ? '种草' : '转化';
    lines.push(
      `${account.handle},已发布 ${i},短视频,${objective},已发布,${when},https://example.com/${i},护肤`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function timeOnce(variant: Variant, what: 'rows' | 'import'): Promise<number> {
  return withTempBackend('past-triggers', async (backend) => {
    if (variant === 'without') dropTriggers(backend);
    const matrix = await createMatrix(backend, '触发器基准');
    if (what === 'rows') {
      const t0 = performance.now();
      seedItems(backend, matrix, items);
      return performance.now() - t0;
    }
    const file = {
      workspaceId: matrix.workspaceId,
      fileName: 'published.csv',
      base64: Buffer.from(publishedCsv(matrix, importRows)).toString('base64'),
    };
    const t0 = performance.now();
    const preview = await call<{ counts: { invalid: number } }>(backend, 'content.importPreview', file);
    if (preview.counts.invalid > 0) throw new Error(`bench CSV has ${preview.counts.invalid} invalid rows`);
    const result = await call<{ created: number }>(backend, 'content.importCommit', file);
    if (result.created !== importRows) throw new Error(`created ${result.created} of ${importRows}`);
    return performance.now() - t0;
  });
}

async function main() {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const what of ['rows', 'import'] as const) {
    const times: Record<Variant, number[]> = { 'with notes (0420, 0430)': [], without: [] };
    for (let i = 0; i < runs; i++) for (const v of variants) times[v].push(await timeOnce(v, what));
    const without = median(times.without);
    for (const v of variants) {
      console.log(
        JSON.stringify({
          figure:
            what === 'rows'
              ? 'content items written by the repo in one transaction'
              : 'content import of published rows (preview + commit)',
          variant: v,
          rows: what === 'rows' ? items : importRows,
          medianMs: Math.round(median(times[v])),
          ratioToWithout: Math.round((median(times[v]) / without) * 100) / 100,
        }),
      );
    }
  }
}

void main();
