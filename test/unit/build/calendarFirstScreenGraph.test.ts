import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What the calendar page's chunk loads before its first item (issue 11 §8): the modules reached from
 * ContentPage.tsx by static value imports (type-only imports are erased, `import()` is loaded later). The week
 * and list views' FullCalendar plugins are loaded when first wanted (viewPlugins.ts), and no shared module that
 * builds zod schemas at load is on that path (the lists it needs are in shared/content/kinds.ts).
 */

const root = resolve(__dirname, '../../..');
const importPattern = /^\s*(?:import|export)\s+(type\s+)?(?:([^;'"]*?)\s+from\s+)?'([^']+)';/gms;

/** The specifiers a module imports for their values (not `import type`, not `{ type A, type B }` alone). */
function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const [, typeOnly, clause, specifier] of source.matchAll(importPattern)) {
    if (typeOnly || specifier === undefined) continue;
    const names = clause?.match(/^\{([^}]*)\}$/s)?.[1];
    const onlyTypes =
      names !== undefined &&
      names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '));
    if (!onlyTypes) found.push(specifier);
  }
  return found;
}

function resolveFile(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Files (relative to the repository) and packages reached from `entry` by static value imports. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const name = relative(root, file);
    if (files.has(name)) continue;
    files.add(name);
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      const next = resolveFile(file, specifier);
      if (next) queue.push(next);
      else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  }
  return { files, packages };
}

describe("the calendar page's first load", () => {
  const graph = staticGraph('renderer/src/features/content/ContentPage.tsx');

  it('does not load the week and list views’ FullCalendar plugins', () => {
    expect(graph.packages).toContain('@fullcalendar/react/daygrid');
    expect(graph.packages).not.toContain('@fullcalendar/react/timegrid');
    expect(graph.packages).not.toContain('@fullcalendar/react/list');
  });

  it('builds no shared zod schemas', () => {
    const withZod = [...graph.files].filter(
      (f) => f.startsWith('shared/') && valueImports(readFileSync(join(root, f), 'utf8')).includes('zod'),
    );
    expect(withZod).toEqual([]);
    expect(graph.files).toContain('shared/content/kinds.ts');
  });
});
