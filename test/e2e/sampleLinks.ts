import type { APIRequestContext } from '@playwright/test';
import type { RunningHost } from '../support/webHost';
import { apiCall } from './api';

/**
 * Loads the sample and gives its overdue deliverable (submitted two days ago) the published link `link`,
 * as the creator's file or the brand would bring it. Returns the sample workspace's id.
 */
export async function sampleWithPublishedLink(
  request: APIRequestContext,
  host: RunningHost,
  link: string,
): Promise<string> {
  const sample = await apiCall(request, host, 'workspaces.loadSample', {});
  const tracked = await apiCall(request, host, 'deliverables.list', {
    workspaceId: sample.id,
    status: ['submitted'],
  });
  await apiCall(request, host, 'deliverables.setStatus', {
    id: tracked.items[0]!.id,
    status: 'submitted',
    publishedUrl: link,
  });
  return sample.id;
}
