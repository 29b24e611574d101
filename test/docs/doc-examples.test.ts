import { describe, expect, it } from 'vitest';
import * as tuopin from '../../src/index';
import * as tuopinNode from '../../src/node/index';
import { docFixtures } from './fixtures';
import { collectSnippets, runSnippet } from './snippets';

const modules = { tuopin, 'tuopin/node': tuopinNode };
const snippets = collectSnippets();

describe('doc examples', () => {
  it('finds the examples of README.md, docs/ and the JSDoc of src/', () => {
    expect(snippets.some((s) => s.where.startsWith('README.md'))).toBe(true);
    expect(snippets.some((s) => s.where.startsWith('docs/'))).toBe(true);
    expect(snippets.some((s) => s.kind === 'jsdoc')).toBe(true);
  });

  // A Markdown block sees what it, an earlier block or a setup block of its page defines; an
  // @example sees every export of tuopin and tuopin/node, those of its own file (@internal
  // ones too) and the fixtures.
  for (const snippet of snippets) {
    it(`holds: ${snippet.where}`, async () => {
      const own = snippet.kind === 'jsdoc' ? ((await import(snippet.file)) as Record<string, unknown>) : {};
      const scope = snippet.kind === 'jsdoc' ? { ...tuopin, ...tuopinNode, ...own, ...docFixtures } : {};
      expect(await runSnippet(snippet, modules, scope)).toBeGreaterThan(0);
    });
  }
});
