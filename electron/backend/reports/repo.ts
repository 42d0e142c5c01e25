import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/types';
import { perConnection } from '../paging/statements';
import type { StoredItemHead } from '../../../shared/content/guardrailRow';
import type { OfferState } from '../../../shared/domain/offerStateMachine';

/** The report's queries: one per section, each bound to the workspace and the range, prepared once. */

export interface ReportItemRow extends StoredItemHead {
  published_at: string | null;
  published_url: string | null;
  creator_name: string | null;
}

export interface ReportOfferRow {
  id: string;
  creator_name: string;
  creator_handle: string;
  state: OfferState;
  terms: string;
  created_at: string;
  state_changed_at: string;
  deliverables: number;
  published: number;
  overdue: number;
}

export interface ReportDeliverableRow {
  id: string;
  offer_id: string;
  terms_title: string;
  creator_name: string;
  format: 'video' | 'live';
  count: number;
  due_on: string;
  account_label: string;
  status: 'due' | 'submitted' | 'approved' | 'published';
  published_url: string | null;
}

export interface ReportMetricRow {
  account_id: string;
  date: string;
  views: number | null;
  engagement: number | null;
  gmv_fen: number | null;
  new_followers: number | null;
}

export interface ReportContentMetricRow {
  content_id: string;
  views: number | null;
  gmv_fen: number | null;
}

export interface ReportLiveRow {
  id: string;
  room: string | null;
  started_at: string;
  ended_at: string;
  viewers: number | null;
  views: number | null;
  peak_online: number | null;
  orders: number | null;
  gmv_fen: number | null;
  ad_spend_fen: number | null;
}

type Range = { ws: string; from: string; to: string };
type Statements = {
  items: BetterSqlite3.Statement<Range, ReportItemRow>;
  offers: BetterSqlite3.Statement<Range & { today: string }, ReportOfferRow>;
  deliverables: BetterSqlite3.Statement<Range, ReportDeliverableRow>;
  metrics: BetterSqlite3.Statement<Range, ReportMetricRow>;
  contentMetrics: BetterSqlite3.Statement<{ ids: string }, ReportContentMetricRow>;
  live: BetterSqlite3.Statement<Range, ReportLiveRow>;
};

const statements = perConnection((db): Statements => {
  return {
    // Instants: [from, to) in UTC ISO, whole planning weeks around the range.
    items: db.prepare(
      `SELECT c.id, c.account_id, c.title, c.format, c.objective, c.status, c.planned_at, c.planned_end_at,
         c.published_at, c.published_url, c.creator_id, cr.display_name AS creator_name
       FROM content_items c LEFT JOIN creators cr ON cr.id = c.creator_id
       WHERE c.workspace_id = @ws AND c.planned_at >= @from AND c.planned_at < @to
       ORDER BY c.planned_at, c.rowid`,
    ),
    // Offers that were alive during the range: created before its end, and either still open or settled in it.
    offers: db.prepare(
      `SELECT o.id, o.creator_name, o.creator_handle, o.state, o.terms, o.created_at, o.state_changed_at,
         COUNT(d.id) AS deliverables,
         COALESCE(SUM(d.status = 'published'), 0) AS published,
         COALESCE(SUM(d.status != 'published' AND d.due_on < @today), 0) AS overdue
       FROM offers o LEFT JOIN offer_deliverables d ON d.offer_id = o.id
       WHERE o.workspace_id = @ws AND o.side = 'brand' AND o.created_at < @to
         AND (o.state IN ('draft', 'sent', 'countered', 'revised', 'accepted') OR o.state_changed_at >= @from)
       GROUP BY o.id
       ORDER BY o.created_at, o.rowid`,
    ),
    // Dates: both ends included.
    deliverables: db.prepare(
      `SELECT d.id, d.offer_id, json_extract(o.terms, '$.title') AS terms_title, o.creator_name, d.format, d.count,
         d.due_on, d.account_label, d.status, d.published_url
       FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id
       WHERE o.workspace_id = @ws AND o.side = 'brand' AND d.due_on BETWEEN @from AND @to
       ORDER BY d.due_on, o.rowid, d.position`,
    ),
    metrics: db.prepare(
      `SELECT m.account_id, m.period_start AS date, m.views,
         COALESCE(m.likes, 0) + COALESCE(m.comments, 0) + COALESCE(m.shares, 0) + COALESCE(m.saves, 0) AS engagement,
         m.gmv_fen, m.new_followers
       FROM accounts a JOIN account_metrics m ON m.account_id = a.id
       WHERE a.workspace_id = @ws AND m.granularity = 'day' AND m.period_start BETWEEN @from AND @to
       ORDER BY m.period_start`,
    ),
    contentMetrics: db.prepare(
      `SELECT content_id, SUM(views) AS views, SUM(gmv_fen) AS gmv_fen FROM content_metrics
       WHERE content_id IN (SELECT value FROM json_each(@ids)) GROUP BY content_id`,
    ),
    // Live sessions (issue 10 §2, migration 0070) starting in the range, in the account's or creator's room.
    live: db.prepare(
      `SELECT l.id, COALESCE(a.display_name, cr.display_name) AS room, l.started_at, l.ended_at, l.viewers, l.views,
         l.peak_online, l.orders, l.gmv_fen, l.ad_spend_fen
       FROM live_sessions l LEFT JOIN accounts a ON a.id = l.account_id LEFT JOIN creators cr ON cr.id = l.creator_id
       WHERE l.workspace_id = @ws AND l.started_at >= @from AND l.started_at < @to
       ORDER BY l.started_at, l.rowid`,
    ),
  };
});

export function reportItems(db: Db, ws: string, fromInstant: string, toInstant: string): ReportItemRow[] {
  return statements(db).items.all({ ws, from: fromInstant, to: toInstant });
}

export function reportOffers(
  db: Db,
  q: { ws: string; fromInstant: string; toInstant: string; today: string },
): ReportOfferRow[] {
  return statements(db).offers.all({ ws: q.ws, from: q.fromInstant, to: q.toInstant, today: q.today });
}

export function reportDeliverables(db: Db, ws: string, from: string, to: string): ReportDeliverableRow[] {
  return statements(db).deliverables.all({ ws, from, to });
}

export function reportMetrics(db: Db, ws: string, from: string, to: string): ReportMetricRow[] {
  return statements(db).metrics.all({ ws, from, to });
}

export function reportLiveSessions(
  db: Db,
  ws: string,
  fromInstant: string,
  toInstant: string,
): ReportLiveRow[] {
  return statements(db).live.all({ ws, from: fromInstant, to: toInstant });
}

export function contentMetricTotals(db: Db, contentIds: readonly string[]): ReportContentMetricRow[] {
  if (contentIds.length === 0) return [];
  return statements(db).contentMetrics.all({ ids: JSON.stringify(contentIds) });
}
