import type { HandlerSlice } from '../handlers';
import type { offersContract } from '../../../shared/api/offers';
import type { deliverablesContract } from '../../../shared/api/deliverables';
import type { BackendContext } from '../context';
import type { OfferAction, OfferState } from '../../../shared/domain/offerStateMachine';
import type { TermsRecord } from '../../../shared/domain/offerTerms';
import { offerCreateSchema } from '../../../shared/domain/offer';
import { nextOfferState } from '../../../shared/domain/offerStateMachine';
import { canonicalJson } from '../../../shared/offerFile/canonical';
import { AppError, invalidInput, invalidState, notFound } from '../errors';
import { requireCreator } from '../creators/guards';
import { requireWorkspace } from '../workspaces/guards';
import { createDraftOffer } from './draft';
import { exportOfferFile, importOfferFile } from './exchange';
import { isPastExpiry, recordRevision, sweepExpired, withPendingExpiry } from './lifecycle';
import { changeDeliverable } from './deliverableStatus';
import {
  findOfferRow,
  listOfferPage,
  offerCursorKey,
  parseTerms,
  updateDraftParties,
  updateDraftRevision,
  updateOfferHead,
  type OfferRow,
} from './repo';
import { findDeliverableRow, listDeliverableRows } from './deliverablesRepo';
import {
  applyBrandRevision,
  applyCreatorCounter,
  buildBrandTerms,
  nothingChanged,
  termsToBrandInput,
} from './terms';
import { deliverableView, offerDetailView } from './view';
import { offerListViews } from './listViews';
import { toPage } from '../paging/keyset';

/** Deliverables belong to offers: their slice is handled here, beside the offer they came from. */
type OfferMethods = typeof offersContract & Pick<typeof deliverablesContract, 'deliverables.setStatus'>;

/**
 * Reads an offer as expired if it has lapsed, so no caller ever acts on it — without writing: every
 * action on an expired offer is refused, and a refused call must leave the database unchanged.
 */
function requireOffer(ctx: BackendContext, id: string): OfferRow {
  const row = findOfferRow(ctx.db, id);
  if (!row) throw notFound('Offer', id);
  return withPendingExpiry(ctx, row);
}

/** Why an action is not possible, in the words a user needs. */
function illegal(row: OfferRow, action: OfferAction): AppError {
  const who = row.side === 'brand' ? 'the brand' : 'the creator';
  const hints: Partial<Record<OfferState, string>> = {
    draft: 'it has not been sent yet',
    sent: row.side === 'brand' ? 'it is waiting for the creator’s answer' : 'it is waiting for your answer',
    countered:
      row.side === 'brand'
        ? 'it is waiting for your answer to the counter'
        : 'it is waiting for the brand’s answer',
    revised:
      row.side === 'brand' ? 'it is waiting for the creator’s answer' : 'it is waiting for your answer',
    accepted: 'it has been accepted; the terms can no longer change',
    declined: 'it was declined',
    withdrawn: 'it was withdrawn',
    expired: `it expired after ${parseTerms(row.terms).expiresOn}`,
    completed: 'it is completed',
  };
  return invalidState(
    `Cannot ${action} this offer as ${who}: it is ${row.state} (${hints[row.state] ?? row.state})`,
    'offers.illegalAction',
    { action, side: row.side, state: row.state },
  );
}

/** One local move: checks the state machine, then records the revision (and acceptance's side effects). */
function act(ctx: BackendContext, row: OfferRow, action: OfferAction, terms: TermsRecord, message: string) {
  const next = nextOfferState(row.state, action, row.side);
  if (!next) throw illegal(row, action);
  ctx.db.transaction(() => {
    recordRevision(ctx, row, { action, actor: row.side, state: next, terms, message, origin: 'local' });
  })();
  return offerDetailView(ctx, findOfferRow(ctx.db, row.id)!);
}

function brandOnly(row: OfferRow, what: string): void {
  if (row.side !== 'brand') {
    throw invalidState(
      `Only the brand can ${what} an offer; in creator mode you can counter, accept or decline`,
      'offers.brandOnlyAction',
      { action: what },
    );
  }
}

export const offerHandlers = {
  'offers.list': ({ workspaceId, side, state, creatorId, cursor, limit }, ctx) => {
    if (side === 'brand' && !workspaceId)
      throw invalidInput(['workspaceId'], 'Required to list a brand’s offers', 'offers.workspaceRequired');
    if (side === 'creator' && workspaceId) {
      throw invalidInput(
        ['workspaceId'],
        'The creator inbox belongs to no workspace; leave workspaceId out',
        'offers.inboxHasNoWorkspace',
      );
    }
    if (workspaceId) requireWorkspace(ctx, workspaceId);
    else if (creatorId)
      throw invalidInput(
        ['creatorId'],
        'Filter by creator within a workspace (give workspaceId)',
        'offers.creatorFilterNeedsWorkspace',
      );
    sweepExpired(ctx, workspaceId ? { workspaceId } : {});
    const query = {
      side: workspaceId ? ('brand' as const) : ('creator' as const),
      workspaceId: workspaceId ?? null,
      states: state === undefined ? null : Array.isArray(state) ? state : [state],
      creatorId: creatorId ?? null,
    };
    // Heads, count and the rows of views to build in one read transaction: the total matches the page and
    // a row read for its view is the one its head described.
    return ctx.db.transaction(() => {
      const { rows, total } = listOfferPage(ctx.db, query, cursor, limit);
      const page = toPage(rows, limit, total, offerCursorKey, (row) => row);
      return { ...page, items: offerListViews(ctx, query.workspaceId, page.items) };
    })();
  },

  'offers.get': ({ id }, ctx) => {
    // A successful read records a lapsed offer's expiry (the system revision).
    sweepExpired(ctx, { offerId: id });
    return offerDetailView(ctx, requireOffer(ctx, id));
  },

  'offers.create': (input, ctx) => {
    const workspace = requireWorkspace(ctx, input.workspaceId);
    const creator = requireCreator(ctx, input.creatorId);
    if (creator.workspaceId !== workspace.id)
      throw invalidInput(['creatorId'], 'No such creator in this workspace', 'offers.unknownCreator');
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    ctx.db.transaction(() => {
      const terms = buildBrandTerms(ctx, workspace, input);
      createDraftOffer(ctx, { id, workspace, creator, terms, message: input.message, at });
    })();
    return offerDetailView(ctx, findOfferRow(ctx.db, id)!);
  },

  'offers.update': ({ id, ...patch }, ctx) => {
    const row = requireOffer(ctx, id);
    brandOnly(row, 'edit');
    if (row.state !== 'draft') {
      throw invalidState(
        `Only drafts can be edited; this offer is ${row.state}. Use counter to propose new terms`,
        'offers.onlyDraftsEditable',
        { state: row.state },
      );
    }
    const workspace = requireWorkspace(ctx, row.workspace_id!);
    const current = termsToBrandInput(parseTerms(row.terms));
    const merged = offerCreateSchema.parse({
      workspaceId: workspace.id,
      creatorId: patch.creatorId ?? row.creator_id,
      ...current,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      message: patch.message ?? row.message,
    });
    const creator = requireCreator(ctx, merged.creatorId);
    if (creator.workspaceId !== workspace.id)
      throw invalidInput(['creatorId'], 'No such creator in this workspace', 'offers.unknownCreator');
    ctx.db.transaction(() => {
      const terms = buildBrandTerms(ctx, workspace, merged);
      const at = ctx.now().toISOString();
      updateOfferHead(ctx.db, id, {
        state: 'draft',
        revision: 0,
        terms,
        message: merged.message,
        stateChanged: false,
        at,
      });
      updateDraftRevision(ctx.db, id, terms, merged.message);
      updateDraftParties(ctx.db, id, creator.id, {
        platform: creator.platform,
        handle: creator.handle,
        displayName: creator.displayName,
      });
    })();
    return offerDetailView(ctx, findOfferRow(ctx.db, id)!);
  },

  'offers.send': ({ id, message }, ctx) => {
    const row = requireOffer(ctx, id);
    brandOnly(row, 'send');
    const terms = parseTerms(row.terms);
    if (row.state === 'draft' && isPastExpiry(terms, ctx.now())) {
      throw invalidInput(
        ['expiresOn'],
        `The expiry date ${terms.expiresOn} has already passed; pick a later date before sending`,
        'offers.expiryPassed',
        { expiresOn: terms.expiresOn },
      );
    }
    return act(ctx, row, 'send', terms, message || row.message);
  },

  'offers.counter': ({ id, message, ...changes }, ctx) => {
    const row = requireOffer(ctx, id);
    const action: OfferAction = row.side === 'brand' ? 'revise' : 'counter';
    if (!nextOfferState(row.state, action, row.side)) throw illegal(row, action);
    const current = parseTerms(row.terms);
    const terms =
      row.side === 'brand'
        ? applyBrandRevision(ctx, requireWorkspace(ctx, row.workspace_id!), current, changes)
        : applyCreatorCounter(current, changes);
    if (canonicalJson(terms) === canonicalJson(current)) throw nothingChanged();
    return act(ctx, row, action, terms, message);
  },

  'offers.accept': ({ id, message }, ctx) => {
    const row = requireOffer(ctx, id);
    return act(ctx, row, 'accept', parseTerms(row.terms), message);
  },

  'offers.decline': ({ id, message }, ctx) => {
    const row = requireOffer(ctx, id);
    return act(ctx, row, 'decline', parseTerms(row.terms), message);
  },

  'offers.withdraw': ({ id, message }, ctx) => {
    const row = requireOffer(ctx, id);
    brandOnly(row, 'withdraw');
    return act(ctx, row, 'withdraw', parseTerms(row.terms), message);
  },

  'offers.complete': ({ id, message }, ctx) => {
    const row = requireOffer(ctx, id);
    brandOnly(row, 'complete');
    if (row.state === 'accepted') {
      const open = listDeliverableRows(ctx.db, id).filter((d) => d.status !== 'published');
      if (open.length > 0) {
        throw invalidState(
          `${open.length} deliverable${open.length > 1 ? 's are' : ' is'} not published yet (due ${open.map((d) => d.due_on).join(', ')}); mark them published before completing the offer`,
          'offers.deliverablesOpen',
          { count: open.length, dates: open.map((d) => d.due_on).join(', ') },
        );
      }
    }
    return act(ctx, row, 'complete', parseTerms(row.terms), message);
  },

  'offers.exportFile': ({ id }, ctx) => exportOfferFile(ctx, id),

  'offers.importFile': ({ base64 }, ctx) => {
    const outcome = importOfferFile(ctx, base64);
    return {
      offer: offerDetailView(ctx, findOfferRow(ctx.db, outcome.offerId)!),
      state: outcome.state,
      revision: outcome.revision,
      created: outcome.created,
      ...(outcome.pendingVerification ? { pendingVerification: true } : {}),
      ...(outcome.deliverables ? { deliverables: outcome.deliverables } : {}),
    };
  },

  'deliverables.setStatus': ({ id, ...change }, ctx) => {
    const deliverable = findDeliverableRow(ctx.db, id);
    if (!deliverable) throw notFound('Deliverable', id);
    const row = requireOffer(ctx, deliverable.offer_id);
    changeDeliverable(ctx, row, deliverable, change);
    return deliverableView(ctx, findDeliverableRow(ctx.db, id)!, {
      id: row.id,
      creatorId: row.creator_id,
      creatorName: row.creator_name,
      terms: parseTerms(row.terms),
    });
  },
} satisfies HandlerSlice<OfferMethods>;
