import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { MatrixPage } from '../features/matrix/MatrixPage';
import { ProductsPage } from '../features/products/ProductsPage';
import { ContentPage } from '../features/content/ContentPage';
import { Home } from './Home';
import { Shell } from './Shell';
import { AudiencePage } from '../features/audience/AudiencePage';
import { MatchPage } from '../features/match/MatchPage';
import { PerformancePage } from '../features/performance/PerformancePage';
import { CreatorsRoute } from './CreatorsRoute';
import { OffersPage } from '../features/offers/OffersPage';
import { OfferDetailPage } from '../features/offers/OfferDetailPage';
import { CreatorShell } from '../features/creatorMode/CreatorShell';
import { InboxPage } from '../features/creatorMode/InboxPage';
import { ProfilePage } from '../features/creatorMode/ProfilePage';
import { AdvisorPage } from '../features/advisor/AdvisorPage';
import { LivePage } from '../features/live/LivePage';
import { LiveSessionPage } from '../features/live/LiveSessionPage';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { ReportPage } from '../features/reports/ReportPage';
import { BackupsPage } from '../features/backups/BackupsPage';

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
