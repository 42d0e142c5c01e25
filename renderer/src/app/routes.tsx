import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { Home } from './Home';
import { Shell } from './Shell';
import { lazyPage } from './lazyPage';
import { pageChunks } from './startPages';

// Each feature page is its own chunk, loaded on first visit (see lazyPage).
const MatrixPage = lazyPage(pageChunks.MatrixPage, 'MatrixPage');
const ProductsPage = lazyPage(() => import('../features/products/ProductsPage'), 'ProductsPage');
const ContentPage = lazyPage(() => import('../features/content/ContentPage'), 'ContentPage');
const AudiencePage = lazyPage(() => import('../features/audience/AudiencePage'), 'AudiencePage');
const MatchPage = lazyPage(() => import('../features/match/MatchPage'), 'MatchPage');
const PerformancePage = lazyPage(() => import('../features/performance/PerformancePage'), 'PerformancePage');
const CreatorsRoute = lazyPage(() => import('./CreatorsRoute'), 'CreatorsRoute');
const OffersPage = lazyPage(() => import('../features/offers/OffersPage'), 'OffersPage');
const OfferDetailPage = lazyPage(() => import('../features/offers/OfferDetailPage'), 'OfferDetailPage');
const DeliverablesPage = lazyPage(
  () => import('../features/deliverables/DeliverablesPage'),
  'DeliverablesPage',
);
const CreatorShell = lazyPage(() => import('../features/creatorMode/CreatorShell'), 'CreatorShell');
const InboxPage = lazyPage(() => import('../features/creatorMode/InboxPage'), 'InboxPage');
const ProfilePage = lazyPage(() => import('../features/creatorMode/ProfilePage'), 'ProfilePage');
const AdvisorPage = lazyPage(() => import('../features/advisor/AdvisorPage'), 'AdvisorPage');
const LivePage = lazyPage(() => import('../features/live/LivePage'), 'LivePage');
const LiveSessionPage = lazyPage(() => import('../features/live/LiveSessionPage'), 'LiveSessionPage');
const ApprovalsPage = lazyPage(() => import('../features/approvals/ApprovalsPage'), 'ApprovalsPage');
const PortfolioPage = lazyPage(() => import('../features/portfolio/PortfolioPage'), 'PortfolioPage');
const ReportPage = lazyPage(() => import('../features/reports/ReportPage'), 'ReportPage');
const BackupsPage = lazyPage(() => import('../features/backups/BackupsPage'), 'BackupsPage');

/** Pages inside a workspace; each feature adds its route here and its entry in navigation.tsx. */
const workspaceRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="matrix" replace /> },
  { path: 'matrix', element: <MatrixPage /> },
  { path: 'calendar', element: <ContentPage /> },
  { path: 'products', element: <ProductsPage /> },
  { path: 'audience', element: <AudiencePage /> },
  { path: 'match', element: <MatchPage /> },
  { path: 'performance', element: <PerformancePage /> },
  { path: 'creators', element: <CreatorsRoute /> },
  { path: 'offers', element: <OffersPage /> },
  { path: 'offers/:offerId', element: <OfferDetailPage /> },
  { path: 'deliverables', element: <DeliverablesPage /> },
  { path: 'advisor', element: <AdvisorPage /> },
  { path: 'live', element: <LivePage /> },
  { path: 'live/:sessionId', element: <LiveSessionPage /> },
  { path: 'approvals', element: <ApprovalsPage /> },
  { path: 'portfolio', element: <PortfolioPage /> },
  { path: 'report', element: <ReportPage /> },
  { path: 'data', element: <BackupsPage /> },
];

export const router = createHashRouter([
  { path: '/', element: <Home /> },
  { path: '/w/:workspaceId', element: <Shell />, children: workspaceRoutes },
  // Creator mode: the offer inbox belongs to no brand workspace.
  {
    path: '/creator',
    element: <CreatorShell />,
    children: [
      { index: true, element: <InboxPage /> },
      { path: 'offers/:offerId', element: <OfferDetailPage /> },
      { path: 'profile', element: <ProfilePage /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);
