import type { HandlerSlice } from '../handlers';
import type { interestContract } from '../../../shared/api/interest';
import type { RankedMatch, StoredAudience } from '../../../shared/domain/interest';
import { encodeCursor } from '../../../shared/api/paging';
import { cursorParams } from '../paging/keyset';
import type { Db } from '../db/types';
import { conflict, invalidInput, notFound } from '../errors';
import { requireWorkspace } from '../workspaces/guards';
import { findProduct, listProductPage } from '../products/repo';
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
  accountAudiencePage,
  accountsWithProfile,
  creatorAudiencePage,
  listActiveAccounts,
  setBaselineOverride,
  workspaceInterest,
} from './repo';
import { parseProfile, prefixIssues, readAudience, requireOwner, writeAudience } from './audience';
import { readAudienceFile } from './audienceImport';
import {
  loadMatchContext,
  rankAccounts,
  rankCreators,
  contentTargets,
  resolveWorkspaceTags,
  scoreAudience,
} from './match';
import { decodeBase64 } from '../imports/base64';

/** One row of `audience.list`, from a stored profile's JSON (an account's or a creator's). */
function storedAudience(
  ownerType: StoredAudience['ownerType'],
  ownerId: string,
  workspaceId: string,
  profileJson: string,
  source: StoredAudience['source'],
  updatedAt: string | null,
): StoredAudience {
  const profile = JSON.parse(profileJson) as StoredAudience['profile'];
  return { ownerType, ownerId, workspaceId, profile, source, updatedAt };
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

/** The cursor's (kind rank, owner id), refused with a coded error naming `cursor` when it is not one. */
function cursorParamsOf(cursor: string): [number, string] {
  const { k0, k1 } = cursorParams(cursor, 2);
  if ((k0 !== 0 && k0 !== 1) || typeof k1 !== 'string') {
    throw invalidInput(['cursor'], 'This page position is not valid for this list', 'paging.badCursor');
  }
  return [k0, k1];
}

function creatorRanking(r: { top: RankedMatch[]; total: number; scored: number }) {
  return { creators: r.top, creatorsTotal: r.total, creatorsScored: r.scored };
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

  'audience.list': ({ workspaceId, ownerType, cursor, limit }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    // Keyset over (kind, owner id): accounts (rank 0) before creators (rank 1). A 12,000-creator client
    // sent every profile (6 MB) to a page that only needed to know which accounts have one.
    const [rank, afterId] = cursor ? cursorParamsOf(cursor) : [0, ''];
    return ctx.db.transaction(() => {
      const items: StoredAudience[] = [];
      let total = 0;
      if (ownerType !== 'creator') {
        const page = accountAudiencePage(ctx.db, workspaceId, rank === 0 ? afterId : '\uffff', limit + 1);
        total += page.total;
        for (const r of page.rows)
          items.push(
            storedAudience('account', r.owner_id, workspaceId, r.profile_json, r.source, r.updated_at),
          );
      }
      if (ownerType !== 'account') {
        const room = limit + 1 - items.length;
        const page = creatorAudiencePage(ctx.db, workspaceId, rank === 1 ? afterId : '', Math.max(room, 0));
        total += page.total;
        // A creator's profile is edited on the creator itself: no import source, no separate timestamp.
        for (const r of page.rows)
          items.push(storedAudience('creator', r.id, workspaceId, r.audience_json, 'manual', null));
      }
      const more = items.length > limit;
      const kept = items.slice(0, limit);
      const last = kept.at(-1);
      return {
        items: kept,
        nextCursor: more && last ? encodeCursor([last.ownerType === 'account' ? 0 : 1, last.ownerId]) : null,
        total,
      };
    })();
  },

  'audience.accountsWithProfile': ({ workspaceId, accountIds }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    return { accountIds: accountsWithProfile(ctx.db, workspaceId, accountIds) };
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

  'match.forProduct': ({ productId, creatorLimit }, ctx) => {
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
      ...creatorRanking(rankCreators(ctx.db, mctx, product.workspaceId, tagIds, creatorLimit)),
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

  'match.heatmap': ({ workspaceId, cursor, limit }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const mctx = loadMatchContext(ctx.db, workspaceId);
    const accounts = listActiveAccounts(ctx.db, workspaceId);
    // Keyset pages of the active catalogue by name (products_by_name), in one read with its count.
    const page = ctx.db.transaction(() =>
      listProductPage(ctx.db, { workspaceId, status: 'active', sort: 'name', order: 'asc' }, cursor, limit),
    )();
    const products = page.items.map((p) => ({
      id: p.id,
      name: p.name,
      targetTags: resolveWorkspaceTags(mctx, p.tags).tagIds,
    }));
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
      items: products,
      nextCursor: page.nextCursor,
      total: page.total,
      cells,
    };
  },
} satisfies HandlerSlice<typeof interestContract>;
