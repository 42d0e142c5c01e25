import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

export interface VocabularyEntry {
  value: string;
  count: number;
}

/**
 * The distinct categories or tags of a workspace's products with how many products use each, most used
 * first; `search` keeps values containing it (LIKE, case-insensitive for ASCII; `%`/`_` escaped). A
 * workspace's products are read through products_by_name (workspace first), tags through their primary key.
 */
const sources = {
  category: `SELECT category AS value FROM products WHERE workspace_id = @ws AND category <> ''`,
  tag: `SELECT t.tag AS value FROM products p JOIN product_tags t ON t.product_id = p.id WHERE p.workspace_id = @ws`,
} as const;

export function productVocabulary(
  db: Db,
  workspaceId: string,
  kind: keyof typeof sources,
  search: string | undefined,
  limit: number,
): { items: VocabularyEntry[]; total: number } {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const filtered = `SELECT value FROM (${sources[kind]}) WHERE (@pattern IS NULL OR value LIKE @pattern ESCAPE '\\')`;
  const items = prepared<Record<string, unknown>, VocabularyEntry>(
    db,
    `SELECT value, count(*) AS count FROM (${filtered}) GROUP BY value ORDER BY count DESC, value LIMIT @limit`,
  ).all({ ws: workspaceId, pattern, limit });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT count(DISTINCT value) AS n FROM (${filtered})`,
  ).get({ ws: workspaceId, pattern })!.n;
  return { items, total };
}
