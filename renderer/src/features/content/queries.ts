import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import { decodeCalendarItems } from '../../../../shared/content/calendarDecode';
import { call } from '../../lib/api';

export const contentKeys = {
  /** Everything content-related in a workspace: items, week loads, suggestions, product counts. */
  workspace: (workspaceId: string) => ['content', workspaceId] as const,
  list: (input: MethodInput<'content.list'>) => ['content', input.workspaceId, 'list', input] as const,
  weekLoads: (workspaceId: string, weekStarts: string[]) =>
    ['content', workspaceId, 'weekLoads', weekStarts] as const,
  suggestions: (workspaceId: string) => ['content', workspaceId, 'suggestions'] as const,
};

/**
 * The calendar's and board's items, lean (content.calendarItems, decoded from its compact wire form);
 * the drawer reads the full item.
 */
export function useContentList(input: MethodInput<'content.list'>) {
  return useQuery({ ...contentListQuery(input), placeholderData: (previous) => previous });
}

/** The items' query; also started before the first render when the app starts on the calendar. */
export const contentListQuery = (input: MethodInput<'content.list'>) => ({
  queryKey: contentKeys.list(input),
  queryFn: async () => decodeCalendarItems(await call('content.calendarItems', input)),
});

/** The loads of the weeks in view, in one request (one call per week made five on a month view). */
export function useWeekLoads(workspaceId: string, weekStarts: string[]) {
  return useQuery({ ...weekLoadsQuery(workspaceId, weekStarts), enabled: weekStarts.length > 0 });
}

export const weekLoadsQuery = (workspaceId: string, weekStarts: string[]) => ({
  queryKey: contentKeys.weekLoads(workspaceId, weekStarts),
  queryFn: () => call('calendar.weekLoads', { workspaceId, weekStarts }),
});

export const contentSuggestionsQuery = (workspaceId: string) => ({
  queryKey: contentKeys.suggestions(workspaceId),
  queryFn: () => call('content.suggestions', { workspaceId }),
});

/** The drawer's pillar / owner / tag suggestions; `enabled` once the drawer is first opened. */
export function useContentSuggestions(workspaceId: string, enabled = true) {
  return useQuery({ ...contentSuggestionsQuery(workspaceId), enabled });
}

/** Every content write changes items, warnings, week loads and products' usage counts. */
export function useInvalidateContent(workspaceId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: contentKeys.workspace(workspaceId) }),
      qc.invalidateQueries({ queryKey: ['products', workspaceId] }),
    ]);
}

function useContentMutation<I, O>(workspaceId: string, fn: (input: I) => Promise<O>) {
  const invalidate = useInvalidateContent(workspaceId);
  return useMutation({ mutationFn: fn, onSuccess: () => invalidate() });
}

export function useContentMutations(workspaceId: string) {
  return {
    create: useContentMutation(workspaceId, (input: MethodInput<'content.create'>) =>
      call('content.create', input),
    ),
    update: useContentMutation(workspaceId, (input: MethodInput<'content.update'>) =>
      call('content.update', input),
    ),
    move: useContentMutation(workspaceId, (input: MethodInput<'content.move'>) =>
      call('content.move', input),
    ),
    setStatus: useContentMutation(workspaceId, (input: MethodInput<'content.setStatus'>) =>
      call('content.setStatus', input),
    ),
    remove: useContentMutation(workspaceId, (id: string) => call('content.delete', { id })),
    archive: useContentMutation(workspaceId, (input: MethodInput<'content.archive'>) =>
      call('content.archive', input),
    ),
    restore: useContentMutation(workspaceId, (input: MethodInput<'content.restore'>) =>
      call('content.restore', input),
    ),
  };
}

/**
 * Creator deliverables behind the items of the calendar's range (offers feature), keyed by their content
 * item: only the range's, not the workspace's every deliverable.
 */
export function useDeliverablesByItem(workspaceId: string, range: { from: string; to: string }) {
  const query = useQuery({
    ...deliverablesCalendarQuery(workspaceId, range),
    placeholderData: (previous) => previous,
  });
  return useMemo(
    () =>
      new Map((query.data ?? []).flatMap((d) => (d.contentItemId ? [[d.contentItemId, d] as const] : []))),
    [query.data],
  );
}

export const deliverablesCalendarQuery = (workspaceId: string, range: { from: string; to: string }) => ({
  queryKey: ['deliverables', workspaceId, 'calendar', range.from, range.to],
  queryFn: () => call('deliverables.calendar', { workspaceId, from: range.from, to: range.to }),
});
