import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A generous ceiling, not a speed check: the shared CI and dev machines can be slow, and a
    // command test that runs the whole demo must not fail for it (speed lives in `npm run bench`).
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
