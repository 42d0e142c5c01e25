import type { HandlerSlice } from '../handlers';
import type { portfolioContract } from '../../../shared/api/portfolio';
import { portfolioSummary } from './summary';

export const portfolioHandlers = {
  'portfolio.summary': (input, ctx) => portfolioSummary(ctx, input),
} satisfies HandlerSlice<typeof portfolioContract>;
