/**
 * `tsx test/bench/scale/contentListWarm.ts <agency data dir> [calls]`: content.list's first page of the big
 * client's month, warmed (50 calls first), then `calls` rounds each timing the method, the raw read of the
 * same rows and the older narrow raw read one after the other, so all three see the same load. Prints the
 * CPU p50s and ratios as one JSON line. bench:scale times 20 calls after one warm-up, which on a shared
 * machine spreads more than a change of a tenth of the method; this is the steadier comparison.
 */
import { openBackend } from '../../../electron/backend/app';
import type { Db } from '../../../electron/backend/db/types';
import { methodCases } from './cases';
import { percentile, type RawRead } from './measure';

const cpuMs = (run: () => unknown) => {
  const c0 = process.cpuUsage();
  run();
  const used = process.cpuUsage(c0);
  return (used.user + used.system) / 1000;
};
const round = (ms: number) => Math.round(ms * 1000) / 1000;

function rawReader(db: Db, read: RawRead): () => void {
  const statement = db.prepare(read.sql);
  const followUps = (read.perRow ?? []).map((sql) => db.prepare(sql));
  return () => {
    for (const row of statement.all(...read.params) as { id?: unknown }[])
      for (const followUp of followUps) followUp.all(row.id);
  };
}

async function main(): Promise<void> {
  const [dataDir, callsArg] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: contentListWarm.ts <agency data dir> [calls]');
  const calls = Number(callsArg ?? 200);
  const c = methodCases.find((m) => m.figure === 'content.list month')!;
  const b = await openBackend(dataDir);
  try {
    const db = b.context.db;
    const { w: workspaceId } = db
      .prepare(
        'SELECT workspace_id AS w FROM content_items GROUP BY workspace_id ORDER BY COUNT(*) DESC LIMIT 1',
      )
      .get() as { w: string };
    const input = c.input(workspaceId, db)!;
    const raw = rawReader(db, c.raw!(workspaceId, db)!);
    const narrow = rawReader(db, c.narrowRaw!(workspaceId, db)!);
    let failed: string | null = null;
    const method = async () => {
      const c0 = process.cpuUsage();
      const result = await b.router(c.method, input);
      const used = process.cpuUsage(c0);
      if (!result.ok) failed = result.error.message;
      return (used.user + used.system) / 1000;
    };
    for (let i = 0; i < 50; i++) {
      await method();
      raw();
      narrow();
    }
    const times = { method: [] as number[], raw: [] as number[], narrow: [] as number[] };
    for (let i = 0; i < calls; i++) {
      times.method.push(await method());
      times.raw.push(cpuMs(raw));
      times.narrow.push(cpuMs(narrow));
    }
    if (failed) throw new Error(failed);
    const p50 = (values: number[]) => percentile(values, 50);
    console.log(
      JSON.stringify({
        figure: 'content.list month, warmed',
        calls,
        methodCpuP50: round(p50(times.method)),
        rawCpuP50: round(p50(times.raw)),
        cpuRatioToRaw: round(p50(times.method) / p50(times.raw)),
        narrowRawCpuP50: round(p50(times.narrow)),
        narrowCpuRatioToRaw: round(p50(times.method) / p50(times.narrow)),
      }),
    );
  } finally {
    b.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
