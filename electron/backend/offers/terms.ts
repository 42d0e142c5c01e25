import type { BackendContext } from '../context';
import type { Workspace } from '../../../shared/domain/workspace';
import type { z } from 'zod';
import type { counterDeliverableSchema, deliverableInputSchema } from '../../../shared/domain/offer';
import type { TermsDeliverableRecord, TermsRecord } from '../../../shared/domain/offerTerms';
import { yuanToFen } from '../../../shared/domain/money';
import { AppError, invalidInput } from '../errors';
import { findAccount } from '../accounts/repo';
import { findProduct } from '../products/repo';
import { vocabularyFor } from './vocabulary';

type DeliverableInput = z.output<typeof deliverableInputSchema>;
type CounterDeliverable = z.output<typeof counterDeliverableSchema>;

/** The brand-side fields an offer's terms are built from (parsed API input). */
export interface BrandTermsInput {
  title: string;
  productIds: string[];
  targetTags: string[];
  deliverables: DeliverableInput[];
  feeYuan: number;
  commissionPct: number;
  usageRightsDays: number;
  exclusivityDays: number;
  expiresOn: string;
}

/**
 * Resolves ids against the workspace (accounts, products, custom interest tags) and snapshots what the
 * creator needs to see without the brand's database: account names, product names, prices and tags.
 */
export function buildBrandTerms(
  ctx: BackendContext,
  workspace: Workspace,
  input: BrandTermsInput,
): TermsRecord {
  const vocabulary = vocabularyFor(ctx.db, workspace.id);
  input.targetTags.forEach((tag, i) => {
    if (!vocabulary.knownTagIds.has(tag))
      throw invalidInput(['targetTags', i], `Unknown interest tag "${tag}"`, 'offers.unknownTag', { tag });
  });
  const products = input.productIds.map((id, i) => {
    const product = findProduct(ctx.db, id);
    if (!product || product.workspaceId !== workspace.id) {
      throw invalidInput(['productIds', i], 'No such product in this workspace', 'offers.unknownProduct');
    }
    return {
      id: product.id,
      name: product.name,
      priceFen: yuanToFen(product.price),
      targetTags: vocabulary.resolve(product.tags),
    };
  });
  const keys = new Set<string>();
  const deliverables = input.deliverables.map((d, i): TermsDeliverableRecord => {
    const account = findAccount(ctx.db, d.accountId);
    if (!account || account.workspaceId !== workspace.id) {
      throw invalidInput(
        ['deliverables', i, 'accountId'],
        'No such account in this workspace',
        'offers.unknownAccount',
      );
    }
    if (account.archivedAt) {
      throw invalidInput(
        ['deliverables', i, 'accountId'],
        `@${account.handle} is archived; restore it or pick another account`,
        'offers.accountArchived',
        { handle: account.handle },
      );
    }
    const key = d.key ?? ctx.newId();
    if (keys.has(key))
      throw invalidInput(
        ['deliverables', i, 'key'],
        'The same deliverable is listed twice',
        'offers.duplicateDeliverable',
      );
    keys.add(key);
    return {
      key,
      format: d.format,
      durationBand: d.format === 'video' ? (d.durationBand ?? null) : null,
      count: d.count,
      dueOn: d.dueOn,
      accountId: account.id,
      accountLabel: `${account.displayName} (@${account.handle})`,
      accountRole: account.role,
    };
  });
  const terms: TermsRecord = {
    title: input.title,
    products,
    targetTags: [...new Set(input.targetTags)],
    deliverables,
    feeFen: yuanToFen(input.feeYuan),
    commissionPct: input.commissionPct,
    usageRightsDays: input.usageRightsDays,
    exclusivityDays: input.exclusivityDays,
    expiresOn: input.expiresOn,
    timeZone: workspace.timeZone,
  };
  assertDueDates(terms);
  return terms;
}

/** Due dates fall on or before the offer's expiry date (a rule of this product, see offer.ts). */
export function assertDueDates(terms: Pick<TermsRecord, 'deliverables' | 'expiresOn'>): void {
  terms.deliverables.forEach((d, i) => {
    if (d.dueOn > terms.expiresOn) {
      throw invalidInput(
        ['deliverables', i, 'dueOn'],
        `Due date ${d.dueOn} is after the offer's expiry date ${terms.expiresOn}`,
        'field.dueAfterExpiry',
        { dueOn: d.dueOn, expiresOn: terms.expiresOn },
      );
    }
  });
}

/** The brand-side input a stored offer's terms came from, to lay a patch over. */
export function termsToBrandInput(terms: TermsRecord): BrandTermsInput {
  return {
    title: terms.title,
    productIds: terms.products.map((p) => p.id).filter((id): id is string => id !== null),
    targetTags: terms.targetTags,
    deliverables: terms.deliverables.map((d) => ({
      key: d.key,
      format: d.format,
      durationBand: d.durationBand,
      count: d.count,
      dueOn: d.dueOn,
      accountId: d.accountId ?? '',
    })),
    feeYuan: terms.feeFen / 100,
    commissionPct: terms.commissionPct,
    usageRightsDays: terms.usageRightsDays,
    exclusivityDays: terms.exclusivityDays,
    expiresOn: terms.expiresOn,
  };
}

export interface CounterChanges {
  feeYuan?: number | undefined;
  commissionPct?: number | undefined;
  usageRightsDays?: number | undefined;
  exclusivityDays?: number | undefined;
  deliverables?: CounterDeliverable[] | undefined;
  expiresOn?: string | undefined;
  title?: string | undefined;
  productIds?: string[] | undefined;
  targetTags?: string[] | undefined;
}

const brandOnlyFields = ['expiresOn', 'title', 'productIds', 'targetTags'] as const;

/**
 * A creator's counter: money, rights and the deliverables they are asked for (format, length, count, due
 * date; lines may be dropped). The accounts, products, targeting and expiry are the brand's to set.
 */
export function applyCreatorCounter(current: TermsRecord, changes: CounterChanges): TermsRecord {
  for (const field of brandOnlyFields) {
    if (changes[field] !== undefined) {
      throw invalidInput(
        [field],
        'Only the brand can change this; propose it in your message instead',
        'offers.brandOnlyField',
      );
    }
  }
  let deliverables = current.deliverables;
  if (changes.deliverables) {
    const byKey = new Map(current.deliverables.map((d) => [d.key, d]));
    const seen = new Set<string>();
    deliverables = changes.deliverables.map((d, i): TermsDeliverableRecord => {
      const existing = d.key ? byKey.get(d.key) : undefined;
      if (!existing) {
        throw invalidInput(
          ['deliverables', i, 'key'],
          'A counter can change or drop the deliverables offered, not add new ones; ask for more in your message',
          'offers.counterAddsDeliverable',
        );
      }
      if (seen.has(existing.key))
        throw invalidInput(
          ['deliverables', i, 'key'],
          'The same deliverable is listed twice',
          'offers.duplicateDeliverable',
        );
      seen.add(existing.key);
      if (d.accountId !== undefined && d.accountId !== existing.accountId) {
        throw invalidInput(
          ['deliverables', i, 'accountId'],
          'Only the brand can change which account a deliverable supports',
          'offers.brandOnlyAccount',
        );
      }
      return {
        ...existing,
        format: d.format,
        durationBand: d.format === 'video' ? (d.durationBand ?? null) : null,
        count: d.count,
        dueOn: d.dueOn,
      };
    });
  }
  const next: TermsRecord = {
    ...current,
    deliverables,
    feeFen: changes.feeYuan !== undefined ? yuanToFen(changes.feeYuan) : current.feeFen,
    commissionPct: changes.commissionPct ?? current.commissionPct,
    usageRightsDays: changes.usageRightsDays ?? current.usageRightsDays,
    exclusivityDays: changes.exclusivityDays ?? current.exclusivityDays,
  };
  assertDueDates(next);
  return next;
}

/** The brand's counter to a counter (state `revised`): anything a draft may change. */
export function applyBrandRevision(
  ctx: BackendContext,
  workspace: Workspace,
  current: TermsRecord,
  changes: CounterChanges,
): TermsRecord {
  const base = termsToBrandInput(current);
  const byKey = new Map(current.deliverables.map((d) => [d.key, d]));
  const deliverables = changes.deliverables
    ? changes.deliverables.map((d, i): DeliverableInput => {
        const accountId = d.accountId ?? (d.key ? byKey.get(d.key)?.accountId : undefined) ?? undefined;
        if (!accountId)
          throw invalidInput(
            ['deliverables', i, 'accountId'],
            'Required: pick the account it supports',
            'offers.accountRequired',
          );
        return { ...d, accountId };
      })
    : base.deliverables;
  return buildBrandTerms(ctx, workspace, {
    title: changes.title ?? base.title,
    productIds: changes.productIds ?? base.productIds,
    targetTags: changes.targetTags ?? base.targetTags,
    deliverables,
    feeYuan: changes.feeYuan ?? base.feeYuan,
    commissionPct: changes.commissionPct ?? base.commissionPct,
    usageRightsDays: changes.usageRightsDays ?? base.usageRightsDays,
    exclusivityDays: changes.exclusivityDays ?? base.exclusivityDays,
    expiresOn: changes.expiresOn ?? base.expiresOn,
  });
}

export function nothingChanged(): AppError {
  return new AppError(
    'invalid_input',
    'Nothing to counter: change the fee, commission, rights or deliverables — or accept the offer as it is',
    undefined,
    { reason: 'offers.nothingChanged' },
  );
}
