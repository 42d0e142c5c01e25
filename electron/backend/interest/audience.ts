import { ZodError } from 'zod';
import type { BackendContext } from '../context';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import type {
  AudienceOwnerType,
  AudienceProfileOutput,
  StoredAudience,
} from '../../../shared/domain/interest';
import { audienceProfileSchema } from '../../../shared/interest/audience';
import { codedIssue, type ZodIssueLike } from '../../../shared/api/issueCodes';
import {
  deleteAudience,
  findAudience,
  findAudienceOwnerRow,
  findCreatorAudience,
  setCreatorAudience,
  upsertAudience,
  workspaceInterest,
} from './repo';

/**
 * Audience profiles of accounts live in `audience_profiles`; creators keep theirs inside the creator
 * record (the creators feature owns it), so `audience.get/set` for a creator reads and writes there and
 * there is one source of truth per owner.
 */
export interface AudienceOwner {
  ownerType: AudienceOwnerType;
  ownerId: string;
  workspaceId: string;
  name: string;
}

export function findOwner(db: Db, ownerType: AudienceOwnerType, ownerId: string): AudienceOwner | undefined {
  const row = findAudienceOwnerRow(db, ownerType, ownerId);
  return row?.workspace_id
    ? { ownerType, ownerId, workspaceId: row.workspace_id, name: row.display_name }
    : undefined;
}

export function requireOwner(db: Db, ownerType: AudienceOwnerType, ownerId: string): AudienceOwner {
  const owner = findOwner(db, ownerType, ownerId);
  if (!owner) throw notFound(ownerType === 'account' ? 'Account' : 'Creator', ownerId);
  return owner;
}

export function readAudience(db: Db, owner: AudienceOwner): StoredAudience {
  if (owner.ownerType === 'creator') {
    const stored = findCreatorAudience(db, owner.ownerId);
    return {
      ownerType: 'creator',
      ownerId: owner.ownerId,
      workspaceId: owner.workspaceId,
      profile: stored?.profile ?? null,
      source: stored?.profile ? 'manual' : null,
      updatedAt: stored?.updatedAt ?? null,
    };
  }
  const row = findAudience(db, 'account', owner.ownerId);
  return {
    ownerType: 'account',
    ownerId: owner.ownerId,
    workspaceId: owner.workspaceId,
    profile: row ? (JSON.parse(row.profile_json) as AudienceProfileOutput) : null,
    source: row?.source ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/** Validates against the workspace's vocabulary (built-in + custom tags); issues are prefixed `profile`. */
export function parseProfile(db: Db, workspaceId: string, profile: unknown): AudienceProfileOutput {
  const { knownTagIds } = workspaceInterest(db, workspaceId);
  const result = audienceProfileSchema(knownTagIds).safeParse(profile);
  if (!result.success) throw prefixIssues(result.error, ['profile']);
  return result.data;
}

export function writeAudience(
  ctx: BackendContext,
  owner: AudienceOwner,
  profile: AudienceProfileOutput | null,
  source: 'manual' | 'import' | 'sample',
): void {
  const at = ctx.now().toISOString();
  if (owner.ownerType === 'creator') {
    setCreatorAudience(ctx.db, owner.ownerId, profile, at);
    return;
  }
  if (profile === null) {
    deleteAudience(ctx.db, 'account', owner.ownerId);
    return;
  }
  upsertAudience(ctx.db, {
    workspace_id: owner.workspaceId,
    owner_type: 'account',
    owner_id: owner.ownerId,
    profile_json: JSON.stringify(profile),
    source,
    updated_at: at,
  });
}

export function prefixIssues(err: ZodError, prefix: (string | number)[]): AppError {
  const issues = err.issues.map((i) => {
    const { code, params } = codedIssue(i as ZodIssueLike);
    return {
      path: [...prefix, ...i.path.filter((p): p is string | number => typeof p !== 'symbol')],
      message: i.message,
      code,
      ...(params && Object.keys(params).length > 0 ? { params } : {}),
    };
  });
  const first = issues[0];
  return new AppError(
    'invalid_input',
    `${first?.path.join('.') ?? prefix.join('.')}: ${first?.message ?? 'Invalid'}`,
    issues,
    first ? { reason: first.code, ...(first.params ? { params: first.params } : {}) } : undefined,
  );
}
