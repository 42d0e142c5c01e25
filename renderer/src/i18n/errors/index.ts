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

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;
/** The parts side by side as one object type, so `t('errors:offers.expired')` is a checked key. */
type Merged<L extends 'zh-CN' | 'en'> = UnionToIntersection<(typeof parts)[number][L]>;

function merge<L extends 'zh-CN' | 'en'>(lang: L): Merged<L> {
  return Object.assign({}, ...parts.map((p) => p[lang])) as Merged<L>;
}

export const errors = { 'zh-CN': merge('zh-CN'), en: merge('en') } as const;
