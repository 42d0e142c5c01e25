import type { Namespace } from '../i18n/resources';

/**
 * The feature namespaces each lazy page renders with, read in parallel with the page's chunk (lazyPage), so
 * the page does not wait for its chunk and then for its texts. Keyed by the page component's export name.
 * A namespace missing here still loads (the page suspends until it is in), one round trip later.
 */
export const pageNamespaces: Partial<Record<string, Namespace[]>> = {
  MatrixPage: ['matrix', 'advisor', 'live'],
  ContentPage: [
    'content',
    'contentSeries',
    'contentSafety',
    'contentMenu',
    'audience',
    'products',
    'deliverableReport',
  ],
  ProductsPage: ['products', 'audience'],
  AudiencePage: ['audience'],
  MatchPage: ['match', 'charts', 'products'],
  PerformancePage: ['performance', 'charts'],
  CreatorsRoute: ['creators', 'products', 'expectedViews'],
  OffersPage: ['creators', 'products', 'expectedViews', 'deliverableReport'],
  DeliverablesPage: ['deliverables', 'creators'],
  OfferDetailPage: ['creators', 'products', 'expectedViews', 'deliverableReport'],
  InboxPage: ['creators', 'expectedViews', 'deliverableReport'],
  AdvisorPage: ['advisor'],
  LivePage: ['live', 'charts'],
  LiveSessionPage: ['live', 'charts'],
  ApprovalsPage: ['approvals'],
  PortfolioPage: ['portfolio', 'charts'],
  ReportPage: ['reports', 'charts'],
};
