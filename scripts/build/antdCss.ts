/**
 * antd's precompiled stylesheet (antd/dist/antd.css, ~1 MB: every component, read with the theme's
 * `zeroRuntime`) trimmed to the components the renderer bundles. Parsing the whole file took the first screen
 * ~170 ms of main thread on this (loaded) machine, and every rule more is one more for style recalculation.
 *
 * A selector is dropped only when it cannot match: it names a class `.ant-<x>…` whose `<x>` is an antd
 * component folder (antd/es/<x>) that the bundle does not contain, or it sits under antd's default-token class
 * `.css-var-_R_0_` (the app's ConfigProvider writes its own tokens under its own key), or it only repeats
 * reset.css (isBoxSizingRepeat). Class names that are not a folder name (`.ant-btn`, `.ant-picker`, motion
 * classes such as `.ant-zoom-enter`) are always kept.
 */

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The antd.css blocks carrying antd's default tokens, never the app's (app/theme.ts sets its own key). */
const DEFAULT_TOKEN_CLASS = '.css-var-_R_0_';

/** A top-level piece of a stylesheet: a rule or at-rule with a block, or a statement ending in `;`. */
interface Piece {
  prelude: string;
  /** The text between the braces, or undefined for a statement (`@import …;`). */
  body?: string;
}

/** Index of the brace closing the one opened just before `start`, skipping strings. */
function closingBrace(css: string, start: number): number {
  let depth = 1;
  for (let i = start; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = css.indexOf(c, i + 1);
      if (i < 0) break;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces after offset ${start}`);
}

function pieces(css: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open < 0 && semi < 0) break;
    if (semi >= 0 && (open < 0 || semi < open) && css.slice(i, semi).trim().startsWith('@')) {
      out.push({ prelude: css.slice(i, semi + 1).trim() });
      i = semi + 1;
      continue;
    }
    const close = closingBrace(css, open + 1);
    out.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, close) });
    i = close + 1;
  }
  return out;
}

/** Splits a selector list at its top-level commas (not those inside `:not(…)`, `:where(…)` or strings). */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  out.push(list.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The antd folder a class name belongs to: its longest hyphen-prefix that is a folder (`input-number-handler` → `input-number`). */
function folderOf(className: string, folders: ReadonlySet<string>): string | undefined {
  const parts = className.split('-');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (folders.has(candidate)) return candidate;
  }
  return undefined;
}

/** The selector without its `:not(…)` arguments: a class named there need not exist for the selector to match. */
function withoutNegations(selector: string): string {
  let out = '';
  for (let i = 0; i < selector.length; i++) {
    if (!selector.startsWith(':not(', i)) {
      out += selector[i];
      continue;
    }
    let depth = 0;
    for (i += ':not'.length; i < selector.length; i++) {
      if (selector[i] === '(') depth++;
      else if (selector[i] === ')' && --depth === 0) break;
    }
  }
  return out;
}

function canMatch(selector: string, folders: ReadonlySet<string>, used: ReadonlySet<string>): boolean {
  if (selector.includes(DEFAULT_TOKEN_CLASS)) return false;
  for (const [, className] of withoutNegations(selector).matchAll(/\.ant-([a-z][a-z0-9-]*)/g)) {
    const folder = folderOf(className!, folders);
    if (folder && !used.has(folder)) return false;
  }
  return true;
}

/**
 * `.ant-x-css-var [class^="ant-x"]{box-sizing:border-box}` and its `[class*=" ant-x"]`, `::before` and `::after`
 * siblings: one set per component, repeating reset.css's `*, *::before, *::after { box-sizing: border-box }`.
 * As the rightmost part of a selector, an attribute test is tried on every element that has a class on every
 * style recalculation (the calendar has thousands), and these ~300 tests change nothing.
 */
function isBoxSizingRepeat(selector: string, body: string): boolean {
  return (
    body.replace(/[\s;]/g, '') === 'box-sizing:border-box' &&
    /\[class[\^*]=[^\]]*\](::?(before|after))?$/.test(selector)
  );
}

/**
 * `css` without the rules that need a component outside `used`. `folders`: every component folder of
 * antd/es; `used`: the folders the bundle contains.
 */
export function trimAntdCss(css: string, folders: ReadonlySet<string>, used: ReadonlySet<string>): string {
  let out = '';
  for (const { prelude, body } of pieces(css)) {
    if (body === undefined) out += prelude;
    else if (/^@(media|supports|layer|container)\b/.test(prelude)) {
      const inner = trimAntdCss(body, folders, used);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else {
      const kept = selectors(prelude).filter(
        (s) => canMatch(s, folders, used) && !isBoxSizingRepeat(s, body),
      );
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    }
  }
  return out;
}

/** antd's component folders (antd/es/<folder>), the names its class prefixes are checked against. */
function antdFolders(): Set<string> {
  const es = join(dirname(require.resolve('antd/package.json')), 'es');
  return new Set(
    readdirSync(es, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name),
  );
}

/**
 * Build-only Vite plugin: once the renderer's module graph is known, the stylesheet that carries antd.css
 * (recognised by antd's default-token class) loses the rules of the components no module imports.
 * The dev server keeps the whole file.
 */
export function trimAntdCssPlugin(): Plugin {
  return {
    name: 'matrixdesk:trim-antd-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // Modules left in a chunk after tree-shaking (the module graph holds every component: antd's index
      // imports them all).
      const used = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const folder = /[\\/]antd[\\/]es[\\/]([^\\/]+)[\\/]/.exec(id)?.[1];
          if (folder && module.renderedLength > 0) used.add(folder);
        }
      }
      const folders = antdFolders();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        const css = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        if (css.includes(DEFAULT_TOKEN_CLASS)) file.source = trimAntdCss(css, folders, used);
      }
    },
  };
}
