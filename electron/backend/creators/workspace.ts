import type { BackendContext } from '../context';
import type { Workspace } from '../../../shared/domain/workspace';
import { notFound } from '../errors';
import { findWorkspace } from '../workspaces/repo';

export function requireWorkspace(ctx: BackendContext, workspaceId: string): Workspace {
  const workspace = findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace', workspaceId);
  return workspace;
}
