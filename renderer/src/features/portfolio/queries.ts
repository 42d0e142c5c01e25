import { useQuery } from '@tanstack/react-query';
import type { PortfolioRow, PortfolioSummary } from '../../../../shared/portfolio/schema';
import { call } from '../../lib/api';

/** Every page of the portfolio (an agency has tens of clients, so usually one page). */
export function usePortfolio() {
  return useQuery({
    queryKey: ['portfolio'],
    queryFn: async () => {
      let page: PortfolioSummary = await call('portfolio.summary', { limit: 200 });
      const rows: PortfolioRow[] = [...page.items];
      while (page.nextCursor !== null) {
        page = await call('portfolio.summary', { cursor: page.nextCursor, limit: 200 });
        rows.push(...page.items);
      }
      return { rows, generatedAt: page.generatedAt };
    },
  });
}
