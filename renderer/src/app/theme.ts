import { theme, type MappingAlgorithm, type ThemeConfig } from 'antd';
import { ANTD_CSS_VAR } from '../lib/antdMarkup';
import { precomputedMap } from './antdMapToken.generated';
import { precomputedSeed } from './antdSeedToken.generated';
import { appSeedToken, tagTextShadeTokens } from './themeTokens';

/**
 * The antd theme. Besides the brand colour, its tokens make every text meet WCAG 2 AA contrast (4.5:1) on
 * white and on the light tag and alert backgrounds, once for every component (issue 11 §7: axe found 220
 * failing nodes, mostly secondary text, tags and badges on antd's defaults):
 *  - secondary/tertiary text (Typography type="secondary", descriptions, table headers' sorters, empty
 *    states) was rgba(0,0,0,.45), 3.4:1 on white; now .65 (6.3:1; still AA on tinted panels under a drawer mask);
 *  - links were #1677ff (4.1:1); now blue-7;
 *  - coloured tags write their text in palette shade 7 on shade 1 (green 3.4:1, orange 3.3:1, gold 2.8:1):
 *    the text shade of the light palettes moves to 8 or 9;
 *  - status colours (success/warning/error tags, Typography type="success", statistics) were palette 6.
 */
export function appTheme(motion: boolean): ThemeConfig {
  return {
    // The components' styles come precompiled from antd/dist/antd.css (imported in main.tsx, trimmed at build
    // by scripts/build/antdCss.ts) instead of being generated on every start: stylis parsing, style functions
    // and their injection were 20–30 % of the first screen's JS time (issue 11 §8). That CSS reads every token
    // through CSS variables, which antd still writes at run time from the tokens below, so the theme (and its
    // contrast) is the same.
    zeroRuntime: true,
    // The precompiled CSS also carries antd's default tokens under the class `css-var-_R_0_`; a key of our own
    // keeps them from ever applying beside ours. (lib/antdMarkup.tsx writes antd's markup with the same class.)
    cssVar: { key: ANTD_CSS_VAR },
    // The precompiled CSS selects plain `.ant-*` classes; the per-version hash class would only add markup.
    hashed: false,
    algorithm: appAlgorithm,
    // Values and their reasons: themeTokens.ts and the list above.
    token: { ...appSeedToken, motion },
    components: {
      // The selected sidebar entry: brand colour on its light tint was 4.3:1.
      Menu: { itemSelectedColor: '#ad2102' },
      // An empty table's "no data" text is drawn in the disabled colour (1.8:1); it is information, not a
      // disabled control. (Disabled controls inside tables share the token and read a little darker.)
      Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    },
  };
}

/**
 * Preset tags write their text in palette shade 7 on shade 1. The palettes are derived from seed colours by
 * the algorithm (a `token` override of `green7` is overwritten), so the darker text shades are set by the
 * algorithm, after antd's own: shade 8 or 9 of the same hue, each at least 4.5:1 on its shade 1
 * (themeTokens.ts).
 *
 * antd derives the map tokens when the first component asks for the theme: ~440 tokens, colour palettes
 * through FastColor, 10–15 ms of cold code in the first render on every start (issue 11 §8). For the app's
 * own seed the answer is precomputed (scripts/build/antdMapToken.ts, checked against antd's derivation by
 * test/unit/renderer/antdMapToken.test.ts); any other seed is derived as before.
 */
type SeedToken = Parameters<MappingAlgorithm>[0];
type MapToken = ReturnType<MappingAlgorithm>;

export const appAlgorithm: MappingAlgorithm = (seed) => {
  if (isPrecomputedSeed(seed)) return { ...precomputedMap, motion: seed.motion } as unknown as MapToken;
  return { ...theme.defaultAlgorithm(seed), ...tagTextShadeTokens };
};

const precomputedKeys = Object.keys(precomputedSeed);

/** The seed the map was precomputed for: the same values, and no key besides them but `motion`. */
function isPrecomputedSeed(seed: SeedToken): boolean {
  const values = seed as unknown as Record<string, unknown>;
  const keys = Object.keys(values);
  if (keys.length !== precomputedKeys.length + ('motion' in values ? 1 : 0)) return false;
  return precomputedKeys.every((key) => values[key] === precomputedSeed[key]);
}
