import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { RecoveryPage } from './RecoveryPage';
import { useRecoveryStatus } from './queries';

/** Starts into the recovery screen when the backend is in recovery mode; otherwise the app as usual. */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus();
  if (status.isLoading) return <Spin fullscreen />;
  if (status.data?.mode === 'recovery' && status.data.problem) return <RecoveryPage status={status.data} />;
  return <>{children}</>;
}
