import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figuresFile, type Figure } from './figures';

/** Clears the figures file before the run and prints the reliability figures after it (CI reads them). */
export default function setup() {
  // One file per run: several worktrees' test runs on one machine must not clear each other's figures.
  process.env.MATRIXDESK_RELIABILITY_FIGURES ??= join(
    tmpdir(),
    `matrixdesk-reliability-${process.pid}.jsonl`,
  );
  const file = figuresFile();
  rmSync(file, { force: true });
  return () => {
    if (!existsSync(file)) return;
    const figures = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Figure);
    if (figures.length === 0) return;
    const cases = figures.reduce((n, f) => n + f.cases, 0);
    const failures = figures.reduce((n, f) => n + f.failures, 0);
    const lines = figures.map(
      (f) =>
        `  ${f.suite.padEnd(44)} ${String(f.cases).padStart(7)} cases  ${String(f.failures).padStart(3)} failures${f.seed === undefined ? '' : `  seed ${f.seed}`}${f.note ? `  (${f.note})` : ''}`,
    );
    console.log(
      [
        `\nReliability figures`,
        ...lines,
        `  ${'total'.padEnd(44)} ${String(cases).padStart(7)} cases  ${String(failures).padStart(3)} failures\n`,
      ].join('\n'),
    );
    rmSync(file, { force: true });
  };
}
