/**
 * Two figures the method latencies (warm: each is timed after a warm-up call) do not show:
 * - the first call after the backend opens, big client ÷ small client: what a user waits for on the
 *   first visit of a page after start-up, when the per-connection caches of offers.list and
 *   match.forProduct are still empty;
 * - deleting a workspace (the small client, every cascade) inside a transaction that is rolled back, so
 *   the cached database stays as generated, with the plan of the cascade's widest table: the issue's
 *   "workspace delete" row asks for it to be indexed.
 */
import { openBackend } from '../../../electron/backend/app';
import { percentile, type Figure } from './measure';

const round = (ms: number) => Math.round(ms * 100) / 100;

interface FirstCall {
  figure: string;
  method: string;
  input: (ws: string, firstProductId: string | null) => Record<string, unknown> | null;
}

const firstCallCases: FirstCall[] = [
  {
    figure: 'match.forProduct first call after open',
    method: 'match.forProduct',
    input: (_, productId) => (productId ? { productId } : null),
  },
  {
    figure: 'offers.list first call after open',
    method: 'offers.list',
    input: (ws) => ({ workspaceId: ws, limit: 50 }),
  },
  {
    figure: 'creators.list first call after open',
    method: 'creators.list',
    input: (ws) => ({ workspaceId: ws, limit: 100 }),
  },
];

/** Each run opens the backend afresh, so every timed call is the first of its connection. */
export async function measureFirstCalls(
  dataDir: string,
  clients: { big: string; small: string },
  runs = 3,
): Promise<Figure[]> {
  const times = new Map<string, number[]>();
  // CPU time too: on a machine shared by other work, wall time is mostly waiting for a core.
  const cpu = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    // Big and small alternate run by run, as the page timings do.
    for (const [label, workspaceId] of Object.entries(clients)) {
      for (const c of firstCallCases) {
        const b = await openBackend(dataDir, { log: () => undefined });
        try {
          const productId =
            b.context.db
              .prepare<[string], { id: string }>(
                'SELECT id FROM products WHERE workspace_id = ? ORDER BY rowid LIMIT 1',
              )
              .get(workspaceId)?.id ?? null;
          const input = c.input(workspaceId, productId);
          if (!input) continue;
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          const result = await b.router(c.method, input);
          const ms = performance.now() - t0;
          const used = process.cpuUsage(c0);
          if (!result.ok) throw new Error(`${c.method}: ${result.error.message}`);
          const key = `${c.figure}|${label}`;
          times.set(key, [...(times.get(key) ?? []), round(ms)]);
          cpu.set(key, [...(cpu.get(key) ?? []), round((used.user + used.system) / 1000)]);
        } finally {
          b.close();
        }
      }
    }
  }
  return firstCallCases.map((c) => {
    const side = (label: string) => ({
      p50: percentile(times.get(`${c.figure}|${label}`) ?? [], 50),
      cpuP50: percentile(cpu.get(`${c.figure}|${label}`) ?? [], 50),
      runsMs: times.get(`${c.figure}|${label}`) ?? [],
    });
    const big = side('big');
    const small = side('small');
    return {
      figure: c.figure,
      method: c.method,
      big,
      small,
      bigToSmall: small.p50 > 0 ? round(big.p50 / small.p50) : null,
      cpuBigToSmall: small.cpuP50 > 0 ? round(big.cpuP50 / small.cpuP50) : null,
    };
  });
}

/** Deletes the workspace in a rolled-back transaction: its time and rows, and the cascade's plan. */
export async function measureWorkspaceDelete(
  dataDir: string,
  workspaceId: string,
  runs = 3,
): Promise<Figure> {
  const b = await openBackend(dataDir, { log: () => undefined });
  try {
    const db = b.context.db;
    const metricRows = db
      .prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM content_metrics WHERE workspace_id = ?')
      .get(workspaceId)!.n;
    const plan = db
      .prepare<[string], { detail: string }>(
        'EXPLAIN QUERY PLAN DELETE FROM content_metrics WHERE workspace_id = ?',
      )
      .all(workspaceId)
      .map((r) => r.detail);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      db.exec('BEGIN');
      try {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const result = await b.router('workspaces.delete', { id: workspaceId });
        times.push(round(performance.now() - t0));
        const used = process.cpuUsage(c0);
        cpu.push(round((used.user + used.system) / 1000));
        if (!result.ok) throw new Error(`workspaces.delete: ${result.error.message}`);
      } finally {
        db.exec('ROLLBACK');
      }
    }
    return {
      figure: 'workspace delete (small client, rolled back)',
      p50: percentile(times, 50),
      cpuP50: percentile(cpu, 50),
      runsMs: times,
      contentMetricRows: metricRows,
      contentMetricsPlan: plan,
      indexed: plan.every((line) => !line.startsWith('SCAN')),
    };
  } finally {
    b.close();
  }
}

if (require.main === module) {
  // `tsx test/bench/scale/firstCalls.ts <dataDir> <big workspace id> <small workspace id>` prints these alone.
  void (async () => {
    const [dataDir, big, small] = process.argv.slice(2);
    for (const figure of await measureFirstCalls(dataDir!, { big: big!, small: small! }))
      console.log(JSON.stringify(figure));
    console.log(JSON.stringify(await measureWorkspaceDelete(dataDir!, small!)));
  })();
}
