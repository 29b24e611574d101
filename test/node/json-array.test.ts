import { describe, expect, it } from 'vitest';
import { JsonArraySyntaxError, splitJsonArray } from '../../src/node/json-array';

async function all(chunks: string[]) {
  const out: unknown[] = [];
  for await (const text of splitJsonArray((async function* () { yield* chunks; })())) out.push(JSON.parse(text as string));
  return out;
}

describe('splitJsonArray', () => {
  it('splits elements whatever the chunk boundaries, strings with brackets and escapes included', async () => {
    const doc = ' [ {"a":"x]},\\"y","b":[1,2,{"c":null}]}, 3 , "s", [] ]\n';
    const expected = [{ a: 'x]},"y', b: [1, 2, { c: null }] }, 3, 's', []];
    for (let size = 1; size <= doc.length; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < doc.length; i += size) chunks.push(doc.slice(i, i + size));
      expect(await all(chunks)).toEqual(expected);
    }
  });

  it('reads an empty array', async () => {
    expect(await all(['[ ]'])).toEqual([]);
  });

  it('refuses a document that is not an array, or is cut short', async () => {
    await expect(all(['{"a":1}'])).rejects.toThrow(JsonArraySyntaxError);
    await expect(all(['[{"a":1},'])).rejects.toThrow(/not closed/);
    await expect(all(['[1,,2]'])).rejects.toThrow(/missing/);
    await expect(all(['[1] x'])).rejects.toThrow(/after the end/);
  });
});
