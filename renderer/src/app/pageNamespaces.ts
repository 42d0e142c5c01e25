import type { Namespace } from '../i18n/resources';

/**
 * The feature namespaces each lazy page renders with, read in parallel with the page's chunk (lazyPage), so
 * the page does not wait for its chunk and then for its texts. Keyed by the page component's export name.
 * A namespace missing here still loads (the page suspends until it is in), one round trip later.
 */
export const pageNamespaces: Partial<Record<string, Namespace[]>> = {
  MatrixPage: ['matrix', 'advisor', 'live'],
  ContentPage: ['content', 'contentSeries', 'contentSafety', 'audience'],
  ProductsPage: ['products', 'audience'],
  AudiencePage: ['audience'],
  MatchPage: ['match', 'charts'],
  PerformancePage: ['performance', 'charts'],
  CreatorsRoute: ['creators'],
  OffersPage: ['creators'],
  OfferDetailPage: ['creators'],
  AdvisorPage: ['advisor'],
  LivePage: ['live', 'charts'],
  LiveSessionPage: ['live', 'charts'],
  ApprovalsPage: ['approvals'],
  PortfolioPage: ['portfolio', 'charts'],
  ReportPage: ['reports', 'charts'],
};
