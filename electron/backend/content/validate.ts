import type { Db } from '../db/types';
import type { Account } from '../../../shared/domain/account';
import { formatWallMinute } from '../../../shared/content/time';
import { AppError, conflict, invalidInput } from '../errors';
import type { WorkspaceContext } from './context';
import { findItemRow, findOverlappingLive, plannedEnd, type ContentValues } from './repo';

/** The account must be one of the workspace's; a new plan cannot go on an archived account. */
export function checkAccount(ctx: WorkspaceContext, accountId: string, allowArchived: boolean): Account {
  const account = ctx.accounts.get(accountId);
  if (!account)
    throw invalidInput(
      ['accountId'],
      `Unknown account ${accountId} in this workspace`,
      'content.unknownAccount',
    );
  if (account.archivedAt && !allowArchived) {
    throw invalidInput(
      ['accountId'],
      `Account ${account.displayName} is archived; restore it before planning content on it`,
      'content.archivedAccount',
      { name: account.displayName },
    );
  }
  return account;
}

export function checkProducts(ctx: WorkspaceContext, productIds: readonly string[]): void {
  productIds.forEach((id, i) => {
    if (!ctx.products.has(id))
      throw invalidInput(
        ['productIds', i],
        `Unknown product ${id} in this workspace`,
        'content.unknownProduct',
      );
  });
}

/** A live room runs one session at a time: refuse a live session that intersects another of the account. */
export function checkLiveOverlap(
  db: Db,
  ctx: WorkspaceContext,
  values: ContentValues,
  exceptId?: string,
): void {
  if (values.format !== 'live' || values.status === 'cancelled') return;
  // A creator's live (达播) runs in the creator's own room, so it cannot clash with the account's sessions.
  if (exceptId && isHostedByCreator(db, exceptId)) return;
  const end = plannedEnd(values.plannedAt, values.durationMinutes);
  const clash = findOverlappingLive(db, values.accountId, values.plannedAt, end, exceptId ? [exceptId] : []);
  if (!clash) return;
  const from = formatWallMinute(Date.parse(clash.planned_at), ctx.timeZone);
  const to = formatWallMinute(Date.parse(clash.planned_end_at), ctx.timeZone).slice(11);
  throw conflict(
    ['plannedAt'],
    `Overlaps the live session "${clash.title}" (${from}–${to}) on the same account; a live room runs one session at a time`,
    'content.liveOverlap',
    { title: clash.title, from, to },
  );
}

export function invalidStatusChange(message: string, from: string, to: string): AppError {
  const detail = { reason: 'content.statusChange', params: { from, to } };
  return new AppError(
    'invalid_state',
    `status: ${message}`,
    [{ path: ['status'], message, code: detail.reason, params: detail.params }],
    detail,
  );
}

export function publishedCannotMove(): AppError {
  const message = 'Published items cannot be rescheduled: they are already out';
  const reason = 'content.publishedCannotMove';
  return new AppError(
    'invalid_state',
    `plannedAt: ${message}`,
    [{ path: ['plannedAt'], message, code: reason }],
    {
      reason,
    },
  );
}

function isHostedByCreator(db: Db, itemId: string): boolean {
  return findItemRow(db, itemId)?.creator_id != null;
}
