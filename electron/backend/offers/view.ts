import type { BackendContext } from '../context';
import type {
  FitSummary,
  Offer,
  OfferDetail,
  OfferRevision,
  TrackedDeliverable,
} from '../../../shared/domain/offer';
import type { AudienceProfileOutput } from '../../../shared/domain/creator';
import { platformSchema } from '../../../shared/domain/account';
import { todayIn } from '../../../shared/domain/dates';
import { allowedOfferActions, awaitingParty } from '../../../shared/domain/offerStateMachine';
import {
  allTargetTags,
  diffTerms,
  offerTotals,
  termsToOutput,
  type CreatorFigures,
  type TermsRecord,
} from '../../../shared/domain/offerTerms';
import { matchScore } from '../../../shared/interest/match';
import { fingerprintOf } from '../identity/keys';
import { findCreator } from '../creators/repo';
import { findOwnProfile } from '../creatorProfile/repo';
import { creatorLiveSessionsByIds } from '../liveSessions/creatorHistoryRepo';
import { liveViewsFigure, type LiveViewsFigure } from '../../../shared/live/expectedLiveViews';
import {
  latestRevision,
  listRevisions,
  parseTerms,
  type OfferRow,
  type RevisionHead,
  type RevisionRow,
  wasSent,
} from './repo';
import { listDeliverableRows, type DeliverableRow } from './deliverablesRepo';
import { vocabularyFor, type Vocabulary } from './vocabulary';

/** API method names (`offers.<name>`) per state-machine action. */
const methodForAction = {
  send: 'send',
  counter: 'counter',
  revise: 'counter',
  accept: 'accept',
  decline: 'decline',
  withdraw: 'withdraw',
  complete: 'complete',
  expire: null,
} as const;

export interface CreatorSide {
  figures: CreatorFigures | null;
  audience: AudienceProfileOutput | null;
}

export function sideOf(
  profile: CreatorFigures & { audience: AudienceProfileOutput | null },
  live: LiveViewsFigure | null = null,
): CreatorSide {
  return {
    figures: {
      medianViews: profile.medianViews,
      engagementRatePct: profile.engagementRatePct,
      rateCard: profile.rateCard,
      live,
    },
    audience: profile.audience,
  };
}

export const noSide: CreatorSide = { figures: null, audience: null };

/** Brand side: the creator in the directory. Creator side: this installation's own profile. */
function creatorSide(ctx: BackendContext, row: OfferRow): CreatorSide {
  const profile =
    row.side === 'brand'
      ? row.creator_id
        ? findCreator(ctx.db, row.creator_id)
        : undefined
      : findOwnProfile(ctx.db);
  // A directory creator's live history sets a live deliverable's expected views (creator mode has none).
  const live =
    row.side === 'brand' && row.creator_id
      ? liveViewsFigure(creatorLiveSessionsByIds(ctx.db, [row.creator_id]).get(row.creator_id) ?? [])
      : null;
  return profile ? sideOf(profile, live) : noSide;
}

/**
 * How well the creator's audience matches what the offer targets (its own tags and its products' tags),
 * scored by the interest feature's `matchScore`; null without an audience profile or target tags.
 */
export function fitSummary(
  vocabularyOf: () => Vocabulary,
  terms: TermsRecord,
  audience: AudienceProfileOutput | null,
): FitSummary | null {
  const targetTags = allTargetTags(terms);
  if (!audience || targetTags.length === 0) return null;
  const vocabulary = vocabularyOf();
  const result = matchScore({ interests: audience.interests, targetTags, baseline: vocabulary.baseline });
  const largest = <K extends string>(entries: [K, number][]) =>
    entries.reduce<{ key: K; share: number } | null>(
      (best, [key, share]) => (best === null || share > best.share ? { key, share } : best),
      null,
    );
  return {
    score: result.score,
    parts: result.parts,
    targetTgi: result.explanation.targetTgi,
    targetTags,
    topTags: result.explanation.topTags,
    missingTags: result.explanation.missingTags,
    warnings: result.explanation.warnings,
    topGender: largest(Object.entries(audience.gender) as ['female' | 'male', number][]),
    topAge: largest(Object.entries(audience.ages)),
  };
}

function trackedDeliverable(
  row: DeliverableRow,
  offer: { id: string; creatorId: string | null; creatorName: string; title: string; timeZone: string },
  today: string,
): TrackedDeliverable {
  return {
    id: row.id,
    offerId: offer.id,
    key: row.key,
    position: row.position,
    format: row.format,
    durationBand: row.duration_band,
    count: row.count,
    dueOn: row.due_on,
    accountId: row.account_id,
    accountLabel: row.account_label,
    status: row.status,
    statusChangedAt: row.status_changed_at,
    overdue: row.status !== 'published' && today > row.due_on,
    contentItemId: row.content_item_id,
    publishedUrl: row.published_url,
    sentBack: row.sent_back_at ? { at: row.sent_back_at, reason: row.send_back_reason } : null,
    creatorId: offer.creatorId,
    creatorName: offer.creatorName,
    offerTitle: offer.title,
  };
}

export function deliverableView(
  ctx: BackendContext,
  row: DeliverableRow,
  offer: { id: string; creatorId: string | null; creatorName: string; terms: TermsRecord },
): TrackedDeliverable {
  return trackedDeliverable(
    row,
    { ...offer, title: offer.terms.title, timeZone: offer.terms.timeZone },
    todayIn(offer.terms.timeZone, ctx.now()),
  );
}

/** Whether the latest revision was made on this side (not by the other side or by expiry) after sending. */
export function exportableRevision<R extends Pick<RevisionRow, 'number' | 'actor' | 'origin'>>(
  row: OfferRow,
  latest: R | undefined,
): latest is R {
  return latest !== undefined && latest.number >= 1 && latest.actor === row.side && latest.origin === 'local';
}

/** What an offer's view needs besides its row: loaded one by one for a single offer, per page for a list. */
export interface OfferViewParts {
  deliverables: readonly DeliverableRow[];
  latest: RevisionHead | undefined;
  /** Whether a `send` revision exists. */
  sent: boolean;
  side: CreatorSide;
  /** The fit of these terms with the side's audience (`fitSummary`); a list reuses fits it computed before. */
  fit: (terms: TermsRecord, side: CreatorSide) => FitSummary | null;
  fingerprint: (key: string) => string;
  /** Today in a time zone; a list computes it once per zone. */
  today: (timeZone: string) => string;
}

export function lazy<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

function singleOfferParts(ctx: BackendContext, row: OfferRow): OfferViewParts {
  return {
    deliverables: listDeliverableRows(ctx.db, row.id),
    latest: latestRevision(ctx.db, row.id),
    sent: wasSent(ctx.db, row.id),
    side: creatorSide(ctx, row),
    fit: (terms, side) =>
      fitSummary(
        lazy(() => vocabularyFor(ctx.db, row.workspace_id)),
        terms,
        side.audience,
      ),
    fingerprint: fingerprintOf,
    today: (timeZone) => todayIn(timeZone, ctx.now()),
  };
}

export function offerView(ctx: BackendContext, row: OfferRow, given?: OfferViewParts): Offer {
  const parts = given ?? singleOfferParts(ctx, row);
  const terms = parseTerms(row.terms);
  const party = row.side;
  const side = parts.side;
  const today = parts.today(terms.timeZone);
  const deliverables = parts.deliverables.map((d) =>
    trackedDeliverable(
      d,
      {
        id: row.id,
        creatorId: row.creator_id,
        creatorName: row.creator_name,
        title: terms.title,
        timeZone: terms.timeZone,
      },
      today,
    ),
  );
  const allPublished = deliverables.every((d) => d.status === 'published');
  const actions: string[] = [];
  if (row.state === 'draft' && party === 'brand') actions.push('update');
  for (const action of allowedOfferActions(row.state, party)) {
    const method = methodForAction[action];
    if (!method || actions.includes(method)) continue;
    if (method === 'complete' && !allPublished) continue;
    actions.push(method);
  }
  const latest = parts.latest;
  const everSent = row.side === 'creator' || (latest !== undefined && latest.number >= 1 && parts.sent);
  // Either side may always send its deliverable statuses on an accepted offer (offer file formats 2–3).
  const canExport =
    everSent && (exportableRevision(row, latest) || (row.state === 'accepted' && deliverables.length > 0));
  return {
    id: row.id,
    exchangeId: row.exchange_id,
    side: row.side,
    workspaceId: row.workspace_id,
    creatorId: row.creator_id,
    creator: {
      platform: platformSchema.parse(row.creator_platform),
      handle: row.creator_handle,
      displayName: row.creator_name,
    },
    brand: { name: row.brand_name },
    state: row.state,
    revision: row.revision,
    message: row.message,
    terms: termsToOutput(terms),
    totals: offerTotals(terms, side.figures),
    awaiting: awaitingParty(row.state),
    allowedActions: canExport ? [...actions, 'exportFile'] : actions,
    canExport,
    counterpartFingerprint: row.counterpart_key ? parts.fingerprint(row.counterpart_key) : null,
    deliverables,
    overdueCount: deliverables.filter((d) => d.overdue).length,
    fit: parts.fit(terms, side),
    stateChangedAt: row.state_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function offerDetailView(ctx: BackendContext, row: OfferRow): OfferDetail {
  const rows = listRevisions(ctx.db, row.id);
  const live = rows.filter((r) => r.superseded === 0);
  const revisions = rows.map((r): OfferRevision => {
    const terms = parseTerms(r.terms);
    // Compare with the live revision before this one (a superseded answer is compared with what it answered).
    const previous = [...live].reverse().find((p) => p.number < r.number);
    return {
      number: r.number,
      action: r.action,
      actor: r.actor,
      state: r.state,
      message: r.message,
      terms: termsToOutput(terms),
      changes: previous ? diffTerms(parseTerms(previous.terms), terms) : [],
      origin: r.origin,
      superseded: r.superseded === 1,
      exported: r.exported_at !== null,
      createdAt: r.created_at,
    };
  });
  return { ...offerView(ctx, row), revisions };
}
