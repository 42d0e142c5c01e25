import type { Db } from '../db/types';
import { benchmarkFor, type BenchmarkPair } from '../../../shared/live/benchmarks';
import { sessionMetrics, type SessionMetric } from '../../../shared/live/funnel';
import type { LiveSession } from '../../../shared/live/schemas';
import type { TimeSlot } from '../../../shared/live/slots';
import { peerBenchmarks, slotHistory } from './repo';
import { toLiveSession } from './view';

export type BenchmarkSet = Partial<Record<SessionMetric, BenchmarkPair | null>>;

/** P50 and P75 (P25 for lower-is-better metrics) of each metric over the given sessions. */
export function benchmarksOver(sessions: readonly LiveSession[]): BenchmarkSet {
  const set: BenchmarkSet = {};
  for (const m of sessionMetrics)
    set[m] = benchmarkFor(
      sessions.map((s) => s.metrics[m]),
      m,
    );
  return set;
}

/**
 * The room's own benchmark window for a slot: its latest `limit` sessions in that slot that started
 * before `before` (a diagnosed session never counts towards its own yardstick).
 */
export function ownWindow(
  db: Db,
  roomId: string,
  slot: TimeSlot,
  before: string,
  limit: number,
): LiveSession[] {
  return slotHistory(db, roomId, slot, before, limit).map(toLiveSession);
}

export function peerBenchmarkSet(db: Db, roomId: string): BenchmarkSet {
  const known: ReadonlySet<string> = new Set(sessionMetrics);
  const set: BenchmarkSet = {};
  for (const row of peerBenchmarks(db, roomId)) {
    if (known.has(row.metric)) set[row.metric as SessionMetric] = { p50: row.p50, p75: row.p75 };
  }
  return set;
}
