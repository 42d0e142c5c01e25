import { describe, expect, it } from 'vitest';
import { blankContentFields } from '../../../shared/content/blankItem';
import { contentItemBaseSchema } from '../../../shared/content/model';

describe('blankContentFields', () => {
  it('is what a create call that names only the required fields stores', () => {
    const parsed = contentItemBaseSchema.parse({
      workspaceId: 'w1',
      accountId: 'a1',
      title: '新内容',
      format: 'short_video',
      objective: 'seed',
      plannedAt: '2025-08-01T02:00:00.000Z',
    });
    const {
      workspaceId: _w,
      accountId: _a,
      title: _t,
      format: _f,
      objective: _o,
      plannedAt: _p,
      ...defaults
    } = parsed;
    expect(defaults).toEqual(blankContentFields());
  });

  it('hands each caller its own lists', () => {
    const first = blankContentFields();
    first.tags.push('护肤');
    first.productIds.push('p1');
    expect(blankContentFields()).toMatchObject({ tags: [], productIds: [] });
  });
});
