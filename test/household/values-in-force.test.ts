import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  assessHouseholds,
  defaultPolicy,
  definePolicy,
  parameterOn,
  povertyLineEntry,
  type Household,
  type Member,
  type Policy,
} from '../../src/index';
import { computeValuesInForce, valuesInForce } from '../../src/household/values-in-force';
import { memberBirthDate, memberBirthMonthDay, memberBirthYear } from '../../src/household/birth-date';
import { ageBetween } from '../../src/calendar/age-on';
import { makeId } from '../fixtures/ids';
import { household as householdOf } from './fixtures';

// The memo of the policy values in force (per policy and day) must change nothing: every
// verdict, code, path, evidence and rendered message is the one of the un-memoised path. A policy
// that is not deep frozen (a structuredClone) is never memoised, so it is the reference.

const POLICIES: readonly Policy[] = [
  defaultPolicy,
  definePolicy({ name: 'guizhou', povertyLines: [{ year: 2020, yuan: 4200 }, { year: 2021, yuan: 4500 }], educationAge: { min: 6, max: 16 } }),
  definePolicy({
    name: 'strict-medical',
    medical: [
      { from: '2003-01-01', value: { basicInsurance: 'required', criticalIllnessInsurance: 'where-recorded' }, source: 't', confirmed: true },
      { from: '2019-07-01', value: { basicInsurance: 'required', criticalIllnessInsurance: 'required' }, source: 't', confirmed: true },
    ],
    educationAge: [
      { from: '2015-01-01', value: { min: 6, max: 15 }, source: 't', confirmed: true },
      { from: '2020-09-01', value: { min: 7, max: 16 }, source: 't', confirmed: true },
    ],
  }),
  definePolicy({
    name: 'late-water',
    water: [
      {
        from: '2020-06-01',
        value: {
          minLitresPerPersonPerDay: 40,
          minLitresPerPersonPerDayWaterShort: 25,
          maxFetchMinutes: 10,
          maxHorizontalMetres: 500,
          maxVerticalMetres: 50,
          maxInterruptionDaysPerYear: 20,
        },
        source: 't',
        confirmed: true,
      },
    ],
  }),
];

const pad = (n: number) => String(n).padStart(2, '0');
const day = fc
  .record({ y: fc.integer({ min: 2008, max: 2023 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
/** `asOf` as a day, a date-time string with an offset, or a `Date`. */
const asOf = fc.oneof(day, day.map((d) => `${d}T20:30:00Z`), day.map((d) => new Date(`${d}T10:00:00Z`)));
const yuan = fc.integer({ min: 0, max: 2_000_000 }).map((fen) => fen / 100);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const member = fc
  .record({
    birth: day.map((d) => `${Number(d.slice(0, 4)) - 4 - (Number(d.slice(8)) % 40)}${d.slice(4)}`),
    sequence: fc.integer({ min: 10, max: 99 }),
    withBirthDate: fc.boolean(),
    schooling: maybe(fc.constantFrom('enrolled', 'home-taught', 'exempt', 'graduated', 'dropped-out', 'not-applicable' as const)),
    studentStatus: maybe(fc.constantFrom('primary', 'junior-secondary', 'not-a-student', 'dropped-out' as const)),
    medicalInsurance: maybe(fc.boolean()),
    criticalIllnessInsurance: maybe(fc.boolean()),
  })
  .map(({ birth, sequence, withBirthDate, ...rest }): Member => {
    const m: Record<string, unknown> = { idNumber: makeId('522601', birth, sequence), name: '王小明', relation: 'child' };
    if (withBirthDate) m.birthDate = birth;
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) m[k] = v;
    return m as Member;
  });

const income = fc.oneof(
  fc.record({ year: fc.integer({ min: 2010, max: 2022 }), wage: yuan, business: yuan, transfer: yuan, productionCosts: yuan }),
  fc.record({ year: fc.integer({ min: 2010, max: 2022 }), perCapita: yuan }),
  fc.record({ year: fc.integer({ min: 2010, max: 2022 }), wage: yuan, perCapita: yuan }),
);
const housing = fc.oneof(
  fc.record({ grade: fc.constantFrom('A', 'B', 'C', 'D' as const) }),
  fc.record({ grade: fc.constantFrom('C', 'D' as const), renovation: fc.constantFrom('none', 'accepted' as const) }),
  fc.record({ dangerous: fc.boolean() }),
  fc.record({ noHouse: fc.constant(true), route: fc.constantFrom('appraised-safe', 'renovated-safe', 'guaranteed-safe' as const) }),
);
const water = fc.oneof(
  fc.record(
    {
      litresPerPersonPerDay: fc.integer({ min: 0, max: 80 }),
      piped: fc.boolean(),
      fetchMinutes: fc.integer({ min: 0, max: 40 }),
      horizontalMetres: fc.integer({ min: 0, max: 1500 }),
      verticalMetres: fc.integer({ min: 0, max: 150 }),
      interruptionDaysPerYear: fc.integer({ min: 0, max: 60 }),
      qualityOk: fc.boolean(),
      waterShortArea: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  fc.record({ safe: fc.boolean(), difficult: fc.boolean() }, { requiredKeys: [] }),
);

const household = fc
  .record(
    {
      // Distinct ID numbers: two members with one number make the record invalid (household/duplicate-member).
      members: fc.uniqueArray(member, { minLength: 1, maxLength: 5, selector: (m) => m.idNumber }),
      income,
      foodSecure: fc.boolean(),
      clothingSecure: fc.boolean(),
      housing,
      water,
    },
    { requiredKeys: ['members'] },
  )
  .map((h, i = 0): Household => ({ id: `H-${i}`, villageCode: '522601101201', status: 'exited', ...h }) as Household);

/** The same policy, not frozen: never memoised. */
const unfrozen = (policy: Policy): Policy => structuredClone(policy);

describe('valuesInForce', () => {
  it('gives the values parameterOn and povertyLineEntry give, memoised or not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...POLICIES), asOf, fc.integer({ min: 2005, max: 2025 }), (policy, when, year) => {
        for (const values of [valuesInForce(policy, when), valuesInForce(unfrozen(policy), when)]) {
          expect(values.educationAge).toEqual(parameterOn(policy.educationAge, when)?.value);
          expect(values.water).toEqual(parameterOn(policy.water, when)?.value);
          expect(values.medical).toEqual(parameterOn(policy.medical ?? (defaultPolicy.medical as NonNullable<Policy['medical']>), when)?.value);
          const line = povertyLineEntry(year, policy);
          expect(values.line(year)).toEqual(line === undefined ? undefined : { year, yuan: line.yuan, fen: Math.round(line.yuan * 100) });
        }
        // The memo hands back the record it built for that day; a fresh computation equals it.
        expect(valuesInForce(policy, when)).toBe(valuesInForce(policy, when));
        const memo = valuesInForce(policy, when);
        const fresh = computeValuesInForce(policy, memo.day);
        expect({ ...memo, line: undefined, shared: undefined }).toEqual({ ...fresh, line: undefined, shared: undefined });
      }),
      { numRuns: 300 },
    );
  });

  it('is not memoised for a policy that is not frozen: a change is seen on the next call', () => {
    const policy = unfrozen(defaultPolicy);
    const h: Household = {
      id: 'H-1',
      villageCode: '522601101201',
      status: 'exited',
      members: [{ idNumber: makeId('522601', '1980-01-01', 11), name: '张三', relation: 'head', medicalInsurance: true }],
      income: { year: 2020, wage: 4100 },
    };
    expect(assessHousehold(h, { asOf: '2020-12-31', policy }).checks.income.status).toBe('met');
    (policy.povertyLines.find((l) => l.year === 2020) as { yuan: number }).yuan = 4500;
    (policy.educationAge[0] as { value: { max: number } }).value.max = 16;
    expect(assessHousehold(h, { asOf: '2020-12-31', policy }).checks.income.status).toBe('unmet');
    expect(valuesInForce(policy, '2020-12-31').educationAge).toEqual({ min: 6, max: 16 });
  });
});

describe('assessHousehold', () => {
  it('gives the same verdicts, codes, paths, evidence and messages with the memo as without', () => {
    fc.assert(
      fc.property(household, fc.constantFrom(...POLICIES), asOf, (h, policy, when) => {
        const memoised = assessHousehold(h, { asOf: when, policy });
        const reference = assessHousehold(h, { asOf: when, policy: unfrozen(policy) });
        expect(memoised).toEqual(reference);
        // JSON carries both rendered messages of every reason.
        expect(JSON.stringify(memoised)).toBe(JSON.stringify(reference));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same batch results through assessHouseholds', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 8 }), fc.constantFrom(...POLICIES), asOf, (hs, policy, when) => {
        const memoised = [...assessHouseholds(hs, { asOf: when, policy })];
        const reference = hs.map((h) => assessHousehold(h, { asOf: when, policy: unfrozen(policy) }));
        expect(memoised.map((r) => (r.ok ? JSON.stringify(r.assessment) : r.issues))).toEqual(
          reference.map((a, i) => (memoised[i]?.ok === true ? JSON.stringify(a) : (memoised[i] as { issues: unknown }).issues)),
        );
        // Generated records are valid: every one is assessed.
        expect(memoised.every((r) => r.ok)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('memberBirthMonthDay', () => {
  it('gives with memberBirthYear the age ageBetween gives from memberBirthDate', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1920, max: 2024 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
    fc.assert(
      fc.property(date, date, fc.boolean(), fc.boolean(), (b, on, recorded, legacy) => {
        const idNumber = legacy ? `522601${b.slice(2, 4)}${b.slice(5, 7)}${b.slice(8, 10)}123` : makeId('522601', b, 11);
        const m = (recorded ? { idNumber, name: '甲', relation: 'head', birthDate: b } : { idNumber, name: '甲', relation: 'head' }) as Member;
        const birth = memberBirthDate(m);
        const md = memberBirthMonthDay(m);
        const year = memberBirthYear(m);
        if (birth === undefined) expect(md).toBe(-1);
        else {
          expect(md).toBeGreaterThanOrEqual(0);
          const monthDay = Number(on.slice(5, 7)) * 100 + Number(on.slice(8, 10));
          expect(Number(on.slice(0, 4)) - year - (monthDay < md ? 1 : 0)).toBe(ageBetween(birth, on));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('values looked up in turn', () => {
  // A loop passes one policy and one income year; the lookup keeps the last of each. Switching
  // between policies, days and income years must still give each call its own values.
  const lines = [
    definePolicy({ name: 'line-4200', povertyLines: [{ year: 2020, yuan: 4200 }] }),
    definePolicy({ name: 'line-3800', povertyLines: [{ year: 2020, yuan: 3800 }] }),
  ];
  const at = (year: number, yuanPerHead: number): Household => householdOf({ income: { year, wage: yuanPerHead * 3 } });

  it('gives each policy its own line when two policies alternate', () => {
    for (let round = 0; round < 3; round++) {
      for (const [i, expected] of [[0, 4200], [1, 3800], [0, 4200]] as const) {
        const check = assessHousehold(at(2020, 4000), { asOf: '2021-01-01', policy: lines[i] }).checks.income;
        expect(check.reasons[0]?.evidence.lineYuan).toBe(expected);
        expect(check.status).toBe(expected === 4200 ? 'unmet' : 'met');
      }
      // A policy that is not frozen (never memoised) between two memoised calls.
      const loose = unfrozen(lines[1] as Policy);
      (loose.povertyLines.find((l) => l.year === 2020) as { yuan: number }).yuan = 3000;
      expect(assessHousehold(at(2020, 3500), { asOf: '2021-01-01', policy: loose }).checks.income.status).toBe('met');
      expect(assessHousehold(at(2020, 3500), { asOf: '2021-01-01', policy: lines[1] }).checks.income.status).toBe('unmet');
    }
  });

  it('gives each income year its own line when the years alternate', () => {
    const line = (year: number) => povertyLineEntry(year, defaultPolicy)?.yuan;
    for (const year of [2019, 2020, 2019, 2018, 2020, 2020, 2035, 2019]) {
      const check = assessHousehold(at(year, 3000), { asOf: '2021-01-01' }).checks.income;
      if (line(year) === undefined) expect(check.reasons[0]?.code).toBe('income/no-line');
      else expect(check.reasons[0]?.evidence.lineYuan).toBe(line(year));
    }
  });

  it('names each household its own fetch time, shared or not', () => {
    const water = (fetchMinutes: number) => householdOf({ water: { litresPerPersonPerDay: 40, piped: false, fetchMinutes, interruptionDaysPerYear: 3, qualityOk: true } });
    const max = valuesInForce(defaultPolicy, '2021-01-01').water?.maxFetchMinutes as number;
    for (const minutes of [5, 12, 5, 7.5, 0, max, 12]) {
      const check = assessHousehold(water(minutes), { asOf: '2021-01-01' }).checks.water;
      const reason = check.reasons.find((r) => r.code === 'water/convenience-fetch-time');
      expect(reason?.evidence).toEqual({ value: minutes, max });
      expect(reason?.message.en).toContain(String(minutes));
      expect(check.status).toBe('met');
    }
    // One minute over the maximum is not convenient (and not a shared fetch reason).
    const over = assessHousehold(water(max + 1), { asOf: '2021-01-01' }).checks.water;
    expect(over.reasons.some((r) => r.code === 'water/convenience-fetch-time')).toBe(false);
    expect(over.status).not.toBe('met');
    // Under another policy's thresholds the same minutes carry that policy's maximum.
    const late = POLICIES[3] as Policy;
    const lateCheck = assessHousehold(water(5), { asOf: '2021-01-01', policy: late }).checks.water;
    expect(lateCheck.reasons.find((r) => r.code === 'water/convenience-fetch-time')?.evidence).toEqual({ value: 5, max: 10 });
  });
});
