import { z } from 'zod';
import { parseErrorCodes, type ParseErrorParams } from '../parsing/result';

/**
 * Codes of the problems an import preview reports per row or cell. Every row error keeps its English
 * `message`; `code` and `params` let the renderer show it in the UI language (`importErrors` namespace,
 * keys = codes). Value parsers' codes come from `shared/parsing`; these are the importers' own checks.
 */
export const importRowErrorCodes = [
  'row.required',
  'row.unknownAccount',
  'row.ambiguousAccount',
  'row.archivedAccount',
  'row.formatRequired',
  'row.unknownFormat',
  'row.objectiveRequired',
  'row.unknownObjective',
  'row.unknownStatus',
  'row.durationInvalid',
  'row.durationWhole',
  'row.durationRange',
  'row.durationNotLive',
  'row.durationRequired',
  'row.unknownProducts',
  'row.urlNotPublished',
  'row.publishedAtNotPublished',
  'row.duplicateItem',
  'row.sameItem',
  'row.publishedReschedule',
  'row.archivedItem',
  'row.liveOverlapRow',
  'row.liveOverlapItem',
  'row.unknownPlatform',
  'row.unknownCategories',
  'row.duplicateHandle',
  'row.contentOtherAccount',
  'row.unknownContent',
  'row.noMetrics',
  'row.duplicatePeriod',
  'row.unknownDimension',
  'row.unknownInterest',
  'row.unknownGender',
  'row.unknownAge',
  'row.regionEmpty',
  'row.liveBrandAccount',
  'row.unknownRoom',
  'row.liveEndBeforeStart',
  'row.liveFunnelImpossible',
  'row.liveSessionOverlap',
  'row.liveSessionOverlapRow',
  'row.timeTwice',
  'row.durationTwice',
  'value.invalid',
  'value.empty',
  'value.tooLong',
  'value.tooShort',
  'value.tooMany',
  'value.tooLarge',
  'value.tooSmall',
  'value.negative',
  'value.whole',
  'value.url',
  'value.noSpaces',
  'value.yearRange',
] as const;
export type ImportRowErrorCode = (typeof importRowErrorCodes)[number];

/**
 * What a preview says about the file as a whole without refusing anything: a year it assumed for dates
 * written without one, rows planned at 00:00 because no column gives their time.
 */
export const importNoteCodes = ['note.yearAssumed', 'note.yearAssumedToday', 'note.dateOnly'] as const;

/** Every code an import row error or preview note may carry (one `importErrors` namespace). */
export const importErrorCodes = [...parseErrorCodes, ...importRowErrorCodes, ...importNoteCodes] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

/** Optional on the wire: callers and stored previews without them still validate. */
export const importErrorCodeFields = {
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
};

export interface CodedMessage {
  message: string;
  code?: ImportErrorCode;
  params?: ParseErrorParams;
}

/** A message with its code, leaving `params` out when there are none (keeps objects comparable). */
export function coded(message: string, code: ImportErrorCode, params?: ParseErrorParams): CodedMessage {
  return params === undefined ? { message, code } : { message, code, params };
}

/**
 * The code of a zod issue from a field schema (too long, too many, negative, …). `Required` messages become
 * `row.required`; refinements the schema names itself fall back to `fallback` (default `value.invalid`).
 */
export function zodIssueCoded(
  issue: z.core.$ZodIssue,
  fallback: ImportRowErrorCode = 'value.invalid',
): CodedMessage {
  const { message } = issue;
  if (message === 'Required') return coded(message, 'row.required');
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return coded(message, 'value.tooLong', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return coded(message, 'value.tooMany', { max });
      return coded(message, 'value.tooLarge', { max });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array') {
        return min <= 1 ? coded(message, 'value.empty') : coded(message, 'value.tooShort', { min });
      }
      return min === 0 ? coded(message, 'value.negative') : coded(message, 'value.tooSmall', { min });
    }
    case 'invalid_format':
      if (issue.format === 'url') return coded(message, 'value.url');
      if (issue.format === 'regex' && String(issue.pattern) === String(/^\S+$/)) {
        return coded(message, 'value.noSpaces');
      }
      return coded(message, fallback);
    case 'invalid_type':
      return issue.expected === 'int' ? coded(message, 'value.whole') : coded(message, fallback);
    default:
      return coded(message, fallback);
  }
}
