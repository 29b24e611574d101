import type { Household, Member } from '../../src/index';
import { makeId } from '../fixtures/ids';

/** Fictional members of household number `n` (distinct ID numbers per household). */
export function family(n: number): Member[] {
  return [
    { idNumber: makeId('522601', '1980-01-01', 100 + n * 4), name: '张三丰', relation: 'head', medicalInsurance: true },
    { idNumber: makeId('522601', '1982-06-15', 101 + n * 4), name: '李四娘', relation: 'spouse', medicalInsurance: true },
    { idNumber: makeId('522601', '2010-05-20', 102 + n * 4), name: '张小宝', relation: 'child', schooling: 'enrolled', medicalInsurance: true },
    { idNumber: makeId('522601', '1955-03-03', 103 + n * 4), name: '张老汉', relation: 'parent', medicalInsurance: true },
  ];
}

/** Household number `n`: four members, compliant with every check on 2020-12-31. */
export function clean(n: number, overrides: Partial<Household> = {}): Household {
  return {
    id: `H-${String(n).padStart(4, '0')}`,
    villageCode: n % 2 === 0 ? '522601101201' : '522601101202',
    status: 'exited',
    members: family(n),
    income: { year: 2020, wage: 20000, business: 3500, transfer: 1800, productionCosts: 300 },
    foodSecure: true,
    clothingSecure: true,
    housing: { grade: 'B' },
    water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: true },
    ...overrides,
  };
}

/** Household `n` with member `i` changed. */
export function withMember(n: number, i: number, change: Partial<Member>, overrides: Partial<Household> = {}): Household {
  const members = family(n);
  members[i] = { ...(members[i] as Member), ...change };
  return clean(n, { members, ...overrides });
}

export const AS_OF = '2020-12-31';
