import type { HandlerSlice } from '../handlers';
import type { reportsContract } from '../../../shared/api/reports';
import { buildReport } from './build';
import { reportCsvZip } from './exportCsv';

export const reportsHandlers = {
  'reports.build': (input, ctx) => buildReport(ctx, input),
  'reports.exportCsv': (input, ctx) => reportCsvZip(buildReport(ctx, input)),
} satisfies HandlerSlice<typeof reportsContract>;
