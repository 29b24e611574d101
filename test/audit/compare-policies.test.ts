import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePolicies, createPolicyComparison, defaultPolicy, definePolicy } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { makeId } from '../fixtures/ids';
import { AS_OF, clean, withMember } from './fixtures';

const provincial = definePolicy({ name: 'province-4600', povertyLines: [{ year: 2020, yuan: 4600 }] });
const older = definePolicy({ name: 'ages-6-16', educationAge: { min: 6, max: 16 } });

describe('comparePolicies', () => {
  it('counts per village the verdicts a higher line changes, and lists the households', () => {
    const register = [
      clean(1), // 25000 yuan for 4: 6250 each, above 4600
      clean(2, { income: { year: 2020, wage: 17000 } }), // 4250 each: above 4000, not 4600
      clean(3, { income: { year: 2020, wage: 18000 } }), // 4500 each
      clean(4, { income: { year: 2020, wage: 10000 } }), // 2500 each: below both
    ];
    const c = comparePolicies(register, defaultPolicy, provincial, { asOf: AS_OF });
    expect(c.policies).toEqual({ a: 'national', b: 'province-4600' });
    expect(c.list).toEqual([
      { householdId: 'H-0002', villageCode: '522601101201', compliant: { a: true, b: false }, checks: [{ check: 'income', a: 'met', b: 'unmet' }] },
      { householdId: 'H-0003', villageCode: '522601101202', compliant: { a: true, b: false }, checks: [{ check: 'income', a: 'met', b: 'unmet' }] },
    ]);
    expect([c.households, c.changed, c.noLongerCompliant, c.newlyCompliant, c.byCheck.income, c.byCheck.water]).toEqual([4, 2, 2, 0, 2, 0]);
    expect(c.villages.map((v) => [v.villageCode, v.households, v.changed, v.noLongerCompliant, v.byCheck.income])).toEqual([
      ['522601101201', 2, 1, 1, 1],
      ['522601101202', 2, 1, 1, 1],
    ]);
    // the other way round: newly compliant
    expect(comparePolicies(register, provincial, defaultPolicy, { asOf: AS_OF }).newlyCompliant).toBe(2);
  });

  it('reports a check that changes without changing the overall verdict', () => {
    // A 16-year-old without a schooling status: outside 6–15, unknown under 6–16; the D-grade
    // house fails the household under both.
    const teen = withMember(1, 2, { idNumber: makeId('522601', '2004-05-20', 31), schooling: undefined }, { housing: { grade: 'D' } });
    const c = comparePolicies([teen], defaultPolicy, older, { asOf: AS_OF });
    expect(c.list).toEqual([
      { householdId: 'H-0001', villageCode: '522601101202', compliant: { a: false, b: false }, checks: [{ check: 'education', a: 'met', b: 'unknown' }] },
    ]);
    expect([c.changed, c.noLongerCompliant, c.newlyCompliant, c.byCheck.education]).toEqual([1, 0, 0, 1]);
  });

  it('changes nothing when a policy is compared with an equal one', () => {
    const copy = definePolicy({});
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40000 }), { maxLength: 8 }), fc.constantFrom('A', 'B', 'C', 'D' as const), (wages, grade) => {
        const register = wages.map((wage, i) => clean(i, { income: { year: 2020, wage }, housing: { grade } }));
        for (const policy of [defaultPolicy, provincial, older]) {
          const c = comparePolicies(register, policy, policy === defaultPolicy ? copy : policy, { asOf: AS_OF });
          expect(c.list).toEqual([]);
          expect([c.changed, c.noLongerCompliant, c.newlyCompliant]).toEqual([0, 0, 0]);
          expect(c.households).toBe(register.length);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('counts each village apart, every check, and the day both policies are applied on', () => {
    const lower = definePolicy({ name: 'line-3000', povertyLines: [{ year: 2020, yuan: 3000 }], educationAge: { min: 6, max: 16 } });
    const teen = makeId('522601', '2004-05-20', 31);
    const register = [
      clean(1, { income: { year: 2020, wage: 14000 } }), // 3500 each: newly compliant under the lower line, village 202
      clean(2), // unchanged, village 201
      withMember(4, 2, { idNumber: teen, schooling: undefined }), // education met → unknown, village 201
      clean(6, { income: { year: 2020, wage: 14000 }, housing: { grade: 'D' } }), // income changes, housing fails both, village 201
    ];
    const c = comparePolicies(register, defaultPolicy, lower, { asOf: AS_OF });
    expect(c.asOf).toBe(AS_OF);
    expect(c.policies).toEqual({ a: 'national', b: 'line-3000' });
    const none = { income: 0, food: 0, clothing: 0, education: 0, medical: 0, housing: 0, water: 0 };
    expect([c.households, c.changed, c.noLongerCompliant, c.newlyCompliant]).toEqual([4, 3, 1, 1]);
    expect(c.byCheck).toEqual({ ...none, income: 2, education: 1 });
    expect(c.villages).toEqual([
      { villageCode: '522601101201', households: 3, changed: 2, noLongerCompliant: 1, newlyCompliant: 0, byCheck: { ...none, income: 1, education: 1 } },
      { villageCode: '522601101202', households: 1, changed: 1, noLongerCompliant: 0, newlyCompliant: 1, byCheck: { ...none, income: 1 } },
    ]);
    expect(c.list.map((h) => [h.householdId, h.compliant, h.checks.map((x) => `${x.check}:${x.a}>${x.b}`)])).toEqual([
      ['H-0001', { a: false, b: true }, ['income:unmet>met']],
      ['H-0004', { a: true, b: false }, ['education:met>unknown']],
      ['H-0006', { a: false, b: false }, ['income:unmet>met']],
    ]);
  });

  it('keeps the list it returned when more households are added', () => {
    const compare = createPolicyComparison(defaultPolicy, provincial, { asOf: AS_OF });
    compare.add(clean(2, { income: { year: 2020, wage: 17000 } }));
    const first = compare.result();
    compare.add(clean(3, { income: { year: 2020, wage: 17000 } }));
    expect(first.list.map((h) => h.householdId)).toEqual(['H-0002']);
    expect(compare.result().list.map((h) => h.householdId)).toEqual(['H-0002', 'H-0003']);
  });

  it('streams one household at a time', () => {
    const compare = createPolicyComparison(defaultPolicy, provincial, { asOf: AS_OF });
    expect(compare.add(clean(1))).toBeUndefined();
    expect(compare.add(clean(2, { income: { year: 2020, wage: 17000 } }))?.householdId).toBe('H-0002');
    expect(compare.result().changed).toBe(1);
  });

  it('does not mutate its input', () => {
    expectNoMutation([clean(1), clean(2)], (register) => comparePolicies(register, defaultPolicy, provincial, { asOf: AS_OF }));
  });
});
