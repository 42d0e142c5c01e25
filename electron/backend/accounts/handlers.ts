import type { HandlerSlice } from '../handlers';
import type { accountsContract } from '../../../shared/api/accounts';
import type { BackendContext } from '../context';
import type { Account, AccountFields } from '../../../shared/domain/account';
import { accountFieldsSchema } from '../../../shared/domain/account';
import { targetsCarriedOver } from '../../../shared/domain/accountRules';
import { conflict, notFound } from '../errors';
import { requireWorkspace } from '../workspaces/guards';
import {
  deleteAccountRow,
  findAccount,
  findAccountByHandle,
  insertAccount,
  listAccounts,
  setArchived,
  updateAccountRow,
} from './repo';
import { matrixSummary } from './summary';

const platformLabel: Record<string, string> = {
  douyin: 'Douyin',
  kuaishou: 'Kuaishou',
  xiaohongshu: 'Xiaohongshu',
  wechat_channels: 'WeChat Channels',
  tiktok: 'TikTok',
};

function requireAccount(ctx: BackendContext, id: string): Account {
  const account = findAccount(ctx.db, id);
  if (!account) throw notFound('Account', id);
  return account;
}

function assertHandleFree(ctx: BackendContext, fields: AccountFields, exceptId?: string): void {
  const clash = findAccountByHandle(ctx.db, fields.workspaceId, fields.platform, fields.handle);
  if (clash && clash.id !== exceptId) {
    throw conflict(
      ['handle'],
      `@${fields.handle} already exists on ${platformLabel[fields.platform] ?? fields.platform} in this workspace`,
      'accounts.handleTaken',
      { handle: fields.handle },
    );
  }
}

export const accountHandlers = {
  'accounts.list': ({ workspaceId, includeArchived }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    return listAccounts(ctx.db, workspaceId, includeArchived);
  },

  'accounts.get': ({ id }, ctx) => requireAccount(ctx, id),

  'accounts.create': (fields, ctx) => {
    requireWorkspace(ctx, fields.workspaceId);
    const id = ctx.newId();
    ctx.db.transaction(() => {
      assertHandleFree(ctx, fields);
      insertAccount(ctx.db, id, fields, ctx.now().toISOString());
    })();
    return requireAccount(ctx, id);
  },

  'accounts.update': ({ id, ...patch }, ctx) => {
    const current = requireAccount(ctx, id);
    const role = patch.role ?? current.role;
    // A role change keeps only targets both roles share unless the caller sends the new role's targets.
    const targets = patch.targets ?? targetsCarriedOver(current.role, role, current.targets);
    const merged = accountFieldsSchema.parse({
      workspaceId: current.workspaceId,
      platform: patch.platform ?? current.platform,
      handle: patch.handle ?? current.handle,
      displayName: patch.displayName ?? current.displayName,
      followers: patch.followers ?? current.followers,
      notes: patch.notes ?? current.notes,
      role,
      ...(role === 'sales' ? { selfBroadcast: patch.selfBroadcast ?? current.selfBroadcast } : {}),
      ...(role === 'brand' && patch.selfBroadcast === true ? { selfBroadcast: true } : {}),
      targets: stripNulls(targets),
    });
    ctx.db.transaction(() => {
      assertHandleFree(ctx, merged, id);
      updateAccountRow(ctx.db, id, merged, ctx.now().toISOString());
    })();
    return requireAccount(ctx, id);
  },

  'accounts.archive': ({ id }, ctx) => {
    const account = requireAccount(ctx, id);
    if (account.archivedAt) return account;
    const at = ctx.now().toISOString();
    setArchived(ctx.db, id, at, at);
    return requireAccount(ctx, id);
  },

  'accounts.restore': ({ id }, ctx) => {
    const account = requireAccount(ctx, id);
    if (!account.archivedAt) return account;
    setArchived(ctx.db, id, null, ctx.now().toISOString());
    return requireAccount(ctx, id);
  },

  'accounts.delete': ({ id }, ctx) => {
    if (!deleteAccountRow(ctx.db, id)) throw notFound('Account', id);
    return { id };
  },

  'matrix.summary': ({ workspaceId }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    return matrixSummary(ctx.db, workspaceId);
  },
} satisfies HandlerSlice<typeof accountsContract>;

function stripNulls(targets: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(targets).filter(([, v]) => v !== null && v !== undefined));
}
