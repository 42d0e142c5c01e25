import { Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { call } from '../lib/api';
import { EmptyState } from '../features/workspaces/EmptyState';
import { useWorkspaces } from '../features/workspaces/queries';

/**
 * Start page: an agency with two or more client workspaces lands on the portfolio; otherwise the last
 * workspace used, else the first, else the first-run empty state.
 */
export function Home() {
  const workspaces = useWorkspaces();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings.get', {}) });
  if (workspaces.isLoading || settings.isLoading) return <Spin fullscreen />;
  const list = workspaces.data ?? [];
  if (list.length === 0) return <EmptyState />;
  const last = list.find((w) => w.id === settings.data?.lastWorkspaceId) ?? list[0]!;
  return <Navigate to={`/w/${last.id}/${list.length >= 2 ? 'portfolio' : 'matrix'}`} replace />;
}
