import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ForecastMetric, Granularity } from '../../../../shared/domain/metrics';
import { call } from '../../lib/api';

export const performanceKeys = {
  all: ['metrics'] as const,
  series: (accountId: string, metric: string, granularity?: Granularity) =>
    ['metrics', 'series', accountId, metric, granularity ?? 'auto'] as const,
  overview: (workspaceId: string, days: number) => ['metrics', 'overview', workspaceId, days] as const,
  forecastPreview: (accountId: string, metric: string, horizon: number, frequency?: Granularity) =>
    ['forecasts', 'preview', accountId, metric, horizon, frequency ?? 'auto'] as const,
  runs: (accountId: string, cursor?: string) => ['forecasts', 'runs', accountId, cursor ?? ''] as const,
  accuracy: (accountId: string) => ['forecasts', 'accuracy', accountId] as const,
};

export function useSeries(accountId: string | undefined, metric: string, granularity?: Granularity) {
  return useQuery({
    queryKey: performanceKeys.series(accountId ?? '', metric, granularity),
    queryFn: () =>
      call('metrics.series', {
        accountId: accountId!,
        metric: metric as MethodInput<'metrics.series'>['metric'],
        ...(granularity ? { granularity } : {}),
      }),
    enabled: accountId !== undefined,
  });
}

export function useOverview(workspaceId: string, days = 30) {
  return useQuery({
    queryKey: performanceKeys.overview(workspaceId, days),
    queryFn: () => call('metrics.overview', { workspaceId, days }),
  });
}

/** A forecast computed but not stored: what the chart shows until the user saves it. */
export function useForecastPreview(
  accountId: string | undefined,
  metric: ForecastMetric,
  horizon: number,
  frequency?: Granularity,
) {
  return useQuery({
    queryKey: performanceKeys.forecastPreview(accountId ?? '', metric, horizon, frequency),
    queryFn: () =>
      call('forecasts.run', {
        accountId: accountId!,
        metric,
        horizon,
        ...(frequency ? { frequency } : {}),
        save: false,
      }),
    enabled: accountId !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Stored runs shown a page at a time (the table's page size); `cursor` from the previous page. */
export const FORECAST_RUNS_PAGE_SIZE = 6;

export function useForecastRuns(accountId: string | undefined, cursor: string | undefined) {
  return useQuery({
    queryKey: performanceKeys.runs(accountId ?? '', cursor),
    queryFn: () =>
      call('forecasts.list', {
        accountId: accountId!,
        limit: FORECAST_RUNS_PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      }),
    enabled: accountId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAccuracy(accountId: string | undefined) {
  return useQuery({
    queryKey: performanceKeys.accuracy(accountId ?? ''),
    queryFn: () => call('forecasts.accuracy', { accountId: accountId! }),
    enabled: accountId !== undefined,
  });
}

export function usePerformanceMutations() {
  const qc = useQueryClient();
  return {
    saveRun: useMutation({
      mutationFn: (input: MethodInput<'forecasts.run'>) => call('forecasts.run', { ...input, save: true }),
      onSuccess: () => qc.invalidateQueries({ queryKey: ['forecasts'] }),
    }),
    deleteRun: useMutation({
      mutationFn: (id: string) => call('forecasts.delete', { id }),
      onSuccess: () => qc.invalidateQueries({ queryKey: ['forecasts'] }),
    }),
    /** After an import every series, overview, forecast and accuracy may change. */
    invalidateAll: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['metrics'] }),
        qc.invalidateQueries({ queryKey: ['forecasts'] }),
      ]),
  };
}
