import { defineMethods } from './define';
import { reportCsvSchema, reportInputSchema, reportSchema } from '../reports/schema';

/** The client report (客户报告, issue 8 §3): one workspace over a date range. */
export const reportsContract = defineMethods({
  /** The report's data; from after to, or a range over 400 days, is a field error. */
  'reports.build': { input: reportInputSchema, output: reportSchema },
  /** The same report as one CSV per section (UTF-8 with BOM, formula-guarded) in a zip, base64. */
  'reports.exportCsv': { input: reportInputSchema, output: reportCsvSchema },
});
