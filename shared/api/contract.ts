import type { z } from 'zod';
import { workspacesContract } from './workspaces';
import { accountsContract } from './accounts';
import { settingsContract } from './settings';
import { productsContract } from './products';
import { contentContract } from './content';
import { interestContract } from './interest';
import { metricsContract } from './metrics';
import { forecastsContract } from './forecasts';
import { creatorsContract } from './creators';
import { offersContract } from './offers';
import { advisorContract } from './advisor';
import { liveSessionsContract } from './liveSessions';
import { approvalsContract } from './approvals';
import { portfolioContract } from './portfolio';
import { reportsContract } from './reports';
import { backupsContract } from './backups';
import { bundlesContract } from './bundles';
import { offerVerificationContract } from './offerVerification';
import { jobsContract } from './jobs';
import { deliverablesContract } from './deliverables';
import { creatorProfileContract } from './creatorProfile';
import { identityContract } from './identity';
import { assertDistinctMethods } from './distinctMethods';
import { contentSafetyContract } from './contentSafety';
import { remindersContract } from './reminders';
import { contentSeriesContract } from './contentSeries';
import { metricsRowsContract } from './metricsRows';
import { productVocabularyContract } from './productVocabulary';

/**
 * The one method table every boundary speaks: Electron IPC, the loopback web host and tests.
 * Each domain defines its slice in its own file; add a slice here with one spread.
 */
export const contract = {
  ...workspacesContract,
  ...accountsContract,
  ...settingsContract,
  ...productsContract,
  ...contentContract,
  ...interestContract,
  ...metricsContract,
  ...forecastsContract,
  ...creatorsContract,
  ...offersContract,
  ...advisorContract,
  ...liveSessionsContract,
  ...approvalsContract,
  ...portfolioContract,
  ...reportsContract,
  ...backupsContract,
  ...bundlesContract,
  ...offerVerificationContract,
  ...jobsContract,
  ...deliverablesContract,
  ...creatorProfileContract,
  ...identityContract,
  ...contentSafetyContract,
  ...remindersContract,
  ...contentSeriesContract,
  ...metricsRowsContract,
  ...productVocabularyContract,
} as const;

// Add a new slice to this list too: the check throws if a method of the contract is missing from it.
assertDistinctMethods(
  {
    workspacesContract,
    accountsContract,
    settingsContract,
    productsContract,
    contentContract,
    interestContract,
    metricsContract,
    forecastsContract,
    creatorsContract,
    offersContract,
    advisorContract,
    liveSessionsContract,
    approvalsContract,
    portfolioContract,
    reportsContract,
    backupsContract,
    bundlesContract,
    offerVerificationContract,
    jobsContract,
    deliverablesContract,
    creatorProfileContract,
    identityContract,
    contentSafetyContract,
    remindersContract,
    contentSeriesContract,
    metricsRowsContract,
    productVocabularyContract,
  },
  contract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
