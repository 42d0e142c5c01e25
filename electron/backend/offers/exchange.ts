import type { BackendContext } from '../context';
import type { OfferParty, OfferState } from '../../../shared/domain/offerStateMachine';
import type { TermsRecord } from '../../../shared/domain/offerTerms';
import { isFinalOfferState, isReachable, nextOfferState } from '../../../shared/domain/offerStateMachine';
import { canonicalJson } from '../../../shared/offerFile/canonical';
import type { DeliverableReportLine } from '../../../shared/domain/deliverableReport';
import {
  OFFER_FILE_EXTENSION,
  OFFER_FILE_FORMAT,
  offerFileVersionFor,
  type OfferFile,
  type UnsignedOfferFile,
} from '../../../shared/offerFile/format';
import { AppError, invalidState, notFound } from '../errors';
import { readOfferFile, refuse } from './readOfferFile';
import { fingerprintOf, loadIdentity, signText } from '../identity/keys';
import { recordRevision, sweepExpired, withPendingExpiry } from './lifecycle';
import {
  findOfferByExchangeId,
  findOfferRow,
  findRevision,
  hasSignature,
  insertOffer,
  insertRevision,
  latestRevision,
  markExported,
  markSuperseded,
  parseTerms,
  pinCounterpartKey,
  wasSent,
  type OfferRow,
  type RevisionRow,
} from './repo';
import { deleteDeliverablesOf } from './deliverablesRepo';
import {
  findPendingFile,
  insertPendingFile,
  keyVerificationOf,
  setKeyVerification,
} from './verificationRepo';
import { exportableRevision } from './view';
import {
  applyReport,
  assertSameRevision,
  checkReport,
  isStatusReport,
  newlyAcceptedStatuses,
  reportedStatusesOf,
  trackedStatusesOf,
} from './deliverableReport';

/**
 * The offline offer exchange. Each side exports its latest move as a signed `.mdoffer` file (see
 * shared/offerFile/format.ts) and imports the other side's. Who sends what:
 * - the brand: send, revise (a counter to a counter), accept or decline a counter, withdraw, complete;
 * - the creator: counter, accept, decline.
 * Every import is checked in full before anything is written; a refused file changes nothing.
 */

const termsEqual = (a: TermsRecord, b: TermsRecord) => canonicalJson(a) === canonicalJson(b);

function safeName(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'creator'
  );
}

export function exportOfferFile(
  ctx: BackendContext,
  id: string,
): { fileName: string; base64: string; revision: number } {
  const found = findOfferRow(ctx.db, id);
  if (!found) throw notFound('Offer', id);
  // Seen as expired without writing: an export refused for it must store nothing.
  const row = withPendingExpiry(ctx, found);
  const latest = latestRevision(ctx.db, row.id);
  if (row.state === 'draft')
    throw invalidState('This offer is still a draft: send it first, then export it', 'offers.exportDraft');
  if (row.state === 'expired')
    throw invalidState('This offer has expired; there is nothing to send', 'offers.exportExpired');
  // On an accepted offer each side's file carries its deliverable statuses (formats 2–3; the brand's also
  // when completed); it may then restate the other side's latest revision, having no move of its own.
  const statuses = reportedStatusesOf(ctx, row);
  const ownRevision = exportableRevision(row, latest);
  if (!latest || (!ownRevision && !statuses)) {
    throw invalidState(
      `The latest revision came from the ${row.side === 'brand' ? 'creator' : 'brand'}; answer it (counter, accept or decline) before exporting`,
      'offers.exportAnswerFirst',
      { from: row.side === 'brand' ? 'creator' : 'brand' },
    );
  }
  if (row.side === 'brand' && !wasSent(ctx.db, row.id)) {
    throw invalidState(
      'This offer was withdrawn before it was ever sent; there is nothing to tell the creator',
      'offers.exportNeverSent',
    );
  }
  const identity = loadIdentity(ctx.dataDir);
  const unsigned: UnsignedOfferFile = {
    format: OFFER_FILE_FORMAT,
    formatVersion: offerFileVersionFor(row.side, statuses),
    offerId: row.exchange_id,
    revision: latest.number,
    senderRole: row.side,
    senderPublicKey: identity.publicKeyBase64,
    recipientPublicKey: row.counterpart_key,
    // The revision's own time, so exporting the same revision again yields the same file and signature.
    createdAt: latest.created_at,
    action: latest.action === 'create' ? 'send' : latest.action,
    state: latest.state,
    message: latest.message,
    parties: {
      brand: { name: row.brand_name },
      creator: {
        platform: row.creator_platform as OfferFile['parties']['creator']['platform'],
        handle: row.creator_handle,
        displayName: row.creator_name,
      },
    },
    terms: parseTerms(latest.terms),
    ...(statuses ? { deliverables: statuses } : {}),
  };
  const signature = signText(identity, canonicalJson(unsigned));
  const file: OfferFile = { ...unsigned, signature };
  if (ownRevision) markExported(ctx.db, latest.id, signature, ctx.now().toISOString());
  const suffix = ownRevision ? latest.state : 'deliverables';
  const fileName = `offer-${safeName(row.creator_handle)}-r${latest.number}-${suffix}${OFFER_FILE_EXTENSION}`;
  return {
    fileName,
    base64: Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8').toString('base64'),
    revision: latest.number,
  };
}

export interface ImportOutcome {
  offerId: string;
  state: OfferState;
  revision: number;
  created: boolean;
  /** True when the file is held until its sender's verification code is confirmed (nothing applied). */
  pendingVerification?: boolean;
  /** What the other side's deliverable statuses did to this side's tracker (format 2–3 files). */
  deliverables?: DeliverableReportLine[];
}

/**
 * Applies a verified file. Order of checks: the file itself (size, format, signature), then who it is
 * from and for, then the offer it belongs to (pinned key, revision number, legal transition, terms the
 * sender may change). All inside one transaction with the expiry sweep, so the checks and the write see
 * the same database.
 */
export function importOfferFile(ctx: BackendContext, base64: string): ImportOutcome {
  const file = readOfferFile(base64);
  const identity = loadIdentity(ctx.dataDir);
  if (file.senderPublicKey === identity.publicKeyBase64) {
    throw refuse(
      'own_file',
      'this file was exported from this installation; send it to the other side instead',
      'ownFile',
    );
  }
  if (file.recipientPublicKey !== null && file.recipientPublicKey !== identity.publicKeyBase64) {
    throw refuse(
      'wrong_recipient',
      `the file was made for another installation (key ${fingerprintOf(file.recipientPublicKey)}, this one is ${identity.fingerprint})`,
      'wrongRecipient',
      { fileKey: fingerprintOf(file.recipientPublicKey), ownKey: identity.fingerprint },
    );
  }
  const receiver: OfferParty = file.senderRole === 'brand' ? 'creator' : 'brand';
  const existing = findOfferByExchangeId(ctx.db, receiver, file.offerId);
  return ctx.db.transaction((): ImportOutcome => {
    // Inside the import's transaction: if the file is then refused, the expiry is rolled back too.
    if (existing) sweepExpired(ctx, { offerId: existing.id });
    const row = existing ? findOfferRow(ctx.db, existing.id)! : undefined;
    if (!row) return openInboxOffer(ctx, file, receiver);
    return applyToOffer(ctx, row, file);
  })();
}

/** A brand's first file reaching a creator: a new offer in the inbox, pinned to the brand's key. */
function openInboxOffer(ctx: BackendContext, file: OfferFile, receiver: OfferParty): ImportOutcome {
  if (receiver === 'brand') {
    throw refuse(
      'unknown_offer',
      `this answer is for offer ${file.offerId}, which this installation never sent (was it sent from another computer or workspace?)`,
      'neverSent',
      {},
      'not_found',
    );
  }
  if (file.state !== 'sent' && file.state !== 'revised') {
    throw refuse(
      'unknown_offer',
      `this file ${file.state === 'accepted' || file.state === 'completed' ? 'continues' : 'closes'} offer ${file.offerId}, which is not in this inbox; import the brand's earlier offer file first`,
      'notInInbox',
      {},
      'not_found',
    );
  }
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  insertOffer(ctx.db, {
    id,
    exchangeId: file.offerId,
    side: 'creator',
    workspaceId: null,
    creatorId: null,
    creator: file.parties.creator,
    brandName: file.parties.brand.name,
    state: file.state,
    revision: file.revision,
    terms: file.terms,
    message: file.message,
    counterpartKey: file.senderPublicKey,
    at,
  });
  // A brand's first file: the offer is shown, but its key stays unverified until the codes are compared.
  setKeyVerification(ctx.db, id, 'unverified');
  // The head already holds this revision; record it without moving the head again.
  insertRevision(ctx.db, {
    offerId: id,
    number: file.revision,
    action: file.action,
    actor: 'brand',
    state: file.state,
    message: file.message,
    terms: file.terms,
    origin: 'imported',
    signature: file.signature,
    at: file.createdAt,
  });
  return { offerId: id, state: file.state, revision: file.revision, created: true };
}

function applyToOffer(ctx: BackendContext, row: OfferRow, file: OfferFile): ImportOutcome {
  if (row.counterpart_key !== null && row.counterpart_key !== file.senderPublicKey) {
    throw refuse(
      'wrong_key',
      `the file is signed by key ${fingerprintOf(file.senderPublicKey)}, but this offer is pinned to ${fingerprintOf(row.counterpart_key)}; it did not come from the ${file.senderRole} you have been dealing with`,
      'wrongKey',
      {
        fileKey: fingerprintOf(file.senderPublicKey),
        pinnedKey: fingerprintOf(row.counterpart_key),
        sender: file.senderRole,
      },
    );
  }
  if (hasSignature(ctx.db, row.id, file.signature)) {
    throw refuse(
      'duplicate',
      `revision ${file.revision} of this offer was already imported; nothing changed`,
      'alreadyImported',
      { revision: file.revision },
      'conflict',
    );
  }
  const latest = latestRevision(ctx.db, row.id)!;
  if (row.counterpart_key !== null && isStatusReport(row, latest, file)) {
    assertSameRevision(row, latest, file);
    const lines = checkReport(trackedStatusesOf(ctx, row.id), file);
    applyReport(ctx, row.id, lines, file);
    return {
      offerId: row.id,
      state: row.state,
      revision: latest.number,
      created: false,
      deliverables: lines,
    };
  }
  if (row.counterpart_key === null) return holdFirstFile(ctx, row, file);
  const plan = checkAgainstOffer(ctx, row, file);
  // An unconfirmed brand key may close the offer (withdraw, decline: nothing of its terms is applied) but
  // not make terms binding: a revision or acceptance waits until the creator confirmed the code.
  if (keyVerificationOf(ctx.db, row.id) === 'unverified' && termsBindingActions.has(file.action)) {
    throw verifyFirst(row);
  }
  return commitToOffer(ctx, row, file, plan);
}

/**
 * A counterpart's first file on an offer (the brand receiving the creator's first answer): checked in
 * full now, so nobody is asked to verify a file that could not apply, then held unapplied until the user
 * confirms the verification code (offers/verification.ts). Whoever else holds the brand's first file
 * could otherwise pin their own key with a forged answer and lock the genuine creator out.
 */
function holdFirstFile(ctx: BackendContext, row: OfferRow, file: OfferFile): ImportOutcome {
  const held = findPendingFile(ctx.db, row.id);
  if (held) {
    const heldFile = JSON.parse(held.file_json) as OfferFile;
    if (heldFile.signature === file.signature) {
      throw refuse(
        'duplicate',
        'this file is already waiting for verification; nothing changed',
        'alreadyWaiting',
        {},
        'conflict',
      );
    }
    throw new AppError(
      'conflict',
      `Offer file refused (verification_pending): a file from key ${fingerprintOf(held.sender_key)} is waiting for verification on this offer; confirm or discard it first`,
      [{ path: ['base64'], message: 'Another file is waiting for verification on this offer' }],
      {
        reason: 'offerVerification.verificationPending',
        params: { fingerprint: fingerprintOf(held.sender_key) },
      },
    );
  }
  checkAgainstOffer(ctx, row, file);
  insertPendingFile(ctx.db, {
    offer_id: row.id,
    sender_key: file.senderPublicKey,
    file_json: JSON.stringify(file),
    received_at: ctx.now().toISOString(),
  });
  const latest = latestRevision(ctx.db, row.id)!;
  return {
    offerId: row.id,
    state: row.state,
    revision: latest.number,
    created: false,
    pendingVerification: true,
  };
}

const termsBindingActions = new Set<OfferFile['action']>(['revise', 'accept', 'complete']);

function verifyFirst(row: OfferRow): AppError {
  return invalidState(
    `The ${row.side === 'creator' ? 'brand' : 'creator'}'s key on this offer is not verified yet: compare the verification code with them and confirm it before importing further files`,
    'offerVerification.verifyFirst',
  );
}

/** Applies a held first file once its sender's code was confirmed; every check runs again first. */
export function applyHeldFile(ctx: BackendContext, row: OfferRow, file: OfferFile): ImportOutcome {
  return commitToOffer(ctx, row, file, checkAgainstOffer(ctx, row, file));
}

interface ApplyPlan {
  base: { state: OfferState; terms: TermsRecord };
  superseding: RevisionRow | null;
  /** An accepting file's deliverable statuses, checked against the deliverables it creates. */
  reportLines?: DeliverableReportLine[];
}

/** Every check of a file against the offer it continues; writes nothing. */
function checkAgainstOffer(ctx: BackendContext, row: OfferRow, file: OfferFile): ApplyPlan {
  const latest = latestRevision(ctx.db, row.id)!;
  let base: { state: OfferState; terms: TermsRecord } = { state: row.state, terms: parseTerms(row.terms) };
  let superseding: typeof latest | null = null;

  if (file.revision <= latest.number) {
    // The brand owns the offer: its revision overtakes a creator answer of the same number that the brand
    // never saw (e.g. the brand withdrew while the creator was countering).
    const overtakes =
      row.side === 'creator' &&
      file.revision === latest.number &&
      latest.actor === 'creator' &&
      latest.origin === 'local';
    if (!overtakes) {
      if (isFinalOfferState(row.state)) {
        throw refuse(
          'stale',
          `this offer is already ${row.state} here (revision ${latest.number}); the file's revision ${file.revision} can no longer be applied`,
          'alreadyFinal',
          { state: row.state, known: latest.number, revision: file.revision },
          'conflict',
        );
      }
      throw refuse(
        'stale',
        `the file holds revision ${file.revision}, but revision ${latest.number} is already known here; it is older than what you have`,
        'older',
        { known: latest.number, revision: file.revision },
        'conflict',
      );
    }
    superseding = latest;
    const before = findRevision(ctx.db, row.id, latest.number - 1);
    base = before ? { state: before.state, terms: parseTerms(before.terms) } : base;
  } else if (file.revision > latest.number + 1 && row.side === 'brand') {
    throw refuse(
      'out_of_order',
      `the file holds revision ${file.revision}, but this offer is at revision ${latest.number}; import revision ${latest.number + 1} first`,
      'skipsRevision',
      { known: latest.number, revision: file.revision, next: latest.number + 1 },
      'conflict',
    );
  }

  const gap = !superseding && file.revision > latest.number + 1;
  const legal = gap
    ? !isFinalOfferState(base.state) && isReachable(base.state, file.state)
    : nextOfferState(base.state, file.action, file.senderRole) === file.state;
  if (!legal) {
    throw refuse(
      'illegal_transition',
      `the ${file.senderRole} cannot ${file.action} an offer that is ${base.state} here (the file says it is now ${file.state})`,
      'illegalMove',
      { sender: file.senderRole, action: file.action, state: base.state, fileState: file.state },
      'invalid_state',
    );
  }
  if (!gap) assertSenderMayChange(file, base.terms);
  if (file.deliverables) {
    // An accepting file's deliverables are created by it; a later one (the brand's completion) reports
    // on the deliverables this side already tracks.
    const tracked =
      file.action === 'accept' ? newlyAcceptedStatuses(file.terms) : trackedStatusesOf(ctx, row.id);
    return { base, superseding, reportLines: checkReport(tracked, file) };
  }
  return { base, superseding };
}

function commitToOffer(ctx: BackendContext, row: OfferRow, file: OfferFile, plan: ApplyPlan): ImportOutcome {
  const { base, superseding } = plan;
  if (superseding) {
    markSuperseded(ctx.db, superseding.id);
    deleteDeliverablesOf(ctx.db, row.id);
  }
  if (row.counterpart_key === null) pinCounterpartKey(ctx.db, row.id, file.senderPublicKey);
  recordRevision(
    ctx,
    { ...row, state: base.state },
    {
      action: file.action,
      actor: file.senderRole,
      state: file.state,
      terms: file.terms,
      message: file.message,
      origin: 'imported',
      number: file.revision,
      signature: file.signature,
      createdAt: file.createdAt,
    },
  );
  if (plan.reportLines) applyReport(ctx, row.id, plan.reportLines, file);
  return {
    offerId: row.id,
    state: file.state,
    revision: file.revision,
    created: false,
    ...(plan.reportLines ? { deliverables: plan.reportLines } : {}),
  };
}

/**
 * What each side may change in a move: acceptance and declining change nothing; a creator's counter
 * leaves accounts, products, targeting, expiry and zone alone and adds no deliverables.
 */
function assertSenderMayChange(file: OfferFile, before: TermsRecord): void {
  const after = file.terms;
  if (
    (file.action === 'accept' || file.action === 'decline' || file.action === 'complete') &&
    !termsEqual(before, after)
  ) {
    throw refuse(
      'illegal_transition',
      `an ${file.action} must not change the terms, but this file does`,
      'termsChanged',
      { action: file.action },
      'invalid_state',
    );
  }
  if (file.senderRole !== 'creator') return;
  const brandOnly: (keyof TermsRecord)[] = ['title', 'products', 'targetTags', 'expiresOn', 'timeZone'];
  const changed = brandOnly.filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k]));
  const beforeByKey = new Map(before.deliverables.map((d) => [d.key, d]));
  for (const d of after.deliverables) {
    const was = beforeByKey.get(d.key);
    if (!was) changed.push('deliverables');
    else if (
      was.accountId !== d.accountId ||
      was.accountLabel !== d.accountLabel ||
      was.accountRole !== d.accountRole
    ) {
      changed.push('deliverables');
    }
  }
  if (changed.length > 0) {
    throw refuse(
      'illegal_transition',
      `the creator's file changes what only the brand may change (${[...new Set(changed)].join(', ')})`,
      'brandOnlyChanged',
      { fields: [...new Set(changed)].join(', ') },
      'invalid_state',
    );
  }
}
