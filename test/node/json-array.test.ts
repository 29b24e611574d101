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
    const kind = (chunks: string[]) => all(chunks).then(() => 'read', (error: unknown) => (error instanceof JsonArraySyntaxError ? [error.kind, error.offset] : error));
    expect(await kind(['{"a":1}'])).toEqual(['not-array', 0]);
    expect(await kind(['[{"a":1},'])).toEqual(['not-closed', 9]);
    expect(await kind(['[1,,2]'])).toEqual(['missing-value', 3]);
    expect(await kind(['[1] x'])).toEqual(['after-end', 4]);
  });
});

describe('a JSON document that is not an array, as the command says it', () => {
  it('names each problem in each language from the node catalog, never the text', async () => {
    const { NODE_CATALOG } = await import('../../src/node/messages');
    const said = (problem: string) => [NODE_CATALOG.render('read/json-array', { problem, offset: 4 }, 'zh-CN'), NODE_CATALOG.render('read/json-array', { problem, offset: 4 }, 'en')];
    expect(said('not-array')).toEqual(['不是合法的 JSON 数组：文档不是 JSON 数组（第 4 个字符）', 'not a valid JSON array: the document is not a JSON array (at character 4)']);
    expect(said('missing-value')).toEqual(['不是合法的 JSON 数组：数组中缺少一个值（第 4 个字符）', 'not a valid JSON array: a value is missing in the array (at character 4)']);
    expect(said('after-end')).toEqual(['不是合法的 JSON 数组：数组结束后还有文字（第 4 个字符）', 'not a valid JSON array: unexpected text after the end of the array (at character 4)']);
    expect(said('not-closed')).toEqual(['不是合法的 JSON 数组：数组没有闭合（第 4 个字符）', 'not a valid JSON array: the JSON array is not closed (at character 4)']);
  });
});
