import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../../shared/approvals/canonical';
import type { ContentValues } from '../content/repo';

/** What the client sees of an item in a pack; status, pillar and owner are ours and never make a review stale. */
export type ReviewedFields = Pick<
  ContentValues,
  | 'accountId'
  | 'title'
  | 'format'
  | 'objective'
  | 'plannedAt'
  | 'durationMinutes'
  | 'brief'
  | 'productIds'
  | 'tags'
> & { creatorId: string | null };

export function reviewFingerprint(values: ReviewedFields): string {
  const reviewed = {
    accountId: values.accountId,
    title: values.title,
    format: values.format,
    objective: values.objective,
    plannedAt: values.plannedAt,
    durationMinutes: values.durationMinutes,
    brief: values.brief,
    productIds: [...values.productIds],
    tags: [...values.tags],
    creatorId: values.creatorId,
  };
  return createHash('sha256').update(canonicalJson(reviewed), 'utf8').digest('hex');
}

/** The backend's own HMAC (node:crypto), checked against the page's WebCrypto one in the unit tests. */
export function nodeHmacHex(secret: string, text: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(text, 'utf8').digest('hex');
}

export function macMatches(expectedHex: string, givenHex: string): boolean {
  const a = Buffer.from(expectedHex, 'hex');
  const b = Buffer.from(givenHex, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
