import { defineConfig } from 'vitest/config';

// The browser test: Debian's Chromium opens the report of the sample county. Run once by
// `npm test` (not under each time zone: the page does not depend on the host's zone).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser-test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
