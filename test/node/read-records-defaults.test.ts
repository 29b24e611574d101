import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_COLUMNS } from '../../src/node/columns';
import { readRecords, type SourceItem } from '../../src/node/read-records';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function all(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('readRecords without options', () => {
  it('reads a register CSV with the household columns, as its type says, instead of throwing on `spec`', async () => {
    const plain = await all(readRecords(fixture('households.csv')));
    expect(plain).toEqual(await all(readRecords(fixture('households.csv'), { columns: HOUSEHOLD_COLUMNS })));
    expect(plain).toHaveLength(5);
  });

  it('reads a register .xlsx with the household columns too', async () => {
    const plain = await all(readRecords(fixture('households.xlsx')));
    expect(plain.map((i) => i.record)).toEqual((await all(readRecords(fixture('households.csv')))).map((i) => i.record));
  });

  it('with { groupMembers: false } yields one one-member household per row, never `record: {}`', async () => {
    const rows = await all(readRecords(fixture('households.csv'), { groupMembers: false }));
    const grouped = await all(readRecords(fixture('households.csv')));
    expect(rows).toHaveLength(grouped.reduce((n, i) => n + ((i.record as { members: unknown[] }).members.length), 0));
    for (const item of rows) {
      expect(item.record).not.toEqual({});
      expect((item.record as { members: unknown[] }).members).toHaveLength(1);
    }
    // The first row is the first household's head: the same household fields, its first member.
    const first = grouped[0]!.record as { id: string; members: unknown[] };
    expect(rows[0]!.record).toEqual({ ...first, members: [first.members[0]] });
  });
});
