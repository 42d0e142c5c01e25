import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Figures of the reliability suite (cases run, failures, seeds), written by each test file (vitest runs
 * them in separate processes) and printed together at the end of the run by globalSetup's teardown.
 */
export interface Figure {
  suite: string;
  cases: number;
  failures: number;
  seed?: number;
  note?: string;
}

export const figuresFile = () =>
  process.env.MATRIXDESK_RELIABILITY_FIGURES ?? join(tmpdir(), 'matrixdesk-reliability-figures.jsonl');

export function recordFigure(figure: Figure): void {
  appendFileSync(figuresFile(), `${JSON.stringify(figure)}\n`);
}

/** How many times the CI case counts `npm run fuzz` runs (MATRIXDESK_FUZZ_SCALE=10). */
export const fuzzScale = () => Math.max(1, Number(process.env.MATRIXDESK_FUZZ_SCALE ?? 1) || 1);

/** The seed of this run: printed so a failure can be replayed with MATRIXDESK_FUZZ_SEED. */
export function fuzzSeed(): number {
  const fixed = Number(process.env.MATRIXDESK_FUZZ_SEED);
  return Number.isInteger(fixed) ? fixed : Math.floor(Math.random() * 2 ** 31);
}
