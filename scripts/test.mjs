// `npm test`: every check CI relies on, in order, stopping at the first failure with its exit code.
import { join } from 'node:path';
import { root, run } from './lib.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit + integration', bin('vitest'), ['run']],
  ['build', bin('electron-vite'), ['build']],
  ['end-to-end', bin('playwright'), ['test']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const code = await run(command, args);
  if (code !== 0) {
    console.error(`\n${name} failed (exit ${code})`);
    process.exit(code);
  }
}
console.log('\nAll checks passed.');
