import { defineConfig } from 'vitest/config';

// vitest 5's reporter calls Map.groupBy (Node 21+) when printing failures; on Node 20 the failure report
// itself would crash and hide the assertion. The config loads in the reporter's process, so patch it here.
// Drop it when package.json's `engines` no longer lists Node 20 (vitest 5 declares Node >= 22.12).
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const key = keyOf(item, i++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    // Prints the reliability suite's figures (cases, failures, seeds) at the end of the run.
    globalSetup: ['test/reliability/globalSetup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20000,
  },
});
