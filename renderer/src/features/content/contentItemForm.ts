import type { Dayjs } from 'dayjs';
import type { Account } from '../../../../shared/domain/account';
import { blankContentFields, type BlankContentFields } from '../../../../shared/content/blankItem';
import type { ContentFormat, ContentItem, ContentObjective } from '../../../../shared/content/model';
import { fromPickerValue, toPickerValue } from './time';

/** The content drawer's form: the item's fields, its times as picker values in the workspace's zone. */
export interface ContentFormValues extends Omit<BlankContentFields, 'publishedAt'> {
  accountId: string;
  title: string;
  format: ContentFormat;
  objective: ContentObjective;
  plannedAt: Dayjs;
  publishedAt: Dayjs | null;
}

/** What the drawer opens on: an item to edit, or a new one at a time (and maybe on an account). */
export type DrawerTarget = { item: ContentItem } | { newAt: string; accountId?: string } | null;

/**
 * The form's first values: the edited item's, or a blank item on the chosen account (else the first
 * active one) whose objective suits the account's role (a sales account sells, a brand account seeds).
 */
export function formValuesFor(
  target: Exclude<DrawerTarget, null>,
  accounts: readonly Account[],
  timeZone: string,
): Partial<ContentFormValues> {
  if ('item' in target) {
    const i = target.item;
    return {
      accountId: i.accountId,
      title: i.title,
      format: i.format,
      objective: i.objective,
      pillar: i.pillar,
      status: i.status,
      plannedAt: toPickerValue(i.plannedAt, timeZone),
      durationMinutes: i.durationMinutes,
      productIds: i.productIds,
      tags: i.tags,
      owner: i.owner,
      brief: i.brief,
      publishedUrl: i.publishedUrl,
      publishedAt: i.publishedAt ? toPickerValue(i.publishedAt, timeZone) : null,
    };
  }
  const account = accounts.find((a) => a.id === target.accountId) ?? accounts.find((a) => !a.archivedAt);
  return {
    ...blankContentFields(),
    accountId: account?.id,
    title: '',
    format: 'short_video',
    objective: account?.role === 'sales' ? 'convert' : 'seed',
    plannedAt: toPickerValue(target.newAt, timeZone),
    publishedAt: null, // a picker value in the form
  };
}

/** The fields a save sends, from the form (untouched optional fields come back undefined from antd). */
export function fieldsFromForm(v: ContentFormValues, timeZone: string) {
  const published = v.status === 'published';
  return {
    accountId: v.accountId,
    title: v.title,
    format: v.format,
    objective: v.objective,
    pillar: v.pillar ?? '',
    status: v.status,
    plannedAt: fromPickerValue(v.plannedAt, timeZone),
    durationMinutes: v.format === 'live' ? (v.durationMinutes ?? null) : null,
    productIds: v.productIds ?? [],
    tags: v.tags ?? [],
    owner: v.owner ?? '',
    brief: v.brief ?? '',
    // Empty while published: cleared URL, default time (now, or the planned time for a new record).
    publishedUrl: published ? v.publishedUrl || null : undefined,
    publishedAt: published && v.publishedAt ? fromPickerValue(v.publishedAt, timeZone) : undefined,
  };
}
