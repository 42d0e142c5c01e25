import { jobRunner } from '../../electron/backend/jobs/runner';
import { createTestBackend, type TestBackend } from './backend';

/** A fresh backend with one beauty workspace and its sales accounts: where the import-job tests start. */
export async function backendWithSalesAccounts(
  workspaceName: string,
  accounts: { handle: string; displayName: string }[],
): Promise<{ t: TestBackend; workspaceId: string }> {
  const t = await createTestBackend();
  const workspaceId = (
    await t.call('workspaces.create', { name: workspaceName, industry: 'beauty_personal_care' })
  ).id;
  for (const { handle, displayName } of accounts) {
    await t.call('accounts.create', { workspaceId, role: 'sales', handle, displayName });
  }
  return { t, workspaceId };
}

/** Releases a held job runner before closing, so a test that held it leaves no job waiting. */
export function closeReleasingJobs(t: TestBackend): void {
  jobRunner(t.backend.context).hold(false);
  t.close();
}
