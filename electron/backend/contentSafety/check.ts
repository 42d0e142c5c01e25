import type { Db } from '../db/types';
import type { ContentCheckOutput } from '../../../shared/content/check';
import { computeContentWarnings, type GuardrailItem } from '../../../shared/content/guardrails';
import { formatWallMinute, MINUTE_MS } from '../../../shared/content/time';
import type { z } from 'zod';
import type { contentCheckInputSchema } from '../../../shared/content/check';
import { contextSpan, guardrailItem, loadWorkspaceContext } from '../content/context';
import { findItemRow, itemsStartingIn } from '../content/repo';
import { checkAccount, checkProducts } from '../content/validate';
import { notFound } from '../errors';

type CheckInput = z.output<typeof contentCheckInputSchema>;

/** The id the draft takes among the stored items when it has none yet. */
const DRAFT_ID = 'draft';

/**
 * The findings a save of these fields would produce, computed by the same rules over the same neighbours as
 * content.list and every write (computeContentWarnings over the draft's context span), so what the drawer
 * shows while typing is what the calendar shows after saving. Reads only.
 */
export function checkDraft(db: Db, input: CheckInput): ContentCheckOutput {
  const wctx = loadWorkspaceContext(db, input.workspaceId);
  const stored = input.id ? findItemRow(db, input.id) : undefined;
  if (input.id && (!stored || stored.workspace_id !== input.workspaceId)) {
    throw notFound('Content item', input.id);
  }
  checkAccount(wctx, input.accountId, stored?.account_id === input.accountId);
  checkProducts(wctx, input.productIds);
  const startMs = Date.parse(input.plannedAt);
  const live = input.format === 'live' && input.durationMinutes !== null;
  const draft: GuardrailItem = {
    id: stored?.id ?? DRAFT_ID,
    accountId: input.accountId,
    title: '',
    format: input.format,
    objective: input.objective,
    status: input.status,
    startMs,
    endMs: live ? startMs + input.durationMinutes! * MINUTE_MS : startMs,
    productIds: input.productIds,
    hostedByCreator: stored ? stored.creator_id !== null : false,
  };
  const span = contextSpan(startMs, Math.max(startMs + 1, draft.endMs), wctx.timeZone);
  const neighbours = itemsStartingIn(
    db,
    wctx.workspaceId,
    new Date(span.fromMs).toISOString(),
    new Date(span.toMs).toISOString(),
  )
    .filter((row) => row.id !== draft.id)
    .map(guardrailItem);
  const warnings = computeContentWarnings({
    items: [...neighbours, draft],
    accounts: wctx.guardAccounts,
    products: wctx.products,
    timeZone: wctx.timeZone,
    timeLabel: (ms) => formatWallMinute(ms, wctx.timeZone),
  });
  return { warnings: warnings.get(draft.id) ?? [] };
}
