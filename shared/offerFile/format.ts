import { z } from 'zod';
import { offerActions, offerStates } from '../domain/offerStateMachine';
import { partyRecordSchema, termsRecordSchema } from '../domain/offerTerms';
import { reportedDeliverableSchema } from '../domain/deliverableReport';
import { sentBackStatuses } from '../domain/deliverableSendBack';

/**
 * The `.mdoffer` file: one revision of one offer, signed by the installation that made it.
 *
 * {
 *   "format": "matrixdesk.offer", "formatVersion": 1,
 *   "offerId": "<the brand's offer id>", "revision": 3,
 *   "senderRole": "brand" | "creator",
 *   "senderPublicKey": "<Ed25519 public key, SPKI DER, base64>",
 *   "recipientPublicKey": "<the key the sender pinned for the other side>" | null,
 *   "createdAt": "<ISO instant>",
 *   "action": "send" | "revise" | "counter" | "accept" | "decline" | "withdraw" | "complete",
 *   "state": "<the offer's state after this revision>",
 *   "message": "…", "parties": { brand, creator }, "terms": { … money in fen … },
 *   "signature": "<Ed25519 signature, base64>"
 * }
 *
 * The signature covers the canonical JSON (`canonicalJson`) of every field except `signature`. A bare
 * digest would not do: anyone who edits the file can recompute a digest, but not a signature without the
 * sender's private key. Each offer pins the other side's key on first contact, so a file signed by some
 * other key pair — even with a valid signature — is refused.
 *
 * Format 2 (the creator's answer file on an accepted offer) adds `"deliverables": [{ key, status,
 * statusChangedAt }]`, the creator's tracker, so the brand's tracker can follow it. A file carries it only
 * then; every other file is still written as format 1, so an older MatrixDesk keeps reading brand offers,
 * and this one reads both. A format-2 file may restate the revision the receiver already holds (same
 * revision, action, state and terms) to report newer statuses: see offers/deliverableReport.ts.
 *
 * Format 3 (so both trackers agree) lets the brand's file carry its tracker too, on an accepted or
 * completed offer — its 已审核 reaches the creator — and lets each deliverable of the creator's file carry
 * its `publishedUrl`. A file is written at the lowest version that holds what it says (see
 * offerFileVersionFor), so a format-2 reader is only asked to update for files it could not read.
 *
 * Format 4 lets a line of the brand's file carry `sentBack: { reason? }`: the brand sent that deliverable
 * back for changes (shared/domain/deliverableSendBack.ts), which moves the creator's tracker back when it
 * is newer than the creator's state. Only a brand file with a send-back is written as format 4.
 */
export const OFFER_FILE_FORMAT = 'matrixdesk.offer';
/** The newest format this app writes and reads; it reads every version in OFFER_FILE_READABLE_VERSIONS. */
export const OFFER_FILE_VERSION = 4;
export const OFFER_FILE_READABLE_VERSIONS: readonly number[] = [1, 2, 3, 4];
/** Format 1: every file without deliverable statuses. */
const OFFER_FILE_BASE_VERSION = 1;
/** Format 2: the creator's statuses without links. */
const OFFER_FILE_CREATOR_STATUS_VERSION = 2;
/** Format 3: statuses of either side, the creator's with links. */
const OFFER_FILE_LINKS_VERSION = 3;

/** The lowest format version that can hold a file's deliverable statuses (see the format notes above). */
export function offerFileVersionFor(
  senderRole: 'brand' | 'creator',
  deliverables: readonly { publishedUrl?: string; sentBack?: object }[] | undefined,
): 1 | 2 | 3 | 4 {
  if (!deliverables) return OFFER_FILE_BASE_VERSION;
  if (senderRole === 'creator' && deliverables.every((d) => d.publishedUrl === undefined)) {
    return OFFER_FILE_CREATOR_STATUS_VERSION;
  }
  return deliverables.some((d) => d.sentBack !== undefined) ? OFFER_FILE_VERSION : OFFER_FILE_LINKS_VERSION;
}
export const OFFER_FILE_EXTENSION = '.mdoffer';
/** Files above this are refused before parsing; a real offer is a few kilobytes. */
export const OFFER_FILE_MAX_BYTES = 1024 * 1024;

const base64 = z
  .string()
  .max(4096)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Must be base64');

export const offerFileSchema = z
  .strictObject({
    format: z.literal(OFFER_FILE_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    offerId: z.string().min(1).max(64),
    revision: z.number().int().min(1).max(100_000),
    senderRole: z.enum(['brand', 'creator']),
    senderPublicKey: base64,
    recipientPublicKey: base64.nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    action: z.enum(offerActions),
    state: z.enum(offerStates),
    message: z.string().max(2000),
    parties: partyRecordSchema,
    terms: termsRecordSchema,
    /** Format 2+: the creator's deliverable statuses on an accepted offer; format 3: also the brand's. */
    deliverables: z.array(reportedDeliverableSchema).max(50).optional(),
    signature: base64,
  })
  .superRefine((file, ctx) => {
    if (file.deliverables === undefined) return;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['deliverables'], message });
    if (file.formatVersion < 2) fail('Deliverable statuses need format version 2');
    else if (file.senderRole === 'creator' && file.state !== 'accepted')
      fail('Only a creator’s file on an accepted offer carries deliverable statuses');
    else if (file.senderRole === 'brand' && file.formatVersion < 3)
      fail('The brand’s deliverable statuses need format version 3');
    else if (file.senderRole === 'brand' && file.state !== 'accepted' && file.state !== 'completed')
      fail('Only a brand’s file on an accepted or completed offer carries deliverable statuses');
    else if (file.formatVersion < 3 && file.deliverables.some((d) => d.publishedUrl !== undefined))
      fail('Published links need format version 3');
    else if (file.senderRole === 'brand' && file.deliverables.some((d) => d.publishedUrl !== undefined))
      fail('Only the creator’s file carries published links');
    else if (file.formatVersion < 4 && file.deliverables.some((d) => d.sentBack !== undefined))
      fail('Send-backs need format version 4');
    else if (file.senderRole === 'creator' && file.deliverables.some((d) => d.sentBack !== undefined))
      fail('Only the brand’s file sends deliverables back');
    else if (file.deliverables.some((d) => d.sentBack !== undefined && !sentBackStatuses.includes(d.status)))
      fail('A send-back leaves a deliverable 待交付 or 已提交');
    else if (new Set(file.deliverables.map((d) => d.key)).size !== file.deliverables.length)
      fail('Each deliverable is reported once');
  });
export type OfferFile = z.infer<typeof offerFileSchema>;
export type UnsignedOfferFile = Omit<OfferFile, 'signature'>;

/** Why an offer file was refused; the UI explains each in the user's language. */
export const offerFileRefusals = [
  'too_large',
  'malformed',
  'unsupported_version',
  'bad_signature',
  'wrong_key',
  'own_file',
  'wrong_recipient',
  'unknown_offer',
  'duplicate',
  'stale',
  'out_of_order',
  'illegal_transition',
] as const;
export type OfferFileRefusal = (typeof offerFileRefusals)[number];

/** Refusal messages start with `Offer file refused (<reason>)` so clients can key help text on it. */
export function refusalReasonOf(message: string): OfferFileRefusal | null {
  const match = /^Offer file refused \(([a-z_]+)\)/.exec(message);
  const reason = match?.[1];
  return reason && (offerFileRefusals as readonly string[]).includes(reason)
    ? (reason as OfferFileRefusal)
    : null;
}
