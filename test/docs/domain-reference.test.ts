import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

// CHANGELOG.md is left out: it tells the history, including this move.
const shipped = [
  join(root, 'README.md'),
  ...filesUnder(join(root, 'docs'), /\.md$/),
  ...filesUnder(join(root, 'src'), /\.ts$/),
  ...filesUnder(join(root, 'examples'), /\.ts$/),
];

describe('docs/domain.md', () => {
  it('exists and gives the sources and confidence of the default figures', () => {
    const text = readFileSync(join(root, 'docs', 'domain.md'), 'utf8');
    expect(text).toMatch(/可信度/);
    expect(text).toMatch(/unconfirmed/);
    for (const figure of ['2,536', '3,218', '4,000', '35 L', '500 亩']) expect(text).toContain(figure);
  });

  it('is what the docs and the code cite: nothing points at a DOMAIN.md outside the package', () => {
    const offenders = shipped
      .filter((file) => /\.\.\/shared\/|\bDOMAIN\.md\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
