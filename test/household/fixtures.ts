import type { Household, Member } from '../../src/index';
import { makeId } from '../fixtures/ids';

/** Fictional members; names and ID numbers are personal data the library must mask. */
export const HEAD_ID = makeId('522601', '1980-01-01', 11);
export const SPOUSE_ID = makeId('522601', '1982-06-15', 22);
export const CHILD_ID = makeId('522601', '2010-05-20', 31);

export const head: Member = { idNumber: HEAD_ID, name: '张三丰', relation: 'head', medicalInsurance: true };
export const spouse: Member = { idNumber: SPOUSE_ID, name: '李四娘', relation: 'spouse', medicalInsurance: true };
export const child: Member = { idNumber: CHILD_ID, name: '张小宝', relation: 'child', schooling: 'enrolled', medicalInsurance: true };

/** A three-member household that meets every check on 2020-12-31 under the default policy. */
export function household(overrides: Partial<Household> = {}): Household {
  return {
    id: 'H-0001',
    villageCode: '522601101201',
    status: 'exited',
    members: [head, spouse, child],
    income: { year: 2020, wage: 9000, business: 2500, transfer: 1800, productionCosts: 300 },
    foodSecure: true,
    clothingSecure: true,
    housing: { grade: 'B' },
    water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: true },
    ...overrides,
  };
}

/** A child member born on `birth`, with the given schooling. */
export function childBorn(birth: string, schooling?: Member['schooling'], sequence = 41): Member {
  const member: Member = { idNumber: makeId('522601', birth, sequence), name: '王小明', relation: 'child', medicalInsurance: true };
  return schooling === undefined ? member : { ...member, schooling };
}
