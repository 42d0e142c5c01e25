import type { BackendContext } from '../context';
import type { DeliverableStatus } from '../../../shared/domain/offer';
import type { TermsDeliverableRecord, TermsRecord } from '../../../shared/domain/offerTerms';
import type { ContentStatus } from '../../../shared/content/model';
import { wallTimeToInstant } from '../../../shared/parsing/timeZone';
import { findAccount } from '../accounts/repo';
import { findProduct } from '../products/repo';
import {
  findItemRow,
  insertItem,
  rowValues,
  setItemCreator,
  updateItem,
  type ContentValues,
} from '../content/repo';

/**
 * The bridge to the content calendar (content planning feature, migration 0020): an accepted offer's
 * deliverable becomes one planned content item on the account it supports, linked to the creator
 * (`creator_id`) and marked `source = 'offer'`.
 *
 * The creator produces the content, so it does not walk the brand's own production pipeline (idea →
 * scripting → … one stage at a time); its calendar status follows the deliverable instead:
 * due → scripting, submitted → review, approved → scheduled, published → published.
 */
const contentStatusFor: Record<DeliverableStatus, ContentStatus> = {
  due: 'scripting',
  submitted: 'review',
  approved: 'scheduled',
  published: 'published',
};

/** Creator content is usually planned for the evening peak; the brand can move it on the calendar. */
const PLANNED_HOUR = 20;
const LIVE_MINUTES = 120;

const bandLabel: Record<string, string> = { '1-20s': '1-20秒', '21-60s': '21-60秒', '60s+': '60秒以上' };

function title(creatorName: string, d: TermsDeliverableRecord): string {
  const what = d.format === 'live' ? '直播专场' : `${bandLabel[d.durationBand ?? '21-60s']}视频`;
  return `达人合作 · ${creatorName} · ${what}${d.count > 1 ? ` ×${d.count}` : ''}`.slice(0, 100);
}

function plannedAt(dueOn: string, timeZone: string): string {
  const [year, month, day] = dueOn.split('-').map(Number) as [number, number, number];
  return new Date(
    wallTimeToInstant(
      { year, month, day, hour: PLANNED_HOUR, minute: 0, second: 0, millisecond: 0 },
      timeZone,
    ),
  ).toISOString();
}

/**
 * Creates the planned item, or returns null when the account is gone or archived since the offer was
 * made (the deliverable is still tracked on the offer; the brand can plan it by hand).
 */
export function planDeliverableContent(
  ctx: BackendContext,
  offer: { workspaceId: string; creatorId: string; creatorName: string; offerTitle: string; message: string },
  terms: TermsRecord,
  d: TermsDeliverableRecord,
  at: string,
): string | null {
  if (!d.accountId) return null;
  const account = findAccount(ctx.db, d.accountId);
  if (!account || account.workspaceId !== offer.workspaceId || account.archivedAt) return null;
  const productIds = terms.products
    .map((p) => p.id)
    .filter((id): id is string => id !== null && findProduct(ctx.db, id)?.workspaceId === offer.workspaceId);
  const values: ContentValues = {
    workspaceId: offer.workspaceId,
    accountId: account.id,
    title: title(offer.creatorName, d),
    format: d.format === 'live' ? 'live' : 'short_video',
    // 品牌号 seed interest (种草); 销售号 convert it (转化).
    objective: account.role === 'brand' ? 'seed' : 'convert',
    pillar: '达人合作',
    status: contentStatusFor.due,
    plannedAt: plannedAt(d.dueOn, terms.timeZone),
    durationMinutes: d.format === 'live' ? LIVE_MINUTES : null,
    productIds,
    tags: [],
    owner: offer.creatorName.slice(0, 40),
    brief: [offer.offerTitle, offer.message]
      .filter((s) => s.trim() !== '')
      .join('\n\n')
      .slice(0, 20_000),
    publishedUrl: null,
    publishedAt: null,
  };
  const id = ctx.newId();
  insertItem(ctx.db, id, values, 'offer', at);
  // insertItem leaves creator_id empty (it serves manual and imported items); link the creator here.
  setItemCreator(ctx.db, id, offer.creatorId);
  return id;
}

/**
 * Mirrors a deliverable's status on its calendar item, unless the brand cancelled or deleted that item.
 * A published item takes the deliverable's link (the creator's, or the brand's entry) when it has none of
 * its own, or when its link is the one the deliverable had before (`previousLink`: a correction); a link
 * the brand typed on the item itself stays. Content keeps a published URL on published items only.
 */
export function syncContentStatus(
  ctx: BackendContext,
  contentItemId: string,
  status: DeliverableStatus,
  at: string,
  link: string | null = null,
  previousLink: string | null = null,
): void {
  const row = findItemRow(ctx.db, contentItemId);
  if (!row || row.status === 'cancelled') return;
  const next = contentStatusFor[status];
  const takesLink =
    next === 'published' &&
    link !== null &&
    link !== row.published_url &&
    (row.published_url === null || row.published_url === previousLink);
  if (row.status === next && !takesLink) return;
  const values = rowValues(row);
  updateItem(
    ctx.db,
    contentItemId,
    {
      ...values,
      status: next,
      publishedAt: next === 'published' ? (values.publishedAt ?? at) : null,
      publishedUrl: next === 'published' ? (takesLink ? link : values.publishedUrl) : null,
    },
    at,
  );
}
