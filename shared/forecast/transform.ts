import type { ForecastKind } from './schema';

/**
 * Counts and amounts move multiplicatively (a live room that doubles is as likely as one that halves),
 * so they are modelled on log1p: errors become ratios, and back-transformed forecasts cannot go
 * negative. log1p rather than log keeps zeros (a day without a live session) usable. Rates are often
 * near zero and bounded, where a log would exaggerate tiny moves, so they stay on their own scale.
 */
export type ModelScale = 'log1p' | 'identity';

export function modelScaleFor(kind: ForecastKind): ModelScale {
  switch (kind) {
    case 'count':
    case 'amount':
      return 'log1p';
    case 'rate':
      return 'identity';
    default:
      return assertNever(kind);
  }
}

// Largest log1p value whose expm1 is still finite; keeps a wide band on huge amounts from overflowing.
const MAX_LOG = Math.log(Number.MAX_VALUE) - 1e-9;

export function toModelScale(value: number, scale: ModelScale): number {
  return scale === 'log1p' ? Math.log1p(value) : value;
}

/** Back to the user's units, clamped to [0, MAX_VALUE]: inputs are never negative, nor are forecasts. */
export function fromModelScale(value: number, scale: ModelScale): number {
  const raw = scale === 'log1p' ? Math.expm1(Math.min(value, MAX_LOG)) : value;
  if (Number.isNaN(raw)) return 0;
  return Math.min(Math.max(raw, 0), Number.MAX_VALUE);
}

function assertNever(value: never): never {
  throw new Error(`Unexpected kind: ${String(value)}`);
}
