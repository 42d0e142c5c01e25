import type { LiveSession } from '../../../shared/live/schemas';
import { computeMetrics, type FunnelInput } from '../../../shared/live/funnel';
import { trafficSources, type TrafficMix } from '../../../shared/live/fields';
import { rowToValues } from './columns';
import type { SessionRow } from './repo';

const knownSources: ReadonlySet<string> = new Set(trafficSources);

function readTraffic(json: string): TrafficMix {
  const parsed: unknown = JSON.parse(json);
  const mix: TrafficMix = {};
  if (parsed && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(parsed)) {
      if (knownSources.has(k) && typeof v === 'number') mix[k as keyof TrafficMix] = v;
    }
  }
  return mix;
}

export function durationSecondsOf(row: SessionRow): number {
  return Math.round((Date.parse(row.ended_at) - Date.parse(row.started_at)) / 1000);
}

export function funnelInputOf(row: SessionRow): FunnelInput {
  return { ...rowToValues(row), durationSeconds: durationSecondsOf(row) };
}

export function toLiveSession(row: SessionRow): LiveSession {
  const input = funnelInputOf(row);
  const { durationSeconds, ...values } = input;
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    roomType: row.account_id !== null ? 'account' : 'creator',
    roomId: row.room_id,
    roomLabel: row.room_label,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: durationSeconds ?? 0,
    slot: row.slot,
    contentId: row.content_id,
    contentTitle: row.content_title,
    values,
    traffic: readTraffic(row.traffic_json),
    metrics: computeMetrics(input),
    source: row.source,
    importedAt: row.imported_at,
  };
}

/** Viewer-weighted average traffic mix: a big session's split counts for more, like every aggregate here. */
export function usualTrafficMix(sessions: readonly LiveSession[]): TrafficMix {
  const sums = new Map<string, number>();
  let weight = 0;
  for (const s of sessions) {
    const w = s.values.viewers;
    if (w === null || w === 0 || Object.keys(s.traffic).length === 0) continue;
    weight += w;
    for (const [k, v] of Object.entries(s.traffic)) sums.set(k, (sums.get(k) ?? 0) + v * w);
  }
  const mix: TrafficMix = {};
  if (weight === 0) return mix;
  for (const [k, v] of sums) mix[k as keyof TrafficMix] = v / weight;
  return mix;
}
