import type { BackendContext } from '../context';
import type { Offer } from '../../../shared/domain/offer';
import { todayIn } from '../../../shared/domain/dates';
import { fingerprintOf } from '../identity/keys';
import { creatorFiguresByIds } from '../creators/repo';
import { creatorLiveSessionsByIds } from '../liveSessions/creatorHistoryRepo';
import { liveViewsFigure } from '../../../shared/live/expectedLiveViews';
import { findOwnProfile } from '../creatorProfile/repo';
import { stampedCache } from '../paging/writeStamp';
import { deliverableRowsByOffer, latestRevisionHeads, sentOfferIds, type OfferRow } from './repo';
import { lazy, noSide, offerView, sideOf, type CreatorSide } from './view';
import { vocabularyFor, type Vocabulary } from './vocabulary';

interface CachedView {
  view: Offer;
  updatedAt: string;
  /** The offer's time zone and the day its overdue flags were computed for. */
  timeZone: string;
  today: string;
}

/** What a workspace's (or the creator inbox's) lists have built since the last write. */
interface ListViewCache {
  views: Map<string, CachedView>;
  /** Brand side: creators' figures and parsed audiences (the fit score's input), by creator id. */
  creatorSides: Map<string, CreatorSide>;
  vocabulary: () => Vocabulary;
}

/**
 * Kept per workspace until the next write (the write stamp: this connection's changes or another
 * connection's commit), so paging back and forth, refetches and repeated renders read the offers' rows and
 * reuse their views: building a view (terms, totals, the fit score over the creator's audience, actions,
 * deliverables) was most of a list. Only the day moves a view without a write (overdue deliverables), so a
 * view is rebuilt when its time zone's today has changed.
 */
const cachedLists = stampedCache<ListViewCache>();
const INBOX_KEY = '\u0000creator-inbox';

function listCache(ctx: BackendContext, workspaceId: string | null): ListViewCache {
  return cachedLists(ctx.db, workspaceId ?? INBOX_KEY, () => ({
    views: new Map(),
    creatorSides: new Map(),
    vocabulary: lazy(() => vocabularyFor(ctx.db, workspaceId)),
  }));
}

/**
 * Views of a page of offers of one workspace (or of the inbox). Offers not built since the last write are
 * built with a fixed number of queries: deliverables, latest revisions and "was sent" as set queries, each
 * creator read and parsed once, one vocabulary, one fingerprint per key, one today per time zone.
 */
export function offerListViews(
  ctx: BackendContext,
  workspaceId: string | null,
  rows: readonly OfferRow[],
): Offer[] {
  if (rows.length === 0) return [];
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
  const fresh = (row: OfferRow) => {
    const hit = cache.views.get(row.id);
    return hit !== undefined && hit.updatedAt === row.updated_at && hit.today === today(hit.timeZone);
  };
  const missing = rows.filter((row) => !fresh(row));
  if (missing.length > 0) buildViews(ctx, cache, missing, today);
  return rows.map((row) => cache.views.get(row.id)!.view);
}

function buildViews(
  ctx: BackendContext,
  cache: ListViewCache,
  rows: readonly OfferRow[],
  today: (timeZone: string) => string,
): void {
  const ids = rows.map((r) => r.id);
  const deliverables = deliverableRowsByOffer(ctx.db, ids);
  const latest = latestRevisionHeads(ctx.db, ids);
  const sent = sentOfferIds(ctx.db, ids);
  const unread = [
    ...new Set(
      rows.flatMap((r) =>
        r.side === 'brand' && r.creator_id && !cache.creatorSides.has(r.creator_id) ? [r.creator_id] : [],
      ),
    ),
  ];
  const liveHistory = creatorLiveSessionsByIds(ctx.db, unread);
  for (const [id, figures] of creatorFiguresByIds(ctx.db, unread))
    cache.creatorSides.set(id, sideOf(figures, liveViewsFigure(liveHistory.get(id) ?? [])));
  const own = lazy(() => {
    const profile = findOwnProfile(ctx.db);
    return profile ? sideOf(profile) : noSide;
  });
  const fingerprints = new Map<string, string>();
  const fingerprint = (key: string) => {
    let f = fingerprints.get(key);
    if (f === undefined) {
      f = fingerprintOf(key);
      fingerprints.set(key, f);
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
      latest: latest.get(row.id),
      sent: sent.has(row.id),
      side,
      vocabulary: cache.vocabulary,
      fingerprint,
      today,
    });
    cache.views.set(row.id, {
      view,
      updatedAt: row.updated_at,
      timeZone: view.terms.timeZone,
      today: today(view.terms.timeZone),
    });
  }
}
