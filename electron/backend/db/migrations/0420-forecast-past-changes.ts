import type { Migration } from '../types';

/**
 * Which accounts' pasts changed (issue 13: forecasts.run with planned content right after a write).
 * Planned content is measured against the account's past (forecasts/accountPast.ts): its published items'
 * dates, tags and linked products' tags, its audience, and the workspace's interest baseline and custom
 * tags. That past was kept until the next write of any kind, so the first forecast after editing a plan,
 * importing metrics or touching another client cost what it did before anything was kept (~2× a forecast
 * without planned content). Triggers now note each write to what a past is built from, whoever wrote it
 * (this connection, the import worker's), and a kept past stays while its two notes stay as they were:
 * - the account's own row (`scope_id` = the account id): a published item of it inserted, deleted, moved,
 *   re-dated or set to or from published; a published item's tags or product links; the account's audience;
 * - the workspace's row (`scope_id` = the workspace id): a product's tags (any account may link it), the
 *   interest baseline, a custom tag.
 * A bulk write (a content import, a bundle) marks its workspace in `forecast_past_changes_bulk` inside its
 * transaction: the item and link triggers skip the marked workspace and the writer notes every account of
 * it once at the end (forecasts/pastChangesRepo.ts), as 0280 does for creators.
 * `seq` counts a row's notes, so a note always moves its row forward; it is a plain increment (no
 * per-workspace sequence to look up), which keeps each note cheap on writes of published items
 * (test/bench/pastChangeTriggers.ts). Rows of a deleted account stay as tombstones until the workspace goes;
 * the delete triggers skip a workspace being deleted (its cascade has removed the parent row, which the
 * note's foreign key would need). The table is this desk's bookkeeping and never travels in a bundle.
 */

/** Notes the scope and workspace `select` answers (`SELECT scope, ws, 1 FROM … WHERE …`), if any. */
const noteFrom = (select: string) => `
  INSERT INTO forecast_past_changes (scope_id, workspace_id, seq) ${select}
  ON CONFLICT (scope_id) DO UPDATE SET seq = seq + 1;`;

/** Notes a change of `scope` in workspace `ws`, both SQL over the trigger's row. */
const note = (scope: string, ws: string) => noteFrom(`VALUES (${scope}, ${ws}, 1)`);

const workspaceOf = (row: string) => `EXISTS (SELECT 1 FROM workspaces WHERE id = ${row}.workspace_id)`;
const workspaceStays = workspaceOf('old');
/** Not inside a bulk write of the workspace (`forecast_past_changes_bulk`), which notes once at its end. */
const unmarked = (row: string) =>
  `NOT EXISTS (SELECT 1 FROM forecast_past_changes_bulk WHERE workspace_id = ${row}.workspace_id)`;
const events = ['insert', 'update', 'delete'] as const;
type Event = (typeof events)[number];
const rowOf = (event: Event) => (event === 'delete' ? 'old' : 'new');

/**
 * A published item inserted, deleted, or changed in what the past reads (status, time, account): an edit
 * writes every column, so the values are compared.
 */
function itemTriggers(): string {
  const published = (row: 'new' | 'old') => `${row}.status = 'published' AND ${unmarked(row)}`;
  return `
    CREATE TRIGGER forecast_past_on_item_insert AFTER INSERT ON content_items WHEN ${published('new')}
      BEGIN ${note('new.account_id', 'new.workspace_id')} END;
    CREATE TRIGGER forecast_past_on_item_update AFTER UPDATE OF status, planned_at, account_id ON content_items
      WHEN (${published('old')} OR ${published('new')}) AND (old.status IS NOT new.status
        OR old.planned_at IS NOT new.planned_at OR old.account_id IS NOT new.account_id)
      BEGIN ${note('new.account_id', 'new.workspace_id')} END;
    CREATE TRIGGER forecast_past_on_item_move AFTER UPDATE OF account_id ON content_items
      WHEN ${published('old')} AND old.account_id IS NOT new.account_id
      BEGIN ${note('old.account_id', 'old.workspace_id')} END;
    CREATE TRIGGER forecast_past_on_item_delete AFTER DELETE ON content_items
      WHEN ${published('old')} AND ${workspaceStays}
      BEGIN ${note('old.account_id', 'old.workspace_id')} END;`;
}

/**
 * A published item's tags or product links. An item's own deletion cascades here after its row is gone
 * (nothing to look up); its delete trigger has noted the account.
 */
function itemLinkTriggers(): string {
  return ['content_item_tags', 'content_item_products']
    .flatMap((table) =>
      events.map((event) => {
        // One lookup of the item finds whether it is published and whose it is. A link deleted by its
        // product's cascade while the workspace goes still finds its item: the workspace is checked then.
        const item = noteFrom(`SELECT account_id, workspace_id, 1 FROM content_items i
          WHERE id = ${rowOf(event)}.item_id AND status = 'published' AND ${unmarked('i')}${event === 'delete' ? ` AND ${workspaceOf('i')}` : ''}`);
        return `CREATE TRIGGER forecast_past_on_${table}_${event} AFTER ${event.toUpperCase()} ON ${table}
          BEGIN ${item} END;`;
      }),
    )
    .join('\n');
}

/** What every account of a workspace is scored with: product tags, the interest baseline, custom tags. */
function workspaceTriggers(): string {
  const productTags = events.map((event) => {
    const product = noteFrom(`SELECT workspace_id, workspace_id, 1 FROM products p
      WHERE id = ${rowOf(event)}.product_id${event === 'delete' ? ` AND ${workspaceOf('p')}` : ''}`);
    return `CREATE TRIGGER forecast_past_on_product_tags_${event} AFTER ${event.toUpperCase()} ON product_tags
      BEGIN ${product} END;`;
  });
  const interest = ['interest_baselines', 'interest_custom_tags'].flatMap((table) =>
    events.map((event) => {
      const row = rowOf(event);
      const guard = event === 'delete' ? `WHEN ${workspaceStays}` : '';
      return `CREATE TRIGGER forecast_past_on_${table}_${event} AFTER ${event.toUpperCase()} ON ${table} ${guard}
        BEGIN ${note(`${row}.workspace_id`, `${row}.workspace_id`)} END;`;
    }),
  );
  return [...productTags, ...interest].join('\n');
}

/** An account's audience (a creator's does not enter an account's past). */
function audienceTriggers(): string {
  return events
    .map((event) => {
      const row = rowOf(event);
      const guard = `${row}.owner_type = 'account'${event === 'delete' ? ` AND ${workspaceStays}` : ''}`;
      return `CREATE TRIGGER forecast_past_on_audience_${event} AFTER ${event.toUpperCase()} ON audience_profiles
        WHEN ${guard}
        BEGIN ${note(`${row}.owner_id`, `${row}.workspace_id`)} END;`;
    })
    .join('\n');
}

export const migration0420: Migration = {
  version: 420,
  name: 'forecast-past-changes',
  up(db) {
    db.exec(`
      CREATE TABLE forecast_past_changes (
        scope_id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX forecast_past_changes_by_workspace ON forecast_past_changes (workspace_id);
      CREATE TABLE forecast_past_changes_bulk (workspace_id TEXT PRIMARY KEY) STRICT;
      ${itemTriggers()}
      ${itemLinkTriggers()}
      ${workspaceTriggers()}
      ${audienceTriggers()}
    `);
  },
};
