import { defineMethods } from './define';
import { portfolioSummaryInputSchema, portfolioSummarySchema } from '../portfolio/schema';

/** The agency's view across every client workspace (issue 8 §1). */
export const portfolioContract = defineMethods({
  /** One row per workspace, paged in name order; every figure computed with set queries over the page. */
  'portfolio.summary': { input: portfolioSummaryInputSchema, output: portfolioSummarySchema },
});
