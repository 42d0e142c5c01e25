import type { Account } from '../domain/account';
import type { GuardrailAccount, GuardrailItem } from './guardrails';
import type { ContentFormat, ContentObjective, ContentStatus } from './model';

/** The head columns of a stored content item that every reader of content rows selects. */
export interface StoredItemHead {
  id: string;
  account_id: string;
  title: string;
  format: ContentFormat;
  objective: ContentObjective;
  status: ContentStatus;
  planned_at: string;
  planned_end_at: string;
  creator_id: string | null;
}

/**
 * The columns of a stored content item that guardrails read, as both the content repository and the
 * portfolio's week query return them. Product links come as a JSON array in link order; a range query
 * may have parsed them already (`product_ids`).
 */
export interface GuardrailItemRow extends StoredItemHead {
  product_ids_json: string;
  product_ids?: readonly string[] | undefined;
}

/** The row's product links in link order: parsed already by a range query, or from its JSON array. */
export function linkedProductIds(
  row: Pick<GuardrailItemRow, 'product_ids' | 'product_ids_json'>,
): readonly string[] {
  return (
    row.product_ids ?? (row.product_ids_json === '[]' ? [] : (JSON.parse(row.product_ids_json) as string[]))
  );
}

/** One stored item as the guardrails see it (content warnings, week load, the portfolio's week plan). */
export function guardrailItemFromRow(row: GuardrailItemRow): GuardrailItem {
  return {
    id: row.id,
    accountId: row.account_id,
    title: row.title,
    format: row.format,
    objective: row.objective,
    status: row.status,
    startMs: Date.parse(row.planned_at),
    endMs: Date.parse(row.planned_end_at),
    productIds: linkedProductIds(row),
    // A creator's deliverable (达播) runs in the creator's own room, never the account's.
    hostedByCreator: row.creator_id !== null,
  };
}

/**
 * An account as the guardrails see it (content warnings, a report's plan against target). Only sales
 * accounts carry a live-hours target: a brand account's stored one is ignored, as the matrix form hides it.
 */
export function guardrailAccount(a: Account): GuardrailAccount {
  return {
    id: a.id,
    role: a.role,
    displayName: a.displayName,
    targets: {
      postsPerWeek: a.targets.postsPerWeek,
      liveHoursPerWeek: a.role === 'sales' ? a.targets.liveHoursPerWeek : null,
    },
  };
}
