import { common } from './common';
import { importErrors } from './importErrors';
import { errors } from './errors';
import { workspaces } from '../features/workspaces/i18n';
import { matrix } from '../features/matrix/i18n';
import { products } from '../features/products/i18n';
import { content } from '../features/content/i18n';
import { charts } from '../features/charts/i18n';
import { audience } from '../features/audience/i18n';
import { match } from '../features/match/i18n';
import { performance } from '../features/performance/i18n';
import { creators } from '../features/creators/i18n';
import { offers } from '../features/offers/i18n';
import { paging } from '../lib/paging/i18n';
import { advisor } from '../features/advisor/i18n';
import { live } from '../features/live/i18n';
import { approvals } from '../features/approvals/i18n';
import { portfolio } from '../features/portfolio/i18n';
import { reports } from '../features/reports/i18n';
import { backups } from '../features/backups/i18n';
import { offerVerification } from '../features/offers/verificationI18n';
import { bundles } from '../features/bundles/i18n';
import { jobs } from '../features/jobs/i18n';
import { contentSeries } from '../features/content/seriesI18n';
import { contentSafety } from '../features/content/safetyI18n';
import { reminders } from '../features/reminders/i18n';
import { deliverableReport } from '../features/offers/deliverableReportI18n';
import { expectedViews } from '../features/offers/expectedViewsI18n';
import { contentMenu } from '../features/content/contextMenuI18n';
import { deliverables } from '../features/deliverables/i18n';

/** One namespace per feature; each file holds both languages side by side so they stay in step. */
export const namespaces = {
  common,
  workspaces,
  matrix,
  products,
  content,
  charts,
  audience,
  match,
  performance,
  creators,
  offers,
  paging,
  advisor,
  live,
  approvals,
  portfolio,
  reports,
  backups,
  offerVerification,
  bundles,
  jobs,
  contentSeries,
  contentSafety,
  reminders,
  deliverableReport,
  expectedViews,
  contentMenu,
  deliverables,
  importErrors,
  errors,
} as const;

export type Namespace = keyof typeof namespaces;
