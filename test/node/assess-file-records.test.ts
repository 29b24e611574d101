import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { assessHousehold, defaultPolicy, definePolicy, InvalidDateError, type Household } from '../../src/index';
import { assessFile, assessFileRecords, type FileRecordResult } from '../../src/node/index';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function all(file: string, options: Parameters<typeof assessFileRecords>[1]): Promise<FileRecordResult[]> {
  const out: FileRecordResult[] = [];
  for await (const r of assessFileRecords(file, options)) out.push(r);
  return out;
}

describe('assessFileRecords', () => {
  it('yields every record of a file in input order, assessed or rejected, one result per record', async () => {
    const results = await all(fixture('households.csv'), { asOf: '2020-12-31' });
    const report = await assessFile(fixture('households.csv'), { asOf: '2020-12-31', policy: defaultPolicy });
    expect(results.map((r) => r.index)).toEqual(results.map((_, i) => i));
    expect(results).toHaveLength(report.input.records);
    expect(results.filter((r) => r.ok)).toHaveLength(report.input.assessed);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? undefined : r.rejection))).toEqual(report.rejections);
  });

  it('gives each household the verdict assessHousehold gives it', async () => {
    for (const r of await all(fixture('households.ndjson'), { asOf: '2020-12-31' })) {
      if (r.ok) expect(r.assessment).toEqual(assessHousehold(r.household, { asOf: '2020-12-31' }));
    }
  });

  it('rejects a malformed line with its row and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-afr-'));
    const file = join(dir, 'h.ndjson');
    writeFileSync(file, '{"id": "H-1"}\n{not json\n');
    const results = await all(file, { asOf: '2020-12-31' });
    expect(results.map((r) => [r.index, r.row, r.ok])).toEqual([[0, 1, false], [1, 2, false]]);
    expect(results[1]!.ok ? [] : results[1]!.rejection.issues.map((i) => i.code)).toEqual(['input/malformed-json']);
  });

  it('streams: results come before the end of the file is read', async () => {
    // A JSON array cut off at its end: only a reader that has reached the end can see that.
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-afr-'));
    const file = join(dir, 'h.json');
    writeFileSync(file, `[${Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: `H-${i}` })).join(',')},{"id":`);
    const iterator = assessFileRecords(file, { asOf: '2020-12-31' });
    const first = await iterator.next();
    expect(first.done === false && first.value.index).toBe(0);
    await iterator.return(undefined);
    await expect(all(file, { asOf: '2020-12-31' })).rejects.toThrow(/h\.json/);
  });

  it('takes asOf as a Date or a string, in China’s calendar, and a policy like assessFile', async () => {
    const policy = definePolicy({ povertyLines: [{ year: 2020, yuan: 100000 }] });
    const byDate = await all(fixture('households.csv'), { asOf: new Date('2020-12-31T04:00:00Z') });
    const byString = await all(fixture('households.csv'), { asOf: '2020-12-31' });
    expect(byDate).toEqual(byString);
    const strict = await all(fixture('households.csv'), { asOf: '2020-12-31', policy });
    for (const r of strict) if (r.ok && r.household.income?.year === 2020) expect(r.assessment.checks.income.status).toBe('unmet');
    await expect(all(fixture('households.csv'), { asOf: 'not a date' })).rejects.toThrow(InvalidDateError);
  });

  it('names its results with exported types', () => {
    expectTypeOf<Extract<FileRecordResult, { ok: true }>['household']>().toEqualTypeOf<Household>();
  });
});

describe('assessFile', () => {
  it('takes asOf as a Date and defaults its policy to defaultPolicy', async () => {
    const byDate = await assessFile(fixture('households.csv'), { asOf: new Date('2020-12-31T04:00:00Z') });
    const explicit = await assessFile(fixture('households.csv'), { asOf: '2020-12-31', policy: defaultPolicy });
    expect(byDate).toEqual(explicit);
    expect(byDate.asOf).toBe('2020-12-31');
  });
});
