import { commonErrors } from './common';
import { pagingErrors } from './paging';
import { fieldErrors } from './field';
import { coreErrors } from './core';
import { advisorErrors } from './advisor';
import { liveSessionsErrors } from './liveSessions';
import { approvalsErrors } from './approvals';
import { reportsErrors } from './reports';
import { backupsErrors } from './backups';
import { trustErrors } from './trust';
import { metricsImportErrors } from './metricsImport';
import { weekLoadErrors } from './weekLoad';
import { offersErrors } from './offers';
import { forecastsErrors } from './forecasts';
import { calendarErrors } from './calendar';
import { contentSeriesErrors } from './contentSeries';
import { importFileErrors } from './importFile';
import { deliverableReportErrors } from './deliverableReport';

/**
 * The `errors` namespace: one translation per error reason / issue code the backend sends
 * (`AppError` detail, `ApiIssue.code`). Each domain keeps its codes in its own file under a key of
 * its own (`offers.expired` → `{ offers: { expired } }`) and is listed here, one line each.
 */
const parts = [
  commonErrors,
  pagingErrors,
  fieldErrors,
  coreErrors,
  advisorErrors,
  liveSessionsErrors,
  approvalsErrors,
  reportsErrors,
  backupsErrors,
  trustErrors,
  metricsImportErrors,
  weekLoadErrors,
  offersErrors,
  forecastsErrors,
  calendarErrors,
  contentSeriesErrors,
  importFileErrors,
  deliverableReportErrors,
] as const;

function merge(lang: 'zh-CN' | 'en'): Record<string, unknown> {
  return Object.assign({}, ...parts.map((p) => p[lang])) as Record<string, unknown>;
}

export const errors = { 'zh-CN': merge('zh-CN'), en: merge('en') } as const;
