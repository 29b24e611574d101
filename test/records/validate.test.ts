import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HouseholdSchema, LedgerEntrySchema, toValidationIssues, validate } from '../../src/index';
import { makeId } from '../fixtures/ids';

const household = {
  id: ' H-1 ',
  villageCode: '522601101201',
  status: 'exited',
  members: [
    { idNumber: makeId('522601', '1980-01-01', 11), name: ' 张三 ', relation: 'head', medicalInsurance: true },
    { idNumber: makeId('522601', '2012-05-20', 22), name: '张小', relation: 'child', schooling: 'enrolled', birthDate: '2012-05-20' },
  ],
  income: { year: 2019, wage: 12000.5 },
  housing: { grade: 'B' },
};

/** What zod's ordinary parser says, as `validate` reports it. */
function reference(input: unknown) {
  const result = HouseholdSchema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

describe('validate', () => {
  it('gives the same value and issues as zod’s ordinary parser (it uses a compiled clone)', () => {
    expect(validate(HouseholdSchema, household)).toEqual(reference(household));
    expect(validate(HouseholdSchema, household)).toMatchObject({ ok: true, value: { id: 'H-1', members: [{ name: '张三' }, {}] } });
    const mutations = fc.oneof(
      fc.constant<Record<string, unknown>>({ status: 'rich' }),
      fc.constant<Record<string, unknown>>({ villageCode: '5226' }),
      fc.constant<Record<string, unknown>>({ members: [] }),
      fc.constant<Record<string, unknown>>({ income: { year: 2019, wage: 1.234 } }),
      fc.constant<Record<string, unknown>>({ extra: true }),
      fc.record({ id: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({ housing: fc.record({ grade: fc.constantFrom('A', 'B', 'E', 3) }) }),
    );
    fc.assert(
      fc.property(fc.array(mutations, { maxLength: 3 }), (changes) => {
        const input = Object.assign({}, household, ...changes) as unknown;
        expect(validate(HouseholdSchema, input)).toEqual(reference(input));
      }),
    );
  });

  it('leaves the caller’s schema as it was', () => {
    const before = HouseholdSchema.safeParse;
    validate(HouseholdSchema, household);
    expect(HouseholdSchema.safeParse).toBe(before);
    expect(validate(LedgerEntrySchema, {}).ok).toBe(false);
  });
});
