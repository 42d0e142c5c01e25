import { afterEach, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../electron/backend/app';
import { callOn } from '../support/backend';

/**
 * Planned content's contribution on the sample workspace, every account, views and (sales accounts) GMV,
 * asked twice: the second answer comes from the account's past kept by the first (forecasts/accountPast.ts).
 * The snapshot was written by the code before that cache and the narrowed reads (main at 805d75a), so the
 * forecasts stay exactly what they were. The clock is fixed: the sample is laid out around "today".
 */
let backend: Backend | undefined;
let dataDir: string | undefined;
afterEach(() => {
  backend?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

it('forecasts the sample’s planned content exactly as before, asked once or again', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'matrixdesk-test-'));
  const now = new Date('2026-12-03T04:00:00.000Z');
  const b = await openBackend(dataDir, { validateOutput: true, log: () => undefined, now: () => now });
  backend = b;
  const sample = await callOn(b, 'workspaces.loadSample', {});
  const accounts = await callOn(b, 'accounts.list', { workspaceId: sample.id });
  const runs: Record<string, unknown> = {};
  for (const account of accounts) {
    for (const metric of account.role === 'sales' ? (['views', 'gmv'] as const) : (['views'] as const)) {
      const input = { accountId: account.id, metric, horizon: 30, includePlanned: true, save: false };
      const first = await callOn(b, 'forecasts.run', input);
      expect(await callOn(b, 'forecasts.run', input)).toEqual(first);
      // Every value but the ids the sample draws afresh and the creation time.
      const { createdAt: _c, accountId: _a, workspaceId: _w, planned, ...rest } = first;
      const values = { ...rest, planned: planned.map(({ contentId: _id, ...p }) => p) };
      // Readable where it can differ, and a digest of every value (the bands, each planned item) for the rest.
      runs[`${account.handle} ${metric}`] = {
        plannedItems: first.planned.length,
        perPost: first.parameters.perPost,
        notes: first.parameters.notes,
        digest: createHash('sha1').update(JSON.stringify(values)).digest('hex'),
      };
    }
  }
  // The sample plans content on its accounts: the snapshot is not of empty lists.
  expect(Object.values(runs).some((r) => (r as { plannedItems: number }).plannedItems > 0)).toBe(true);
  expect(runs).toMatchSnapshot();
});
