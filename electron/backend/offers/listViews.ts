import type { BackendContext } from '../context';
import type { FitSummary, Offer } from '../../../shared/domain/offer';
import { allTargetTags, type TermsRecord } from '../../../shared/domain/offerTerms';
import { todayIn } from '../../../shared/domain/dates';
import { fingerprintOf } from '../identity/keys';
import { creatorFiguresByIds } from '../creators/repo';
import { creatorLiveSessionsByIds } from '../liveSessions/creatorHistoryRepo';
import { liveViewsFigure } from '../../../shared/live/expectedLiveViews';
import { findOwnProfile } from '../creatorProfile/repo';
import { changeTrackedCache } from '../paging/changeTracked';
import { creatorChangesSince, latestCreatorChange, listBaselineOverrides } from '../interest/repo';
import {
  latestOfferChange,
  offerChangesSince,
  offerRowsByIds,
  revisionFactsByOffer,
  type OfferPageHead,
  type OfferRow,
} from './repo';
import { deliverableRowsByOffer } from './deliverablesRepo';
import { fitSummary, lazy, noSide, offerView, sideOf, type CreatorSide } from './view';
import { vocabularyFor, type Vocabulary } from './vocabulary';

interface CachedView {
  view: Offer;
  updatedAt: string;
  /** The creator side the view was built with: a changed creator's side is replaced, so the view is stale. */
  side: CreatorSide | null;
  /** The offer's time zone and the day its overdue flags were computed for. */
  timeZone: string;
  today: string;
}

/** What a workspace's (or the creator inbox's) lists have built. */
interface ListViewCache {
  views: Map<string, CachedView>;
  /** Brand side: creators' figures and parsed audiences (the fit score's input), by creator id. */
  creatorSides: Map<string, CreatorSide>;
  /**
   * Sides of creators written since they were read, as the views were built with them. A creator's row is
   * read again when a page shows it; if its figures and audience are unchanged (a note, a contact, a tag
   * edited) the old side is kept and so are its views; otherwise its offers' views are rebuilt.
   */
  sidesToCheck: Map<string, CreatorSide>;
  vocabulary: () => Vocabulary;
  /**
   * Fit scores by creator side and target tags: an offer rewritten without new target tags (a state, a
   * deliverable, a message) keeps its fit, and a creator's offers with the same tags share one. A changed
   * creator gets a new side object, so its fits are computed afresh.
   */
  fits: WeakMap<CreatorSide, Map<string, FitSummary | null>>;
  /** Counterparts' key fingerprints (a SHA-256 each), by public key: a key never changes its fingerprint. */
  fingerprints: Map<string, string>;
  /**
   * The workspace's platform baseline overrides as text to compare: a view reads only the vocabulary's
   * baseline (the fit's TGI), so a change of it drops every view and the vocabulary with them.
   */
  baseline: string;
  /** The latest offer_changes / creator_changes seq the cache has applied. */
  offerSeq: number;
  creatorSeq: number;
}

/**
 * Kept per workspace across writes, so paging back and forth, refetches, repeated renders and the first
 * list after a write read the offers' rows and reuse their views: building a view (terms, totals, the fit
 * score over the creator's audience, actions, deliverables) was most of a list. After a write the cache
 * drops only what changed, read from migration 0210's change logs: the views of changed offers (row,
 * revisions, deliverables), the sides of changed creators (row, live sessions) and every view when the
 * workspace's baseline changed. The creator inbox (no workspace, few offers, this installation's own
 * profile) starts afresh after any write. Only the day moves a view without a write (overdue
 * deliverables), so a view is rebuilt when its time zone's today has changed.
 */
const cachedLists = changeTrackedCache<ListViewCache>();
const INBOX_KEY = '\u0000creator-inbox';

const baselineText = (ctx: BackendContext, workspaceId: string | null) =>
  workspaceId === null ? '' : JSON.stringify([...listBaselineOverrides(ctx.db, workspaceId)].sort());

function emptyCache(ctx: BackendContext, workspaceId: string | null): ListViewCache {
  return {
    views: new Map(),
    creatorSides: new Map(),
    sidesToCheck: new Map(),
    vocabulary: lazy(() => vocabularyFor(ctx.db, workspaceId)),
    fits: new WeakMap(),
    fingerprints: new Map(),
    baseline: baselineText(ctx, workspaceId),
    offerSeq: workspaceId === null ? 0 : latestOfferChange(ctx.db, workspaceId),
    creatorSeq: workspaceId === null ? 0 : latestCreatorChange(ctx.db, workspaceId),
  };
}

function refreshCache(ctx: BackendContext, workspaceId: string | null, cache: ListViewCache): ListViewCache {
  if (workspaceId === null) return emptyCache(ctx, null);
  const baseline = baselineText(ctx, workspaceId);
  if (baseline !== cache.baseline) return emptyCache(ctx, workspaceId);
  const offers = offerChangesSince(ctx.db, workspaceId, cache.offerSeq);
  for (const id of offers.offerIds) cache.views.delete(id);
  const creators = creatorChangesSince(ctx.db, workspaceId, cache.creatorSeq);
  for (const id of creators.creatorIds) {
    const side = cache.creatorSides.get(id);
    if (side === undefined) continue;
    cache.sidesToCheck.set(id, side);
    cache.creatorSides.delete(id);
  }
  cache.offerSeq = offers.latest;
  cache.creatorSeq = creators.latest;
  return cache;
}

function listCache(ctx: BackendContext, workspaceId: string | null): ListViewCache {
  return cachedLists(
    ctx.db,
    workspaceId ?? INBOX_KEY,
    () => emptyCache(ctx, workspaceId),
    (cache) => refreshCache(ctx, workspaceId, cache),
  );
}

/**
 * Views of a page of offers of one workspace (or of the inbox), from the page's heads. Only the offers
 * whose view is not built since the last write are read in full (after a write to one offer, that one
 * row) and built with a fixed number of queries: deliverables and revision facts (latest live revision,
 * "was sent") as set queries, each creator read and parsed once, one vocabulary, one fingerprint per key,
 * one today per time zone. Runs inside the page's read transaction, so a row read here is the one its head
 * described.
 */
export function offerListViews(
  ctx: BackendContext,
  workspaceId: string | null,
  heads: readonly OfferPageHead[],
): Offer[] {
  if (heads.length === 0) return [];
  const cache = listCache(ctx, workspaceId);
  const now = ctx.now();
  const todays = new Map<string, string>();
  const today = (timeZone: string) => {
    let day = todays.get(timeZone);
    if (day === undefined) {
      day = todayIn(timeZone, now);
      todays.set(timeZone, day);
    }
    return day;
  };
  const toCheck = creatorsOf(heads, (id) => cache.sidesToCheck.has(id));
  if (toCheck.length > 0) readSides(ctx, cache, toCheck);
  const fresh = (head: OfferPageHead) => {
    const hit = cache.views.get(head.id);
    return (
      hit !== undefined &&
      hit.updatedAt === head.updated_at &&
      hit.today === today(hit.timeZone) &&
      hit.side === sideKey(cache, head)
    );
  };
  const missing = heads.filter((head) => !fresh(head)).map((head) => head.id);
  if (missing.length > 0) buildViews(ctx, cache, offerRowsByIds(ctx.db, missing), today);
  return heads.map((head) => cache.views.get(head.id)!.view);
}

/** The cached side a brand row's view depends on (null: none, or the inbox's own profile). */
const sideKey = (cache: ListViewCache, row: Pick<OfferRow, 'side' | 'creator_id'>): CreatorSide | null =>
  row.side === 'brand' && row.creator_id ? (cache.creatorSides.get(row.creator_id) ?? null) : null;

function cachedFit(cache: ListViewCache, terms: TermsRecord, side: CreatorSide): FitSummary | null {
  let bySide = cache.fits.get(side);
  if (!bySide) {
    bySide = new Map();
    cache.fits.set(side, bySide);
  }
  const key = JSON.stringify(allTargetTags(terms));
  let fit = bySide.get(key);
  if (fit === undefined) {
    fit = fitSummary(cache.vocabulary, terms, side.audience);
    bySide.set(key, fit);
  }
  return fit;
}

/** The brand offers' creators (once each) that `wanted` picks. */
const creatorsOf = (
  rows: readonly Pick<OfferRow, 'side' | 'creator_id'>[],
  wanted: (creatorId: string) => boolean,
): string[] => [
  ...new Set(
    rows.flatMap((r) => (r.side === 'brand' && r.creator_id && wanted(r.creator_id) ? [r.creator_id] : [])),
  ),
];

/**
 * Reads these creators' sides (figures, audience, live history) in two set queries. A creator written
 * since its views were built keeps its old side object when nothing a view shows has changed, so those
 * views stay fresh.
 */
function readSides(ctx: BackendContext, cache: ListViewCache, creatorIds: readonly string[]): void {
  const liveHistory = creatorLiveSessionsByIds(ctx.db, creatorIds);
  for (const [id, figures] of creatorFiguresByIds(ctx.db, creatorIds)) {
    const side = sideOf(figures, liveViewsFigure(liveHistory.get(id) ?? []));
    const before = cache.sidesToCheck.get(id);
    cache.creatorSides.set(id, before && JSON.stringify(before) === JSON.stringify(side) ? before : side);
  }
  for (const id of creatorIds) cache.sidesToCheck.delete(id);
}

function buildViews(
  ctx: BackendContext,
  cache: ListViewCache,
  rows: readonly OfferRow[],
  today: (timeZone: string) => string,
): void {
  const ids = rows.map((r) => r.id);
  const deliverables = deliverableRowsByOffer(ctx.db, ids);
  const revisions = revisionFactsByOffer(ctx.db, ids);
  const unread = creatorsOf(rows, (id) => !cache.creatorSides.has(id));
  if (unread.length > 0) readSides(ctx, cache, unread);
  const own = lazy(() => {
    const profile = findOwnProfile(ctx.db);
    return profile ? sideOf(profile) : noSide;
  });
  const fingerprint = (key: string) => {
    let f = cache.fingerprints.get(key);
    if (f === undefined) {
      f = fingerprintOf(key);
      cache.fingerprints.set(key, f);
    }
    return f;
  };
  for (const row of rows) {
    const side =
      row.side === 'brand'
        ? ((row.creator_id ? cache.creatorSides.get(row.creator_id) : undefined) ?? noSide)
        : own();
    const view = offerView(ctx, row, {
      deliverables: deliverables.get(row.id) ?? [],
      latest: revisions.get(row.id),
      sent: revisions.get(row.id)?.sent === 1,
      side,
      fit: (terms, side) => cachedFit(cache, terms, side),
      fingerprint,
      today,
    });
    cache.views.set(row.id, {
      view,
      updatedAt: row.updated_at,
      side: sideKey(cache, row),
      timeZone: view.terms.timeZone,
      today: today(view.terms.timeZone),
    });
  }
}
