/**
 * One chunk for the antd core every first screen renders with (issue 11 §8). Left to automatic chunking,
 * antd's parts are split by which set of lazy pages shares them: the matrix's first load was ~40 chunks (Button,
 * Card, Typography, Tag, Flex, Skeleton, compact-item… each its own), and a browser fetches six at a time from
 * one host, so the last small ones arrived hundreds of ms after the big one. This group puts the shell's and
 * the cards' antd components, the rc-components and style utilities under them, and @ant-design/icons' shared
 * code (not the icons) into one chunk; with their dependencies (rolldown's `includeDependenciesRecursively`:
 * React and react-dom come along). Components only some pages use (Table, DatePicker, Form, Upload, Select…)
 * are not listed and keep their own chunks, downloaded and evaluated with the pages that use them. A part
 * missing from the list is not an error, only one more request on a first load.
 */

const sep = String.raw`[\\/]`;

/** antd's folders (antd/es/<folder>) the shell and the matrix's cards render with, and the app-wide ones. */
const antdCore = [
  '_util',
  'style',
  'theme',
  'config-provider',
  'locale',
  'version',
  'app',
  'message',
  'notification',
  'layout',
  'menu',
  'button',
  'card',
  'typography',
  'tag',
  'flex',
  'grid',
  'row',
  'col',
  'skeleton',
  'space',
  'spin',
  'empty',
  'switch',
  'tooltip',
];

/** The rc-components under those (@rc-component/<name>). */
const rcCore = [
  'util',
  'motion',
  'trigger',
  'portal',
  'resize-observer',
  'overflow',
  'menu',
  'tooltip',
  'notification',
];

export const antdCoreModule = new RegExp(
  `node_modules${sep}(?:` +
    [
      `antd${sep}es${sep}(?:${antdCore.join('|')})${sep}`,
      `@rc-component${sep}(?:${rcCore.join('|')})${sep}`,
      `@ant-design${sep}(?:cssinjs|cssinjs-utils|fast-color|colors)${sep}`,
      // The icon component and its helpers; each icon stays with what uses it.
      `@ant-design${sep}icons${sep}es${sep}(?:components${sep}|[a-zA-Z]*[uU]tils\\.js)`,
    ].join('|') +
    ')',
);

/**
 * The entry module's shared imports (issue 11 §8): the date and time-zone helpers the start calls compute the
 * calendar's range with, and Vite's preload helper. Each was its own small chunk (shared with the pages that
 * also use them), and the entry cannot run — and so cannot ask for the start data — until every one has
 * arrived, while the browser fetches at most six files at a time from the host. One chunk instead of five.
 */
export const entryImportModule = new RegExp(
  [
    `${sep}shared${sep}domain${sep}dates\\.ts$`,
    `${sep}shared${sep}parsing${sep}(?:calendar|timeZone)\\.ts$`,
    `${sep}renderer${sep}src${sep}lib${sep}zonedTime\\.ts$`,
    `vite${sep}preload-helper`,
  ].join('|'),
);

/** React and react-dom (with its scheduler): a chunk of their own beside antd-core (see firstScreenGroups). */
const reactModule = new RegExp(`node_modules${sep}(?:react|react-dom|scheduler)${sep}`);

/**
 * The renderer build's `output.codeSplitting.groups`. React comes first (a higher priority) so that antd-core's
 * recursive dependencies leave it out: the browser compiles each script on a background thread as it arrives,
 * and the app's first module evaluation waits for the slowest one. antd-core with react-dom was 702 KB, one
 * compile of 160–260 ms that the evaluation waited for; split, the two compile side by side.
 */
export const firstScreenGroups = [
  { name: 'react', test: reactModule, priority: 2 },
  { name: 'antd-core', test: antdCoreModule, priority: 1 },
  { name: 'entry-shared', test: entryImportModule },
];
