import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  CHECK_NAMES,
  definePolicy,
  HouseholdSchema,
  validate,
  type CheckName,
  type Household,
  type HouseholdAssessment,
  type Member,
  type Policy,
} from '../../src/index';
import { makeId } from '../fixtures/ids';
import { child, childBorn, head, household, spouse } from './fixtures';

// The household exit test (一达标两不愁三保障 + 饮水安全) is met only when each of its seven
// checks is met. These tests take a household that meets all seven and break one check at a
// time, each way it can break, so that every check is shown to count on its own.

const AS_OF = '2020-12-31';
const assess = (h: Household, policy?: Policy): HouseholdAssessment =>
  assessHousehold(h, policy === undefined ? { asOf: AS_OF } : { asOf: AS_OF, policy });

function statuses(a: HouseholdAssessment): Record<CheckName, string> {
  return Object.fromEntries(CHECK_NAMES.map((name) => [name, a.checks[name].status])) as Record<CheckName, string>;
}

const allMet = Object.fromEntries(CHECK_NAMES.map((name) => [name, 'met'])) as Record<CheckName, string>;

// Three members at the 2020 line of 4,000 yuan: a net income of exactly 12,000 is not above it.
const breaking: Record<CheckName, { unmet: Partial<Household>; unknown: Partial<Household> }> = {
  income: {
    unmet: { income: { year: 2020, wage: 12000 } },
    unknown: { income: { year: 2031, wage: 50000 } },
  },
  food: { unmet: { foodSecure: false }, unknown: { foodSecure: undefined } },
  clothing: { unmet: { clothingSecure: false }, unknown: { clothingSecure: undefined } },
  education: {
    unmet: { members: [head, spouse, { ...child, schooling: 'dropped-out' }] },
    unknown: { members: [head, spouse, { ...child, schooling: undefined }] },
  },
  medical: {
    unmet: { members: [head, { ...spouse, medicalInsurance: false }, child] },
    unknown: { members: [head, { ...spouse, medicalInsurance: undefined }, child] },
  },
  housing: { unmet: { housing: { grade: 'C' } }, unknown: { housing: undefined } },
  water: {
    unmet: { water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: false } },
    unknown: { water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3 } },
  },
};

function without<K extends keyof Household>(h: Household, overrides: Partial<Household>): Household {
  const out: Record<string, unknown> = { ...h, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete out[key as K];
  return out as unknown as Household;
}

describe('assessHousehold: each check counts on its own', () => {
  it('starts from a household that meets all seven checks', () => {
    const a = assess(household());
    expect(statuses(a)).toEqual(allMet);
    expect(a.compliant).toBe(true);
  });

  for (const name of CHECK_NAMES) {
    it(`is not compliant when only ${name} is unmet`, () => {
      const a = assess(without(household(), breaking[name].unmet));
      expect(statuses(a)).toEqual({ ...allMet, [name]: 'unmet' });
      expect(a.status).toBe('unmet');
      expect(a.compliant).toBe(false);
    });

    it(`is not compliant when only ${name} is unknown`, () => {
      const a = assess(without(household(), breaking[name].unknown));
      expect(statuses(a)).toEqual({ ...allMet, [name]: 'unknown' });
      expect(a.status).toBe('unknown');
      expect(a.compliant).toBe(false);
    });

    it(`is unmet when ${name} is unmet and any other check is unknown`, () => {
      // Education and medical both break through the members, so they are not combined here.
      const members = new Set<CheckName>(['education', 'medical']);
      for (const other of CHECK_NAMES) {
        if (other === name || (members.has(other) && members.has(name))) continue;
        const a = assess(without(without(household(), breaking[other].unknown), breaking[name].unmet));
        expect(statuses(a)).toEqual({ ...allMet, [other]: 'unknown', [name]: 'unmet' });
        expect(a.status).toBe('unmet');
      }
    });
  }
});

describe('assessHousehold: income (一达标)', () => {
  const line12000 = (income: Household['income']) => assess(household({ income })).checks.income;

  it('counts every component, one at a time, one fen above the line for three', () => {
    for (const component of ['wage', 'business', 'property', 'transfer'] as const) {
      expect(line12000({ year: 2020, [component]: 12000.01 }).status).toBe('met');
      expect(line12000({ year: 2020, [component]: 12000 }).status).toBe('unmet');
    }
  });

  it('records property income in the net income (工资性 + 经营性 + 财产性 + 转移性 − 生产经营性支出)', () => {
    const check = line12000({ year: 2020, wage: 9000, business: 2000, property: 1000.01, transfer: 300, productionCosts: 300 });
    expect(check.status).toBe('met');
    expect(check.reasons[0]?.evidence).toMatchObject({ netIncomeYuan: 12000.01, members: 3, lineYuan: 4000 });
    expect(line12000({ year: 2020, wage: 9000, business: 2000, transfer: 300, productionCosts: 300 }).status).toBe('unmet');
  });

  it('subtracts production costs', () => {
    expect(line12000({ year: 2020, wage: 12300.01, productionCosts: 300 }).status).toBe('met');
    expect(line12000({ year: 2020, wage: 12300, productionCosts: 300 }).status).toBe('unmet');
  });

  it('stays exact when a partial sum leaves the safe integer range (the BigInt branch)', () => {
    // In fen: (2^53 − 1) + 1 + 1 − (2^53 − 1) = 2. Adding in doubles would round 2^53 + 1 down
    // to 2^53 and give 1 fen. With a line of 0.01 yuan for one person, 2 fen is above the line and
    // 1 fen is not.
    const maxSafeYuan = Number.MAX_SAFE_INTEGER / 100;
    const onePerson = household({
      members: [head],
      income: { year: 2020, wage: maxSafeYuan, business: 0.01, property: 0.01, productionCosts: maxSafeYuan },
    });
    const tiny = definePolicy({ povertyLines: [{ year: 2020, yuan: 0.01 }] });
    const check = assess(onePerson, tiny).checks.income;
    expect(check.status).toBe('met');
    expect(check.reasons[0]?.evidence).toMatchObject({ netIncomeYuan: 0.02, members: 1, lineYuan: 0.01 });
  });
});

describe('assessHousehold: income, exact beyond 2^53 and components over the per-capita figure', () => {
  it('stays exact when only the second partial sum leaves the safe range, transfer income counted', () => {
    // In fen: (2^53 − 1) + 1 (property) + 1 (transfer) − (2^53 − 1) = 2; the first partial sum
    // 2^53 − 1 is still safe, the next is not. In doubles the result would be 1 fen.
    const maxSafeYuan = Number.MAX_SAFE_INTEGER / 100;
    const onePerson = household({
      members: [head],
      income: { year: 2020, wage: maxSafeYuan, property: 0.01, transfer: 0.01, productionCosts: maxSafeYuan },
    });
    const tiny = definePolicy({ povertyLines: [{ year: 2020, yuan: 0.01 }] });
    const check = assess(onePerson, tiny).checks.income;
    expect(check.status).toBe('met');
    expect(check.reasons[0]?.evidence).toMatchObject({ netIncomeYuan: 0.02, members: 1 });
  });

  it('stays exact when the line times the members leaves the safe range (the general comparison)', () => {
    // A line of (2^53 − 1) / 100 yuan: 2^53 − 1 fen, safe; for two members 2^54 − 2 fen, not safe.
    // Incomes one fen below, equal to and one fen above it, beyond what doubles near 2^54 can tell
    // apart (their spacing there is 4), and an ordinary income far below it.
    const lineYuan = Number.MAX_SAFE_INTEGER / 100;
    const huge = definePolicy({ povertyLines: [{ year: 2020, yuan: lineYuan }] });
    const two = (income: Omit<NonNullable<Household['income']>, 'year'>) => household({ members: [head, spouse], income: { year: 2020, ...income } });
    expect(assess(two({ wage: lineYuan, business: lineYuan - 0.01 }), huge).checks.income.status).toBe('unmet');
    expect(assess(two({ wage: lineYuan, business: lineYuan }), huge).checks.income.status).toBe('unmet');
    expect(assess(two({ wage: lineYuan, business: lineYuan, property: 0.01 }), huge).checks.income.status).toBe('met');
    expect(assess(two({ wage: 1000 }), huge).checks.income.status).toBe('unmet');
  });

  it('lets any one recorded component decide over the per-capita figure', () => {
    const perCapitaOnly = assess(household({ income: { year: 2020, perCapita: 5000 } })).checks.income;
    expect(perCapitaOnly.status).toBe('met');
    for (const component of ['wage', 'business', 'property', 'transfer', 'productionCosts'] as const) {
      const income = { year: 2020, perCapita: 5000, [component]: 100 } as Household['income'];
      expect(assess(household({ income })).checks.income.status).toBe('unmet');
    }
  });
});

describe('assessHousehold: the other checks, boundary by boundary', () => {
  it('housing: grades A and B are safe; C and D only when renovated and accepted or living in safe housing', () => {
    const housing = (h: Household['housing']) => assess(household({ housing: h })).checks.housing.status;
    expect(housing({ grade: 'A' })).toBe('met');
    expect(housing({ grade: 'B' })).toBe('met');
    for (const grade of ['C', 'D'] as const) {
      expect(housing({ grade })).toBe('unmet');
      expect(housing({ grade, renovation: 'in-progress' })).toBe('unmet');
      expect(housing({ grade, renovation: 'accepted' })).toBe('met');
      expect(housing({ grade, livesInSafeHousing: false })).toBe('unmet');
      expect(housing({ grade, livesInSafeHousing: true })).toBe('met');
    }
  });

  it('education: a child who dropped out counts only within the age range', () => {
    const withChild = (birth: string, schooling: Member['schooling']) =>
      assess(household({ members: [head, spouse, childBorn(birth, schooling)] })).checks.education.status;
    // On 2020-12-31 with the default range 6–15: born 2014-12-31 is 6, born 2015-01-01 is 5,
    // born 2005-01-01 is 15, born 2004-12-31 is 16.
    expect(withChild('2014-12-31', 'dropped-out')).toBe('unmet');
    expect(withChild('2015-01-01', 'dropped-out')).toBe('met');
    expect(withChild('2005-01-01', 'dropped-out')).toBe('unmet');
    expect(withChild('2004-12-31', 'dropped-out')).toBe('met');
    for (const schooling of ['enrolled', 'home-taught', 'exempt', 'graduated'] as const) {
      expect(withChild('2010-06-01', schooling)).toBe('met');
    }
    expect(withChild('2010-06-01', 'not-applicable')).toBe('unknown');
  });

  it('medical: one uninsured member makes it unmet even when another is unrecorded', () => {
    const a = assess(household({ members: [{ ...head, medicalInsurance: undefined }, { ...spouse, medicalInsurance: false }, child] }));
    expect(a.checks.medical.status).toBe('unmet');
    expect(a.checks.medical.reasons.map((r) => r.code)).toEqual(['medical/insurance-missing', 'medical/uninsured']);
  });

  it('water: each of the four indicators counts on its own', () => {
    const base = { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: true };
    const water = (w: Household['water']) => assess(household({ water: w })).checks.water.status;
    expect(water(base)).toBe('met');
    expect(water({ ...base, litresPerPersonPerDay: 34.9, waterShortArea: false })).toBe('unmet');
    expect(water({ ...base, litresPerPersonPerDay: 35, waterShortArea: false })).toBe('met');
    expect(water({ ...base, litresPerPersonPerDay: 19.9, waterShortArea: true })).toBe('unmet');
    expect(water({ ...base, litresPerPersonPerDay: 20, waterShortArea: true })).toBe('met');
    expect(water({ ...base, interruptionDaysPerYear: 36 })).toBe('met');
    expect(water({ ...base, interruptionDaysPerYear: 37 })).toBe('unmet');
    expect(water({ ...base, qualityOk: false })).toBe('unmet');
    const notPiped = { ...base, piped: false, fetchMinutes: 30, horizontalMetres: 900, verticalMetres: 90 };
    expect(water(notPiped)).toBe('unmet');
    expect(water({ ...notPiped, fetchMinutes: 20 })).toBe('met');
    expect(water({ ...notPiped, horizontalMetres: 800 })).toBe('met');
    expect(water({ ...notPiped, verticalMetres: 80 })).toBe('met');
  });
});

describe('HouseholdSchema: one person, one birth date', () => {
  const HEAD = makeId('522601', '1980-01-01', 11);
  const record = (members: unknown[]) => ({
    id: 'H-1',
    villageCode: '522601101201',
    status: 'poor',
    members,
  });
  const member = (idNumber: string, extra: Record<string, unknown> = {}) => ({ idNumber, name: '张三', relation: 'head', ...extra });

  it('calls two document numbers one person exactly when their upper cases agree, whatever the characters', () => {
    // Other documents than the resident ID (any text without spaces) reach the comparison with
    // lower- and upper-case letters, non-ASCII letters (ß upper-cases to SS) and any length.
    const letters = fc.constantFrom(...'aAbBiIxXsSßẞıİ0159-');
    const number = fc.array(letters, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    const doc = (idNumber: string, relation: string) => member(idNumber, { relation, documentType: 'disability-certificate' });
    fc.assert(
      fc.property(number, number, (a, b) => {
        const result = validate(HouseholdSchema, record([doc(a, 'head'), doc(b, 'spouse')]));
        const duplicate = !result.ok && result.issues.some((i) => i.code === 'household/duplicate-member');
        return duplicate === (a.toUpperCase() === b.toUpperCase());
      }),
      { numRuns: 3000 },
    );
    expect(validate(HouseholdSchema, record([doc('ßx', 'head'), doc('SSX', 'spouse')])).ok).toBe(false);
    expect(validate(HouseholdSchema, record([doc('xß', 'head'), doc('XSS', 'spouse')])).ok).toBe(false);
    expect(validate(HouseholdSchema, record([doc('aß', 'head'), doc('bß', 'spouse')])).ok).toBe(true);
    expect(validate(HouseholdSchema, record([doc('ßS', 'head'), doc('Sß', 'spouse')])).ok).toBe(false);
    expect(validate(HouseholdSchema, record([doc('xı', 'head'), doc('Xi', 'spouse')])).ok).toBe(false);
  });

  it('treats ID numbers differing only by x/X as one person', () => {
    const upper = makeId('110105', '1949-12-31', 2);
    expect(upper.endsWith('X')).toBe(true);
    const lower = `${upper.slice(0, 17)}x`;
    const result = validate(HouseholdSchema, record([member(upper), { ...member(lower), relation: 'spouse' }]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.code])).toEqual([[['members', 1, 'idNumber'], 'household/duplicate-member']]);
      expect(JSON.stringify(result.issues)).not.toContain(upper.slice(4, 16));
    }
  });

  it('finds a repeated ID number in a household of more than 32 members too', () => {
    const members = Array.from({ length: 33 }, (_, i) => member(makeId('522601', '1990-01-01', i + 1), { relation: 'other' }));
    members.push({ ...members[0], relation: 'other' } as (typeof members)[number]);
    const result = validate(HouseholdSchema, record(members));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.code])).toEqual([[['members', 33, 'idNumber'], 'household/duplicate-member']]);
    }
    expect(validate(HouseholdSchema, record(members.slice(0, 33))).ok).toBe(true);
  });

  it('accepts different people whose numbers share a length and first digit', () => {
    const a = makeId('522601', '1980-01-01', 11);
    const b = makeId('522601', '1980-01-01', 13);
    expect(validate(HouseholdSchema, record([member(a), { ...member(b), relation: 'spouse' }])).ok).toBe(true);
  });

  it('refuses a birth date a day, a month or a year off the ID number', () => {
    const codeOf = (birthDate: string) => {
      const result = validate(HouseholdSchema, record([member(HEAD, { birthDate })]));
      return result.ok ? 'ok' : result.issues.map((i) => `${i.path.join('.')} ${i.code}`).join('; ');
    };
    expect(codeOf('1980-01-01')).toBe('ok');
    for (const off of ['1980-01-02', '1980-02-01', '1981-01-01', '1979-12-31']) {
      expect(codeOf(off)).toBe('members.0.birthDate member/birth-date-mismatch');
    }
  });
});
