// Household assessment speed (issue 3): `assessHousehold` on pre-validated four-member households,
// and validate + assess through `assessHouseholds`. Run: npm run bench -- household
import type { BenchTask } from '../index';
import {
  assessHousehold,
  assessHouseholds,
  HouseholdSchema,
  idNumberCheckCharacter,
  monitoringFlags,
  validate,
  type Household,
} from '../../src/index';

const COUNT = 1000;
const AS_OF = '2020-12-31';

// A deterministic generator (no Math.random): the same households on every run.
let seed = 20200301;
function next(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

function id(birth: string, sequence: number): string {
  const first17 = `522601${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A four-member household: two adults and two children of 4 to 17, most of them compliant. */
function record(i: number): unknown {
  const born = (year: number) => `${year}-${pad(1 + next(12))}-${pad(1 + next(28))}`;
  const schooling = ['enrolled', 'enrolled', 'enrolled', 'enrolled', 'graduated', 'dropped-out'] as const;
  return {
    id: `H-${i}`,
    villageCode: '522601101201',
    status: 'exited',
    members: [
      { idNumber: id(born(1975 + next(10)), 11), name: '示例甲', relation: 'head', medicalInsurance: true },
      { idNumber: id(born(1976 + next(10)), 22), name: '示例乙', relation: 'spouse', medicalInsurance: true },
      {
        idNumber: id(born(2003 + next(14)), 31),
        name: '示例丙',
        relation: 'child',
        schooling: schooling[next(schooling.length)],
        medicalInsurance: next(20) > 0,
      },
      { idNumber: id(born(2003 + next(14)), 42), name: '示例丁', relation: 'child', schooling: 'enrolled', medicalInsurance: true },
    ],
    income: {
      year: 2020,
      wage: (900000 + next(900000)) / 100,
      business: next(300000) / 100,
      transfer: (120000 + next(50000)) / 100,
      productionCosts: next(100000) / 100,
    },
    foodSecure: true,
    clothingSecure: true,
    housing: next(10) > 0 ? { grade: 'B' } : { grade: 'C', renovation: 'accepted' },
    water: { litresPerPersonPerDay: 30 + next(30), piped: next(4) > 0, fetchMinutes: 5 + next(20), interruptionDaysPerYear: next(40), qualityOk: true },
  };
}

const records: unknown[] = Array.from({ length: COUNT }, (_, i) => record(i));
const households: Household[] = records.map((r) => {
  const result = validate(HouseholdSchema, r);
  if (!result.ok) throw new Error(`bench fixture ${JSON.stringify(result.issues)}`);
  return result.value;
});
const options = { asOf: AS_OF } as const;
const previousIncome = { year: 2019, wage: 15000, transfer: 1000 } as const;

export const tasks: readonly BenchTask[] = [
  {
    name: 'household: assessHousehold (4 members, pre-validated)',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let compliant = 0;
      for (let i = 0; i < COUNT; i++) if (assessHousehold(households[i] as Household, options).compliant) compliant++;
      return compliant;
    },
  },
  {
    name: 'household: assessHouseholds (validate + assess, 4 members)',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let assessed = 0;
      for (const result of assessHouseholds(records, options)) if (result.ok) assessed++;
      return assessed;
    },
  },
  {
    // For comparison: what validation alone costs, the bound on validate + assess.
    name: 'household: validate(HouseholdSchema) only, 4 members',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let valid = 0;
      for (let i = 0; i < COUNT; i++) if (validate(HouseholdSchema, records[i]).ok) valid++;
      return valid;
    },
  },
  {
    name: 'household: monitoringFlags (with previous income)',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let flagged = 0;
      for (let i = 0; i < COUNT; i++) if (monitoringFlags(households[i] as Household, { asOf: AS_OF, previousIncome }).flagged) flagged++;
      return flagged;
    },
  },
];
