import type { HandlerSlice } from '../handlers';
import type { interestContract } from '../../../shared/api/interest';
import type { BackendContext } from '../context';
import type { Db } from '../db/types';
import { conflict, invalidInput, notFound } from '../errors';
import { findWorkspace } from '../workspaces/repo';
import { findProduct, listProducts } from '../products/repo';
import { findItemRow } from '../content/repo';
import {
  CUSTOM_CATEGORY_ID,
  LOW_MATCH_THRESHOLD,
  type Taxonomy,
  type TaxonomyTag,
} from '../../../shared/domain/interest';
import { customTagId } from '../../../shared/domain/interestTags';
import { interestTaxonomy } from '../../../shared/interest/taxonomy';
import { audienceProfileSchema } from '../../../shared/interest/audience';
import { matchScore } from '../../../shared/interest/match';
import {
  clearBaselineOverride,
  insertCustomTag,
  listAudiences,
  setBaselineOverride,
  workspaceInterest,
} from './repo';
import { parseProfile, prefixIssues, readAudience, requireOwner, writeAudience } from './audience';
import { readAudienceFile } from './audienceImport';
import { listCreatorsWithAudience } from './creatorAudience';
import {
  listActiveAccounts,
  loadMatchContext,
  rankAccounts,
  rankCreators,
  contentTargets,
  resolveWorkspaceTags,
  scoreAudience,
} from './match';
import { decodeBase64 } from '../metrics/base64';

function requireWorkspace(ctx: BackendContext, workspaceId: string): void {
  if (!findWorkspace(ctx.db, workspaceId)) throw notFound('Workspace', workspaceId);
}

export function taxonomyFor(db: Db, workspaceId: string | null): Taxonomy {
  const interest = workspaceInterest(db, workspaceId);
  let baselineTotal = 0;
  const categories = interestTaxonomy.map((category) => ({
    id: category.id,
    label: category.label,
    tags: category.tags.map((tag): TaxonomyTag => {
      const override = interest.overrides.get(tag.id);
      const share = override ?? tag.baselineShare;
      baselineTotal += share;
      return {
        id: tag.id,
        categoryId: category.id,
        label: tag.label,
        baselineShare: share,
        defaultBaselineShare: tag.baselineShare,
        overridden: override !== undefined,
        custom: false,
      };
    }),
  }));
  if (interest.customTags.length > 0) {
    categories.push({
      id: CUSTOM_CATEGORY_ID,
      label: { 'zh-CN': '自定义', en: 'Custom' },
      tags: interest.customTags.map((tag) => ({
        id: tag.id,
        categoryId: CUSTOM_CATEGORY_ID,
        label: { 'zh-CN': tag.label, en: tag.label },
        baselineShare: interest.overrides.get(tag.id) ?? null,
        defaultBaselineShare: null,
        overridden: interest.overrides.has(tag.id),
        custom: true,
      })),
    });
  }
  return { workspaceId, categories, baselineTotal };
}

export const interestHandlers = {
  'taxonomy.list': ({ workspaceId }, ctx) => {
    if (workspaceId !== undefined) requireWorkspace(ctx, workspaceId);
    return taxonomyFor(ctx.db, workspaceId ?? null);
  },

  'taxonomy.updateBaseline': ({ workspaceId, shares }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const { knownTagIds } = workspaceInterest(ctx.db, workspaceId);
    for (const tagId of Object.keys(shares)) {
      if (!knownTagIds.has(tagId))
        throw invalidInput(['shares', tagId], `Unknown interest tag "${tagId}"`, 'field.interestTagNamed', {
          tag: tagId,
        });
    }
    const at = ctx.now().toISOString();
    ctx.db.transaction(() => {
      for (const [tagId, share] of Object.entries(shares)) {
        if (share === null) clearBaselineOverride(ctx.db, workspaceId, tagId);
        else setBaselineOverride(ctx.db, workspaceId, tagId, share, at);
      }
    })();
    return taxonomyFor(ctx.db, workspaceId);
  },

  'taxonomy.addCustomTag': ({ workspaceId, label }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const interest = workspaceInterest(ctx.db, workspaceId);
    const id = customTagId(label);
    if (interest.customTags.some((t) => t.id === id || t.label.toLowerCase() === label.toLowerCase())) {
      throw conflict(['label'], `A custom tag "${label}" already exists`, 'interest.customTagTaken', {
        label,
      });
    }
    insertCustomTag(ctx.db, workspaceId, { id, label }, ctx.now().toISOString());
    return { id, label };
  },

  'audience.get': ({ ownerType, ownerId }, ctx) =>
    readAudience(ctx.db, requireOwner(ctx.db, ownerType, ownerId)),

  'audience.set': ({ ownerType, ownerId, profile, source }, ctx) => {
    const owner = requireOwner(ctx.db, ownerType, ownerId);
    const parsed = profile === null ? null : parseProfile(ctx.db, owner.workspaceId, profile);
    writeAudience(ctx, owner, parsed, source);
    return readAudience(ctx.db, owner);
  },

  'audience.list': ({ workspaceId }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const accounts = listAudiences(ctx.db, workspaceId)
      .filter((r) => r.owner_type === 'account')
      .map((r) => ({
        ownerType: 'account' as const,
        ownerId: r.owner_id,
        workspaceId,
        profile: JSON.parse(r.profile_json) as never,
        source: r.source,
        updatedAt: r.updated_at,
      }));
    const creators = listCreatorsWithAudience(ctx.db, workspaceId)
      .filter((c) => c.profile !== null)
      .map((c) => ({
        ownerType: 'creator' as const,
        ownerId: c.id,
        workspaceId,
        profile: c.profile,
        source: 'manual' as const,
        updatedAt: null,
      }));
    return [...accounts, ...creators];
  },

  'audience.importPreview': async ({ workspaceId, fileName, base64 }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const { customTags } = workspaceInterest(ctx.db, workspaceId);
    return readAudienceFile(fileName, decodeBase64(base64, ['base64']), customTags);
  },

  'match.score': ({ audience, targetTags, targetWeights, workspaceId }, ctx) => {
    if (workspaceId !== undefined) requireWorkspace(ctx, workspaceId);
    const interest = workspaceInterest(ctx.db, workspaceId ?? null);
    const interestsResult = audienceProfileSchema(interest.knownTagIds).shape.interests.safeParse(
      audience.interests,
    );
    if (!interestsResult.success) throw prefixIssues(interestsResult.error, ['audience', 'interests']);
    targetTags.forEach((tag, index) => {
      if (!interest.knownTagIds.has(tag))
        throw invalidInput(['targetTags', index], `Unknown interest tag "${tag}"`, 'field.interestTagNamed', {
          tag,
        });
    });
    return matchScore({
      interests: interestsResult.data,
      targetTags,
      ...(targetWeights ? { targetWeights } : {}),
      baseline: interest.baseline,
    });
  },

  'match.forProduct': ({ productId }, ctx) => {
    const product = findProduct(ctx.db, productId);
    if (!product) throw notFound('Product', productId);
    const mctx = loadMatchContext(ctx.db, product.workspaceId);
    const { tagIds, unmapped } = resolveWorkspaceTags(mctx, product.tags);
    return {
      productId,
      productName: product.name,
      targetTags: tagIds,
      unmappedTags: unmapped,
      accounts: rankAccounts(ctx.db, mctx, product.workspaceId, tagIds),
      creators: rankCreators(ctx.db, mctx, product.workspaceId, tagIds),
    };
  },

  'match.forContent': ({ contentId }, ctx) => {
    const row = findItemRow(ctx.db, contentId);
    if (!row) throw notFound('Content item', contentId);
    const mctx = loadMatchContext(ctx.db, row.workspace_id);
    const { tagIds, unmapped } = contentTargets(ctx.db, mctx, row);
    const match = scoreAudience(mctx, mctx.accountAudiences.get(row.account_id), tagIds);
    return {
      contentId,
      accountId: row.account_id,
      targetTags: tagIds,
      unmappedTags: unmapped,
      match,
      threshold: LOW_MATCH_THRESHOLD,
      low: match !== null && tagIds.length > 0 && match.score < LOW_MATCH_THRESHOLD,
    };
  },

  'match.heatmap': ({ workspaceId }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const mctx = loadMatchContext(ctx.db, workspaceId);
    const accounts = listActiveAccounts(ctx.db, workspaceId);
    const products = listProducts(ctx.db, { workspaceId, status: 'active', sort: 'name', order: 'asc' }).map(
      (p) => ({
        id: p.id,
        name: p.name,
        targetTags: resolveWorkspaceTags(mctx, p.tags).tagIds,
      }),
    );
    const cells = accounts.flatMap((a) =>
      products.map((p) => ({
        accountId: a.id,
        productId: p.id,
        score:
          p.targetTags.length === 0
            ? null
            : (scoreAudience(mctx, mctx.accountAudiences.get(a.id), p.targetTags)?.score ?? null),
      })),
    );
    return {
      accounts: accounts.map((a) => ({
        id: a.id,
        name: a.display_name,
        role: a.role,
        hasAudience: mctx.accountAudiences.has(a.id),
      })),
      products,
      cells,
    };
  },
} satisfies HandlerSlice<typeof interestContract>;
