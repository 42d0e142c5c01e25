import type { Db } from '../../../electron/backend/db/types';
import type { MethodCase } from './measure';

const first = (db: Db, sql: string, ...params: unknown[]) =>
  (db.prepare(sql).get(...params) as { id: string } | undefined)?.id ?? null;

/** The busiest account of a workspace (most metric rows): the forecasts' and series' subject. */
const topAccount = (db: Db, ws: string) =>
  first(
    db,
    `SELECT a.id FROM accounts a WHERE a.workspace_id = ? AND a.role = 'sales' AND a.archived_at IS NULL
     ORDER BY (SELECT COUNT(*) FROM content_items c WHERE c.account_id = a.id) DESC LIMIT 1`,
    ws,
  );

/** A month with content in it: the calendar's default view around the generated year. */
const month = { from: '2025-10-01T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z' };
const dayBefore = (isoTime: string) => new Date(Date.parse(isoTime) - 86_400_000).toISOString();

export const methodCases: MethodCase[] = [
  {
    figure: 'offers.list',
    method: 'offers.list',
    input: (ws) => ({ workspaceId: ws }),
    paged: { limit: 50 },
    raw: (ws) => ({
      sql: 'SELECT * FROM offers WHERE workspace_id = ? ORDER BY updated_at DESC LIMIT 50',
      params: [ws],
    }),
  },
  {
    figure: 'creators.list',
    method: 'creators.list',
    input: (ws) => ({ workspaceId: ws }),
    paged: { limit: 50 },
    raw: (ws) => ({
      sql: 'SELECT * FROM creators WHERE workspace_id = ? ORDER BY display_name COLLATE NOCASE LIMIT 50',
      params: [ws],
    }),
  },
  {
    figure: 'match.forProduct',
    method: 'match.forProduct',
    input: (ws, db) => {
      const productId = first(
        db,
        'SELECT id FROM products WHERE workspace_id = ? ORDER BY rowid LIMIT 1',
        ws,
      );
      return productId ? { productId } : null;
    },
  },
  {
    figure: 'forecasts.run without planned content',
    method: 'forecasts.run',
    input: (ws, db) => {
      const accountId = topAccount(db, ws);
      return accountId
        ? { accountId, metric: 'views', horizon: 30, includePlanned: false, save: false }
        : null;
    },
    raw: (ws, db) => ({
      sql: "SELECT period_start, views FROM account_metrics WHERE account_id = ? AND granularity = 'day' ORDER BY period_start",
      params: [topAccount(db, ws)],
    }),
  },
  {
    figure: 'forecasts.run with planned content',
    method: 'forecasts.run',
    input: (ws, db) => {
      const accountId = topAccount(db, ws);
      return accountId
        ? { accountId, metric: 'views', horizon: 30, includePlanned: true, save: false }
        : null;
    },
  },
  {
    figure: 'content.list month',
    method: 'content.list',
    // content.list is paged (first page of 50); its warnings read only the page's rule neighbours (content/pageWarnings.ts).
    input: (ws) => ({ workspaceId: ws, ...month }),
    // What the first page holds, by the plainest SQL: the month's unarchived items and the live sessions of
    // the day before still running into it (a session lasts at most a day), 51 rows as the page reads one
    // more to know whether another page follows; then each row's products, tags and series link, one
    // prepared statement per row and kind.
    raw: (ws) => ({
      sql: `SELECT * FROM content_items
             WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ?
               AND (planned_at >= ? OR planned_end_at > ?) AND archived_at IS NULL
             ORDER BY planned_at, rowid LIMIT 51`,
      params: [ws, dayBefore(month.from), month.to, month.from, month.from],
      perRow: [
        'SELECT product_id FROM content_item_products WHERE item_id = ? ORDER BY position',
        'SELECT tag FROM content_item_tags WHERE item_id = ? ORDER BY position',
        'SELECT series_id, occurrence_at, detached FROM content_series_occurrences WHERE item_id = ?',
      ],
    }),
    // The figure before session 11: rows starting in the month only, without their links.
    narrowRaw: (ws) => ({
      sql: 'SELECT * FROM content_items WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ? ORDER BY planned_at LIMIT 51',
      params: [ws, month.from, month.to],
    }),
  },
  {
    // A text search on the same month (the generated titles and pillars hold 自播 on a sixth of the items).
    figure: 'content.list month search',
    method: 'content.list',
    input: (ws) => ({ workspaceId: ws, ...month, search: '自播' }),
  },
  {
    figure: 'content.calendarItems month',
    method: 'content.calendarItems',
    input: (ws) => ({ workspaceId: ws, ...month }),
    raw: (ws) => ({
      sql: 'SELECT * FROM content_items WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ? ORDER BY planned_at',
      params: [ws, month.from, month.to],
    }),
  },
  {
    figure: 'content.suggestions',
    method: 'content.suggestions',
    input: (ws) => ({ workspaceId: ws }),
  },
  {
    figure: 'metrics.series',
    method: 'metrics.series',
    input: (ws, db) => {
      const accountId = topAccount(db, ws);
      return accountId ? { accountId, metric: 'views' } : null;
    },
    raw: (ws, db) => ({
      sql: "SELECT period_start, views FROM account_metrics WHERE account_id = ? AND granularity = 'day' ORDER BY period_start",
      params: [topAccount(db, ws)],
    }),
  },
  {
    figure: 'workspaces.list',
    method: 'workspaces.list',
    input: () => ({}),
    raw: () => ({ sql: 'SELECT * FROM workspaces ORDER BY created_at', params: [] }),
  },
  {
    figure: 'content.exportIcs year',
    method: 'content.exportIcs',
    input: (ws) => ({ workspaceId: ws, from: '2025-07-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' }),
  },
  {
    figure: 'content.exportCsv year',
    method: 'content.exportCsv',
    input: (ws) => ({ workspaceId: ws, from: '2025-07-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' }),
  },
];
