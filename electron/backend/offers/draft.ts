import { brandNameForCreators } from '../../../shared/domain/workspace';
import type { TermsRecord } from '../../../shared/domain/offerTerms';
import type { BackendContext } from '../context';
import { insertOffer, insertRevision } from './repo';

export interface DraftOffer {
  id: string;
  workspace: { id: string; name: string; creatorFacingName: string };
  creator: { id: string; platform: string; handle: string; displayName: string };
  terms: TermsRecord;
  message: string;
  at: string;
}

/**
 * A brand-side draft and its revision 0 (`create`): the one way an offer comes into being locally, used by
 * `offers.create` and the sample workspace, so both store exactly the same rows. Call inside a transaction.
 */
export function createDraftOffer(ctx: BackendContext, draft: DraftOffer): void {
  const { id, workspace, creator, terms, message, at } = draft;
  insertOffer(ctx.db, {
    id,
    exchangeId: id,
    side: 'brand',
    workspaceId: workspace.id,
    creatorId: creator.id,
    creator: { platform: creator.platform, handle: creator.handle, displayName: creator.displayName },
    brandName: brandNameForCreators(workspace),
    state: 'draft',
    revision: 0,
    terms,
    message,
    counterpartKey: null,
    at,
  });
  insertRevision(ctx.db, {
    offerId: id,
    number: 0,
    action: 'create',
    actor: 'brand',
    state: 'draft',
    message,
    terms,
    origin: 'local',
    signature: null,
    at,
  });
}
