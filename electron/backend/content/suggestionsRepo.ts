import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/** Distinct non-empty values of a column, most used first: suggestions for free-text fields. */
export function distinctValues(
  db: Db,
  workspaceId: string,
  column: 'pillar' | 'owner',
  limit = 50,
): string[] {
  const statement =
    column === 'pillar'
      ? prepared<[string, number], { v: string }>(
          db,
          `SELECT pillar AS v, COUNT(*) AS n FROM content_items WHERE workspace_id = ? AND pillar <> ''
             GROUP BY pillar ORDER BY n DESC, pillar LIMIT ?`,
        )
      : prepared<[string, number], { v: string }>(
          db,
          `SELECT owner AS v, COUNT(*) AS n FROM content_items WHERE workspace_id = ? AND owner <> ''
            GROUP BY owner ORDER BY n DESC, owner LIMIT ?`,
        );
  return statement.all(workspaceId, limit).map((r) => r.v);
}

export function distinctTags(db: Db, workspaceId: string, limit = 100): string[] {
  return prepared<[string, string, number], { tag: string }>(
    db,
    `SELECT tag, SUM(n) AS n FROM (
         SELECT t.tag, COUNT(*) AS n FROM content_item_tags t JOIN content_items c ON c.id = t.item_id
           WHERE c.workspace_id = ? GROUP BY t.tag
         UNION ALL
         SELECT t.tag, COUNT(*) AS n FROM product_tags t JOIN products p ON p.id = t.product_id
           WHERE p.workspace_id = ? GROUP BY t.tag)
       GROUP BY tag ORDER BY n DESC, tag LIMIT ?`,
  )
    .all(workspaceId, workspaceId, limit)
    .map((r) => r.tag);
}
