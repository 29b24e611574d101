// The vitest configuration of mutation runs (`npm run mutation`), not of `npm test`.
// - the unit tests of the pure core only: the command-line tests under test/node spawn the built
//   CLI, which Stryker does not instrument, so they only cost time;
// - no type tests (they check types, not behaviour, and Stryker's mutants are not type-checked);
// - the load-failure reporter, so that a mutant that stops a module from loading is killed
//   (see scripts/mutation/load-failure-reporter.ts and docs/testing.md).
import { defineConfig } from 'vitest/config';
import LoadFailureReporter from './scripts/mutation/load-failure-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/node/**', '**/node_modules/**'],
    typecheck: { enabled: false },
    // The equality tester for lazily rendered reasons, as in vitest.config.ts.
    setupFiles: ['test/setup.ts'],
    reporters: ['default', new LoadFailureReporter()],
  },
});
