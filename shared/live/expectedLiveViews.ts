import { z } from 'zod';

/**
 * Expected views of a live-session deliverable come from the creator's own live history, not from their
 * video views: a live room is measured in 观看人数 (viewers) per session, and a creator whose videos reach
 * 80,000 people may hold a few thousand in a live room (or many more). The figure is the median over the
 * creator's latest sessions (robust against one boosted session, like the median of video plays).
 *
 * A session without an exported 观看人数 is estimated from its average online count, length and average
 * watch time (Little's law: people in the room = arrivals × time each stays, so arrivals = 平均在线 ×
 * 直播时长 ÷ 人均观看时长). Without any usable session there is no live figure, and the offer's totals
 * fall back to the median video views for the live lines, marked as a fallback (offerTotals).
 */

/** The latest sessions the median is taken over. */
export const LIVE_HISTORY_SESSIONS = 10;

export interface LiveSessionViewers {
  viewers: number | null;
  avgOnline: number | null;
  avgWatchSeconds: number | null;
  durationSeconds: number;
}

export const liveViewsFigureSchema = z.object({
  /** Median 观看人数 per session over the sessions counted. */
  viewersPerSession: z.number().int(),
  /** How many sessions the median is taken over (≤ LIVE_HISTORY_SESSIONS). */
  sessions: z.number().int(),
  /** How many of them were estimated from 平均在线 × 时长 ÷ 人均观看时长 (no exported 观看人数). */
  estimated: z.number().int(),
});
export type LiveViewsFigure = z.infer<typeof liveViewsFigureSchema>;

/** A session's viewers: exported, else estimated by Little's law, else unknown. */
export function sessionViewers(s: LiveSessionViewers): { viewers: number; estimated: boolean } | null {
  if (s.viewers !== null) return { viewers: s.viewers, estimated: false };
  if (s.avgOnline === null || s.avgWatchSeconds === null || s.avgWatchSeconds <= 0) return null;
  return {
    viewers: Math.round((s.avgOnline * s.durationSeconds) / s.avgWatchSeconds),
    estimated: true,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** `sessions` newest first; the first LIVE_HISTORY_SESSIONS usable ones count. Null when none is usable. */
export function liveViewsFigure(sessions: readonly LiveSessionViewers[]): LiveViewsFigure | null {
  const usable = sessions
    .map(sessionViewers)
    .filter((v): v is NonNullable<typeof v> => v !== null)
    .slice(0, LIVE_HISTORY_SESSIONS);
  if (usable.length === 0) return null;
  return {
    viewersPerSession: median(usable.map((u) => u.viewers)),
    sessions: usable.length,
    estimated: usable.filter((u) => u.estimated).length,
  };
}
