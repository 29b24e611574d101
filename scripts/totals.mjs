// Sums the vitest JSON reports of `npm test` (and the consumer type test's, in the same shape) and prints "N passed, N failed" alone on a line.
// A missing or unreadable report counts as one failure: a run that crashed must not look green.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.vitest';
const expected = ['UTC.json', 'Asia_Shanghai.json', 'America_Los_Angeles.json', 'browser.json', 'consumer.json'];
let passed = 0;
let failed = 0;
const present = new Set(readdirSync(dir));
for (const name of expected) {
  if (!present.has(name)) {
    console.error(`no vitest report ${name}: counted as a failure`);
    failed += 1;
    continue;
  }
  try {
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A test file that fails to load fails no test but fails its suite: count it once.
    if (report.success === false && report.numFailedTests === 0) {
      console.error(`vitest report ${name}: a test file failed outside any test: counted as a failure`);
      failed += Math.max(1, report.numFailedTestSuites ?? 0);
    }
    if (report.numTotalTests === 0) {
      console.error(`vitest report ${name} ran no test: counted as a failure`);
      failed += 1;
    }
  } catch (error) {
    console.error(`unreadable vitest report ${name}: ${error.message}`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
