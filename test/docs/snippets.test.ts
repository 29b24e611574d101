import { describe, expect, it } from 'vitest';
import * as tuopin from '../../src/index';
import { ELLIPSIS, claims, expectedSource, jsdocExamples, markdownBlocks, mismatch, runSnippet, type Snippet } from './snippets';

const modules = { tuopin };
const md = (code: string, prelude: string[] = []): Snippet => ({ where: 'doc.md:1', kind: 'markdown', file: 'doc.md', code, line: 1, prelude });

describe('doc snippet harness', () => {
  it('takes ts blocks and ts setup blocks from Markdown, and @example sections from JSDoc', () => {
    const text = ['# t', '```ts setup', 'const a = 1;', '```', '```ts', 'a; //=> 1', '```', '```sh', 'x //=> y', '```'].join('\n');
    expect(markdownBlocks(text)).toEqual([
      { code: 'const a = 1;', line: 3, setup: true },
      { code: 'a; //=> 1', line: 6, setup: false },
    ]);
    const source = ['/**', ' * Doubles.', ' * @param x - a number', ' * @example', ' * double(2) //=> 4', ' */'].join('\n');
    expect(jsdocExamples(source)).toEqual([{ code: 'double(2) //=> 4', line: 5 }]);
  });

  it('reads a claim with its continuation lines and drops a trailing // note', () => {
    expect(claims("f(); //=> { a: 1,\n//     b: 2 }\n// not part of it").map((c) => c.expected)).toEqual([' { a: 1,\n     b: 2 }']);
    expect(expectedSource("-1 // already 1 April in Beijing")).toBe('-1');
    expect(expectedSource("{ a: 'x // y', … }")).toBe("{ a: 'x // y', __ELLIPSIS__ }");
  });

  it('compares whole values, with … for the rest of an object or an array and for a string prefix', () => {
    expect(mismatch({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toBeUndefined();
    expect(mismatch({ a: 1, b: 2 }, { a: 1 })).toMatch(/unexpected keys b/);
    expect(mismatch({ a: 1, b: 2 }, { a: 1, __ELLIPSIS__: ELLIPSIS })).toBeUndefined();
    expect(mismatch([1, 2, 3], [1, ELLIPSIS])).toBeUndefined();
    expect(mismatch([2, 2, 3], [1, ELLIPSIS])).toMatch(/\$\[0\]/);
    expect(mismatch([1, 2], [1])).toMatch(/1 elements, got 2/);
    expect(mismatch('人均约 4333.34 元', '人均约…')).toBeUndefined();
    expect(mismatch(4333.34, 4333.33)).toMatch(/expected 4333\.33, got 4333\.34/);
    expect(mismatch(undefined, ELLIPSIS)).toBeUndefined();
  });

  it('passes a true claim, on an expression, a const and a console.log', async () => {
    const code = "import { fenToYuan } from 'tuopin';\nfenToYuan(423002); //=> 4230.02\nconst y = fenToYuan(1);\n//=> 0.01\nconsole.log(y * 2); //=> 0.02";
    await expect(runSnippet(md(code), modules, {})).resolves.toBe(3);
  });

  it('checks a claim inside a loop body against that body’s statement, with for await', async () => {
    const code = "async function* two() { yield 1; yield 2; }\nconst seen = [1];\nfor await (const n of two()) {\n  console.log(n * 0); //=> 0\n}\nseen; //=> [1]";
    await expect(runSnippet(md(code), modules, {})).resolves.toBe(2);
  });

  it('fails a false claim, naming the file, the line and both values', async () => {
    const code = "import { fenToYuan } from 'tuopin';\n\nfenToYuan(423002); //=> 4230.2";
    await expect(runSnippet(md(code), modules, {})).rejects.toThrow(/doc\.md:1, claim on line 3: \$: expected 4230\.2, got 4230\.02/);
  });

  it('fails a claim that is never reached', async () => {
    const code = "const r = { ok: true };\nif (!r.ok) console.log(r); //=> 1";
    await expect(runSnippet(md(code), modules, {})).rejects.toThrow(/never reached/);
  });

  it('fails a block that uses a name it did not import (the docs/cli.md defaultPolicy slip)', async () => {
    const code = "import { povertyLineFor } from 'tuopin';\npovertyLineFor(2019, defaultPolicy); //=> 3218";
    await expect(runSnippet(md(code), modules, {})).rejects.toThrow(/defaultPolicy is not defined/);
  });

  it('runs a block after its page’s setup blocks and earlier imports', async () => {
    const code = 'povertyLineFor(year); //=> 3218';
    await expect(runSnippet(md(code, ["import { povertyLineFor } from 'tuopin';", 'const year = 2019;']), modules, {})).resolves.toBe(1);
  });
});
