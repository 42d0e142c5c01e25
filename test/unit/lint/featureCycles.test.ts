import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * No cycle between feature folders of renderer/src/features: if creators uses offers, offers may not
 * use creators (directly or through others). ESLint sees one file at a time, so the graph is built here
 * from the sources and searched for cycles.
 */

const featuresDir = join(__dirname, '..', '..', '..', 'renderer', 'src', 'features');

/** Every relative module specifier of a source: imports, re-exports, side-effect and lazy imports. */
function relativeSpecifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.[^'"]*)['"]/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** feature → the other features it imports, with one importing file per edge for the report. */
function featureGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(featuresDir)) {
    const from = relative(featuresDir, file).split(sep)[0]!;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const specifier of relativeSpecifiers(readFileSync(file, 'utf8'))) {
      const target = relative(featuresDir, resolve(dirname(file), specifier)).split(sep);
      if (target[0] === '..' || target[0] === from || !target[0]) continue;
      if (!edges.has(target[0])) edges.set(target[0], relative(featuresDir, file));
    }
  }
  return graph;
}

/** Every elementary cycle found by depth-first search, each as its path (first node repeated at the end). */
export function findCycles(graph: Map<string, Iterable<string>>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const cycle = [...path.slice(at), next];
        const key = [...cycle.slice(0, -1)].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (path.length < graph.size) {
        visit(next, [...path, next]);
      }
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return cycles;
}

describe('feature folders depend on each other without cycles', () => {
  it('the cycle search finds a planted cycle and none in a chain', () => {
    const planted = new Map([
      ['creators', ['offers']],
      ['offers', ['matrix']],
      ['matrix', ['creators']],
      ['live', ['matrix']],
    ]);
    expect(findCycles(planted)).toEqual([['creators', 'offers', 'matrix', 'creators']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads imports of every kind from a source', () => {
    const source = [
      "import { a } from '../offers';",
      "export { b } from '../creators/queries';",
      "import '../charts';",
      "const c = await import('../live');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(relativeSpecifiers(source)).toEqual(['../offers', '../creators/queries', '../charts', '../live']);
  });

  it('renderer/src/features has no cycle between feature folders', () => {
    const graph = featureGraph();
    expect(graph.size).toBeGreaterThan(10);
    const cycles = findCycles(new Map([...graph].map(([k, edges]) => [k, [...edges.keys()]])));
    const report = cycles.map((cycle) =>
      cycle
        .slice(0, -1)
        .map((feature, i) => `${feature} → ${cycle[i + 1]} (${graph.get(feature)!.get(cycle[i + 1]!)})`)
        .join(', '),
    );
    expect(report).toEqual([]);
  });
});
