import { ZodError, type z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName } from '../../shared/api/contract';
import type { ApiIssue, ApiResult } from '../../shared/api/result';
import { codedIssue, type ZodIssueLike } from '../../shared/api/issueCodes';
import type { BackendContext } from './context';
import { AppError, appErrorValue } from './errors';
import type { HandlerSlice } from './handlers';
import { isBusy, isUniqueViolation } from './sqlErrors';
import { workspaceHandlers } from './workspaces/handlers';
import { accountHandlers } from './accounts/handlers';
import { settingsHandlers } from './settings/handlers';
import { productHandlers } from './products/handlers';
import { contentHandlers } from './content/handlers';
import { interestHandlers } from './interest/handlers';
import { metricsHandlers } from './metrics/handlers';
import { forecastsHandlers } from './forecasts/handlers';
import { creatorHandlers } from './creators/handlers';
import { offerHandlers } from './offers/handlers';
import { creatorProfileHandlers } from './creatorProfile/handlers';
import { advisorHandlers } from './advisor/handlers';
import { liveSessionsHandlers } from './liveSessions/handlers';
import { approvalHandlers } from './approvals/handlers';
import { portfolioHandlers } from './portfolio/handlers';
import { reportsHandlers } from './reports/handlers';
import { backupHandlers } from './backups/handlers';
import { bundleHandlers } from './bundles/handlers';
import { offerVerificationHandlers } from './offers/verification';
import { jobHandlers } from './jobs/handlers';
import { identityHandlers } from './identity/handlers';
import { contentSafetyHandlers } from './contentSafety/handlers';
import { reminderHandlers } from './reminders/handlers';
import { contentSeriesHandlers } from './content/seriesHandlers';
import { deliverableListHandlers } from './deliverables/handlers';
import { metricsRowsHandlers } from './metrics/rowsHandlers';
import { productVocabularyHandlers } from './products/vocabularyHandlers';

/** Every contract method must have a handler: a missing one is a type error here. */
const handlers: HandlerSlice<Contract> = {
  ...workspaceHandlers,
  ...accountHandlers,
  ...settingsHandlers,
  ...productHandlers,
  ...contentHandlers,
  ...interestHandlers,
  ...metricsHandlers,
  ...forecastsHandlers,
  ...creatorHandlers,
  ...offerHandlers,
  ...creatorProfileHandlers,
  ...advisorHandlers,
  ...liveSessionsHandlers,
  ...approvalHandlers,
  ...portfolioHandlers,
  ...reportsHandlers,
  ...backupHandlers,
  ...bundleHandlers,
  ...offerVerificationHandlers,
  ...jobHandlers,
  ...identityHandlers,
  ...contentSafetyHandlers,
  ...reminderHandlers,
  ...contentSeriesHandlers,
  ...deliverableListHandlers,
  ...metricsRowsHandlers,
  ...productVocabularyHandlers,
};

export interface RouterOptions {
  /** Parse each answer against its output schema too; on in tests so the contract cannot drift. */
  validateOutput?: boolean;
  log?: (message: string, err: unknown) => void;
}

export type Router = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export function createRouter(ctx: BackendContext, options: RouterOptions = {}): Router {
  const log = options.log ?? ((message, err) => console.error(message, err));
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method: ${method}` } };
    }
    try {
      const value = await dispatch(method, input ?? undefined, ctx);
      if (options.validateOutput) contract[method].output.parse(value);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toApiError(err, method, log) };
    }
  };
}

async function dispatch<M extends MethodName>(
  method: M,
  input: unknown,
  ctx: BackendContext,
): Promise<unknown> {
  const spec = contract[method];
  const parsed = (spec.input as z.ZodType).parse(input === null ? undefined : input) as z.output<
    Contract[M]['input']
  >;
  const handler = handlers[method] as (input: unknown, ctx: BackendContext) => unknown;
  return await handler(parsed, ctx);
}

function toApiError(err: unknown, method: string, log: NonNullable<RouterOptions['log']>) {
  if (err instanceof ZodError) {
    const issues: ApiIssue[] = err.issues.map((i) => {
      const { code, params } = codedIssue(i as ZodIssueLike);
      return {
        path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: i.message,
        code,
        ...(params && Object.keys(params).length > 0 ? { params } : {}),
      };
    });
    const first = issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    return {
      code: 'invalid_input' as const,
      message: `${where}${first?.message ?? 'Invalid input'}`,
      issues,
    };
  }
  if (err instanceof AppError) {
    return appErrorValue(err);
  }
  if (isUniqueViolation(err)) {
    return { code: 'conflict' as const, message: 'This record already exists' };
  }
  // A long write elsewhere (an import in another process) holds the lock: ask the user to retry, not a 500.
  if (isBusy(err)) {
    return {
      code: 'busy' as const,
      message: 'The database is busy with another write; try again in a moment',
      reason: 'common.busy',
    };
  }
  // Unexpected: log the detail for the developer, give the caller nothing that leaks internals.
  log(`[router] ${method} failed`, err);
  return { code: 'internal' as const, message: 'Internal error' };
}
