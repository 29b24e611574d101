import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHousehold, chinaDate, defaultPolicy, type Household, type Member } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { assessOn as legacyAssessOn } from '../fixtures/legacy/assess-on';

const yuan = fc.integer({ min: 0, max: 3_000_000 }).map((fen) => fen / 100);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Today's member fields, and the register's new ones on top. */
const member = fc
  .record({
    birth: fc.integer({ min: 0, max: 29_000 }),
    sequence: fc.integer({ min: 1, max: 999 }),
    relation: fc.constantFrom('head', 'spouse', 'child', 'parent', 'grandchild', 'other' as const),
    schooling: opt(fc.constantFrom('enrolled', 'home-taught', 'exempt', 'graduated', 'dropped-out', 'not-applicable' as const)),
    medicalInsurance: opt(fc.boolean()),
    disabilityGrade: opt(fc.integer({ min: 1, max: 4 })),
    criticalIllnessInsurance: opt(fc.boolean()),
    studentStatus: opt(fc.constantFrom('primary', 'junior-secondary', 'not-a-student', 'dropped-out' as const)),
    health: opt(fc.constantFrom('healthy', 'disabled' as const)),
    sex: opt(fc.constantFrom('male', 'female' as const)),
  })
  .map((m) => {
    const birth = new Date(Date.UTC(1941, 0, 1) + m.birth * 86_400_000).toISOString().slice(0, 10);
    const out: Record<string, unknown> = { idNumber: makeId('522601', birth, m.sequence), name: '王某某', relation: m.relation };
    for (const key of ['schooling', 'medicalInsurance', 'disabilityGrade', 'criticalIllnessInsurance', 'studentStatus', 'health', 'sex'] as const) {
      if (m[key] !== undefined) out[key] = m[key];
    }
    return out as Member;
  });

const household = fc
  .record({
    members: fc.uniqueArray(member, { minLength: 1, maxLength: 5, selector: (m) => m.idNumber }),
    income: opt(
      fc.record(
        {
          year: fc.integer({ min: 2015, max: 2021 }),
          wage: yuan,
          business: yuan,
          transfer: yuan,
          productionCosts: yuan,
          perCapita: yuan,
          dibaoAllowance: yuan,
          pension: yuan,
        },
        { requiredKeys: ['year'] },
      ),
    ),
    foodSecure: opt(fc.boolean()),
    clothingSecure: opt(fc.boolean()),
    housing: opt(
      fc.record(
        {
          grade: fc.constantFrom('A', 'B', 'C', 'D' as const),
          renovation: fc.constantFrom('none', 'in-progress', 'accepted' as const),
          livesInSafeHousing: fc.boolean(),
          dangerous: fc.boolean(),
          noHouse: fc.boolean(),
          route: fc.constantFrom('appraised-safe', 'renovated-safe', 'guaranteed-safe' as const),
          relocated: fc.boolean(),
        },
        { requiredKeys: ['grade'] },
      ),
    ),
    water: opt(
      fc.record(
        {
          litresPerPersonPerDay: fc.integer({ min: 0, max: 60 }),
          piped: fc.boolean(),
          fetchMinutes: fc.integer({ min: 0, max: 60 }),
          interruptionDaysPerYear: fc.integer({ min: 0, max: 60 }),
          qualityOk: fc.boolean(),
          waterShortArea: fc.boolean(),
          safe: fc.boolean(),
          difficult: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ),
    householdSize: opt(fc.integer({ min: 1, max: 9 })),
    povertyAttribute: opt(fc.constantFrom('general-poor', 'dibao-exited' as const)),
    policySupport: opt(fc.constantFrom('continuing', 'ended' as const)),
  })
  .map((h) => {
    const out: Record<string, unknown> = { id: 'H-P', villageCode: '522601101201', status: 'exited', members: h.members };
    for (const [key, value] of Object.entries(h)) if (value !== undefined && key !== 'members') out[key] = value;
    return out as unknown as Household;
  });

const NEW_MEMBER_KEYS = ['criticalIllnessInsurance', 'studentStatus', 'health', 'sex'];
const NEW_HOUSEHOLD_KEYS = ['householdSize', 'povertyAttribute', 'policySupport'];
const NEW_NESTED: Record<string, string[]> = {
  income: ['perCapita', 'dibaoAllowance', 'pension'],
  housing: ['dangerous', 'noHouse', 'route', 'relocated'],
  water: ['safe', 'difficult'],
};

/** The record with every field of the register (issue 11) removed. */
function withoutNewFields(h: Household): Household {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(h)) {
    if (NEW_HOUSEHOLD_KEYS.includes(key)) continue;
    if (key === 'members') {
      out.members = (value as Member[]).map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => !NEW_MEMBER_KEYS.includes(k))));
    } else if (NEW_NESTED[key] !== undefined) {
      out[key] = Object.fromEntries(Object.entries(value as object).filter(([k]) => !(NEW_NESTED[key] as string[]).includes(k)));
    } else out[key] = value;
  }
  return out as unknown as Household;
}

describe('assessHousehold on records without the register fields', () => {
  it('gives the same verdicts and reasons as the rules before the register fields', () => {
    fc.assert(
      fc.property(household, fc.integer({ min: 0, max: 2500 }), (full, offset) => {
        const asOf = new Date(Date.UTC(2016, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const today = withoutNewFields(full);
        // The legacy rules predate the shared verdict field `status`; compare the rest, and
        // `status` against the legacy `compliant` it now derives.
        const { status, ...assessment } = assessHousehold(today, { asOf });
        const legacy = legacyAssessOn(today, chinaDate(asOf), defaultPolicy);
        expect(assessment).toEqual(legacy);
        expect(status === 'met').toBe(legacy.compliant);
      }),
      { numRuns: 300 },
    );
  });

  it('can tell: the register fields do change verdicts when present', () => {
    const h = { id: 'H', villageCode: '522601101201', status: 'exited', members: [{ idNumber: makeId('522601', '1980-01-01', 11), name: '王某', relation: 'head', medicalInsurance: true, criticalIllnessInsurance: false }] } as Household;
    expect(assessHousehold(h, { asOf: '2020-12-31' }).checks.medical.status).toBe('unmet');
    expect(legacyAssessOn(h, chinaDate('2020-12-31'), defaultPolicy).checks.medical.status).toBe('met');
  });
});
