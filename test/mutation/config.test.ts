import { describe, expect, it } from 'vitest';
import main from '../../vitest.config';
import mutation from '../../vitest.mutation.config';

// A mutation run whose vitest setup differs from npm test's fails its initial test run (the lazy
// reasons' equality tester lives in test/setup.ts), so no concept can be measured at all.
describe('vitest.mutation.config.ts', () => {
  it('loads the same setup files as the config of npm test', () => {
    const setup = (c: { test?: { setupFiles?: string | string[] } }) => [c.test?.setupFiles ?? []].flat();
    expect(setup(mutation)).toEqual(setup(main));
    expect(setup(main)).toContain('test/setup.ts');
  });
});
