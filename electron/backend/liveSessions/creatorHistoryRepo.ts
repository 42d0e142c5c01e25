import type { Db } from '../db/types';
import type { LiveSessionViewers } from '../../../shared/live/expectedLiveViews';
import { LIVE_HISTORY_SESSIONS } from '../../../shared/live/expectedLiveViews';
import { prepared } from '../paging/statements';

interface HistoryRow {
  creator_id: string;
  viewers: number | null;
  avg_online: number | null;
  avg_watch_seconds: number | null;
  duration_seconds: number;
}

/**
 * Creators' latest usable live sessions (达播), newest first, for the expected views of a live deliverable
 * (shared/live/expectedLiveViews.ts). One query for any number of creators; `room_id` is the creator's id
 * for their sessions, so the (room_id, started_at) index serves it.
 */
export function creatorLiveSessionsByIds(
  db: Db,
  creatorIds: readonly string[],
): Map<string, LiveSessionViewers[]> {
  if (creatorIds.length === 0) return new Map();
  const rows = prepared<[string, number], HistoryRow>(
    db,
    `SELECT creator_id, viewers, avg_online, avg_watch_seconds, duration_seconds FROM (
       SELECT creator_id, viewers, avg_online, avg_watch_seconds, started_at,
         CAST(round((julianday(ended_at) - julianday(started_at)) * 86400) AS INTEGER) AS duration_seconds,
         ROW_NUMBER() OVER (PARTITION BY room_id ORDER BY started_at DESC) AS newest
       FROM live_sessions
       WHERE room_id IN (SELECT value FROM json_each(?)) AND creator_id IS NOT NULL
         AND (viewers IS NOT NULL OR (avg_online IS NOT NULL AND avg_watch_seconds > 0)))
     WHERE newest <= ?
     ORDER BY creator_id, started_at DESC`,
  ).all(JSON.stringify(creatorIds), LIVE_HISTORY_SESSIONS);
  const byCreator = new Map<string, LiveSessionViewers[]>();
  for (const r of rows) {
    const session: LiveSessionViewers = {
      viewers: r.viewers,
      avgOnline: r.avg_online,
      avgWatchSeconds: r.avg_watch_seconds,
      durationSeconds: r.duration_seconds,
    };
    const list = byCreator.get(r.creator_id);
    if (list) list.push(session);
    else byCreator.set(r.creator_id, [session]);
  }
  return byCreator;
}
