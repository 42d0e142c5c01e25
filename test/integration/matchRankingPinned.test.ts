import { describe, expect, it } from 'vitest';
import { createTestBackend } from '../support/backend';
import { rankings, setUpRoster } from '../support/matchRoster';

/**
 * match.forProduct's rankings and counts pinned on a seeded roster of several hundred creators with
 * varied profiles: no profile, empty interests, tiny and zero shares, the same audience under different
 * names (ties broken by name), the same name twice (ties broken by id), Chinese and Latin names. The
 * snapshot was taken before the roster learned to start from a stored copy (issue 13, first call): any
 * change to which creators come first, their scores or the counts fails here, whichever path built the
 * roster.
 */

describe('match.forProduct rankings on a fixed roster', () => {
  it('ranks 420 creators (1 in 10 without a profile) as pinned, top 200 and top 7', async () => {
    const t = await createTestBackend();
    try {
      const products = await setUpRoster(t, 'big', 420, 0.1, 13);
      expect(await rankings(t, products, 200)).toMatchSnapshot();
      expect(await rankings(t, products, 7)).toMatchSnapshot();
      // The top creator's explanation is the one shown on the page.
      const top = (await t.call('match.forProduct', { productId: products[1]!, creatorLimit: 1 }))
        .creators[0]!;
      expect(top.match).toMatchSnapshot();
    } finally {
      t.close();
    }
  });

  it('fills the top with creators without a profile by name when too few are scored (150, 4 in 10 without)', async () => {
    const t = await createTestBackend();
    try {
      const products = await setUpRoster(t, 'few', 150, 0.4, 7);
      expect(await rankings(t, products, 120)).toMatchSnapshot();
    } finally {
      t.close();
    }
  });
});
