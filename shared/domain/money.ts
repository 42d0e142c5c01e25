import { z } from 'zod';

/** Money crosses the API as yuan with at most two decimals and is stored as integer fen. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}
export function fenToYuan(fen: number): number {
  return fen / 100;
}

const hasAtMostTwoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

export const MAX_YUAN = 1e11;

export const yuanSchema = z
  .number()
  .finite()
  .min(0, 'Must not be negative')
  .max(MAX_YUAN)
  .refine(hasAtMostTwoDecimals, 'At most two decimals (fen)');
