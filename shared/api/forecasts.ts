import { z } from 'zod';
import { defineMethods } from './define';
import { pageSchema } from './paging';
import { idSchema } from '../domain/ids';
import { forecastInputSchema, forecastOutputSchema } from '../forecast/schema';
import {
  forecastAccuracySchema,
  forecastRunInputSchema,
  forecastRunSchema,
  forecastsAccuracyInputSchema,
  forecastsListInputSchema,
} from '../domain/forecastRun';

export const forecastsContract = defineMethods({
  /** Stateless: any series → p10/p50/p90 by the backtested engine in shared/forecast. */
  'forecasts.series': { input: forecastInputSchema, output: forecastOutputSchema },
  /** Forecasts an account's metric from its imported history (plus planned content) and stores the run. */
  'forecasts.run': { input: forecastRunInputSchema, output: forecastRunSchema },
  /** Stored runs, newest first, a page at a time (keyset: saving a run while paging shifts nothing). */
  'forecasts.list': { input: forecastsListInputSchema, output: pageSchema(forecastRunSchema) },
  /** Stored runs compared with the actuals imported since: MASE vs naive and 80% band coverage. */
  'forecasts.accuracy': { input: forecastsAccuracyInputSchema, output: forecastAccuracySchema },
  'forecasts.delete': { input: z.strictObject({ id: idSchema }), output: z.object({ id: idSchema }) },
});
