// Layering of renderer/src, in the spirit of the backend's: app/ (routes, providers, navigation, the shell)
// sits on top, features/ below it, lib/ below every feature. A feature uses another only through that
// feature's public entry (features/<name>/index.ts), so its other files stay free to change. The rule
// resolves relative imports to the folder they land in, like scripts/eslint/boundaries.mjs. Cycles between
// feature folders are caught by test/unit/lint/featureCycles.test.ts, which sees the whole graph.
import { dirname, resolve } from 'node:path';
import { importSourceVisitors, toRepoPath } from './importSources.mjs';

const renderer = 'renderer/src/';

/** `{ layer, feature? }` of a repository path inside renderer/src, or undefined outside it. */
function placeOf(repoPath) {
  if (!repoPath.startsWith(renderer)) return undefined;
  const [layer, feature, ...rest] = repoPath.slice(renderer.length).split('/');
  return { layer, feature: layer === 'features' ? feature : undefined, inner: rest.join('/') };
}

/** A feature's public entry: the folder itself or its index file, with or without an extension. */
const isPublicEntry = (inner) => inner === '' || /^index(\.tsx?)?$/.test(inner);

function check(context, node, source) {
  if (typeof source !== 'string' || !source.startsWith('.')) return;
  const from = placeOf(toRepoPath(context.filename));
  if (!from || (from.layer !== 'lib' && from.layer !== 'features')) return;
  const to = placeOf(toRepoPath(resolve(dirname(context.filename), source)));
  if (!to) return;
  if (to.layer === 'app') {
    context.report({ node, messageId: 'app', data: { layer: from.layer } });
  } else if (from.layer === 'lib' && to.layer === 'features') {
    context.report({ node, messageId: 'libFeature', data: { feature: to.feature } });
  } else if (
    from.layer === 'features' &&
    to.layer === 'features' &&
    to.feature !== from.feature &&
    !isPublicEntry(to.inner)
  ) {
    context.report({ node, messageId: 'featureEntry', data: { from: from.feature, to: to.feature } });
  }
}

export const layersPlugin = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        messages: {
          app: 'renderer/src/{{layer}} sits below app/ (the shell) and may not import from it; move the piece down to lib/.',
          libFeature: 'renderer/src/lib sits below every feature and may not import features/{{feature}}.',
          featureEntry:
            'features/{{from}} may use features/{{to}} only through its public entry (features/{{to}}/index.ts).',
        },
        schema: [],
      },
      create(context) {
        return importSourceVisitors(context, check);
      },
    },
  },
};
