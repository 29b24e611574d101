import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  assessHouseholds,
  defaultPolicy,
  InvalidDateError,
  TuopinError,
  type BatchResult,
  type Policy,
} from '../../src/index';
import { HEAD_ID, household } from './fixtures';

const options = { asOf: '2020-12-31' };
const valid = household();
const invalid = [
  { ...valid, villageCode: '5226' },
  { ...valid, members: [] },
  'not a household',
  null,
  { ...valid, income: { year: 2020, wage: 100.123 } },
];
const mixed: unknown[] = [valid, invalid[0], household({ id: 'H-0002', foodSecure: false }), invalid[1], invalid[2], invalid[3], invalid[4], valid];

async function* stream(records: readonly unknown[]): AsyncGenerator<unknown> {
  for (const record of records) {
    await Promise.resolve();
    yield record;
  }
}

function summary(results: readonly BatchResult[]): [number, boolean][] {
  return results.map((r) => [r.index, r.ok]);
}

describe('assessHouseholds', () => {
  it('yields one result per input record, in order, from an iterable', () => {
    const results = [...assessHouseholds(mixed, options)];
    expect(summary(results)).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, true],
    ]);
    const assessed = results.filter((r) => r.ok).length;
    const rejected = results.filter((r) => !r.ok).length;
    expect(assessed + rejected).toBe(mixed.length);
  });

  it('yields the same from an async iterable', async () => {
    const results: BatchResult[] = [];
    for await (const result of assessHouseholds(stream(mixed), options)) results.push(result);
    expect(summary(results)).toEqual(summary([...assessHouseholds(mixed, options)]));
    const assessed = results.filter((r) => r.ok).length;
    const rejected = results.filter((r) => !r.ok).length;
    expect([assessed, rejected]).toEqual([3, 5]);
    expect(assessed + rejected).toBe(mixed.length);
  });

  it('never drops a record, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(valid), fc.constantFrom(...invalid), fc.anything()), { maxLength: 20 }), (records) => {
        const results = [...assessHouseholds(records, options)];
        expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
        for (const result of results) if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives the validated household and the same assessment as assessHousehold', () => {
    const [first] = [...assessHouseholds([valid], options)];
    expect(first).toEqual({ index: 0, ok: true, household: valid, assessment: assessHousehold(valid, options) });
  });

  it('rejects with every validation issue, its path and both messages, without personal data', () => {
    const bad = { ...valid, villageCode: '5226', members: [{ ...valid.members[0], birthDate: '1980-01-02' }] };
    const [result] = [...assessHouseholds([bad], options)];
    expect(result?.ok).toBe(false);
    if (result === undefined || result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['villageCode'], 'division/level'],
      [['members', 0, 'birthDate'], 'member/birth-date-mismatch'],
    ]);
    for (const issue of result.issues) {
      expect(issue.message['zh-CN'].length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    const text = JSON.stringify(result);
    expect(text).not.toContain(HEAD_ID);
    expect(text).not.toContain('张三丰');
  });

  it('turns an assessment that throws into a rejection with the code assessment/failed', () => {
    // A policy built by hand, bypassing definePolicy: its 2020 line is not an amount in yuan.
    const broken: Policy = {
      ...defaultPolicy,
      povertyLines: defaultPolicy.povertyLines.map((l) => (l.year === 2020 ? { ...l, yuan: 4000.001 } : l)),
    };
    const results = [...assessHouseholds([valid, household({ income: { year: 2019, wage: 20000 } })], { ...options, policy: broken })];
    expect(results).toEqual([
      {
        index: 0,
        ok: false,
        issues: [
          {
            path: [],
            code: 'assessment/failed',
            evidence: { error: 'amount/invalid' },
            message: {
              'zh-CN': '记录通过了校验，但评估失败（amount/invalid）',
              en: 'the record passed validation but could not be assessed (amount/invalid)',
            },
          },
        ],
      },
      expect.objectContaining({ index: 1, ok: true }),
    ]);
  });

  it('reads records lazily, one at a time', () => {
    let read = 0;
    function* source(): Generator<unknown> {
      for (let i = 0; i < 3; i++) {
        read++;
        yield valid;
      }
    }
    const results = assessHouseholds(source(), options);
    expect(read).toBe(0);
    results.next();
    expect(read).toBe(1);
  });

  it('throws at the call for an invalid asOf or input that is not iterable', () => {
    expect(() => assessHouseholds([valid], { asOf: 'yesterday' })).toThrow(InvalidDateError);
    expect(() => assessHouseholds(42 as unknown as Iterable<unknown>, options)).toThrow(TuopinError);
    expect(() => assessHouseholds(42 as unknown as Iterable<unknown>, options)).toThrow('tuopin: batch/not-iterable:');
  });

  it('handles an empty input', async () => {
    expect([...assessHouseholds([], options)]).toEqual([]);
    const results: BatchResult[] = [];
    for await (const result of assessHouseholds(stream([]), options)) results.push(result);
    expect(results).toEqual([]);
  });

  it('does not mutate its input', () => {
    const records = structuredClone(mixed);
    [...assessHouseholds(records, options)];
    expect(records).toEqual(mixed);
  });
});

describe('assessHouseholds on poisoned values', () => {
  it('rejects a record whose text field is an object posing as a string, and goes on', () => {
    const poisoned = { id: { length: { toString: 1 } }, villageCode: '529901101201', status: 'poor', members: [] };
    const results = [...assessHouseholds([poisoned, poisoned], { asOf: '2020-03-31' })];
    expect(results).toEqual([
      { index: 0, ok: false, issues: [{ path: [], code: 'record/unreadable-value', evidence: {}, message: expect.objectContaining({ en: expect.stringContaining('cannot be read') }) }] },
      { index: 1, ok: false, issues: [{ path: [], code: 'record/unreadable-value', evidence: {}, message: expect.objectContaining({ en: expect.stringContaining('cannot be read') }) }] },
    ]);
  });
});
