import { randomBytes } from 'node:crypto';
import type { BackendContext } from '../context';
import type { ExportPackInput } from '../../../shared/approvals/model';
import { MAX_PACK_DAYS, MAX_PACK_ITEMS } from '../../../shared/approvals/model';
import { effectiveApprovalState, unapprovedStates } from '../../../shared/approvals/stateMachine';
import { formatWallMinute, weekOfInstant } from '../../../shared/content/time';
import { invalidInput, invalidState } from '../errors';
import { loadWorkspaceContext, resolveRange } from '../content/context';
import { itemsStartingIn, rowProductIds, rowTags, rowValues } from '../content/repo';
import { findWorkspace } from '../workspaces/repo';
import { approvalsFor, commentThreads, creatorNames, insertEvent, insertPack, upsertApproval } from './repo';
import { reviewFingerprint } from './fingerprint';
import { renderPackHtml, type PackViewItem } from './packHtml';

/**
 * Exports a review pack: the items of [from, to] (civil dates in the workspace's zone, inclusive) on the chosen
 * accounts, neither published nor cancelled; with `onlyPending`, only those not approved yet. Stores the pack with its secret and
 * each item's revision and fingerprint, and marks never-reviewed items pending, in one transaction.
 */
export function exportPack(ctx: BackendContext, input: ExportPackInput) {
  const wctx = loadWorkspaceContext(ctx.db, input.workspaceId);
  const workspace = findWorkspace(ctx.db, input.workspaceId)!;
  if (input.from > input.to) throw invalidInput(['to'], 'Must not be before from', 'approvals.rangeOrder');
  const dayAfter = new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const range = resolveRange({ from: input.from, to: dayAfter }, wctx.timeZone, MAX_PACK_DAYS);
  input.accountIds?.forEach((id, i) => {
    if (!wctx.accounts.has(id)) {
      throw invalidInput(
        ['accountIds', i],
        `Unknown account ${id} in this workspace`,
        'approvals.unknownAccount',
      );
    }
  });
  const accountFilter = input.accountIds && input.accountIds.length > 0 ? new Set(input.accountIds) : null;
  const candidates = itemsStartingIn(ctx.db, input.workspaceId, range.from, range.to).filter(
    // Published items are out already and cancelled ones will not run: neither is the client's to approve.
    (row) =>
      row.status !== 'cancelled' &&
      row.status !== 'published' &&
      (!accountFilter || accountFilter.has(row.account_id)),
  );
  const records = approvalsFor(
    ctx.db,
    candidates.map((r) => r.id),
  );
  const rows = candidates.filter((row) => {
    if (!input.onlyPending) return true;
    const state = effectiveApprovalState(records.get(row.id)?.state ?? null, row.status);
    return state !== null && unapprovedStates.includes(state);
  });
  if (rows.length === 0) {
    throw invalidState('No items to review in this range and selection', 'approvals.emptyPack');
  }
  if (rows.length > MAX_PACK_ITEMS) {
    throw invalidState(
      `A pack holds at most ${MAX_PACK_ITEMS} items; this selection has ${rows.length}. Choose fewer days or accounts`,
      'approvals.packTooLarge',
      { max: MAX_PACK_ITEMS, count: rows.length },
    );
  }

  const packId = ctx.newId();
  const secret = randomBytes(32).toString('hex');
  const at = ctx.now().toISOString();
  const productNames = new Map([...wctx.products.values()].map((p) => [p.id, p.name]));
  const creators = creatorNames(ctx.db, [
    ...new Set(rows.flatMap((r) => (r.creator_id ? [r.creator_id] : []))),
  ]);
  const threads = commentThreads(
    ctx.db,
    rows.map((r) => r.id),
  );
  const packItems = rows.map((row) => ({
    item_id: row.id,
    revision: row.revision,
    fingerprint: reviewFingerprint({ ...rowValues(row), creatorId: row.creator_id }),
  }));
  const wall = (iso: string) => formatWallMinute(Date.parse(iso), wctx.timeZone);
  const viewItems: PackViewItem[] = rows.map((row) => {
    const account = wctx.accounts.get(row.account_id)!;
    return {
      id: row.id,
      revision: row.revision,
      title: row.title,
      accountName: account.displayName,
      role: account.role,
      wallTime: wall(row.planned_at),
      format: row.format,
      objective: row.objective,
      durationMinutes: row.duration_minutes,
      brief: row.brief,
      products: rowProductIds(row).map((id) => productNames.get(id) ?? id),
      tags: rowTags(row),
      creatorName: row.creator_id ? (creators.get(row.creator_id) ?? null) : null,
      state: effectiveApprovalState(records.get(row.id)?.state ?? null, row.status),
      thread: (threads.get(row.id) ?? []).map((c) => ({ ...c, at: wall(c.at) })),
      weekStart: weekOfInstant(Date.parse(row.planned_at), wctx.timeZone).weekStart,
    };
  });
  const fileName = `review-${input.from.replaceAll('-', '')}-${input.to.replaceAll('-', '')}-${packId.slice(0, 8)}`;
  const html = renderPackHtml({
    language: input.language,
    packId,
    workspaceId: input.workspaceId,
    workspaceName: workspace.name,
    secret,
    fileName: `${fileName}.mdreview`,
    from: input.from,
    to: input.to,
    createdAt: wall(at),
    items: viewItems,
  });

  ctx.db.transaction(() => {
    insertPack(
      ctx.db,
      {
        id: packId,
        workspace_id: input.workspaceId,
        secret,
        range_from: input.from,
        range_to: input.to,
        account_ids_json: JSON.stringify(input.accountIds ?? []),
        only_pending: input.onlyPending ? 1 : 0,
        language: input.language,
        item_count: rows.length,
        created_at: at,
      },
      packItems,
    );
    for (const item of packItems) {
      const record = records.get(item.item_id);
      // A new pack is the item's first review request: it becomes pending. Answered items keep their state.
      if (!record) {
        upsertApproval(ctx.db, {
          item_id: item.item_id,
          workspace_id: input.workspaceId,
          state: 'pending',
          fingerprint: item.fingerprint,
          revision: item.revision,
          pack_id: packId,
          reviewer: null,
          answered_at: null,
          updated_at: at,
        });
      }
      insertEvent(ctx.db, {
        id: ctx.newId(),
        itemId: item.item_id,
        workspaceId: input.workspaceId,
        kind: 'packed',
        actor: 'agency',
        author: '',
        fromState: record?.state ?? null,
        toState: record?.state ?? 'pending',
        comment: '',
        packId,
        revision: item.revision,
        at,
      });
    }
  })();

  return {
    packId,
    fileName: `${fileName}.html`,
    base64: Buffer.from(html, 'utf8').toString('base64'),
    itemCount: rows.length,
  };
}
