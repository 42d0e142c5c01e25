import type { HandlerSlice } from '../handlers';
import type { offerVerificationContract } from '../../../shared/api/offerVerification';
import type { BackendContext } from '../context';
import type { OfferFile } from '../../../shared/offerFile/format';
import {
  formatVerificationCode,
  normalizeVerificationCode,
} from '../../../shared/offerFile/verificationCode';
import { invalidInput, invalidState, notFound } from '../errors';
import { fingerprintOf, loadIdentity } from '../identity/keys';
import { verificationCodeOf } from '../identity/verificationCode';
import { applyHeldFile } from './exchange';
import { sweepExpired } from './lifecycle';
import { findOfferRow, type OfferRow } from './repo';
import { offerDetailView } from './view';
import {
  deleteOfferRow,
  deletePendingFile,
  findPendingFile,
  keyVerificationOf,
  setKeyVerification,
} from './verificationRepo';

/**
 * First contact, verified like Signal's safety numbers: the counterpart's key takes effect on an offer
 * only after both people compared the code derived from both keys. The brand holds a creator's first
 * answer unapplied; a creator's inbox offer opened by a brand's first file stays "unverified" (further
 * brand files are refused) until the creator confirms. A mismatching code discards what the file did.
 */

function requireRow(ctx: BackendContext, offerId: string): OfferRow {
  const row = findOfferRow(ctx.db, offerId);
  if (!row) throw notFound('Offer', offerId);
  return row;
}

/** The key being verified: a held file's sender, else the pinned counterpart. */
function counterpartKeyOf(ctx: BackendContext, row: OfferRow): string | null {
  return findPendingFile(ctx.db, row.id)?.sender_key ?? row.counterpart_key;
}

export function verificationOf(ctx: BackendContext, row: OfferRow) {
  const identity = loadIdentity(ctx.dataDir);
  const held = findPendingFile(ctx.db, row.id);
  const key = held?.sender_key ?? row.counterpart_key;
  const stored = keyVerificationOf(ctx.db, row.id);
  const file = held ? (JSON.parse(held.file_json) as OfferFile) : null;
  return {
    offerId: row.id,
    status: held ? ('pending' as const) : stored,
    code: key ? formatVerificationCode(verificationCodeOf(identity.publicKeyBase64, key)) : null,
    ownFingerprint: identity.fingerprint,
    counterpartFingerprint: key ? fingerprintOf(key) : null,
    pending:
      file && held
        ? {
            revision: file.revision,
            action: file.action,
            state: file.state,
            message: file.message,
            terms: file.terms,
            receivedAt: held.received_at,
          }
        : null,
  };
}

export const offerVerificationHandlers = {
  'offers.verification': ({ offerId }, ctx) => verificationOf(ctx, requireRow(ctx, offerId)),

  'offers.verifyCounterpart': (input, ctx) => {
    const { offerId } = input;
    const typed = 'code' in input ? normalizeVerificationCode(input.code) : null;
    if ('code' in input && !typed) {
      throw invalidInput(
        ['code'],
        'Type the 12 digits the other side reads out',
        'offerVerification.verificationCodeFormat',
      );
    }
    const row = requireRow(ctx, offerId);
    const key = counterpartKeyOf(ctx, row);
    if (!key) {
      throw invalidState(
        'There is nothing to verify yet: no file from the other side has arrived on this offer',
        'offerVerification.nothingToVerify',
      );
    }
    const identity = loadIdentity(ctx.dataDir);
    const matches = typed !== null && verificationCodeOf(identity.publicKeyBase64, key) === typed;
    const held = findPendingFile(ctx.db, row.id);
    const status = keyVerificationOf(ctx.db, row.id);

    if (!matches) {
      // Discard only what an unconfirmed first file did; a key already verified stays as it is.
      if (held) {
        deletePendingFile(ctx.db, row.id);
        return { outcome: 'mismatch' as const, discarded: 'file' as const, offer: offerDetailView(ctx, row) };
      }
      if (status === 'unverified') {
        deleteOfferRow(ctx.db, row.id);
        return { outcome: 'mismatch' as const, discarded: 'offer' as const, offer: null };
      }
      return { outcome: 'mismatch' as const, discarded: null, offer: offerDetailView(ctx, row) };
    }

    if (held) {
      // Lapsed offers are swept first, as for any import: a held answer cannot revive an expired offer.
      sweepExpired(ctx, { offerId: row.id });
      ctx.db.transaction(() => {
        applyHeldFile(ctx, findOfferRow(ctx.db, row.id)!, JSON.parse(held.file_json) as OfferFile);
        deletePendingFile(ctx.db, row.id);
        setKeyVerification(ctx.db, row.id, 'verified');
      })();
    } else {
      setKeyVerification(ctx.db, row.id, 'verified');
    }
    return {
      outcome: 'verified' as const,
      discarded: null,
      offer: offerDetailView(ctx, findOfferRow(ctx.db, row.id)!),
    };
  },
} satisfies HandlerSlice<typeof offerVerificationContract>;
