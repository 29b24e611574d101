import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The published manifest, read as npm and TypeScript read it.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  repository?: { url?: string };
  homepage?: string;
  bugs?: { url?: string };
  files: string[];
  types: string;
  typesVersions?: Record<string, Record<string, string[]>>;
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
};

describe('package.json', () => {
  it('names the repository, the home page and where to report bugs', () => {
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\/.+\/issues$/);
  });

  it('ships docs/ so the README links work on the registry page', () => {
    expect(pkg.files).toContain('docs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) {
      expect(existsSync(new URL(`../../${target}`, import.meta.url)), target).toBe(true);
    }
  });

  it('resolves tuopin/node under node10 resolution through typesVersions, to the CommonJS declarations', () => {
    // node10 ignores "exports": without typesVersions `tuopin/node` has no types there.
    expect(pkg.typesVersions).toEqual({ '*': { node: ['./dist/node.d.cts'] } });
    const nodeExport = pkg.exports['./node'] as { require: { types: string } };
    expect(pkg.typesVersions?.['*']?.node?.[0]).toBe(nodeExport.require.types);
    expect(pkg.types).toBe((pkg.exports['.'] as { require: { types: string } }).require.types);
  });

  it('runs attw in check:package with no profile that hides a resolution', () => {
    expect(pkg.scripts['check:package']).toContain('attw --pack .');
    expect(pkg.scripts['check:package']).not.toMatch(/--profile|--ignore-rules|--exclude-entrypoints/);
  });
});
