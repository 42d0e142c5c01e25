import { z } from 'zod';

/**
 * A creator deliverable's published link (issue 11 §6): entered with 已提交 (a draft or private share
 * link) or 已发布, carried to the brand in the creator's answer file (offer file format 3) and opened in
 * the system browser. http/https only — never javascript:, file: or an app scheme — and length-limited.
 */
export const PUBLISHED_LINK_MAX = 500;

export const deliverableLinkSchema = z
  .string()
  .trim()
  .max(PUBLISHED_LINK_MAX, `At most ${PUBLISHED_LINK_MAX} characters`)
  .refine(
    (u) => /^https?:\/\/[^\s/?#]+\S*$/i.test(u),
    'Must be a web address starting with http:// or https://',
  );

/** The statuses a link may be entered with. */
export const linkStatuses = ['submitted', 'published'] as const;
export const mayCarryLink = (status: string): boolean => (linkStatuses as readonly string[]).includes(status);
