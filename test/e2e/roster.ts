import type { APIRequestContext } from '@playwright/test';
import type { RunningHost } from '../support/webHost';
import { apiCall } from './api';

/** The display name of roster creator `i` (1-based): `${label} 0007`, so names sort by number. */
export const rosterName = (label: string, i: number, digits: number) =>
  `${label} ${String(i).padStart(digits, '0')}`;

/**
 * `count` creators named `rosterName(label, i, digits)` with handles `${handlePrefix}_${i}`, written as one
 * roster import (one transaction). Returns how many were created.
 */
export async function importRoster(
  request: APIRequestContext,
  host: RunningHost,
  workspaceId: string,
  roster: { count: number; label: string; digits: number; handlePrefix: string },
): Promise<number> {
  const csv = [
    'name,platform,handle,followers,categories',
    ...Array.from(
      { length: roster.count },
      (_, i) =>
        `${rosterName(roster.label, i + 1, roster.digits)},douyin,${roster.handlePrefix}_${i + 1},${12_000 + i},beauty`,
    ),
  ].join('\n');
  const imported = await apiCall(request, host, 'creators.importCommit', {
    workspaceId,
    fileName: 'roster.csv',
    base64: Buffer.from(csv, 'utf8').toString('base64'),
  });
  return imported.created;
}
