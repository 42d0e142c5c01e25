import type { z } from 'zod';
import type { contentItemBaseSchema } from './model';

/** The fields a new content item may leave out (the schema defaults them), as a stored item holds them. */
export type BlankContentFields = Pick<
  z.output<typeof contentItemBaseSchema>,
  | 'pillar'
  | 'status'
  | 'durationMinutes'
  | 'productIds'
  | 'tags'
  | 'owner'
  | 'brief'
  | 'publishedUrl'
  | 'publishedAt'
>;

/**
 * A new item's optional fields, left blank: the values `contentItemBaseSchema` defaults them to, so the
 * drawer's empty form, a create call that leaves them out and a test's fixture store the same item.
 * A function so that each caller gets its own lists.
 */
export function blankContentFields(): BlankContentFields {
  return {
    pillar: '',
    status: 'idea',
    durationMinutes: null,
    productIds: [],
    tags: [],
    owner: '',
    brief: '',
    publishedUrl: null,
    publishedAt: null,
  };
}
