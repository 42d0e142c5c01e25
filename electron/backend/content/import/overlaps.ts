import type { Db } from '../../db/types';
import { liveSessionsOverlap, type GuardrailItem } from '../../../../shared/content/guardrails';
import { formatWallMinute, MINUTE_MS } from '../../../../shared/content/time';
import { coded } from '../../../../shared/domain/importErrors';
import type { WorkspaceContext } from '../context';
import type { AnalysedRow } from './analyse';
import { liveSlotsStartingIn } from './repo';

// Not Math.min(...values): 50,000 arguments can overflow the call stack.
export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

function isLiveCandidate(row: AnalysedRow): boolean {
  const v = row.values;
  return (
    row.errors.length === 0 &&
    v.format === 'live' &&
    v.status !== 'cancelled' &&
    !!v.plannedAt &&
    !!v.accountId
  );
}

/**
 * One session at a time per live room: checks valid live rows against each other and against live sessions
 * already planned (other than the ones this file updates). The later of two overlapping rows is flagged.
 */
export function checkLiveOverlaps(db: Db, wctx: WorkspaceContext, rows: AnalysedRow[]) {
  const candidates = rows.filter(isLiveCandidate);
  if (candidates.length === 0) return;
  type Slot = GuardrailItem & { rowNumber: number | null };
  const slot = (row: AnalysedRow): Slot => {
    const start = Date.parse(row.values.plannedAt!);
    return {
      id: `row:${row.rowNumber}`,
      rowNumber: row.rowNumber,
      accountId: row.values.accountId!,
      title: row.values.title!,
      format: 'live',
      objective: row.values.objective!,
      status: row.values.status,
      startMs: start,
      endMs: start + row.values.durationMinutes! * MINUTE_MS,
      productIds: [],
    };
  };
  const slots = candidates.map(slot);
  const minStart = minOf(slots.map((s) => s.startMs));
  const maxEnd = maxOf(slots.map((s) => s.endMs));
  const updated = new Set([...rows].map((r) => r.matchId).filter((id): id is string => id !== null));
  const existing = liveSlotsStartingIn(
    db,
    wctx.workspaceId,
    new Date(minStart - 24 * 60 * MINUTE_MS).toISOString(),
    new Date(maxEnd).toISOString(),
  )
    .filter((e) => !updated.has(e.id))
    .map((e): Slot => ({
      id: e.id,
      rowNumber: null,
      accountId: e.account_id,
      title: e.title,
      format: 'live',
      objective: 'self_broadcast',
      status: 'scheduled',
      startMs: Date.parse(e.planned_at),
      endMs: Date.parse(e.planned_end_at),
      productIds: [],
    }));
  const byAccount = new Map<string, Slot[]>();
  for (const s of [...existing, ...slots]) {
    const list = byAccount.get(s.accountId);
    if (list) list.push(s);
    else byAccount.set(s.accountId, [s]);
  }
  const rowByNumber = new Map(candidates.map((r) => [r.rowNumber, r]));
  const describe = (slot: Slot) =>
    slot.rowNumber !== null
      ? `the live session in row ${slot.rowNumber}`
      : `the live session "${slot.title}" (${formatWallMinute(slot.startMs, wctx.timeZone)})`;
  const flag = (row: Slot, other: Slot) =>
    rowByNumber.get(row.rowNumber!)!.errors.push({
      field: 'plannedAt',
      ...coded(
        `Overlaps ${describe(other)} on the same account; a live room runs one session at a time`,
        other.rowNumber !== null ? 'row.liveOverlapRow' : 'row.liveOverlapItem',
        other.rowNumber !== null
          ? { row: other.rowNumber }
          : { title: other.title, time: formatWallMinute(other.startMs, wctx.timeZone) },
      ),
    });
  for (const list of byAccount.values()) {
    // Existing sessions first at equal starts; of two overlapping rows the later one is flagged.
    list.sort((a, b) => a.startMs - b.startMs || (a.rowNumber ?? -1) - (b.rowNumber ?? -1));
    let running: Slot[] = []; // sessions still on air at the current start, not flagged
    for (const s of list) {
      running = running.filter((k) => k.endMs > s.startMs);
      const clashes = running.filter((k) => liveSessionsOverlap(k, s));
      if (s.rowNumber !== null && clashes.length > 0) {
        flag(s, clashes[0]!);
        continue;
      }
      if (s.rowNumber === null) {
        // A planned session collides with a row kept earlier: the row is the one to fix.
        for (const k of clashes) if (k.rowNumber !== null) flag(k, s);
        running = running.filter((k) => k.rowNumber === null || !clashes.includes(k));
      }
      running.push(s);
    }
  }
}
