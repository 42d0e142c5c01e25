import { theme } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appAlgorithm, appTheme } from '../../../renderer/src/app/theme';
import { appSeedToken, tagTextShadeTokens } from '../../../renderer/src/app/themeTokens';

/*
 * The theme answers antd with map tokens derived ahead of time (scripts/build/antdMapToken.ts) instead of
 * deriving them in the first render (issue 11 §8). They must be exactly what antd's algorithm derives from
 * the app's seed, with and without motion, or the app would change colour; when this fails after an antd
 * upgrade or a token change, run `npx tsx scripts/build/antdMapToken.ts`.
 */

/** What antd derived before: its default algorithm, then the darker tag text shades. */
const derived = (seed: Parameters<typeof theme.defaultAlgorithm>[0]) => ({
  ...theme.defaultAlgorithm(seed),
  ...tagTextShadeTokens,
});

describe('the theme’s map tokens', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([true, false])(
    'are antd’s derivation of the app’s seed (motion %s), without deriving',
    (motion) => {
      const seed = { ...theme.defaultSeed, ...appTheme(motion).token, motion };
      const expected = derived(seed);
      const algorithm = vi.spyOn(theme, 'defaultAlgorithm');
      expect(appAlgorithm(seed)).toEqual(expected);
      expect(algorithm).not.toHaveBeenCalled();
    },
  );

  it('derives any other seed at run time, tag shades included', () => {
    const seed = { ...theme.defaultSeed, ...appSeedToken, colorPrimary: '#1677ff', motion: true };
    expect(appAlgorithm(seed)).toEqual(derived(seed));
    expect(appAlgorithm(seed)['colorPrimary']).toBe('#1677ff');
    const extraKey = { ...theme.defaultSeed, ...appSeedToken, motion: true, fontSizeExtra: 1 };
    expect(appAlgorithm(extraKey)).toEqual(derived(extraKey));
  });
});
