import { describe, expect, it } from 'vitest';
import {
  allowedOfferActions,
  awaitingParty,
  isFinalOfferState,
  isReachable,
  nextOfferState,
  offerActions,
  offerActors,
  offerStates,
  type OfferAction,
  type OfferActor,
  type OfferState,
} from '../../shared/domain/offerStateMachine';

/** The complete table of legal moves, written out independently of the implementation's list. */
const legal: Record<string, OfferState> = {
  'draft|send|brand': 'sent',
  'draft|withdraw|brand': 'withdrawn',
  'sent|counter|creator': 'countered',
  'sent|accept|creator': 'accepted',
  'sent|decline|creator': 'declined',
  'sent|withdraw|brand': 'withdrawn',
  'sent|expire|system': 'expired',
  'countered|revise|brand': 'revised',
  'countered|accept|brand': 'accepted',
  'countered|decline|brand': 'declined',
  'countered|withdraw|brand': 'withdrawn',
  'countered|expire|system': 'expired',
  'revised|counter|creator': 'countered',
  'revised|accept|creator': 'accepted',
  'revised|decline|creator': 'declined',
  'revised|withdraw|brand': 'withdrawn',
  'revised|expire|system': 'expired',
  'accepted|complete|brand': 'completed',
};

const combos: [OfferState, OfferAction, OfferActor][] = offerStates.flatMap((s) =>
  offerActions.flatMap((a) =>
    offerActors.map((actor): [OfferState, OfferAction, OfferActor] => [s, a, actor]),
  ),
);

describe('offer state machine', () => {
  it('allows exactly the moves of the independent table, none more, over every state × action × actor', () => {
    const allowed = combos
      .filter(([s, a, actor]) => nextOfferState(s, a, actor) !== null)
      .map((c) => c.join('|'));
    expect(allowed.sort()).toEqual(Object.keys(legal).sort());
  });

  it.each(combos.filter(([s, a, actor]) => `${s}|${a}|${actor}` in legal))(
    'allows %s —%s by %s',
    (state, action, actor) => {
      expect(nextOfferState(state, action, actor)).toBe(legal[`${state}|${action}|${actor}`]);
    },
  );

  it.each(combos.filter(([s, a, actor]) => !(`${s}|${a}|${actor}` in legal)))(
    'refuses %s —%s by %s',
    (state, action, actor) => {
      expect(nextOfferState(state, action, actor)).toBeNull();
    },
  );

  it('never lets anyone edit terms after acceptance: only the brand may complete', () => {
    expect(allowedOfferActions('accepted', 'brand')).toEqual(['complete']);
    expect(allowedOfferActions('accepted', 'creator')).toEqual([]);
    expect(allowedOfferActions('accepted', 'system')).toEqual([]);
  });

  it('lists the actions each party has in each state', () => {
    expect(allowedOfferActions('sent', 'creator')).toEqual(['counter', 'accept', 'decline']);
    expect(allowedOfferActions('sent', 'brand')).toEqual(['withdraw']);
    expect(allowedOfferActions('countered', 'brand')).toEqual(['revise', 'accept', 'decline', 'withdraw']);
    expect(allowedOfferActions('revised', 'creator')).toEqual(['counter', 'accept', 'decline']);
  });

  it('final states allow nothing', () => {
    for (const state of ['declined', 'withdrawn', 'expired', 'completed'] as const) {
      expect(isFinalOfferState(state)).toBe(true);
      for (const actor of offerActors) expect(allowedOfferActions(state, actor)).toEqual([]);
    }
    expect(isFinalOfferState('accepted')).toBe(false);
  });

  it('knows whose move it is', () => {
    expect(awaitingParty('draft')).toBe('brand');
    expect(awaitingParty('sent')).toBe('creator');
    expect(awaitingParty('countered')).toBe('brand');
    expect(awaitingParty('revised')).toBe('creator');
    expect(awaitingParty('expired')).toBeNull();
  });

  it('supports the counter ⇄ revise loop indefinitely', () => {
    let state: OfferState = 'sent';
    for (let i = 0; i < 5; i++) {
      state = nextOfferState(state, 'counter', 'creator')!;
      expect(state).toBe('countered');
      state = nextOfferState(state, 'revise', 'brand')!;
      expect(state).toBe('revised');
    }
    expect(nextOfferState(state, 'accept', 'creator')).toBe('accepted');
  });

  it('tells which states can be reached (for files that skip revisions)', () => {
    expect(isReachable('sent', 'completed')).toBe(true);
    expect(isReachable('countered', 'withdrawn')).toBe(true);
    expect(isReachable('accepted', 'revised')).toBe(false);
    expect(isReachable('declined', 'accepted')).toBe(false);
  });
});
