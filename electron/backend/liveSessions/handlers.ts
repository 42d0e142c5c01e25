import type { HandlerSlice } from '../handlers';
import type { liveSessionsContract } from '../../../shared/api/liveSessions';
import type { BackendContext } from '../context';
import { invalidInput, notFound } from '../errors';
import { requireWorkspace } from '../workspaces/guards';
import { diagnose } from '../../../shared/live/diagnose';
import { bandOf, benchmarkFor } from '../../../shared/live/benchmarks';
import { lowerIsBetter, sessionMetrics, type SessionMetricValues } from '../../../shared/live/funnel';
import { analyseImport, commitImport, previewOf } from './import';
import { benchmarksOver, ownWindow, peerBenchmarkSet } from './analysis';
import {
  clearPeerBenchmark,
  deleteSession,
  findRoom,
  findSession,
  latestAccountSessions,
  pageSessions,
  roomHistory,
  savePeerBenchmark,
  sessionsByContent,
} from './repo';
import { toLiveSession, usualTrafficMix } from './view';

function requireSession(ctx: BackendContext, id: string) {
  const row = findSession(ctx.db, id);
  if (!row) throw notFound('Live session', id);
  return toLiveSession(row);
}

function requireRoom(ctx: BackendContext, roomId: string) {
  const room = findRoom(ctx.db, roomId);
  if (!room) throw notFound('Live room', roomId);
  return room;
}

/** How many past sessions the matrix card's band reads (the own-benchmark default). */
const CARD_BENCHMARK_SESSIONS = 20;

export const liveSessionsHandlers = {
  'liveSessions.importPreview': async (input, ctx) => previewOf(ctx, await analyseImport(ctx, input)),

  'liveSessions.importCommit': async (input, ctx) =>
    commitImport(ctx, await analyseImport(ctx, input), input.skipInvalidRows),

  'liveSessions.list': ({ workspaceId, roomId, cursor, limit }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const page = pageSessions(ctx.db, workspaceId, roomId ?? null, cursor, limit);
    const items = page.items.map((r) => {
      const { traffic: _t, source: _s, ...item } = toLiveSession(r);
      return item;
    });
    return { ...page, items };
  },

  'liveSessions.get': ({ sessionId }, ctx) => requireSession(ctx, sessionId),

  'liveSessions.delete': ({ sessionId }, ctx) => {
    requireSession(ctx, sessionId);
    return { sessionId, deleted: deleteSession(ctx.db, sessionId) };
  },

  'liveSessions.diagnose': ({ sessionId, benchmarkLimit }, ctx) => {
    const session = requireSession(ctx, sessionId);
    const window = ownWindow(ctx.db, session.roomId, session.slot, session.startedAt, benchmarkLimit);
    const result = diagnose(
      session.metrics,
      benchmarksOver(window),
      peerBenchmarkSet(ctx.db, session.roomId),
    );
    return {
      session,
      benchmarkSessions: window.length,
      benchmarkLimit,
      metrics: result.metrics,
      findings: result.findings,
      traffic: { session: session.traffic, usual: usualTrafficMix(window) },
    };
  },

  'liveSessions.compare': ({ sessionIdA, sessionIdB }, ctx) => {
    const a = requireSession(ctx, sessionIdA);
    const b = requireSession(ctx, sessionIdB);
    if (a.workspaceId !== b.workspaceId) {
      throw invalidInput(
        ['sessionIdB'],
        'The two sessions belong to different workspaces',
        'liveSessions.otherWorkspace',
      );
    }
    const delta = Object.fromEntries(
      sessionMetrics.map((m) => {
        const x = a.metrics[m];
        const y = b.metrics[m];
        return [m, x === null || y === null ? null : y - x];
      }),
    ) as SessionMetricValues;
    return { a, b, delta };
  },

  'liveSessions.trend': ({ roomId, limit, upTo, slot }, ctx) => {
    requireRoom(ctx, roomId);
    // ISO instants compare as text; '9999' sorts after every one of them ("no upper bound").
    const until = upTo === undefined ? '9999' : new Date(upTo).toISOString();
    const rows = roomHistory(ctx.db, roomId, until, slot ?? null, limit)
      .map(toLiveSession)
      .reverse();
    return {
      roomId,
      points: rows.map((s) => ({
        sessionId: s.id,
        startedAt: s.startedAt,
        slot: s.slot,
        metrics: s.metrics,
      })),
    };
  },

  'liveSessions.links': ({ workspaceId }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const byContent = sessionsByContent(ctx.db, workspaceId).map((r) => ({
      contentId: r.content_id,
      sessionId: r.id,
    }));
    // One query for every account's recent sessions; each room's last session is banded against its slot.
    const byRoom = new Map<string, ReturnType<typeof toLiveSession>[]>();
    for (const row of latestAccountSessions(ctx.db, workspaceId, CARD_BENCHMARK_SESSIONS + 1)) {
      const list = byRoom.get(row.room_id) ?? [];
      list.push(toLiveSession(row));
      byRoom.set(row.room_id, list);
    }
    const latestByAccount = [...byRoom.entries()].map(([accountId, sessions]) => {
      const last = sessions[0]!;
      const window = sessions
        .filter((s) => s.slot === last.slot && s.startedAt < last.startedAt)
        .slice(0, CARD_BENCHMARK_SESSIONS);
      const pair =
        benchmarkFor(
          window.map((s) => s.metrics.gpm),
          'gpm',
        ) ??
        peerBenchmarkSet(ctx.db, accountId).gpm ??
        null;
      return {
        accountId,
        sessionId: last.id,
        startedAt: last.startedAt,
        gpm: last.metrics.gpm,
        band: bandOf(last.metrics.gpm, pair, 'gpm'),
      };
    });
    return { byContent, latestByAccount };
  },

  'benchmarks.get': ({ roomId, slot, limit }, ctx) => {
    requireRoom(ctx, roomId);
    const window = ownWindow(ctx.db, roomId, slot, '9999', limit);
    const own = benchmarksOver(window);
    const peer = peerBenchmarkSet(ctx.db, roomId);
    return {
      roomId,
      slot,
      sessions: window.length,
      metrics: sessionMetrics.map((metric) => ({
        metric,
        own: own[metric] ?? null,
        peer: peer[metric] ?? null,
      })),
    };
  },

  'benchmarks.set': ({ roomId, values }, ctx) => {
    const room = requireRoom(ctx, roomId);
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v.metric))
        throw invalidInput(
          ['values', i, 'metric'],
          `${v.metric} is given twice`,
          'liveSessions.duplicateMetric',
          { metric: v.metric },
        );
      seen.add(v.metric);
      if (v.p50 === null || v.p75 === null) return;
      // 优秀值 is the better side of the median: higher for most metrics, lower for 退款率.
      const wrongSide = lowerIsBetter.has(v.metric) ? v.p75 > v.p50 : v.p75 < v.p50;
      if (wrongSide) {
        throw invalidInput(
          ['values', i, 'p75'],
          `优秀值 ${v.p75} is on the wrong side of 中位值 ${v.p50} for ${v.metric}`,
          'liveSessions.peerOrder',
          {
            metric: v.metric,
            p50: v.p50,
            p75: v.p75,
          },
        );
      }
    });
    const at = ctx.now().toISOString();
    let saved = 0;
    let cleared = 0;
    ctx.db.transaction(() => {
      for (const v of values) {
        if (v.p50 === null || v.p75 === null) {
          if (clearPeerBenchmark(ctx.db, roomId, v.metric)) cleared++;
        } else {
          savePeerBenchmark(ctx.db, room.workspace_id, roomId, v.metric, v.p50, v.p75, at);
          saved++;
        }
      }
    })();
    return { roomId, saved, cleared };
  },
} satisfies HandlerSlice<typeof liveSessionsContract>;
