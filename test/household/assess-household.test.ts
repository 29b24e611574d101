import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  assessHousehold,
  CHECK_NAMES,
  defaultPolicy,
  definePolicy,
  DomainError,
  InvalidAmountError,
  InvalidDateError,
  type Household,
  type HouseholdAssessment,
  type Member,
  type Policy,
  type Water,
} from '../../src/index';
import { makeId } from '../fixtures/ids';
import { CHILD_ID, child, childBorn, head, HEAD_ID, household, spouse, SPOUSE_ID } from './fixtures';

const AS_OF = '2020-12-31';

function assess(h: Household, asOf: string | Date = AS_OF, policy = defaultPolicy): HouseholdAssessment {
  return assessHousehold(h, { asOf, policy });
}

function statuses(a: HouseholdAssessment): Record<string, string> {
  return Object.fromEntries(CHECK_NAMES.map((name) => [name, a.checks[name].status]));
}

function codes(a: HouseholdAssessment, name: (typeof CHECK_NAMES)[number]): string[] {
  return a.checks[name].reasons.map((r) => r.code);
}

describe('assessHousehold', () => {
  it('passes a household that meets every check, with a reason for each', () => {
    const a = assess(household());
    expect(a.householdId).toBe('H-0001');
    expect(a.asOf).toBe('2020-12-31');
    expect(a.compliant).toBe(true);
    expect(Object.keys(a.checks)).toEqual([...CHECK_NAMES]);
    expect(statuses(a)).toEqual({
      income: 'met',
      food: 'met',
      clothing: 'met',
      education: 'met',
      medical: 'met',
      housing: 'met',
      water: 'met',
    });
    for (const name of CHECK_NAMES) expect(a.checks[name].reasons.length).toBeGreaterThan(0);
  });

  it('is compliant only when all seven checks are met', () => {
    expect(assess(household({ foodSecure: false })).compliant).toBe(false);
    const { clothingSecure: _clothing, ...unvisited } = household();
    expect(assess(unvisited).compliant).toBe(false);
    const { housing: _housing, ...withoutHousing } = household();
    expect(assess(withoutHousing).compliant).toBe(false);
  });

  describe('income (一达标)', () => {
    it('gives the per-capita figures as evidence when met', () => {
      expect(assess(household()).checks.income).toEqual({
        status: 'met',
        reasons: [
          {
            code: 'income/above-line',
            path: ['income'],
            evidence: { year: 2020, members: 3, netIncomeYuan: 13000, perCapitaYuan: 4333.34, lineYuan: 4000 },
            message: {
              'zh-CN': '2020 年家庭净收入 13000 元，3 人，人均约 4333.34 元，高于当年贫困线 4000 元',
              en: "net income for 2020 of 13000 yuan for 3 persons (about 4333.34 yuan each) is above that year's poverty line of 4000 yuan",
            },
          },
        ],
      });
    });

    it('is unmet exactly at the line: 4230.02 + 4660.45 + 3109.53 for three at 4,000', () => {
      // In floats 4230.02 + 4660.45 + 3109.53 is 12000.000000000002, a hair above 3 × 4000.
      expect(4230.02 + 4660.45 + 3109.53).toBeGreaterThan(12000);
      const atLine = household({ income: { year: 2020, wage: 4230.02, business: 4660.45, transfer: 3109.53 } });
      const check = assess(atLine).checks.income;
      expect(check.status).toBe('unmet');
      expect(check.reasons[0]?.code).toBe('income/not-above-line');
      expect(check.reasons[0]?.evidence).toEqual({ year: 2020, members: 3, netIncomeYuan: 12000, perCapitaYuan: 4000, lineYuan: 4000 });
    });

    it('never shows a per-capita figure that contradicts the verdict (rounded towards it)', () => {
      // 12,000.01 for three is 4000.0033 each: met, and shown as 4000.01, not "about 4000".
      const met = assess(household({ income: { year: 2020, wage: 12000.01 } })).checks.income;
      expect(met.status).toBe('met');
      expect(met.reasons[0]?.evidence.perCapitaYuan).toBe(4000.01);
      // 11,999.99 for three is 3999.9966 each: unmet, and shown as 3999.99, not "about 4000".
      const unmet = assess(household({ income: { year: 2020, wage: 11999.99 } })).checks.income;
      expect(unmet.status).toBe('unmet');
      expect(unmet.reasons[0]?.evidence.perCapitaYuan).toBe(3999.99);
    });

    it('is met one fen above the line', () => {
      const above = household({ income: { year: 2020, wage: 4230.02, business: 4660.45, transfer: 3109.54 } });
      expect(assess(above).checks.income.status).toBe('met');
    });

    it('uses the line of the income year, not of asOf', () => {
      // 3 × 3218 = 9654 yuan: above the 2019 line, below the 2020 one.
      const h = household({ income: { year: 2019, wage: 9654.01 } });
      expect(assess(h, '2020-06-30').checks.income.status).toBe('met');
      expect(assess(household({ income: { year: 2020, wage: 9654.01 } })).checks.income.status).toBe('unmet');
    });

    it('subtracts production costs and counts absent components as 0', () => {
      const h = household({ income: { year: 2020, business: 12500, productionCosts: 500 } });
      const check = assess(h).checks.income;
      expect(check.status).toBe('unmet');
      expect(check.reasons[0]?.evidence.netIncomeYuan).toBe(12000);
      expect(assess(household({ income: { year: 2020 } })).checks.income.reasons[0]?.evidence.netIncomeYuan).toBe(0);
    });

    it('is unmet for a negative net income', () => {
      const check = assess(household({ income: { year: 2020, wage: 100, productionCosts: 5000.5 } })).checks.income;
      expect(check.status).toBe('unmet');
      expect(check.reasons[0]?.evidence).toMatchObject({ netIncomeYuan: -4900.5, perCapitaYuan: -1633.5 });
      expect(check.reasons[0]?.message.en).toContain('-4900.50 yuan');
    });

    it('is unknown without income or without a line for the year', () => {
      const { income: _income, ...noIncome } = household();
      expect(assess(noIncome).checks.income).toEqual({
        status: 'unknown',
        reasons: [
          {
            code: 'income/missing',
            path: ['income'],
            evidence: {},
            message: { 'zh-CN': '未记录家庭收入', en: 'no household income recorded' },
          },
        ],
      });
      const noLine = assess(household({ income: { year: 2021, wage: 50000 } })).checks.income;
      expect(noLine.status).toBe('unknown');
      expect(noLine.reasons[0]).toMatchObject({ code: 'income/no-line', path: ['income', 'year'], evidence: { year: 2021 } });
    });

    it('reads a province’s own line', () => {
      const guizhou = definePolicy({ povertyLines: [{ year: 2020, yuan: 4500 }] });
      expect(assess(household(), AS_OF, guizhou).checks.income.status).toBe('unmet');
    });

    it('never turns unmet when an income component rises (property)', () => {
      const fen = fc.integer({ min: 0, max: 5_000_000 });
      fc.assert(
        fc.property(
          fc.record({ wage: fen, business: fen, property: fen, transfer: fen, productionCosts: fen }),
          fc.constantFrom('wage', 'business', 'property', 'transfer', 'productionCosts'),
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.integer({ min: 1, max: 8 }),
          (parts, component, raise, size) => {
            const members = Array.from({ length: size }, (_, i) => ({ ...head, idNumber: makeId('522601', '1980-01-01', 100 + i) }));
            const income = (p: typeof parts) => ({
              year: 2020,
              wage: p.wage / 100,
              business: p.business / 100,
              property: p.property / 100,
              transfer: p.transfer / 100,
              productionCosts: p.productionCosts / 100,
            });
            const raised = { ...parts };
            // Raising income: more of a component, or lower production costs.
            if (component === 'productionCosts') raised.productionCosts = Math.max(0, parts.productionCosts - raise);
            else raised[component] += raise;
            const before = assess(household({ members, income: income(parts) })).checks.income.status;
            const after = assess(household({ members, income: income(raised) })).checks.income.status;
            if (before === 'met') expect(after).toBe('met');
          },
        ),
      );
    });
  });

  describe('food and clothing (两不愁)', () => {
    it('follows the findings of the household visit', () => {
      expect(assess(household()).checks.food).toEqual({
        status: 'met',
        reasons: [
          {
            code: 'food/secure',
            path: ['foodSecure'],
            evidence: {},
            message: { 'zh-CN': '入户核实：不愁吃', en: 'food recorded as assured at the household visit' },
          },
        ],
      });
      expect(assess(household({ foodSecure: false })).checks.food.reasons[0]?.code).toBe('food/insecure');
      expect(assess(household({ foodSecure: false })).checks.food.status).toBe('unmet');
      expect(assess(household({ clothingSecure: false })).checks.clothing.status).toBe('unmet');
      const { foodSecure: _f, clothingSecure: _c, ...unvisited } = household();
      const a = assess(unvisited);
      expect([a.checks.food.status, a.checks.clothing.status]).toEqual(['unknown', 'unknown']);
      expect([codes(a, 'food'), codes(a, 'clothing')]).toEqual([['food/missing'], ['clothing/missing']]);
    });
  });

  describe('education (义务教育有保障)', () => {
    it('counts the children of compulsory-education age when met', () => {
      expect(assess(household()).checks.education.reasons[0]).toMatchObject({
        code: 'education/all-in-school',
        path: ['members'],
        evidence: { children: 1, min: 6, max: 15 },
      });
      expect(assess(household({ members: [head, spouse] })).checks.education.reasons[0]).toMatchObject({
        code: 'education/no-child-in-range',
        evidence: { min: 6, max: 15 },
      });
    });

    it('is unmet for a child of compulsory age who dropped out, naming the member masked', () => {
      const dropped: Member = { ...child, schooling: 'dropped-out' };
      const check = assess(household({ members: [head, spouse, dropped] })).checks.education;
      expect(check).toEqual({
        status: 'unmet',
        reasons: [
          {
            code: 'education/dropped-out',
            path: ['members', 2, 'schooling'],
            evidence: { member: 2, name: '张**', idNumber: '5226************' + CHILD_ID.slice(-2), age: 10, min: 6, max: 15 },
            message: {
              'zh-CN': `成员 3（张**，5226************${CHILD_ID.slice(-2)}） 10 岁，处于义务教育年龄（6–15 岁），已辍学`,
              en: `member 3 (张**, 5226************${CHILD_ID.slice(-2)}), aged 10, is of compulsory-education age (6–15) and has dropped out`,
            },
          },
        ],
      });
    });

    it('accepts enrolled, home-taught, exempt and graduated children', () => {
      for (const schooling of ['enrolled', 'home-taught', 'exempt', 'graduated'] as const) {
        expect(assess(household({ members: [head, { ...child, schooling }] })).checks.education.status).toBe('met');
      }
    });

    it('is unknown when a child of compulsory age has no schooling recorded, or “not applicable”', () => {
      const { schooling: _s, ...noSchooling } = child;
      const a = assess(household({ members: [head, noSchooling] }));
      expect(a.checks.education.status).toBe('unknown');
      expect(codes(a, 'education')).toEqual(['education/schooling-missing']);
      const b = assess(household({ members: [head, { ...child, schooling: 'not-applicable' }] }));
      expect(b.checks.education.status).toBe('unknown');
      expect(codes(b, 'education')).toEqual(['education/schooling-not-applicable']);
    });

    it('lets dropping out outweigh a missing record', () => {
      const { schooling: _s, ...noSchooling } = child;
      const dropped = childBorn('2012-03-03', 'dropped-out');
      const a = assess(household({ members: [head, noSchooling, dropped] }));
      expect(a.checks.education.status).toBe('unmet');
      expect(codes(a, 'education')).toEqual(['education/schooling-missing', 'education/dropped-out']);
    });

    it('counts a child turning 6 on asOf, not the day before', () => {
      const six = childBorn('2014-12-31', 'dropped-out');
      expect(assess(household({ members: [head, six] }), '2020-12-31').checks.education.status).toBe('unmet');
      expect(assess(household({ members: [head, six] }), '2020-12-30').checks.education.status).toBe('met');
    });

    it('stops counting a child on the 16th birthday under the 6–15 range, and counts it under 6–16', () => {
      const sixteen = childBorn('2004-12-31', 'dropped-out');
      const h = household({ members: [head, sixteen] });
      expect(assess(h, '2020-12-30').checks.education.status).toBe('unmet');
      expect(assess(h, '2020-12-31').checks.education.status).toBe('met');
      const later = definePolicy({ educationAge: { min: 6, max: 16 } });
      expect(assess(h, '2020-12-31', later).checks.education.status).toBe('unmet');
    });

    it('reads the birthday from the ID number when no birth date is recorded, and a 29 February one on 1 March', () => {
      const leap = childBorn('2012-02-29', 'dropped-out');
      expect(leap.birthDate).toBeUndefined();
      const h = household({ members: [head, leap] });
      // Turning 6 on 1 March 2018 in a common year... out of range before, in range from then.
      expect(assess(h, '2018-02-28').checks.education.status).toBe('met');
      expect(assess(h, '2018-03-01').checks.education.status).toBe('unmet');
      const withDate = household({ members: [head, { ...leap, birthDate: '2012-02-29' }] });
      expect(assess(withDate, '2018-03-01').checks.education.status).toBe('unmet');
    });

    it('reads asOf in China: a Date just before midnight UTC is already the next day', () => {
      // 2020-08-31T23:59Z is 07:59 on 1 September in Beijing: the child born on 1 September 2014
      // is 6 and of compulsory age there, whatever the host's time zone.
      const turningSix = childBorn('2014-09-01', 'dropped-out');
      const h = household({ members: [head, turningSix] });
      const lateUtc = assess(h, new Date('2020-08-31T23:59:00Z'));
      expect(lateUtc.asOf).toBe('2020-09-01');
      expect(lateUtc.checks.education.status).toBe('unmet');
      expect(lateUtc.checks.education.reasons[0]?.evidence.age).toBe(6);
      // 15:59Z is 23:59 on 31 August in Beijing: still 5.
      const earlier = assess(h, new Date('2020-08-31T15:59:00Z'));
      expect(earlier.asOf).toBe('2020-08-31');
      expect(earlier.checks.education.status).toBe('met');
      // The same for a child turning 16, who leaves the range.
      const sixteen = household({ members: [head, childBorn('2004-09-01', 'dropped-out')] });
      expect(assess(sixteen, new Date('2020-08-31T23:59:00Z')).checks.education.status).toBe('met');
      expect(assess(sixteen, new Date('2020-08-31T15:59:00Z')).checks.education.status).toBe('unmet');
    });

    it('agrees with a plain reading of the rule through ageOn (property)', () => {
      const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
      const memberArb = fc.record({
        birth: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        useBirthDate: fc.boolean(),
        residentId: fc.boolean(),
        schooling: fc.constantFrom(undefined, 'enrolled', 'home-taught', 'exempt', 'graduated', 'dropped-out', 'not-applicable'),
      });
      const ranges = fc.constantFrom({ min: 6, max: 15 }, { min: 6, max: 16 }, { min: 7, max: 7 });
      fc.assert(
        fc.property(fc.array(memberArb, { minLength: 1, maxLength: 5 }), day, ranges, (specs, asOfDate, range) => {
          const asOf = asOfDate.toISOString().slice(0, 10);
          const policy = definePolicy({ educationAge: range });
          const members: Member[] = specs.map((spec, i) => {
            const birth = spec.birth.toISOString().slice(0, 10);
            const m: Member = { idNumber: makeId('522601', birth, 100 + i), name: `成员${i}`, relation: 'other' };
            return {
              ...m,
              // The document type recorded as a resident ID, or not recorded: the number is read alike.
              ...(spec.residentId ? { documentType: 'resident-id' as const } : {}),
              ...(spec.useBirthDate ? { birthDate: birth } : {}),
              ...(spec.schooling === undefined ? {} : { schooling: spec.schooling }),
            };
          });
          const inRange = members.filter((m) => {
            const age = ageOn(m.idNumber.slice(6, 10) + '-' + m.idNumber.slice(10, 12) + '-' + m.idNumber.slice(12, 14), asOf);
            return age >= range.min && age <= range.max;
          });
          const ok = ['enrolled', 'home-taught', 'exempt', 'graduated'];
          const expected = inRange.some((m) => m.schooling === 'dropped-out')
            ? 'unmet'
            : inRange.every((m) => m.schooling !== undefined && ok.includes(m.schooling))
              ? 'met'
              : 'unknown';
          const check = assess(household({ members }), asOf, policy).checks.education;
          expect(check.status).toBe(expected);
          if (expected === 'met' && inRange.length > 0) expect(check.reasons[0]?.evidence).toEqual({ children: inRange.length, ...range });
          // Each child in range not in school is named, masked, with the age and the range.
          if (expected !== 'met') {
            const named = inRange
              .filter((m) => m.schooling === undefined || !ok.includes(m.schooling))
              .map((m) => {
                const i = members.indexOf(m);
                const age = ageOn(m.idNumber.slice(6, 10) + '-' + m.idNumber.slice(10, 12) + '-' + m.idNumber.slice(12, 14), asOf);
                return { member: i, name: '成**', idNumber: `${m.idNumber.slice(0, 4)}************${m.idNumber.slice(16)}`, age, ...range };
              });
            expect(check.reasons.map((r) => r.evidence)).toEqual(named);
          }
        }),
      );
    });

    it('is unknown when a member’s birth date cannot be read, or no age range is in force', () => {
      const unreadable: Member = { ...child, idNumber: '522601ABCDEFGH0310' };
      const a = assess(household({ members: [head, unreadable] }));
      expect(a.checks.education.status).toBe('unknown');
      expect(a.checks.education.reasons[0]).toMatchObject({ code: 'education/age-unknown', path: ['members', 1, 'birthDate'] });
      const from2021 = definePolicy({
        educationAge: [{ from: '2021-01-01', value: { min: 6, max: 16 }, source: 'test', confirmed: false }],
      });
      const b = assess(household(), AS_OF, from2021);
      expect(b.checks.education.status).toBe('unknown');
      expect(b.checks.education.reasons[0]).toMatchObject({ code: 'education/no-age-range', path: [], evidence: { asOf: '2020-12-31' } });
    });
  });

  describe('medical (基本医疗有保障)', () => {
    it('is met when every member is insured', () => {
      expect(assess(household()).checks.medical.reasons).toEqual([
        {
          code: 'medical/all-insured',
          path: ['members'],
          evidence: { members: 3 },
          message: { 'zh-CN': '全部 3 名成员均参加基本医疗保险', en: 'all 3 members are enrolled in basic medical insurance' },
        },
      ]);
    });

    it('is unmet when any member is not insured, naming every member without insurance', () => {
      const { medicalInsurance: _m, ...unrecorded } = spouse;
      const a = assess(household({ members: [{ ...head, medicalInsurance: false }, unrecorded, child] }));
      expect(a.checks.medical.status).toBe('unmet');
      expect(a.checks.medical.reasons.map((r) => [r.code, r.path, r.evidence])).toEqual([
        ['medical/uninsured', ['members', 0, 'medicalInsurance'], { member: 0, name: '张**', idNumber: `5226************${HEAD_ID.slice(-2)}` }],
        ['medical/insurance-missing', ['members', 1, 'medicalInsurance'], { member: 1, name: '李**', idNumber: `5226************${SPOUSE_ID.slice(-2)}` }],
      ]);
    });

    it('is unknown when some member has no record and none is uninsured', () => {
      const { medicalInsurance: _m, ...unrecorded } = child;
      const a = assess(household({ members: [head, spouse, unrecorded] }));
      expect(a.checks.medical.status).toBe('unknown');
      expect(codes(a, 'medical')).toEqual(['medical/insurance-missing']);
    });
  });

  describe('housing (住房安全有保障)', () => {
    it('is met for grades A and B', () => {
      for (const grade of ['A', 'B'] as const) {
        const check = assess(household({ housing: { grade } })).checks.housing;
        expect(check.status).toBe('met');
        expect(check.reasons[0]).toMatchObject({ code: 'housing/safe-grade', path: ['housing', 'grade'], evidence: { grade } });
      }
    });

    it('is met for C or D only with the renovation accepted or other safe housing', () => {
      expect(assess(household({ housing: { grade: 'C', renovation: 'accepted' } })).checks.housing).toMatchObject({
        status: 'met',
        reasons: [{ code: 'housing/renovation-accepted', path: ['housing', 'renovation'], evidence: { grade: 'C' } }],
      });
      expect(assess(household({ housing: { grade: 'D', livesInSafeHousing: true } })).checks.housing).toMatchObject({
        status: 'met',
        reasons: [{ code: 'housing/lives-in-safe-housing', evidence: { grade: 'D' } }],
      });
      expect(assess(household({ housing: { grade: 'C' } })).checks.housing).toEqual({
        status: 'unmet',
        reasons: [
          {
            code: 'housing/dangerous',
            path: ['housing'],
            evidence: { grade: 'C', renovation: null, livesInSafeHousing: null },
            message: {
              'zh-CN': '住房鉴定为 C 级危房，危房改造：未记录，是否已住进其他安全住房：未记录',
              en: 'the house is graded C (dangerous); renovation: not recorded; lives in other safe housing: not recorded',
            },
          },
        ],
      });
      for (const housing of [
        { grade: 'C', renovation: 'in-progress' },
        { grade: 'D', renovation: 'none', livesInSafeHousing: false },
      ] as const) {
        expect(assess(household({ housing })).checks.housing.status).toBe('unmet');
      }
    });

    it('is unknown without a grade', () => {
      const { housing: _h, ...noHousing } = household();
      expect(assess(noHousing).checks.housing).toMatchObject({ status: 'unknown', reasons: [{ code: 'housing/missing', path: ['housing'] }] });
    });
  });

  describe('water (饮水安全有保障, T/CHES 18-2018)', () => {
    const ok: Water = { litresPerPersonPerDay: 35, piped: true, interruptionDaysPerYear: 36, qualityOk: true };
    const water = (w: Water) => assess(household({ water: w })).checks.water;
    const status = (w: Water) => water(w).status;

    it('is met at every threshold, with one reason per indicator', () => {
      expect(water(ok)).toEqual({
        status: 'met',
        reasons: [
          {
            code: 'water/quantity-ok',
            path: ['water', 'litresPerPersonPerDay'],
            evidence: { litres: 35, min: 35, waterShortArea: null },
            message: { 'zh-CN': '水量 35 升/人·日，不低于 35 升', en: 'water quantity of 35 L per person per day meets the minimum of 35 L' },
          },
          {
            code: 'water/convenience-piped',
            path: ['water', 'piped'],
            evidence: {},
            message: { 'zh-CN': '供水入户', en: 'water is piped to the home' },
          },
          {
            code: 'water/reliability-ok',
            path: ['water', 'interruptionDaysPerYear'],
            evidence: { days: 36, max: 36 },
            message: { 'zh-CN': '年供水中断或不足 36 天，不超过 36 天', en: 'supply was interrupted or short on 36 days a year, within 36' },
          },
          {
            code: 'water/quality-ok',
            path: ['water', 'qualityOk'],
            evidence: {},
            message: { 'zh-CN': '水质达标', en: 'water quality meets the standard' },
          },
        ],
      });
    });

    it('quantity: 35 L, or 20 L in a water-short area', () => {
      expect(status({ ...ok, litresPerPersonPerDay: 34.9, waterShortArea: false })).toBe('unmet');
      expect(status({ ...ok, litresPerPersonPerDay: 35, waterShortArea: false })).toBe('met');
      expect(status({ ...ok, litresPerPersonPerDay: 20, waterShortArea: true })).toBe('met');
      expect(status({ ...ok, litresPerPersonPerDay: 19.9, waterShortArea: true })).toBe('unmet');
      expect(water({ ...ok, litresPerPersonPerDay: 19.9, waterShortArea: true }).reasons[0]).toMatchObject({
        code: 'water/quantity-low',
        evidence: { litres: 19.9, min: 20, waterShortArea: true },
      });
    });

    it('quantity: between 20 and 35 L with the area unrecorded is unknown; below 20 L it fails either way', () => {
      const between = water({ ...ok, litresPerPersonPerDay: 25 });
      expect(between.status).toBe('unknown');
      expect(between.reasons[0]).toMatchObject({ code: 'water/quantity-area-unknown', evidence: { litres: 25, min: 35, minWaterShort: 20 } });
      expect(status({ ...ok, litresPerPersonPerDay: 20 })).toBe('unknown');
      expect(status({ ...ok, litresPerPersonPerDay: 19.9 })).toBe('unmet');
      const { litresPerPersonPerDay: _l, ...noQuantity } = ok;
      expect(water(noQuantity).reasons[0]?.code).toBe('water/quantity-missing');
      expect(status(noQuantity)).toBe('unknown');
    });

    it('convenience: piped, or a fetch within 20 minutes, 800 m horizontally or 80 m vertically', () => {
      const far: Water = { ...ok, piped: false, fetchMinutes: 21, horizontalMetres: 801, verticalMetres: 81 };
      expect(status(far)).toBe('unmet');
      expect(water(far).reasons[1]).toMatchObject({
        code: 'water/convenience-poor',
        path: ['water'],
        evidence: { piped: false, fetchMinutes: 21, horizontalMetres: 801, verticalMetres: 81, maxFetchMinutes: 20, maxHorizontalMetres: 800, maxVerticalMetres: 80 },
      });
      expect(water({ ...far, fetchMinutes: 20 }).reasons[1]).toMatchObject({ code: 'water/convenience-fetch-time', evidence: { value: 20, max: 20 } });
      expect(water({ ...far, horizontalMetres: 800 }).reasons[1]).toMatchObject({ code: 'water/convenience-horizontal', evidence: { value: 800, max: 800 } });
      expect(water({ ...far, verticalMetres: 80 }).reasons[1]).toMatchObject({ code: 'water/convenience-vertical', evidence: { value: 80, max: 80 } });
      expect(status({ ...far, piped: true })).toBe('met');
    });

    it('convenience: unknown while a missing option could still meet', () => {
      const partial: Water = { ...ok, piped: false, fetchMinutes: 30 };
      expect(water(partial).status).toBe('unknown');
      expect(water(partial).reasons[1]).toMatchObject({
        code: 'water/convenience-unknown',
        evidence: { piped: false, fetchMinutes: 30, horizontalMetres: null, verticalMetres: null, missing: ['horizontalMetres', 'verticalMetres'] },
      });
      // A recorded option that meets decides, whatever is missing.
      expect(status({ litresPerPersonPerDay: 40, verticalMetres: 10, interruptionDaysPerYear: 0, qualityOk: true })).toBe('met');
      const { piped: _p, ...nothing } = ok;
      expect(water(nothing).reasons[1]?.message.en).toBe('neither piped supply nor fetching time or distance is recorded');
    });

    it('reliability: at most 36 days of interruption a year', () => {
      expect(status({ ...ok, interruptionDaysPerYear: 37 })).toBe('unmet');
      expect(water({ ...ok, interruptionDaysPerYear: 37 }).reasons[2]?.code).toBe('water/interruptions-high');
      const { interruptionDaysPerYear: _d, ...noDays } = ok;
      expect(water(noDays).reasons[2]?.code).toBe('water/reliability-missing');
      expect(status(noDays)).toBe('unknown');
    });

    it('quality: the recorded finding', () => {
      expect(status({ ...ok, qualityOk: false })).toBe('unmet');
      expect(water({ ...ok, qualityOk: false }).reasons[3]?.code).toBe('water/quality-poor');
      const { qualityOk: _q, ...noQuality } = ok;
      expect(water(noQuality).reasons[3]?.code).toBe('water/quality-missing');
      expect(status(noQuality)).toBe('unknown');
    });

    it('is unmet when any indicator fails, even with others missing; unknown when some are missing and none fails', () => {
      const mixed = water({ litresPerPersonPerDay: 10, qualityOk: true });
      expect(mixed.status).toBe('unmet');
      expect(mixed.reasons.map((r) => r.code)).toEqual([
        'water/quantity-low',
        'water/convenience-unknown',
        'water/reliability-missing',
        'water/quality-ok',
      ]);
      expect(status({ litresPerPersonPerDay: 40, piped: true, qualityOk: true })).toBe('unknown');
    });

    it('is unknown without findings, or when the policy has no water thresholds at all', () => {
      const { water: _w, ...noWater } = household();
      expect(assess(noWater).checks.water).toMatchObject({ status: 'unknown', reasons: [{ code: 'water/missing', path: ['water'] }] });
      // Not a valid policy (the schema wants one value at least), but a typed one may still come.
      const empty: Policy = { ...defaultPolicy, water: [] };
      expect(assess(household(), AS_OF, empty).checks.water).toMatchObject({
        status: 'unknown',
        reasons: [{ code: 'water/no-thresholds', path: [], evidence: { asOf: AS_OF } }],
      });
    });

    it('is met as not required before 2019, when water joined the test (regression: 2018 without water data)', () => {
      const { water: _w, ...noWater } = household();
      const notRequired = {
        status: 'met',
        reasons: [
          {
            code: 'water/not-required',
            path: [],
            evidence: { asOf: '2018-12-31', from: '2019-01-01' },
            message: {
              'zh-CN': '饮水安全自 2019-01-01 起纳入检查，2018-12-31 无须检查',
              en: 'safe drinking water is part of the test from 2019-01-01: not required on 2018-12-31',
            },
          },
        ],
      };
      expect(defaultPolicy.water[0]?.from).toBe('2019-01-01');
      expect(assess(noWater, '2018-12-31').checks.water).toEqual(notRequired);
      expect(assess(noWater, '2018-12-31').compliant).toBe(true);
      // Whatever was recorded: the water findings are not part of a 2018 test.
      expect(assess(household({ water: { qualityOk: false } }), '2018-12-31').checks.water).toEqual(notRequired);
      // From 2019-01-01 in China's calendar (16:00 UTC on 31 December) water is checked again.
      expect(assess(noWater, '2019-01-01').checks.water.reasons[0]?.code).toBe('water/missing');
      expect(assess(noWater, new Date('2018-12-31T16:00:00Z')).checks.water.status).toBe('unknown');
      expect(assess(noWater, new Date('2018-12-31T15:59:59Z')).checks.water.status).toBe('met');
    });

    it('is not required before the first date of the policy’s own water table', () => {
      const later = definePolicy({
        water: [{ from: '2021-01-01', value: defaultPolicy.water[0]!.value, source: 'test', confirmed: false }],
      });
      expect(assess(household(), AS_OF, later).checks.water).toMatchObject({
        status: 'met',
        reasons: [{ code: 'water/not-required', evidence: { asOf: AS_OF, from: '2021-01-01' } }],
      });
      expect(assess(household({ water: { qualityOk: false } }), '2021-01-01', later).checks.water.status).toBe('unmet');
    });

    it('reads the thresholds from the policy', () => {
      const strict = definePolicy({ water: { ...defaultPolicy.water[0]!.value, minLitresPerPersonPerDay: 50 } });
      const h = household({ water: { ...household().water, waterShortArea: false } });
      expect(assess(h, AS_OF, strict).checks.water.status).toBe('unmet');
      expect(assess(h, AS_OF, strict).checks.water.reasons[0]?.evidence).toEqual({ litres: 40, min: 50, waterShortArea: false });
    });
  });

  it('does not depend on the order of members (property)', () => {
    const memberArb = fc.record({
      birth: fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
      useBirthDate: fc.boolean(),
      schooling: fc.constantFrom(undefined, 'enrolled', 'home-taught', 'exempt', 'graduated', 'dropped-out', 'not-applicable'),
      insured: fc.constantFrom(undefined, true, false),
    });
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 2_000_000 }), (specs, incomeFen) => {
        const members: Member[] = specs.map((s, i) => {
          const birth = s.birth.toISOString().slice(0, 10);
          const m: Member = { idNumber: makeId('522601', birth, 100 + i), name: `成员${i}`, relation: i === 0 ? 'head' : 'other' };
          return {
            ...m,
            ...(s.useBirthDate ? { birthDate: birth } : {}),
            ...(s.schooling === undefined ? {} : { schooling: s.schooling }),
            ...(s.insured === undefined ? {} : { medicalInsurance: s.insured }),
          };
        });
        const h = household({ members, income: { year: 2020, wage: incomeFen / 100 } });
        const reversed = household({ members: [...members].reverse(), income: h.income! });
        const rotated = household({ members: [...members.slice(1), members[0]!], income: h.income! });
        const a = assess(h);
        for (const other of [reversed, rotated]) {
          const b = assess(other);
          expect(statuses(b)).toEqual(statuses(a));
          expect(b.compliant).toBe(a.compliant);
        }
      }),
    );
  });

  it('never shows personal data unmasked in any reason', () => {
    const names = ['张三丰', '李四娘', '王小明', '赵六'];
    const ids = [HEAD_ID, SPOUSE_ID, makeId('522601', '2012-03-04', 41), '522601ABCDEFGH0310'];
    const members: Member[] = [
      { idNumber: ids[0]!, name: names[0]!, relation: 'head', medicalInsurance: false },
      { idNumber: ids[1]!, name: names[1]!, relation: 'spouse' },
      { idNumber: ids[2]!, name: names[2]!, relation: 'child', schooling: 'dropped-out', medicalInsurance: true },
      { idNumber: ids[3]!, name: names[3]!, relation: 'other', medicalInsurance: true },
    ];
    const text = JSON.stringify(assess(household({ members })));
    expect(text).toContain('education/dropped-out');
    expect(text).toContain('education/age-unknown');
    expect(text).toContain('medical/uninsured');
    expect(text).toContain('medical/insurance-missing');
    for (const name of names) expect(text).not.toContain(name);
    for (const id of ids) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.slice(4, 16)); // the birth date and sequence
    }
  });

  it('does not mutate its input', () => {
    const h = household({ members: [head, { ...child, schooling: 'dropped-out' }] });
    const before = structuredClone(h);
    // Frozen: any write would throw in this strict-mode module.
    const frozen = Object.freeze({ ...h, members: Object.freeze(h.members.map((m) => Object.freeze({ ...m }))) });
    expect(assess(frozen as unknown as Household)).toEqual(assess(h));
    assess(h);
    expect(h).toEqual(before);
  });

  it('shares no mutable state between assessments', () => {
    const a = assess(household());
    expect(Object.isFrozen(a.checks.food)).toBe(true);
    expect(Object.isFrozen(a.checks.food.reasons[0])).toBe(true);
    expect(assess(household()).checks.food).toBe(a.checks.food);
  });

  it('throws for an invalid asOf and for records that skipped validation', () => {
    expect(() => assessHousehold(household(), { asOf: '2020-02-30' })).toThrow(InvalidDateError);
    expect(() => assessHousehold(household(), { asOf: new Date(Number.NaN) })).toThrow(InvalidDateError);
    expect(() => assess(household({ members: [] }))).toThrow(DomainError);
    expect(() => assess(household({ members: [] }))).toThrow('tuopin: household/no-members:');
    expect(() => assess(household({ income: { year: 2020, wage: 0.1 + 0.2 } }))).toThrow(InvalidAmountError);
  });

  it('uses the default policy when none is given', () => {
    expect(assessHousehold(household(), { asOf: AS_OF })).toEqual(assess(household(), AS_OF, defaultPolicy));
  });
});

describe('the education check: what its reasons point at, and which state wins', () => {
  const on = (members: Member[]) => assessHousehold(household({ members }), { asOf: '2020-12-31' }).checks.education;

  it('points at schooling when schooling is recorded, even beside a register student status', () => {
    const both: Member = { ...child, schooling: 'dropped-out', studentStatus: 'primary' };
    expect(on([head, both]).reasons.map((r) => r.path)).toEqual([['members', 1, 'schooling']]);
    const { schooling: _s, ...registerOnly } = child;
    expect(on([head, { ...registerOnly, studentStatus: 'dropped-out' }]).reasons.map((r) => r.path)).toEqual([['members', 1, 'studentStatus']]);
  });

  it('stays unmet when a member whose age cannot be read follows a child who dropped out', () => {
    const noBirth: Member = { idNumber: 'C-12345', documentType: 'disability-certificate', name: '王五', relation: 'other' };
    const check = on([head, { ...child, schooling: 'dropped-out' }, noBirth]);
    expect(check.status).toBe('unmet');
    expect(check.reasons.map((r) => r.code)).toEqual(['education/dropped-out', 'education/age-unknown']);
    expect(on([head, noBirth]).status).toBe('unknown');
  });

  it('stays unmet when a child without a schooling record follows a child who dropped out', () => {
    const { schooling: _s, ...noSchooling } = child;
    const check = on([head, childBorn('2012-03-03', 'dropped-out'), noSchooling]);
    expect(check.status).toBe('unmet');
    expect(check.reasons.map((r) => r.code)).toEqual(['education/dropped-out', 'education/schooling-missing']);
  });
});
