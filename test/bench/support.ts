import type { Backend } from '../../electron/backend/app';
import { mulberry32 } from '../../shared/random';

/** The preamble the benches shared: seeded numbers, a router call that throws, percentiles. */

/** Deterministic pseudo-random numbers, so runs are comparable. */
export const random = mulberry32;

/** A router call that returns the value or throws with the method's error (benches stop on any failure). */
export async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.router(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** The nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
