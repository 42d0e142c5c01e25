import type { Migration } from '../types';

/**
 * Per-item notes for a forecast's account past (issue 13: the first forecast after a change to an account's
 * published history). Since 0420 a kept past is rebuilt when the account's note moves, and the rebuild read
 * every published item's tags and products' tags again (~2× a forecast without planned content), although a
 * typical write (an item marked published, re-dated, retagged) changes one item. Now the rebuild keeps each
 * item's targets (its tags and its products' tags) and rereads only the items whose own note moved:
 * - the item's row in `forecast_past_changes` (`scope_id` = the item id) is noted when a published item's tags
 *   or product links change (with the account, as before, in one statement over one lookup of the item), and
 *   when an item becomes published: inserted as published or set to published. Tags edited while an item was
 *   not published are therefore always followed by a note before the item counts again, and an item deleted
 *   and inserted again under its id (an undo) is noted on the way back (its row stays as a tombstone, so the
 *   note moves past the number a kept copy holds);
 * - re-dating or moving a published item needs no item note: its targets are the same.
 * Product tags, the baseline and custom tags stay on the workspace's note, and a bulk write (which skips the
 * per-row triggers) notes the workspace at its end: a kept copy of targets is only reused while the
 * workspace's note is unchanged (forecasts/accountPast.ts).
 */

const unmarked = (row: string) =>
  `NOT EXISTS (SELECT 1 FROM forecast_past_changes_bulk WHERE workspace_id = ${row}.workspace_id)`;
const events = ['insert', 'update', 'delete'] as const;
type Event = (typeof events)[number];
const rowOf = (event: Event) => (event === 'delete' ? 'old' : 'new');

/** 0420's link triggers, now noting the item beside its account: two rows from one lookup of the item. */
function itemLinkTriggers(): string {
  return ['content_item_tags', 'content_item_products']
    .flatMap((table) =>
      events.map((event) => {
        const workspaceStays =
          event === 'delete' ? ' AND EXISTS (SELECT 1 FROM workspaces WHERE id = i.workspace_id)' : '';
        return `DROP TRIGGER forecast_past_on_${table}_${event};
          CREATE TRIGGER forecast_past_on_${table}_${event} AFTER ${event.toUpperCase()} ON ${table}
          BEGIN
            INSERT INTO forecast_past_changes (scope_id, workspace_id, seq)
            SELECT CASE scope.item WHEN 1 THEN i.id ELSE i.account_id END, i.workspace_id, 1
              FROM content_items i JOIN (SELECT 0 AS item UNION ALL SELECT 1) scope
              WHERE i.id = ${rowOf(event)}.item_id AND i.status = 'published' AND ${unmarked('i')}${workspaceStays}
            ON CONFLICT (scope_id) DO UPDATE SET seq = seq + 1;
          END;`;
      }),
    )
    .join('\n');
}

const noteItem = (row: string) => `INSERT INTO forecast_past_changes (scope_id, workspace_id, seq)
  VALUES (${row}.id, ${row}.workspace_id, 1) ON CONFLICT (scope_id) DO UPDATE SET seq = seq + 1;`;

/** An item becoming published: inserted as published, or set to published from another status. */
function itemPublishedTriggers(): string {
  return `
    CREATE TRIGGER forecast_past_on_item_insert_published AFTER INSERT ON content_items
      WHEN new.status = 'published' AND ${unmarked('new')}
      BEGIN ${noteItem('new')} END;
    CREATE TRIGGER forecast_past_on_item_set_published AFTER UPDATE OF status ON content_items
      WHEN new.status = 'published' AND old.status IS NOT 'published' AND ${unmarked('new')}
      BEGIN ${noteItem('new')} END;`;
}

export const migration0430: Migration = {
  version: 430,
  name: 'forecast-item-notes',
  up(db) {
    db.exec(`${itemLinkTriggers()}
      ${itemPublishedTriggers()}`);
  },
};
