import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/types';
import { perConnection } from '../paging/statements';
import type { AccountRole } from '../../../shared/domain/account';
import type { IndustryCategory, WorkspaceStage } from '../../../shared/domain/workspace';
import type { GuardrailItemRow } from '../../../shared/content/guardrailRow';

/**
 * The portfolio's set queries. Every statement takes the page's workspace ids as one JSON array
 * (`json_each`) and groups by workspace, so a page of 50 workspaces costs the same handful of queries as
 * one workspace — never a query per workspace or per row.
 */

export interface WorkspaceHead {
  id: string;
  name: string;
  industry: IndustryCategory;
  stage: WorkspaceStage;
  time_zone: string;
  is_sample: number;
  updated_at: string;
}

export interface AccountHead {
  id: string;
  workspace_id: string;
  role: AccountRole;
  display_name: string;
  posts_per_week_target: number | null;
  live_hours_per_week_target: number | null;
}

export interface WeekItemRow extends GuardrailItemRow {
  workspace_id: string;
}

export interface WorkspaceCount {
  workspace_id: string;
  n: number;
}

export interface DueCount {
  workspace_id: string;
  due_on: string;
  n: number;
}

export interface DailyRow {
  workspace_id: string;
  date: string;
  views: number | null;
  gmv_fen: number | null;
}

export interface GmvRunRow {
  workspace_id: string;
  account_id: string;
  outputs_json: string;
}

export interface ActivityRow {
  workspace_id: string;
  at: string | null;
}

type Ids = { ids: string };
type Statements = {
  page: BetterSqlite3.Statement<{ offset: number; limit: number }, WorkspaceHead>;
  total: BetterSqlite3.Statement<[], { n: number }>;
  accounts: BetterSqlite3.Statement<Ids, AccountHead>;
  weekItems: BetterSqlite3.Statement<Ids & { from: string; to: string }, WeekItemRow>;
  discontinued: BetterSqlite3.Statement<Ids, { id: string; name: string }>;
  overdue: BetterSqlite3.Statement<Ids & { now: string }, WorkspaceCount>;
  countered: BetterSqlite3.Statement<Ids, WorkspaceCount>;
  dueDeliverables: BetterSqlite3.Statement<Ids & { before: string }, DueCount>;
  daily: BetterSqlite3.Statement<Ids & { from: string; to: string }, DailyRow>;
  gmvRuns: BetterSqlite3.Statement<Ids, GmvRunRow>;
  activity: BetterSqlite3.Statement<Ids, ActivityRow>;
  approvalModes: BetterSqlite3.Statement<Ids, { workspace_id: string; mode: string }>;
};

const statements = perConnection((db): Statements => {
  const inPage = 'IN (SELECT value FROM json_each(@ids))';
  return {
    page: db.prepare(
      `SELECT id, name, industry, stage, time_zone, is_sample, updated_at FROM workspaces
       ORDER BY name COLLATE NOCASE, id LIMIT @limit OFFSET @offset`,
    ),
    total: db.prepare('SELECT COUNT(*) AS n FROM workspaces'),
    accounts: db.prepare(
      `SELECT id, workspace_id, role, display_name, posts_per_week_target, live_hours_per_week_target
       FROM accounts WHERE workspace_id ${inPage} AND archived_at IS NULL`,
    ),
    // Items starting in the span that holds every page workspace's current week (zones differ).
    weekItems: db.prepare(
      `SELECT c.id, c.workspace_id, c.account_id, c.title, c.format, c.objective, c.status, c.planned_at,
         c.planned_end_at, c.creator_id,
         (SELECT json_group_array(product_id) FROM content_item_products WHERE item_id = c.id) AS product_ids_json
       FROM content_items c
       WHERE c.workspace_id ${inPage} AND c.planned_at >= @from AND c.planned_at < @to
         AND c.status != 'cancelled' AND c.archived_at IS NULL`,
    ),
    // Only discontinued products raise a guardrail by their status; other links need no lookup.
    discontinued: db.prepare(
      `SELECT id, name FROM products WHERE workspace_id ${inPage} AND status = 'discontinued'`,
    ),
    // The status condition is content_open_by_workspace's own (0100), so only open items are read.
    overdue: db.prepare(
      `SELECT workspace_id, COUNT(*) AS n FROM content_items INDEXED BY content_open_by_workspace
       WHERE workspace_id ${inPage} AND status NOT IN ('published', 'cancelled')
         AND planned_at < @now AND planned_end_at < @now AND archived_at IS NULL
       GROUP BY workspace_id`,
    ),
    countered: db.prepare(
      `SELECT workspace_id, COUNT(*) AS n FROM offers
       WHERE workspace_id ${inPage} AND side = 'brand' AND state = 'countered'
       GROUP BY workspace_id`,
    ),
    // Grouped by due date too: "overdue" depends on each workspace's own today, applied by the caller.
    dueDeliverables: db.prepare(
      `SELECT o.workspace_id, d.due_on, COUNT(*) AS n FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id
       WHERE o.workspace_id ${inPage} AND o.side = 'brand' AND d.status != 'published' AND d.due_on < @before
       GROUP BY o.workspace_id, d.due_on`,
    ),
    daily: db.prepare(
      `SELECT a.workspace_id, m.period_start AS date, SUM(m.views) AS views, SUM(m.gmv_fen) AS gmv_fen
       FROM accounts a JOIN account_metrics m ON m.account_id = a.id
       WHERE a.workspace_id ${inPage} AND m.granularity = 'day' AND m.period_start BETWEEN @from AND @to
       GROUP BY a.workspace_id, m.period_start`,
    ),
    // Each active account's latest usable GMV run.
    gmvRuns: db.prepare(
      `SELECT f.workspace_id, f.account_id, f.outputs_json
       FROM accounts a JOIN forecast_runs f ON f.account_id = a.id
       WHERE a.workspace_id ${inPage} AND a.archived_at IS NULL AND f.metric = 'gmv'
         AND f.insufficient_history = 0
         AND f.rowid = (SELECT g.rowid FROM forecast_runs g
                        WHERE g.account_id = a.id AND g.metric = 'gmv' AND g.insufficient_history = 0
                        ORDER BY g.created_at DESC, g.rowid DESC LIMIT 1)`,
    ),
    // Approval mode per workspace (issue 8 §2); no row means off.
    approvalModes: db.prepare(
      `SELECT workspace_id, mode FROM workspace_approval_settings WHERE workspace_id ${inPage}`,
    ),
    // The latest change per workspace among its own rows. Content is the big table: one seek per workspace
    // on content_by_workspace_updated (0100) instead of reading every item.
    activity: db.prepare(
      `SELECT workspace_id, MAX(at) AS at FROM (
         SELECT id AS workspace_id, updated_at AS at FROM workspaces WHERE id ${inPage}
         UNION ALL SELECT p.value, (SELECT MAX(c.updated_at) FROM content_items c WHERE c.workspace_id = p.value)
           FROM json_each(@ids) p
         UNION ALL SELECT workspace_id, MAX(updated_at) FROM accounts WHERE workspace_id ${inPage} GROUP BY workspace_id
         UNION ALL SELECT workspace_id, MAX(updated_at) FROM offers WHERE workspace_id ${inPage} GROUP BY workspace_id
         UNION ALL SELECT workspace_id, MAX(created_at) FROM forecast_runs WHERE workspace_id ${inPage}
           GROUP BY workspace_id
         UNION ALL SELECT a.workspace_id, MAX(m.imported_at) FROM accounts a
           JOIN account_metrics m ON m.account_id = a.id WHERE a.workspace_id ${inPage} GROUP BY a.workspace_id
       ) GROUP BY workspace_id`,
    ),
  };
});

export function workspacePage(
  db: Db,
  offset: number,
  limit: number,
): { heads: WorkspaceHead[]; total: number } {
  const s = statements(db);
  return { heads: s.page.all({ offset, limit }), total: s.total.get()!.n };
}

/** Every figure of the page's workspaces, one set query each. */
export function portfolioRows(
  db: Db,
  workspaceIds: readonly string[],
  bounds: {
    weekFrom: string;
    weekTo: string;
    now: string;
    metricsFrom: string;
    metricsTo: string;
    dueBefore: string;
  },
) {
  const s = statements(db);
  const ids = JSON.stringify(workspaceIds);
  return {
    accounts: s.accounts.all({ ids }),
    weekItems: s.weekItems.all({ ids, from: bounds.weekFrom, to: bounds.weekTo }),
    discontinued: s.discontinued.all({ ids }),
    overdue: s.overdue.all({ ids, now: bounds.now }),
    countered: s.countered.all({ ids }),
    dueDeliverables: s.dueDeliverables.all({ ids, before: bounds.dueBefore }),
    daily: s.daily.all({ ids, from: bounds.metricsFrom, to: bounds.metricsTo }),
    gmvRuns: s.gmvRuns.all({ ids }),
    activity: s.activity.all({ ids }),
    approvalModes: s.approvalModes.all({ ids }),
  };
}
