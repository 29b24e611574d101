// Household assessment speed (issues 3 and 10): `assessHousehold` on pre-validated four-member
// households, validate + assess through `assessHouseholds`, and a hand-written loop doing the same
// seven checks on the same households, the three measured side by side (interleaved rounds in one
// process, group `side-by-side`) with their ratios printed. Run: npm run bench -- household
import type { BenchTask } from '../index';
import {
  assessHousehold,
  defaultPolicy,
  assessHouseholds,
  HouseholdSchema,
  idNumberCheckCharacter,
  monitoringFlags,
  validate,
  type Household,
} from '../../src/index';
import { fastParse, NOT_ACCEPTED } from '../../src/validation/fast-path';

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


// ---------------------------------------------------------------------------------------------
// The hand-written loop: the same seven checks under the default policy on 2020-12-31, written
// directly for the fixture's fields (income components, schooling, insurance, grade, water
// indicators), with the policy figures read once, outside the loop, as a program written for one
// job would. It returns the seven statuses and the verdict; it is checked against
// `assessHousehold` on every fixture household below, so it cannot drift into doing less.
// ---------------------------------------------------------------------------------------------

type Status = 'met' | 'unmet' | 'unknown';
interface HandVerdict {
  readonly id: string;
  readonly status: Status;
  readonly income: Status;
  readonly food: Status;
  readonly clothing: Status;
  readonly education: Status;
  readonly medical: Status;
  readonly housing: Status;
  readonly water: Status;
}

const LINE_FEN = Math.round((defaultPolicy.povertyLines.find((l) => l.year === 2020)?.yuan ?? NaN) * 100);
const AGE = defaultPolicy.educationAge[0]?.value ?? { min: 6, max: 15 };
const WATER_IN_FORCE = defaultPolicy.water[0]?.value;
if (WATER_IN_FORCE === undefined) throw new Error('bench: no water thresholds');
const WATER = WATER_IN_FORCE;
const DAY_YEAR = Number(AS_OF.slice(0, 4));
const DAY_MONTH_DAY = Number(AS_OF.slice(5, 7)) * 100 + Number(AS_OF.slice(8, 10));

const fen = (yuan: number | undefined) => (yuan === undefined ? 0 : Math.round(yuan * 100));
const digits = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};
const worst = (a: Status, b: Status): Status => (a === 'unmet' || b === 'unmet' ? 'unmet' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'met');

function handAssess(h: Household): HandVerdict {
  const members = h.members;
  const n = members.length;
  // 一达标: net income above the line, in fen, without division.
  const inc = h.income;
  let income: Status = 'unknown';
  if (inc !== undefined) {
    const net = fen(inc.wage) + fen(inc.business) + fen(inc.property) + fen(inc.transfer) - fen(inc.productionCosts);
    income = net > LINE_FEN * n ? 'met' : 'unmet';
  }
  const food: Status = h.foodSecure === true ? 'met' : h.foodSecure === false ? 'unmet' : 'unknown';
  const clothing: Status = h.clothingSecure === true ? 'met' : h.clothingSecure === false ? 'unmet' : 'unknown';
  // 义务教育 and 基本医疗: one pass over the members; the age from the ID number's birth date.
  let education: Status = 'met';
  let medical: Status = 'met';
  for (let i = 0; i < n; i++) {
    const m = members[i] as Household['members'][number];
    if (m.medicalInsurance !== true) medical = m.medicalInsurance === false ? 'unmet' : worst(medical, 'unknown');
    if (m.criticalIllnessInsurance === false) medical = 'unmet';
    const id = m.idNumber;
    const age = DAY_YEAR - digits(id, 6, 10) - (digits(id, 10, 14) > DAY_MONTH_DAY ? 1 : 0);
    if (age < AGE.min || age > AGE.max) continue;
    const s = m.schooling;
    if (s === 'enrolled' || s === 'home-taught' || s === 'exempt' || s === 'graduated') continue;
    education = s === 'dropped-out' ? 'unmet' : worst(education, 'unknown');
  }
  // 住房安全: grade A/B, or C/D renovated or housed elsewhere.
  const g = h.housing?.grade;
  const housing: Status =
    g === 'A' || g === 'B' ? 'met' : g === undefined ? 'unknown' : h.housing?.renovation === 'accepted' || h.housing?.livesInSafeHousing === true ? 'met' : 'unmet';
  // 饮水安全: quantity, convenience, reliability, quality.
  const w = h.water;
  let water: Status = 'unknown';
  if (w !== undefined) {
    const l = w.litresPerPersonPerDay;
    const minA = WATER.minLitresPerPersonPerDay;
    const minB = WATER.minLitresPerPersonPerDayWaterShort;
    const quantity: Status =
      l === undefined
        ? 'unknown'
        : w.waterShortArea === undefined
          ? l >= minA && l >= minB ? 'met' : l < minA && l < minB ? 'unmet' : 'unknown'
          : l >= (w.waterShortArea ? minB : minA) ? 'met' : 'unmet';
    const convenience: Status =
      w.piped === true ||
      (w.fetchMinutes !== undefined && w.fetchMinutes <= WATER.maxFetchMinutes) ||
      (w.horizontalMetres !== undefined && w.horizontalMetres <= WATER.maxHorizontalMetres) ||
      (w.verticalMetres !== undefined && w.verticalMetres <= WATER.maxVerticalMetres)
        ? 'met'
        : w.piped === undefined || w.fetchMinutes === undefined || w.horizontalMetres === undefined || w.verticalMetres === undefined
          ? 'unknown'
          : 'unmet';
    const d = w.interruptionDaysPerYear;
    const reliability: Status = d === undefined ? 'unknown' : d <= WATER.maxInterruptionDaysPerYear ? 'met' : 'unmet';
    const quality: Status = w.qualityOk === true ? 'met' : w.qualityOk === false ? 'unmet' : 'unknown';
    water = worst(worst(quantity, convenience), worst(reliability, quality));
  }
  const status = worst(worst(worst(income, food), worst(clothing, education)), worst(worst(medical, housing), water));
  return { id: h.id, status, income, food, clothing, education, medical, housing, water };
}

// The loop does the same checks: the seven statuses and the verdict agree on every household.
for (const h of households) {
  const a = assessHousehold(h, options);
  const b = handAssess(h);
  for (const name of ['income', 'food', 'clothing', 'education', 'medical', 'housing', 'water'] as const) {
    if (a.checks[name].status !== b[name]) throw new Error(`bench: hand-written ${name} disagrees on ${h.id}: ${b[name]} vs ${a.checks[name].status}`);
  }
  if (a.status !== b.status) throw new Error(`bench: hand-written verdict disagrees on ${h.id}`);
}

export const tasks: readonly BenchTask[] = [
  {
    name: 'household: hand-written loop, same seven checks (baseline)',
    group: 'side-by-side',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let compliant = 0;
      for (let i = 0; i < COUNT; i++) if (handAssess(households[i] as Household).status === 'met') compliant++;
      return compliant;
    },
  },
  {
    name: 'household: assessHousehold (4 members, pre-validated)',
    group: 'side-by-side',
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
    group: 'side-by-side',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let assessed = 0;
      for (const result of assessHouseholds(records, options)) if (result.ok) assessed++;
      return assessed;
    },
  },
  {
    // The fast path before the generated parser: the twin compiled by zod (src/validation/fast-path.ts).
    name: 'household: validation by the compiled twin (before the generated parser)',
    group: 'validation',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let valid = 0;
      for (let i = 0; i < COUNT; i++) if (fastParse(HouseholdSchema, records[i]) !== NOT_ACCEPTED) valid++;
      return valid;
    },
  },
  {
    // What validation alone costs, the bound on validate + assess: the generated parser.
    name: 'household: validate(HouseholdSchema) only, 4 members',
    group: 'validation',
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
