import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HouseholdSchema, validate } from '../../src/index';
import { fastParse, NOT_ACCEPTED, twinFor } from '../../src/validation/fast-path';
import { toValidationIssues } from '../../src/validation/issues';
import { makeId } from '../fixtures/ids';
import { faulty, valid, type Rec } from '../fixtures/household-records';

// The validation fast path: HouseholdSchema's twin (its refinements as plain predicates,
// compiled by zod) must accept exactly what HouseholdSchema accepts, with the same output, and
// validate must give exactly the schema's issues for everything else.

/** What validate gave before the fast path: HouseholdSchema alone. */
function slow(record: unknown) {
  const result = HouseholdSchema.safeParse(record, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

describe('fastParse', () => {
  it('has a compiled twin for HouseholdSchema (its refinements as predicates)', () => {
    expect(twinFor(HouseholdSchema)).toBeDefined();
    expect(twinFor(HouseholdSchema)).not.toBe(HouseholdSchema);
  });

  it('relies on z.compile calling the source schema\'s own safeParse only when its parser rejects', () => {
    // The twin's safeParse is a constant rejection, so a rejected record is not parsed a second
    // time by the twin's runtime. If a zod release changes this, the fast path stays exact (the
    // runtime rejects too) but rejected records get slower: this test says so.
    let calls = 0;
    const source = z.object({ a: z.string() });
    Object.defineProperty(source, 'safeParse', {
      value: () => {
        calls++;
        return { success: false };
      },
    });
    const compiled = z.compile(source);
    expect(compiled.safeParse({ a: 1 })).toEqual({ success: false });
    expect(calls).toBe(1);
    expect(compiled.safeParse({ a: 'x' })).toEqual({ success: true, data: { a: 'x' } });
    expect(calls).toBe(1);
  });

  it('accepts the valid records HouseholdSchema accepts, with the same output', () => {
    fc.assert(
      fc.property(valid, (record) => {
        const expected = HouseholdSchema.safeParse(record);
        expect(expected.success).toBe(true);
        expect(fastParse(HouseholdSchema, record)).toEqual(expected.data);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a record HouseholdSchema rejects, and validate gives exactly its issues', () => {
    const kinds = new Set<boolean>();
    fc.assert(
      fc.property(faulty, (record) => {
        const expected = HouseholdSchema.safeParse(record);
        const fast = fastParse(HouseholdSchema, record);
        kinds.add(expected.success);
        if (expected.success) expect(fast).toEqual(expected.data);
        else expect(fast).toBe(NOT_ACCEPTED);
        expect(validate(HouseholdSchema, record)).toEqual(slow(record));
      }),
      { numRuns: 3000 },
    );
    // Both outcomes occur (a passport number is valid; most faults are not).
    expect(kinds).toEqual(new Set([true, false]));
  });

  it('counts duplicates ignoring case at any size, linearly beyond 16 members', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ idNumber: makeId('522601', '1990-01-01', 100 + i), name: '张三', relation: 'other' }));
    const withX = many.find((m) => m.idNumber.endsWith('X')) as Rec;
    const others = many.filter((m) => m !== withX);
    for (const size of [3, 40]) {
      const list = [{ ...(others[0] as Rec), relation: 'head' }, withX, ...others.slice(1, size - 1)];
      expect(list).toHaveLength(size);
      const record = { id: 'H', villageCode: '522601101201', status: 'poor', members: [...list, { ...withX, idNumber: String(withX.idNumber).toLowerCase() }] };
      expect(fastParse(HouseholdSchema, record)).toBe(NOT_ACCEPTED);
      const result = validate(HouseholdSchema, record);
      const issues = result.ok ? [] : result.issues;
      expect(issues.map((i) => [i.code, i.path])).toEqual([['household/duplicate-member', ['members', size, 'idNumber']]]);
      expect(issues[0]?.message.en).toMatch(new RegExp(`^member ${size + 1} has the same ID number as member 2 `));
    }
  });
});
