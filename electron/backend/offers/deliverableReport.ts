import type { BackendContext } from '../context';
import type { TermsRecord } from '../../../shared/domain/offerTerms';
import type { OfferFile } from '../../../shared/offerFile/format';
import {
  planDeliverableReport,
  type DeliverableReportLine,
  type ReportedDeliverable,
  type TrackedStatus,
} from '../../../shared/domain/deliverableReport';
import { canonicalJson } from '../../../shared/offerFile/canonical';
import { AppError } from '../errors';
import { syncContentStatus } from './plannedContent';
import { parseTerms, touchOffer, type OfferRow, type RevisionRow } from './repo';
import {
  listDeliverableRows,
  markDeliverableSentBack,
  setDeliverableStatusRow,
  takeReceivedLinkRow,
} from './deliverablesRepo';

/**
 * Deliverable statuses travelling in offer files (formats 2–4, see shared/offerFile/format.ts): each side
 * writes its tracker into its file — the creator's with its published links, the brand's with its
 * verdicts (已审核) and send-backs (退回修改) — and the receiving side moves its own tracker forward to
 * match, or back for a send-back newer than its state, within shared/domain/deliverableReport.ts's rule. A file with any refused status is refused whole; the caller
 * runs inside the import's transaction, so nothing of a refused file is written.
 */

/** Offer states in which a side's files carry its statuses: while they move, and the brand's final word. */
const reportingStates: Record<OfferRow['side'], readonly string[]> = {
  creator: ['accepted'],
  brand: ['accepted', 'completed'],
};

/** The statuses a side's file carries, or undefined when it carries none. */
export function reportedStatusesOf(ctx: BackendContext, row: OfferRow): ReportedDeliverable[] | undefined {
  if (!reportingStates[row.side].includes(row.state)) return undefined;
  const rows = listDeliverableRows(ctx.db, row.id);
  if (rows.length === 0) return undefined;
  return rows.map((d) => ({
    key: d.key,
    status: d.status,
    statusChangedAt: d.status_changed_at,
    // Links travel from the creator only: the brand's own copy came from the creator in the first place
    // (or corrects it here); the brand's send-back travels, so the creator hears it (format 4).
    ...(row.side === 'creator' && d.published_url ? { publishedUrl: d.published_url } : {}),
    ...(row.side === 'brand' && d.sent_back_at
      ? { sentBack: d.send_back_reason ? { reason: d.send_back_reason } : {} }
      : {}),
  }));
}

/**
 * Whether a file restates the revision the receiver already holds to report newer statuses (on an
 * accepted offer neither side may have a move of its own left, and the latest revision may be the
 * receiver's own).
 */
export function isStatusReport(row: OfferRow, latest: RevisionRow, file: OfferFile): boolean {
  return file.senderRole !== row.side && file.deliverables !== undefined && file.revision === latest.number;
}

function refuseReport(
  refusal: 'stale' | 'malformed' | 'illegal_transition',
  detail: string,
  reason: string,
  params: Record<string, string | number>,
  lines: DeliverableReportLine[] = [],
): AppError {
  const message = `Offer file refused (${refusal}): ${detail}`;
  return new AppError(
    refusal === 'illegal_transition' ? 'invalid_state' : refusal === 'stale' ? 'conflict' : 'invalid_input',
    message,
    [
      { path: ['base64'], message, code: `deliverableReport.${reason}`, params },
      // One issue per refused deliverable, so the user sees which line and why.
      ...lines.map((l) => ({
        path: ['deliverables', l.position],
        message: `Deliverable ${l.position} (${l.accountLabel}): the creator's file cannot move it from ${l.from} to ${l.reported}; only the brand approves a submission`,
        code: 'deliverableReport.brandApproves',
        params: { position: l.position, label: l.accountLabel, from: l.from, to: l.reported },
      })),
    ],
    { reason: `deliverableReport.${reason}`, params },
  );
}

/** The revision a status report restates must be the one the brand holds: same action, state and terms. */
export function assertSameRevision(row: OfferRow, latest: RevisionRow, file: OfferFile): void {
  if (row.state !== 'accepted') {
    throw refuseReport(
      'stale',
      `this offer is already ${row.state} here; its deliverables no longer change`,
      'notAccepted',
      { state: row.state },
    );
  }
  const same =
    latest.action === file.action &&
    latest.state === file.state &&
    canonicalJson(parseTerms(latest.terms)) === canonicalJson(file.terms);
  if (!same) {
    throw refuseReport(
      'stale',
      `the file restates revision ${file.revision}, but it differs from revision ${latest.number} held here`,
      'notThisRevision',
      { revision: file.revision },
    );
  }
}

/** Plans a file's statuses against the tracker; throws when a key is unknown or any move is refused. */
export function checkReport(tracked: readonly TrackedStatus[], file: OfferFile): DeliverableReportLine[] {
  const plan = planDeliverableReport(tracked, file.deliverables ?? [], file.senderRole);
  if (plan.unknownKeys.length > 0) {
    throw refuseReport(
      'malformed',
      `the file reports deliverables this offer does not have (${plan.unknownKeys.join(', ')})`,
      'unknownDeliverable',
      { count: plan.unknownKeys.length },
    );
  }
  const refused = plan.lines.filter((l) => l.outcome === 'refused');
  if (refused.length > 0) {
    throw refuseReport(
      'illegal_transition',
      `${refused.length} deliverable status(es) cannot be taken from the creator's file; nothing was applied`,
      'refused',
      { count: refused.length },
      refused,
    );
  }
  return plan.lines;
}

/** The receiving tracker as it stands, for checkReport. */
export function trackedStatusesOf(ctx: BackendContext, offerId: string): TrackedStatus[] {
  return listDeliverableRows(ctx.db, offerId).map((d) => ({
    key: d.key,
    position: d.position + 1,
    accountLabel: d.account_label,
    status: d.status,
    publishedUrl: d.published_url,
    receivedUrl: d.received_url,
    statusChangedAt: d.status_changed_at,
    sentBackAt: d.sent_back_at,
  }));
}

/** An accepting file's deliverables do not exist yet: they start `due` from the file's own terms. */
export function newlyAcceptedStatuses(terms: TermsRecord): TrackedStatus[] {
  return terms.deliverables.map((d, i) => ({
    key: d.key,
    position: i + 1,
    accountLabel: d.accountLabel,
    status: 'due',
  }));
}

/**
 * Moves the receiving tracker (and the brand's calendar items) forward as planned, or back where the
 * brand sent a deliverable back, and takes the creator's new links. Each move is dated when the sender made it, but never later than now (the other
 * side's clock may run ahead).
 */
export function applyReport(
  ctx: BackendContext,
  offerId: string,
  lines: readonly DeliverableReportLine[],
  file: OfferFile,
): void {
  const changed = lines.filter((l) => l.outcome === 'applied' || l.outcome === 'sentBack' || l.linkChanged);
  if (changed.length === 0) return;
  const now = ctx.now().toISOString();
  const rowsByKey = new Map(listDeliverableRows(ctx.db, offerId).map((d) => [d.key, d]));
  const datesByKey = new Map((file.deliverables ?? []).map((d) => [d.key, d.statusChangedAt]));
  for (const line of changed) {
    const row = rowsByKey.get(line.key)!;
    const link = line.linkChanged ? line.publishedUrl : row.published_url;
    if (line.linkChanged && line.publishedUrl) takeReceivedLinkRow(ctx.db, row.id, line.publishedUrl);
    const moves = line.outcome === 'applied' || line.outcome === 'sentBack';
    const status = moves ? line.reported : row.status;
    const sentAt = datesByKey.get(line.key)!;
    const reportedAt = new Date(sentAt).toISOString();
    const at = reportedAt < now ? reportedAt : now;
    if (moves) setDeliverableStatusRow(ctx.db, row.id, status, at);
    // Dated as the brand's file says, so re-reading the same send-back is recognised (sendBackOutcome).
    if (line.outcome === 'sentBack') markDeliverableSentBack(ctx.db, row.id, sentAt, line.sendBackReason);
    if (row.content_item_id) syncContentStatus(ctx, row.content_item_id, status, at, link, row.published_url);
  }
  touchOffer(ctx.db, offerId, now);
}
