import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useRecoveryStatus } from './queries';

// Only a damaged start needs the recovery screen (and its backups table): loaded then, not on every start.
const RecoveryPage = lazy(() => import('./RecoveryPage').then((m) => ({ default: m.RecoveryPage })));

/** Starts into the recovery screen when the backend is in recovery mode; otherwise the app as usual. */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus();
  if (status.isLoading) return <Spin fullscreen />;
  if (status.data?.mode === 'recovery' && status.data.problem)
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <RecoveryPage status={status.data} />
      </Suspense>
    );
  return <>{children}</>;
}
