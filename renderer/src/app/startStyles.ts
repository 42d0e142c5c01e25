/*
 * The app's stylesheet, applied by the entry (issue 11 §8). The built index.html only preloads it
 * (scripts/build/startHtml.ts): a linked stylesheet holds the entry module back until it is downloaded and
 * parsed, and with it the start API calls and chunk requests. The first render waits for `startStyles()`
 * (firstScreen.ts), so nothing is ever drawn unstyled. In development Vite injects the styles itself and
 * there is nothing to apply.
 */

let applied: Promise<void> | undefined;

/** Turns the preloaded stylesheets into applied ones (once); settles when they have loaded or failed. */
export function startStyles(): Promise<void> {
  applied ??= Promise.all(
    [...document.querySelectorAll<HTMLLinkElement>('link[data-start-style]')].map(
      (link) =>
        new Promise<void>((resolve) => {
          link.addEventListener('load', () => resolve(), { once: true });
          // A stylesheet that fails to load leaves the app unstyled but usable: render it anyway.
          link.addEventListener('error', () => resolve(), { once: true });
          link.rel = 'stylesheet';
        }),
    ),
  ).then(() => undefined);
  return applied;
}
