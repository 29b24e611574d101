import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/node/csv';

async function all(chunks: string[]) {
  const rows = [];
  for await (const row of parseCsv(chunks)) rows.push(row);
  return rows;
}

describe('parseCsv', () => {
  it('parses quoted fields, doubled quotes, commas and line breaks inside quotes', async () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\n';
    expect(await all([text])).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', 'x, y', 'say "hi"'] },
      { row: 3, cells: ['2', 'two\nlines', ''] },
    ]);
  });

  it('gives the same rows whatever the chunk boundaries', async () => {
    const text = '\ufeff户编号,姓名\r\nH1,"张""三"""\r\nH2,"李\r\n四"\r\nH3,王五';
    const whole = await all([text]);
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(await all(chunks)).toEqual(whole);
    }
    expect(whole[0]).toEqual({ row: 1, cells: ['户编号', '姓名'] });
    expect(whole[1]).toEqual({ row: 2, cells: ['H1', '张"三"'] });
    expect(whole[3]).toEqual({ row: 5, cells: ['H3', '王五'] });
  });

  it('throws a syntax error naming the row of an unterminated quote', async () => {
    await expect(all(['a,b\n1,"open\n'])).rejects.toThrow(CsvSyntaxError);
    await expect(all(['a,b\n1,"open\n'])).rejects.toMatchObject({ row: 2 });
  });

  it('names each kind of quote fault: never closed, text after a closing quote, a quote inside a field', async () => {
    // With or without a final line break, and with a line break inside the open quote.
    for (const text of ['a,b\n1,"open\n', 'a,b\n1,"open', 'a,b\n1,"open\nmore\n']) {
      await expect(all([text]), JSON.stringify(text)).rejects.toMatchObject({ row: 2, kind: 'unterminated' });
    }
    await expect(all(['a,b\n1,ok\n2,"x"y\n'])).rejects.toMatchObject({ row: 3, kind: 'after-closing' });
    await expect(all(['a,b\n1,ok\n2,x"y\n'])).rejects.toMatchObject({ row: 3, kind: 'inside' });
    // A misplaced quote further up that leaves a quote open to the end: the earlier fault is named.
    await expect(all(['a,b\n1,"x"y\n2,"open\n'])).rejects.toMatchObject({ row: 2, kind: 'after-closing' });
  });
});
