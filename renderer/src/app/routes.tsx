import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { MatrixPage } from '../features/matrix/MatrixPage';
import { Home } from './Home';
import { Shell } from './Shell';

/** Pages inside a workspace; each feature adds its route here and its entry in navigation.tsx. */
const workspaceRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="matrix" replace /> },
  { path: 'matrix', element: <MatrixPage /> },
];

export const router = createHashRouter([
  { path: '/', element: <Home /> },
  { path: '/w/:workspaceId', element: <Shell />, children: workspaceRoutes },
  { path: '*', element: <Navigate to="/" replace /> },
]);
