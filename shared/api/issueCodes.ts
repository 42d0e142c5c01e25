import type { ErrorParams } from './result';

/**
 * Field problems as codes the renderer translates (`errors` namespace, `field.*`), so neither zod's raw
 * text nor a schema's English message reaches a Chinese screen. The English stays for API users.
 *
 * Three sources, most specific first:
 * 1. a custom issue that carries `params.code` (and its params) — for messages with values in them;
 * 2. a schema message of `schemaMessages` — the fixed English sentences our schemas use, each with a code;
 * 3. zod's own issue kind and bounds (`too_small` of a string with minimum 1 → `field.required`, …).
 */

/** Fixed English messages used by schemas in shared/, keyed by their code under `field.`. */
export const schemaMessages = {
  required: 'Required',
  nonNegative: 'Must not be negative',
  noSpaces: 'Must not contain spaces',
  fileEmpty: 'The file is empty',
  chunkEmpty: 'The chunk is empty',
  fileTooLarge: 'The file is far larger than 1 MB',
  base64: 'Must be base64',
  belowMinimum: 'Must not be below the minimum',
  isoDate: 'Use a date like 2025-08-06',
  isoDateForm: 'Must be a valid date in YYYY-MM-DD form',
  realDate: 'Not a real calendar date',
  timeZone: 'Unknown time zone',
  interestTag: 'Unknown interest tag',
  contentCategory: 'Unknown content category',
  webAddress: 'Must be a web address starting with http:// or https://',
  years2000to2100: 'Must be between the years 2000 and 2100',
  fen: 'At most two decimals (fen)',
  percentMax: 'Must not be over 100%',
  commissionMax: 'Commission must not be over 100%',
  minuteMin: 'Must be at least 1 minute',
  selfBroadcastSales: 'Only sales accounts run 自播 self-broadcast',
  tagsNotEmpty: 'Tags must not be empty',
  tagLength: 'Tags have at most 30 characters',
  deliverablesMin: 'Add at least one deliverable',
  videoBand: 'Pick the video length (1–20 s, 21–60 s, 60 s+)',
  liveNoBand: 'A live session has no video length',
  liveNeedsDuration: 'A live session needs a duration in minutes',
  durationLiveOnly: 'Only live sessions have a duration; leave it empty for short videos and image posts',
  publishedUrlOnly: 'Only published items have a published URL',
  publishedAtOnly: 'Only published items have a published time',
  afterFrom: 'Must be after from',
  toBeforeFrom: 'to must not be before from',
  fileOrSession: 'Send the file (base64) or a sessionId',
  fileXorSession: 'Send either a file or a sessionId, not both',
  tagShare: 'Give the share for the tag (or null to reset it)',
  atLeastOneTag: 'Give at least one tag',
  accountOrWorkspace: 'Give an accountId or a workspaceId',
  instant: 'Must be a date-time with a UTC offset, e.g. 2025-08-06T20:00:00+08:00',
  wholeNumber: 'Must be a whole number',
  rangeBound:
    'Must be a date (2025-08-01, midnight in the workspace time zone) or a date-time with a UTC offset',
} as const;
export type SchemaMessageCode = keyof typeof schemaMessages;

const codeByMessage = new Map<string, SchemaMessageCode>(
  Object.entries(schemaMessages).map(([code, message]) => [message, code as SchemaMessageCode]),
);

/** The parts of a zod 4 issue this mapping reads (structural, so shared/ needs no zod internals). */
export interface ZodIssueLike {
  code: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  expected?: string;
  format?: string;
  keys?: string[];
  values?: unknown[];
  params?: Record<string, unknown>;
}

export interface CodedIssue {
  code: string;
  params?: ErrorParams;
}

const num = (v: number | bigint | undefined) => (typeof v === 'bigint' ? Number(v) : (v ?? 0));

function paramsOf(raw: Record<string, unknown>): ErrorParams {
  const out: ErrorParams = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) out[k] = v;
  }
  return out;
}

/** The translatable code of one zod issue (see the module comment for the order). */
export function codedIssue(issue: ZodIssueLike): CodedIssue {
  const custom = issue.params?.['code'];
  if (typeof custom === 'string') return { code: custom, params: paramsOf(issue.params ?? {}) };
  const known = codeByMessage.get(issue.message);
  if (known) return { code: `field.${known}` };
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint'
        ? { code: 'field.enterNumber' }
        : { code: 'field.required' };
    case 'too_small': {
      const minimum = num(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'field.required' } : { code: 'field.minLength', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'field.minItems', params: { minimum } };
      if (minimum === 0 && issue.inclusive !== false) return { code: 'field.nonNegative' };
      return { code: issue.inclusive === false ? 'field.above' : 'field.min', params: { minimum } };
    }
    case 'too_big': {
      const maximum = num(issue.maximum);
      if (issue.origin === 'string') return { code: 'field.maxLength', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'field.maxItems', params: { maximum } };
      return { code: issue.inclusive === false ? 'field.below' : 'field.max', params: { maximum } };
    }
    case 'invalid_format':
      return { code: 'field.format' };
    case 'invalid_value':
      return { code: 'field.choose' };
    case 'not_multiple_of':
      return { code: 'field.whole' };
    case 'unrecognized_keys':
      return { code: 'field.unknownKeys', params: { keys: (issue.keys ?? []).join(', ') } };
    default:
      return { code: 'field.invalid' };
  }
}
