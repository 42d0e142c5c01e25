import type { ContentStatus } from '../content/model';

/**
 * Client approval (审核) of a planned content item, as data.
 *
 *   pending ─approve (client)→ approved          any answered or stale item may be answered again from a newer pack
 *   pending ─request_changes (client)→ changes_requested
 *   approved / changes_requested ─content_changed (system)→ stale   (we edited what the client reviewed)
 *   any ─answer_outdated (system)→ stale          (the answer is for a revision changed since the pack was made)
 *
 * Only the client decides: the agency cannot approve on the client's behalf, it answers with comments and,
 * after editing an item, sends it again in a new pack. `stale` shows "changed since review".
 */
export const approvalStates = ['pending', 'approved', 'changes_requested', 'stale'] as const;
export type ApprovalState = (typeof approvalStates)[number];

export const approvalActions = ['approve', 'request_changes', 'content_changed', 'answer_outdated'] as const;
export type ApprovalAction = (typeof approvalActions)[number];

export const approvalActors = ['client', 'agency', 'system'] as const;
export type ApprovalActor = (typeof approvalActors)[number];

export interface ApprovalTransition {
  from: ApprovalState;
  action: ApprovalAction;
  actor: ApprovalActor;
  to: ApprovalState;
}

export const approvalTransitions: readonly ApprovalTransition[] = [
  { from: 'pending', action: 'approve', actor: 'client', to: 'approved' },
  { from: 'pending', action: 'request_changes', actor: 'client', to: 'changes_requested' },
  { from: 'pending', action: 'answer_outdated', actor: 'system', to: 'stale' },

  { from: 'approved', action: 'approve', actor: 'client', to: 'approved' },
  { from: 'approved', action: 'request_changes', actor: 'client', to: 'changes_requested' },
  { from: 'approved', action: 'content_changed', actor: 'system', to: 'stale' },
  { from: 'approved', action: 'answer_outdated', actor: 'system', to: 'stale' },

  { from: 'changes_requested', action: 'approve', actor: 'client', to: 'approved' },
  { from: 'changes_requested', action: 'request_changes', actor: 'client', to: 'changes_requested' },
  { from: 'changes_requested', action: 'content_changed', actor: 'system', to: 'stale' },
  { from: 'changes_requested', action: 'answer_outdated', actor: 'system', to: 'stale' },

  { from: 'stale', action: 'approve', actor: 'client', to: 'approved' },
  { from: 'stale', action: 'request_changes', actor: 'client', to: 'changes_requested' },
  { from: 'stale', action: 'answer_outdated', actor: 'system', to: 'stale' },
];

/** The state an action leads to, or null when this actor may not take it in this state. */
export function nextApprovalState(
  from: ApprovalState,
  action: ApprovalAction,
  actor: ApprovalActor,
): ApprovalState | null {
  return (
    approvalTransitions.find((t) => t.from === from && t.action === action && t.actor === actor)?.to ?? null
  );
}

export const approvalModes = ['off', 'optional', 'required'] as const;
export type ApprovalMode = (typeof approvalModes)[number];

/** The statuses an item reaches only once approved when approval is required (已排期, 已发布). */
export const gatedStatuses: readonly ContentStatus[] = ['scheduled', 'published'];

/**
 * Whether moving an item from `from` (null: a new item) to `to` needs an approval it does not have.
 * Staying in a gated status is no move: switching the mode on does not pull already scheduled items.
 */
export function approvalGateBlocks(
  mode: ApprovalMode,
  state: ApprovalState | null,
  from: ContentStatus | null,
  to: ContentStatus,
): boolean {
  if (mode !== 'required' || from === to || !gatedStatuses.includes(to)) return false;
  return state !== 'approved';
}

/**
 * The state shown for an item: its record, or `pending` for a live item never answered. Published and
 * cancelled items without a record never needed review, so they carry no state.
 */
export function effectiveApprovalState(
  recorded: ApprovalState | null,
  status: ContentStatus,
): ApprovalState | null {
  if (recorded) return recorded;
  return status === 'published' || status === 'cancelled' ? null : 'pending';
}

/** States that an "only pending" pack sends again: everything not approved. */
export const unapprovedStates: readonly ApprovalState[] = ['pending', 'changes_requested', 'stale'];
