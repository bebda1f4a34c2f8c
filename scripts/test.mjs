// npm test: runs vitest (extra arguments pass through), then prints the summary line
// "N passed, M failed" as the very last line, and exits with vitest's code.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const report = 'test-artifacts/vitest.json';
rmSync(report, { force: true });
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch (e) {
  console.log(`0 passed, 1 failed (no test report at ${report}: ${e.message})`);
}
process.exit(run.status ?? 1);
