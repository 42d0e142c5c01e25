import type { Workspace } from '../../../shared/domain/workspace';
import type { BackendContext } from '../context';
import type { Db } from '../db/types';
import { notFound } from '../errors';
import { findWorkspace } from './repo';

/** The workspace a call names, or `not_found` before anything is read or written under it. */
export function requireWorkspace(ctx: BackendContext | { db: Db }, workspaceId: string): Workspace {
  const workspace = findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace', workspaceId);
  return workspace;
}
