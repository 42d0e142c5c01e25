import { describe, expect, it } from 'vitest';
import {
  approvalActions,
  approvalActors,
  approvalGateBlocks,
  approvalModes,
  approvalStates,
  effectiveApprovalState,
  nextApprovalState,
  type ApprovalAction,
  type ApprovalActor,
  type ApprovalState,
} from '../../../shared/approvals/stateMachine';
import { contentStatuses } from '../../../shared/content/model';

/** Every legal move, written out independently of the implementation's table. */
const legal: Record<string, ApprovalState> = {
  'pending|approve|client': 'approved',
  'pending|request_changes|client': 'changes_requested',
  'pending|answer_outdated|system': 'stale',
  'approved|approve|client': 'approved',
  'approved|request_changes|client': 'changes_requested',
  'approved|content_changed|system': 'stale',
  'approved|answer_outdated|system': 'stale',
  'changes_requested|approve|client': 'approved',
  'changes_requested|request_changes|client': 'changes_requested',
  'changes_requested|content_changed|system': 'stale',
  'changes_requested|answer_outdated|system': 'stale',
  'stale|approve|client': 'approved',
  'stale|request_changes|client': 'changes_requested',
  'stale|answer_outdated|system': 'stale',
};

const combos = approvalStates.flatMap((s) =>
  approvalActions.flatMap((a) =>
    approvalActors.map((actor): [ApprovalState, ApprovalAction, ApprovalActor] => [s, a, actor]),
  ),
);

describe('approval state machine', () => {
  it('covers all 48 state × action × actor combinations', () => {
    expect(combos).toHaveLength(4 * 4 * 3);
  });

  it.each(combos)('%s —%s by %s', (state, action, actor) => {
    expect(nextApprovalState(state, action, actor)).toBe(legal[`${state}|${action}|${actor}`] ?? null);
  });

  it('never lets the agency move a state: only the client decides', () => {
    for (const state of approvalStates) {
      for (const action of approvalActions) expect(nextApprovalState(state, action, 'agency')).toBeNull();
    }
  });

  it('keeps a pending item pending when its content changes (it was never answered)', () => {
    expect(nextApprovalState('pending', 'content_changed', 'system')).toBeNull();
  });
});

describe('required-approval gate', () => {
  it('blocks moving an unapproved item to scheduled or published only when approval is required', () => {
    for (const mode of approvalModes) {
      for (const state of [...approvalStates, null]) {
        for (const from of [...contentStatuses, null]) {
          for (const to of contentStatuses) {
            const expected =
              mode === 'required' &&
              from !== to &&
              (to === 'scheduled' || to === 'published') &&
              state !== 'approved';
            expect(approvalGateBlocks(mode, state, from, to), `${mode} ${state} ${from}→${to}`).toBe(
              expected,
            );
          }
        }
      }
    }
  });

  it('blocks a stale approval like no approval', () => {
    expect(approvalGateBlocks('required', 'stale', 'review', 'scheduled')).toBe(true);
    expect(approvalGateBlocks('required', 'approved', 'review', 'scheduled')).toBe(false);
    expect(approvalGateBlocks('required', null, null, 'published')).toBe(true);
  });
});

describe('effective approval state', () => {
  it('is the record when there is one, pending for a live item never packed, none for finished ones', () => {
    expect(effectiveApprovalState('approved', 'published')).toBe('approved');
    expect(effectiveApprovalState(null, 'idea')).toBe('pending');
    expect(effectiveApprovalState(null, 'scheduled')).toBe('pending');
    expect(effectiveApprovalState(null, 'published')).toBeNull();
    expect(effectiveApprovalState(null, 'cancelled')).toBeNull();
  });
});
