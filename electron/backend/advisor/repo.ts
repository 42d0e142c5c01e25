import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/types';
import { perConnection } from '../paging/statements';
import type { AccountRole } from '../../../shared/domain/account';
import type { IndustryCategory, WorkspaceStage } from '../../../shared/domain/workspace';
import { salesObjectives } from '../../../shared/content/guardrails';
import { ACTIVE_OFFER_STATES } from '../../../shared/advisor/thresholds';

/**
 * The advisor's reads: one set query per kind of fact (accounts, plan per account, products, tags,
 * creators, live sessions), never one query per account or product; and the dismissals table (0080).
 */

export interface AdvisorWorkspaceRow {
  industry: IndustryCategory;
  stage: WorkspaceStage;
}

export interface AdvisorAccountRow {
  id: string;
  display_name: string;
  handle: string;
  role: AccountRole;
  self_broadcast: number;
  followers: number;
  posts_per_week_target: number | null;
  live_hours_per_week_target: number | null;
  profile_json: string | null;
}

export interface AccountPlanRow {
  account_id: string;
  items: number;
  sales_items: number;
  product_items: number;
  posts_ahead: number;
  live_minutes_ahead: number;
}

export interface ProductRow {
  id: string;
  name: string;
  sku: string;
  price_fen: number;
}

export interface CreatorRow {
  id: string;
  display_name: string;
  audience_json: string | null;
}

export interface DismissalRow {
  finding_key: string;
  rule_id: string;
  note: string;
  dismissed_at: string;
}

interface Window {
  workspaceId: string;
  from: string;
  to: string;
}

type Stmt<P extends unknown[] | object, R> = BetterSqlite3.Statement<P, R>;
interface Statements {
  workspace: Stmt<[string], AdvisorWorkspaceRow>;
  accounts: Stmt<[string], AdvisorAccountRow>;
  plan: Stmt<Window & { now: string; salesObjectives: string }, AccountPlanRow>;
  liveSessions: Stmt<Window, { own: number | null; creator: number | null }>;
  products: Stmt<[string], ProductRow>;
  productTags: Stmt<[string], { product_id: string; tag: string }>;
  creators: Stmt<Window & { activeStates: string }, CreatorRow>;
  dismissals: Stmt<[string], DismissalRow>;
  findDismissal: Stmt<[string, string], DismissalRow>;
  insertDismissal: Stmt<[string, string, string, string, string], never>;
  deleteDismissal: Stmt<[string, string], never>;
}

// Prepared once per database connection.
const statements = perConnection((db): Statements => {
  // Content inside the window, not cancelled (it will not be published).
  const planned = `c.workspace_id = @workspaceId AND c.planned_at >= @from AND c.planned_at < @to
    AND c.status <> 'cancelled' AND c.archived_at IS NULL`;
  return {
    workspace: db.prepare('SELECT industry, stage FROM workspaces WHERE id = ?'),
    accounts: db.prepare(
      `SELECT a.id, a.display_name, a.handle, a.role, a.self_broadcast, a.followers, a.posts_per_week_target,
         a.live_hours_per_week_target, p.profile_json
       FROM accounts a
       LEFT JOIN audience_profiles p ON p.owner_type = 'account' AND p.owner_id = a.id
       WHERE a.workspace_id = ? AND a.archived_at IS NULL
       ORDER BY a.role, a.created_at, a.rowid`,
    ),
    // The account's own plan: a creator's deliverable (creator_id set) runs on the creator's channel.
    plan: db.prepare(
      `SELECT c.account_id,
         COUNT(*) AS items,
         SUM(c.objective IN (SELECT value FROM json_each(@salesObjectives))) AS sales_items,
         SUM(EXISTS (SELECT 1 FROM content_item_products l WHERE l.item_id = c.id)) AS product_items,
         SUM(c.format <> 'live' AND c.planned_at >= @now) AS posts_ahead,
         SUM(CASE WHEN c.format = 'live' AND c.planned_at >= @now THEN c.duration_minutes ELSE 0 END)
           AS live_minutes_ahead
       FROM content_items c
       WHERE ${planned} AND c.creator_id IS NULL
       GROUP BY c.account_id`,
    ),
    liveSessions: db.prepare(
      `SELECT SUM(c.creator_id IS NULL AND a.role = 'sales' AND c.objective <> 'brand_story') AS own,
         SUM(c.creator_id IS NOT NULL) AS creator
       FROM content_items c JOIN accounts a ON a.id = c.account_id
       WHERE ${planned} AND c.format = 'live'`,
    ),
    products: db.prepare(
      `SELECT id, name, sku, price_fen FROM products WHERE workspace_id = ? AND status = 'active'
       ORDER BY name COLLATE NOCASE, rowid`,
    ),
    productTags: db.prepare(
      `SELECT t.product_id, t.tag FROM product_tags t JOIN products p ON p.id = t.product_id
       WHERE p.workspace_id = ? AND p.status = 'active' ORDER BY t.product_id, t.position`,
    ),
    // Working with the brand now: an open or accepted offer, or content planned in the window.
    creators: db.prepare(
      `SELECT cr.id, cr.display_name, cr.audience_json FROM creators cr
       WHERE cr.workspace_id = @workspaceId AND (
         EXISTS (SELECT 1 FROM offers o WHERE o.creator_id = cr.id
           AND o.state IN (SELECT value FROM json_each(@activeStates)))
         OR EXISTS (SELECT 1 FROM content_items c WHERE c.creator_id = cr.id AND ${planned}))
       ORDER BY cr.display_name, cr.rowid`,
    ),
    dismissals: db.prepare(
      'SELECT finding_key, rule_id, note, dismissed_at FROM advisor_dismissals WHERE workspace_id = ?',
    ),
    findDismissal: db.prepare(
      `SELECT finding_key, rule_id, note, dismissed_at FROM advisor_dismissals
       WHERE workspace_id = ? AND finding_key = ?`,
    ),
    insertDismissal: db.prepare(
      `INSERT INTO advisor_dismissals (workspace_id, finding_key, rule_id, note, dismissed_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    deleteDismissal: db.prepare('DELETE FROM advisor_dismissals WHERE workspace_id = ? AND finding_key = ?'),
  };
});

export function findAdvisorWorkspace(db: Db, workspaceId: string): AdvisorWorkspaceRow | undefined {
  return statements(db).workspace.get(workspaceId);
}

export function listAdvisorAccounts(db: Db, workspaceId: string): AdvisorAccountRow[] {
  return statements(db).accounts.all(workspaceId);
}

export function planPerAccount(db: Db, window: Window, now: string): AccountPlanRow[] {
  return statements(db).plan.all({ ...window, now, salesObjectives: JSON.stringify(salesObjectives) });
}

export function countLiveSessions(db: Db, window: Window): { own: number; creator: number } {
  const row = statements(db).liveSessions.get(window);
  return { own: row?.own ?? 0, creator: row?.creator ?? 0 };
}

export function listActiveProducts(db: Db, workspaceId: string): ProductRow[] {
  return statements(db).products.all(workspaceId);
}

export function listActiveProductTags(db: Db, workspaceId: string): { product_id: string; tag: string }[] {
  return statements(db).productTags.all(workspaceId);
}

export function listActiveCreators(db: Db, window: Window): CreatorRow[] {
  return statements(db).creators.all({ ...window, activeStates: JSON.stringify(ACTIVE_OFFER_STATES) });
}

export function listDismissals(db: Db, workspaceId: string): DismissalRow[] {
  return statements(db).dismissals.all(workspaceId);
}

export function findDismissal(db: Db, workspaceId: string, key: string): DismissalRow | undefined {
  return statements(db).findDismissal.get(workspaceId, key);
}

export function insertDismissal(
  db: Db,
  workspaceId: string,
  dismissal: { key: string; ruleId: string; note: string; at: string },
): void {
  statements(db).insertDismissal.run(
    workspaceId,
    dismissal.key,
    dismissal.ruleId,
    dismissal.note,
    dismissal.at,
  );
}

export function deleteDismissal(db: Db, workspaceId: string, key: string): boolean {
  return statements(db).deleteDismissal.run(workspaceId, key).changes > 0;
}
