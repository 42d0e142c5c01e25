/*
 * The app's antd design tokens as plain data (no antd import), shared by the theme (theme.ts) and by the
 * script that derives antd's map tokens from them ahead of time (scripts/build/antdMapToken.ts).
 * Why each value is what it is: theme.ts.
 */

/** Seed and alias tokens the app sets (besides `motion`, which follows the user's reduced-motion setting). */
export const appSeedToken = {
  // Volcano, a shade darker than antd's #d4380d: 4.4:1 on the grey layout background was below AA.
  colorPrimary: '#c4320a',
  borderRadius: 8,
  colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  colorLink: '#0958d9',
  colorInfo: '#0958d9',
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  colorError: '#cf1322',
};

/**
 * Preset tags write their text in palette shade 7 on shade 1; these replace shade 7 of the light palettes
 * with shade 8 or 9 of the same hue, each at least 4.5:1 on its shade 1.
 */
export const tagTextShadeTokens = {
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
  volcano7: '#ad2102',
};
