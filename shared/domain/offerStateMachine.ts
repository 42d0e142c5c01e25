/**
 * The partnership-offer state machine, shared by both sides of the offline exchange.
 *
 *   draft ─send→ sent ─counter→ countered ─revise→ revised ─counter→ countered …
 *   sent / revised ─accept|decline (creator)→ accepted | declined
 *   countered ─accept|decline (brand)→ accepted | declined
 *   draft / sent / countered / revised ─withdraw (brand)→ withdrawn
 *   sent / countered / revised ─expire (system, when the expiry date has passed)→ expired
 *   accepted ─complete (brand)→ completed
 *
 * Whoever did not make the latest proposal answers it: the creator answers `sent` and `revised`, the brand
 * answers `countered`. The brand owns the offer, so it alone may withdraw, revise and complete it.
 * Accepted offers no longer expire; declined, withdrawn, expired and completed are final.
 */
export const offerStates = [
  'draft',
  'sent',
  'countered',
  'revised',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
  'completed',
] as const;
export type OfferState = (typeof offerStates)[number];

export const offerActions = [
  'send',
  'counter',
  'revise',
  'accept',
  'decline',
  'withdraw',
  'expire',
  'complete',
] as const;
export type OfferAction = (typeof offerActions)[number];

export const offerActors = ['brand', 'creator', 'system'] as const;
export type OfferActor = (typeof offerActors)[number];

/** The two parties; `system` only ever expires offers. */
export type OfferParty = Exclude<OfferActor, 'system'>;

export interface OfferTransition {
  from: OfferState;
  action: OfferAction;
  actor: OfferActor;
  to: OfferState;
}

export const offerTransitions: readonly OfferTransition[] = [
  { from: 'draft', action: 'send', actor: 'brand', to: 'sent' },
  { from: 'draft', action: 'withdraw', actor: 'brand', to: 'withdrawn' },

  { from: 'sent', action: 'counter', actor: 'creator', to: 'countered' },
  { from: 'sent', action: 'accept', actor: 'creator', to: 'accepted' },
  { from: 'sent', action: 'decline', actor: 'creator', to: 'declined' },
  { from: 'sent', action: 'withdraw', actor: 'brand', to: 'withdrawn' },
  { from: 'sent', action: 'expire', actor: 'system', to: 'expired' },

  { from: 'countered', action: 'revise', actor: 'brand', to: 'revised' },
  { from: 'countered', action: 'accept', actor: 'brand', to: 'accepted' },
  { from: 'countered', action: 'decline', actor: 'brand', to: 'declined' },
  { from: 'countered', action: 'withdraw', actor: 'brand', to: 'withdrawn' },
  { from: 'countered', action: 'expire', actor: 'system', to: 'expired' },

  { from: 'revised', action: 'counter', actor: 'creator', to: 'countered' },
  { from: 'revised', action: 'accept', actor: 'creator', to: 'accepted' },
  { from: 'revised', action: 'decline', actor: 'creator', to: 'declined' },
  { from: 'revised', action: 'withdraw', actor: 'brand', to: 'withdrawn' },
  { from: 'revised', action: 'expire', actor: 'system', to: 'expired' },

  { from: 'accepted', action: 'complete', actor: 'brand', to: 'completed' },
];

/** The state an action leads to, or null when the action is not allowed for this actor in this state. */
export function nextOfferState(from: OfferState, action: OfferAction, actor: OfferActor): OfferState | null {
  return (
    offerTransitions.find((t) => t.from === from && t.action === action && t.actor === actor)?.to ?? null
  );
}

/** Actions an actor may take in a state, in table order. */
export function allowedOfferActions(state: OfferState, actor: OfferActor): OfferAction[] {
  return offerTransitions.filter((t) => t.from === state && t.actor === actor).map((t) => t.action);
}

export const finalOfferStates: readonly OfferState[] = ['declined', 'withdrawn', 'expired', 'completed'];

export function isFinalOfferState(state: OfferState): boolean {
  return finalOfferStates.includes(state);
}

/** States in negotiation: the expiry date applies to these. */
export const expirableOfferStates: readonly OfferState[] = ['sent', 'countered', 'revised'];

/** Whose move it is: the party that must answer the latest proposal, or null when nobody has to. */
export function awaitingParty(state: OfferState): OfferParty | null {
  switch (state) {
    case 'draft':
    case 'countered':
      return 'brand';
    case 'sent':
    case 'revised':
      return 'creator';
    case 'accepted':
      return 'brand'; // delivery runs; the brand completes the offer once everything is published
    case 'declined':
    case 'withdrawn':
    case 'expired':
    case 'completed':
      return null;
  }
}

/** Whether `to` can be reached from `from` through any sequence of transitions (used for file gaps). */
export function isReachable(from: OfferState, to: OfferState): boolean {
  const seen = new Set<OfferState>([from]);
  const queue: OfferState[] = [from];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const t of offerTransitions) {
      if (t.from !== state || seen.has(t.to)) continue;
      if (t.to === to) return true;
      seen.add(t.to);
      queue.push(t.to);
    }
  }
  return false;
}
