// StrykerJS configuration; run it through `npm run mutation [-- concept …]` (scripts/mutation/run.mjs),
// which sets TUOPIN_MUTATION_CONCEPT to one concept (a folder under src/) per run.
// Figures and how to read them: docs/testing.md.
const concept = process.env.TUOPIN_MUTATION_CONCEPT;
if (!concept || !/^[a-z-]+$/.test(concept)) {
  throw new Error('stryker.config.mjs: run it through `npm run mutation -- <concept>`');
}
const out = `reports/mutation/${concept}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [`src/${concept}/**/*.ts`],
  // The machine is small and shared: one or two test runners, never more.
  concurrency: Number(process.env.TUOPIN_MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `${out}/mutation.json` },
  htmlReporter: { fileName: `${out}/mutation.html` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: `.stryker-tmp/${concept}`,
  cleanTempDir: true,
};
