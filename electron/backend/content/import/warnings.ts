import type { Db } from '../../db/types';
import type { ImportRow } from '../../../../shared/content/importSchemas';
import { computeContentWarnings, type GuardrailItem } from '../../../../shared/content/guardrails';
import { formatWallMinute } from '../../../../shared/content/time';
import { contextSpan, guardrailItem } from '../context';
import { itemsStartingIn, plannedEnd } from '../repo';
import type { Analysis } from './analyse';
import { maxOf, minOf } from './overlaps';

/** Guardrail warnings each valid row will have once stored, among the items already planned around it. */
export function previewWarnings(db: Db, analysis: Analysis): Map<number, ImportRow['warnings']> {
  const { wctx } = analysis;
  const valid = analysis.rows.filter((r) => r.errors.length === 0);
  const result = new Map<number, ImportRow['warnings']>();
  if (valid.length === 0) return result;
  const starts = valid.map((r) => Date.parse(r.values.plannedAt!));
  const ends = valid.map((r) => Date.parse(plannedEnd(r.values.plannedAt!, r.values.durationMinutes)));
  const span = contextSpan(minOf(starts), maxOf(ends) + 1, wctx.timeZone);
  const updated = new Set(valid.map((r) => r.matchId).filter((id): id is string => id !== null));
  const existing = itemsStartingIn(
    db,
    wctx.workspaceId,
    new Date(span.fromMs).toISOString(),
    new Date(span.toMs).toISOString(),
  )
    .filter((r) => !updated.has(r.id))
    .map(guardrailItem);
  const fileItems = valid.map((r, i): GuardrailItem => ({
    id: `row:${r.rowNumber}`,
    accountId: r.values.accountId!,
    title: r.values.title!,
    format: r.values.format!,
    objective: r.values.objective!,
    status: r.values.status,
    startMs: starts[i]!,
    endMs: ends[i]!,
    productIds: r.values.productIds,
  }));
  const warnings = computeContentWarnings({
    items: [...existing, ...fileItems],
    accounts: wctx.guardAccounts,
    products: wctx.products,
    timeZone: wctx.timeZone,
    timeLabel: (ms) => formatWallMinute(ms, wctx.timeZone),
  });
  for (const r of valid) result.set(r.rowNumber, warnings.get(`row:${r.rowNumber}`) ?? []);
  return result;
}
