import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHouseholds } from '../../src/household/assess-households';
import { InputError } from '../../src/node/input-error';
import { readRecords, type SourceItem } from '../../src/node/read-records';

// Property tests: no input makes a reader or the assessment throw anything but an InputError
// (exit 2), and no record is lost. Modest numRuns: this is a correctness net, not a soak test.
const dir = mkdtempSync(join(tmpdir(), 'tuopin-fuzz-'));
let n = 0;
const temp = (ext: string, data: string | Uint8Array) => {
  const path = join(dir, `f${n++}${ext}`);
  writeFileSync(path, data);
  return path;
};

async function readAll(path: string): Promise<SourceItem[] | InputError> {
  const items: SourceItem[] = [];
  try {
    // SheetJS can loop for long on a damaged .xls: the reader gives up after the time limit.
    for await (const item of readRecords(path, { timeLimitSeconds: 5 })) items.push(item);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  return items;
}

/** Values a hostile JSON producer or caller could hand over, poisoned objects included. */
const hostile = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.constant({ length: { toString: 1 } }),
  fc.constant({ id: { toString: 1 }, villageCode: '529901101201', status: 'poor', members: [] }),
  fc.record({ id: fc.string(), villageCode: fc.string(), status: fc.constantFrom('poor', 'exited', 'x'), members: fc.array(fc.anything(), { maxLength: 3 }) }),
);

describe('assessHouseholds under fuzzing', () => {
  it('never throws and yields one result per record, whatever the records', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 8 }), (records) => {
        const results = [...assessHouseholds(records, { asOf: '2020-03-31' })];
        expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
      }),
      { numRuns: 200 },
    );
  });
});

const cellText = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r\n', ' ', '张', '\t', '=', 'X'), maxLength: 8 });

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

describe('readers under fuzzing', () => {
  it('CSV: every non-blank data row ends up in a record, or the file is refused with an InputError', async () => {
    const header = 'householdId,villageCode,status,idNumber,name,relation';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellText, { minLength: 1, maxLength: 7 }), { maxLength: 12 }), async (rows) => {
        let line = 2;
        const expected: number[] = [];
        const body = rows.map((cells) => {
          if (cells.some((c) => c.trim() !== '')) expected.push(line);
          const text = cells.map(csvField).join(',');
          line += (text.match(/\n/g) ?? []).length + 1;
          return text;
        });
        const result = await readAll(temp('.csv', [header, ...body].join('\n')));
        if (result instanceof InputError) return;
        const covered = new Set(result.flatMap((item) => item.memberRows ?? [item.row]));
        for (const row of expected) expect(covered.has(row)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('NDJSON: one record per non-blank line, whatever the lines', async () => {
    const lineArb = fc.oneof(fc.json(), fc.string({ unit: fc.constantFrom('{', '}', '[', '"', 'a', ':', ',', ' ', '\u0000', '张') }));
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb.map((l) => l.replace(/[\r\n]/g, ' ')), { minLength: 1, maxLength: 10 }), async (lines) => {
        const result = await readAll(temp('.ndjson', lines.join('\n')));
        const nonBlank = lines.filter((l) => l.trim() !== '').length;
        if (result instanceof InputError) {
          expect(nonBlank === 0 || lines.join('\n').length === 0).toBe(true);
          return;
        }
        expect(result.length).toBe(nonBlank);
        const assessed = [...assessHouseholds(result.map((i) => i.record), { asOf: '2020-03-31' })];
        expect(assessed).toHaveLength(nonBlank);
      }),
      { numRuns: 60 },
    );
  });

  for (const [name, runs] of [
    ['register.xlsx', 25],
    ['register.xls', 5],
    ['register.ods', 5],
  ] as const) {
    it(`${name}: damaged bytes give records or an InputError, never another error or a hang`, { timeout: 120_000 }, async () => {
      const original = readFileSync(join(__dirname, '..', 'fixtures', 'real-world', name));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }), async (flips) => {
          const bytes = new Uint8Array(original);
          for (const [at, xor] of flips) bytes[at] = (bytes[at] as number) ^ xor;
          const result = await readAll(temp(name.slice(name.lastIndexOf('.')), bytes));
          if (!(result instanceof InputError)) expect(Array.isArray(result)).toBe(true);
        }),
        { numRuns: runs },
      );
    });
  }
});
