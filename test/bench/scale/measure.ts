/**
 * Latency of the methods on the big and the small client, through the router as the app calls
 * them, beside the same rows read by raw SQL in the same process. Method shapes may be paged or not:
 * each call tries `{ …, limit }` first and falls back to the unpaged input when the contract refuses it.
 */
import type { Backend } from '../../../electron/backend/app';
import type { Db } from '../../../electron/backend/db/types';

export interface Figure {
  figure: string;
  [key: string]: unknown;
}

/**
 * At least 5 timed runs; a fast call gets up to 20 while the runs take under 2 s in all, so its p50 is
 * past the JIT's first optimisations (with 5, a 10 ms call's p50 was its third run, still warming up).
 */
const MIN_RUNS = 5;
const MAX_RUNS = 20;
const RUNS_BUDGET_MS = 2_000;
const keepTiming = (done: number, startedAt: number) =>
  done < MIN_RUNS || (done < MAX_RUNS && performance.now() - startedAt < RUNS_BUDGET_MS);

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Calls a method, paged when the contract takes `limit`; returns the value and the input used. */
export async function callAdaptive(
  b: Backend,
  method: string,
  input: Record<string, unknown>,
  paged: Record<string, unknown> | null,
): Promise<{ value: unknown; input: Record<string, unknown> }> {
  if (paged) {
    const first = await b.router(method, { ...input, ...paged });
    if (first.ok) return { value: first.value, input: { ...input, ...paged } };
    if (first.error.code !== 'invalid_input') throw new Error(`${method}: ${first.error.message}`);
  }
  const result = await b.router(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return { value: result.value, input };
}

/**
 * This process's CPU time (user + system) in ms since `start`: on a machine shared by other work, a
 * call's wall time mostly measures waiting for a core, its CPU time what the call itself costs.
 */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function timeCall(b: Backend, method: string, input: Record<string, unknown>) {
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; keepTiming(i, started); i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await b.router(method, input);
    times.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    bytes = JSON.stringify(result.value).length;
  }
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    cpuP50: round(percentile(cpu, 50)),
    runs: times.length,
    bytes,
  };
}

/** A raw read: one query, then (when given) each follow-up statement once per row, bound with its `id`. */
export interface RawRead {
  sql: string;
  params: unknown[];
  perRow?: readonly string[];
}

function timeRaw(db: Db, read: RawRead) {
  const statement = db.prepare(read.sql);
  const followUps = (read.perRow ?? []).map((sql) => db.prepare(sql));
  const times: number[] = [];
  const cpu: number[] = [];
  let rows: { id?: unknown }[] = [];
  const started = performance.now();
  for (let i = 0; keepTiming(i, started); i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    rows = statement.all(...read.params) as { id?: unknown }[];
    for (const row of rows) for (const followUp of followUps) followUp.all(row.id);
    times.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  return {
    p50: round(percentile(times, 50)),
    cpuP50: round(percentile(cpu, 50)),
    rows: rows.length,
    ids: rows.map((row) => row.id),
  };
}

/** Whether a raw read's rows are the method's items, in order (a page's raw read may hold one more). */
function sameRows(value: unknown, rawIds: readonly unknown[]): boolean | null {
  const items = (value as { items?: { id?: unknown }[] } | null)?.items;
  if (!Array.isArray(items) || items.length === 0 || rawIds.length < items.length) return null;
  return items.every((item, i) => item.id === rawIds[i]);
}

export interface MethodCase {
  figure: string;
  method: string;
  input: (workspaceId: string, db: Db) => Record<string, unknown> | null;
  paged?: Record<string, unknown>;
  /** The same rows by raw SQL (indexed), for the ratio; params from the same workspace. */
  raw?: (workspaceId: string, db: Db) => RawRead | null;
  /**
   * An earlier, narrower raw read kept for comparison with older figures (printed as `narrow*`): content.list's
   * month rows without the lives running into the month and without links.
   */
  narrowRaw?: (workspaceId: string, db: Db) => RawRead | null;
}

export async function measureMethod(
  b: Backend,
  c: MethodCase,
  clients: { big: string; small: string },
): Promise<Figure> {
  const out: Figure = { figure: c.figure, method: c.method };
  for (const [label, workspaceId] of Object.entries(clients)) {
    const base = c.input(workspaceId, b.context.db);
    if (!base) {
      out[label] = null;
      continue;
    }
    try {
      const { input, value } = await callAdaptive(b, c.method, base, c.paged ?? null); // warm-up, picks the shape
      const timing = await timeCall(b, c.method, input);
      const raw = c.raw?.(workspaceId, b.context.db);
      const rawTiming = raw ? timeRaw(b.context.db, raw) : null;
      const narrow = c.narrowRaw?.(workspaceId, b.context.db);
      const narrowTiming = narrow ? timeRaw(b.context.db, narrow) : null;
      out[label] = {
        ...timing,
        paged: 'limit' in input,
        rawP50: rawTiming?.p50 ?? null,
        rawRows: rawTiming?.rows ?? null,
        ...(raw?.perRow ? { rawSameRows: sameRows(value, rawTiming!.ids) } : {}),
        ratioToRaw: rawTiming && rawTiming.p50 > 0 ? round(timing.p50 / rawTiming.p50) : null,
        rawCpuP50: rawTiming?.cpuP50 ?? null,
        cpuRatioToRaw: rawTiming && rawTiming.cpuP50 > 0 ? round(timing.cpuP50 / rawTiming.cpuP50) : null,
        ...(narrowTiming
          ? {
              narrowRawP50: narrowTiming.p50,
              narrowRawRows: narrowTiming.rows,
              narrowRawCpuP50: narrowTiming.cpuP50,
              narrowCpuRatioToRaw:
                narrowTiming.cpuP50 > 0 ? round(timing.cpuP50 / narrowTiming.cpuP50) : null,
            }
          : {}),
      };
    } catch (err) {
      out[label] = { error: err instanceof Error ? err.message : String(err) };
    }
  }
  const big = out['big'] as { p50?: number } | null;
  const small = out['small'] as { p50?: number } | null;
  if (big?.p50 !== undefined && small?.p50) out['bigToSmall'] = round(big.p50 / small.p50);
  return out;
}
