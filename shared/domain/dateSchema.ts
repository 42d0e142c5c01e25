import { z } from 'zod';
import { isIsoDate } from './dates';

/** A calendar date `YYYY-MM-DD` (no time, no zone): due dates, expiry dates. Must exist (no Feb 30). */
export const calendarDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-08-06')
  .refine(isIsoDate, 'Not a real calendar date');
