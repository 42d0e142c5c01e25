import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { isCivilDate } from '../content/model';
import { approvalModes, approvalStates } from './stateMachine';

export const approvalModeSchema = z.enum(approvalModes);
export const approvalStateSchema = z.enum(approvalStates);
export const reviewDecisions = ['approve', 'request_changes'] as const;
export const reviewDecisionSchema = z.enum(reviewDecisions);
export const packLanguageSchema = z.enum(['zh-CN', 'en']);
export type PackLanguage = z.infer<typeof packLanguageSchema>;

/** Answers files above this are refused before parsing: a real pack's answers are a few kilobytes. */
export const MAX_ANSWERS_BYTES = 2 * 1024 * 1024;
/** A pack lists at most this many items: a quarter of a busy matrix, and still a file a browser opens fast. */
export const MAX_PACK_ITEMS = 2000;
export const MAX_PACK_DAYS = 400;
export const MAX_COMMENT_CHARS = 2000;
export const MAX_REVIEWER_CHARS = 60;

export const ANSWERS_FORMAT = 'matrixdesk.review-answers';
export const ANSWERS_VERSION = 1;

/** One item's answer as the pack page writes it; `revision` is the item's revision when the pack was made. */
export const packAnswerSchema = z.strictObject({
  itemId: idSchema,
  revision: z.number().int().min(0),
  decision: reviewDecisionSchema,
  comment: z.string().max(MAX_COMMENT_CHARS),
});

/** The `.mdreview` file: versioned JSON, MAC over its canonical form without `mac`. */
export const answersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT),
  version: z.literal(ANSWERS_VERSION),
  packId: idSchema,
  workspaceId: idSchema,
  reviewer: z.string().trim().min(1).max(MAX_REVIEWER_CHARS),
  answeredAt: z.iso.datetime({ offset: true }),
  answers: z.array(packAnswerSchema).min(1).max(MAX_PACK_ITEMS),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

const civilDateSchema = z.string().refine(isCivilDate, 'Must be a date like 2025-08-01');

export const approvalSettingsSchema = z.object({ workspaceId: idSchema, mode: approvalModeSchema });

export const exportPackInputSchema = z.strictObject({
  workspaceId: idSchema,
  /** Inclusive civil dates in the workspace's time zone. */
  from: civilDateSchema,
  to: civilDateSchema,
  accountIds: z.array(idSchema).max(200).optional(),
  onlyPending: z.boolean().default(false),
  language: packLanguageSchema,
});
export type ExportPackInput = z.infer<typeof exportPackInputSchema>;

export const exportPackOutputSchema = z.object({
  packId: idSchema,
  fileName: z.string(),
  base64: z.string(),
  itemCount: z.number().int(),
});

/** base64 of 2 MB is about 2.8 million characters; anything longer is refused by the schema already. */
export const importAnswersInputSchema = z.strictObject({
  workspaceId: idSchema,
  base64: z
    .string()
    .max(Math.ceil((MAX_ANSWERS_BYTES * 4) / 3) + 64 * 1024, 'The answers file is larger than 2 MB'),
});

export const importOutcomes = ['approved', 'changes_requested', 'stale', 'missing'] as const;
export const importAnswersOutputSchema = z.object({
  packId: idSchema,
  reviewer: z.string(),
  answeredAt: z.string(),
  outcomes: z.array(
    z.object({
      itemId: idSchema,
      title: z.string(),
      decision: reviewDecisionSchema,
      outcome: z.enum(importOutcomes),
    }),
  ),
});
export type ImportAnswersOutput = z.infer<typeof importAnswersOutputSchema>;

export const approvalListInputSchema = z.strictObject({
  workspaceId: idSchema,
  states: z.array(approvalStateSchema).max(4).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const approvalRowSchema = z.object({
  itemId: idSchema,
  title: z.string(),
  accountId: idSchema,
  plannedAt: z.string(),
  status: z.string(),
  state: approvalStateSchema,
  reviewer: z.string().nullable(),
  decidedAt: z.string().nullable(),
  packId: z.string().nullable(),
  commentCount: z.number().int(),
  updatedAt: z.string(),
});
export type ApprovalRow = z.infer<typeof approvalRowSchema>;

export const approvalListOutputSchema = z.object({
  items: z.array(approvalRowSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

export const approvalStatesInputSchema = z.strictObject({
  workspaceId: idSchema,
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});
export const approvalStatesOutputSchema = z.object({
  mode: approvalModeSchema,
  items: z.array(z.object({ itemId: idSchema, state: approvalStateSchema })),
});

export const approvalEventKinds = ['packed', 'answer', 'stale', 'reply'] as const;
export const approvalEventSchema = z.object({
  id: idSchema,
  kind: z.enum(approvalEventKinds),
  actor: z.enum(['client', 'agency', 'system']),
  author: z.string(),
  fromState: approvalStateSchema.nullable(),
  toState: approvalStateSchema.nullable(),
  comment: z.string(),
  packId: z.string().nullable(),
  revision: z.number().int().nullable(),
  at: z.string(),
});
export type ApprovalEvent = z.infer<typeof approvalEventSchema>;

export const approvalItemOutputSchema = z.object({
  itemId: idSchema,
  title: z.string(),
  state: approvalStateSchema.nullable(),
  reviewer: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Oldest first: the comment thread is the events with a comment, the history is all of them. */
  events: z.array(approvalEventSchema),
});

export const approvalCommentInputSchema = z.strictObject({
  itemId: idSchema,
  body: z
    .string()
    .trim()
    .min(1, 'Required')
    .max(MAX_COMMENT_CHARS, `At most ${MAX_COMMENT_CHARS} characters`),
  author: z.string().trim().max(MAX_REVIEWER_CHARS).default(''),
});
