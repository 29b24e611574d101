// StrykerJS configuration; run it through `npm run mutation [-- concept …]` (scripts/mutation/run.mjs),
// which sets TUOPIN_MUTATION_CONCEPT to one concept (a folder under src/) per run.
// Figures and how to read them: docs/testing.md.
const concept = process.env.TUOPIN_MUTATION_CONCEPT;
if (!concept || !/^[a-z-]+$/.test(concept)) {
  throw new Error('stryker.config.mjs: run it through `npm run mutation -- <concept>`');
}
// Optional: a comma-separated list of globs within the concept (`npm run mutation -- household
// --files=check-*.ts,net-income.ts`), for a part of a large concept; its reports then go to a
// folder of their own, so the whole concept's incremental file is left as it was.
const files = process.env.TUOPIN_MUTATION_FILES;
const mutate = files ? files.split(',').map((f) => `src/${concept}/${f}`) : [`src/${concept}/**/*.ts`];
const out = files ? `reports/mutation/${concept}/part-${files.replace(/[^a-z0-9]+/gi, '_')}` : `reports/mutation/${concept}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate,
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
  // TUOPIN_MUTATION_IGNORE_STATIC=1: leave out the static mutants (values computed when a module
  // loads), each of which runs the whole suite — a quick look on a loaded machine, not a figure
  // for docs/testing.md unless the table says so.
  ignoreStatic: process.env.TUOPIN_MUTATION_IGNORE_STATIC === '1',
  tempDirName: `.stryker-tmp/${concept}${files ? '-part' : ''}`,
  cleanTempDir: true,
};
