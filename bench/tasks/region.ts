import type { BenchTask } from '../index';
import {
  CHECK_NAMES,
  createRollup,
  exitBlockers,
  rollup,
  type Check,
  type CheckName,
  type County,
  type HouseholdAssessment,
  type HouseholdStatus,
  type LedgerEntry,
  type RollupHousehold,
  type Village,
} from '../../src/index';

// 1,000,000 households and their assessments over 2,000 villages (10 counties × 10 townships ×
// 20 villages), generated once here, outside the timed functions, by a fixed linear congruential
// generator (no Math.random: the same data on every run). Member lists and check records are
// shared between households to keep the fixture's memory small; the roll-up only reads them.
const HOUSEHOLDS = 1_000_000;

let seed = 20_200_301;
function next(): number {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed / 4_294_967_296;
}

const villages: Village[] = [];
for (let c = 1; c <= 10; c++) {
  for (let t = 1; t <= 10; t++) {
    for (let v = 1; v <= 20; v++) {
      const townshipCode = `5226${String(c).padStart(2, '0')}${String(100 + t)}`;
      villages.push({ code: `${townshipCode}${String(200 + v)}`, name: `村${v}`, townshipCode, ruralPopulation: 1500 + v * 10 });
    }
  }
}

const memberLists = [1, 2, 3, 4, 5, 6].map((n) => Array.from({ length: n }, () => ({})));
const STATUSES: readonly HouseholdStatus[] = ['exited', 'exited', 'exited', 'exited', 'monitored', 'poor', 'returned'];
const met: Check = { status: 'met', reasons: [] };
const unmet: Check = { status: 'unmet', reasons: [] };
const unknown: Check = { status: 'unknown', reasons: [] };
const allMet = Object.fromEntries(CHECK_NAMES.map((n) => [n, met])) as Record<CheckName, Check>;
const failing = CHECK_NAMES.map((name, i) => ({ ...allMet, [name]: i % 2 === 0 ? unmet : unknown }));

const households: RollupHousehold[] = [];
const assessments: HouseholdAssessment[] = [];
for (let i = 0; i < HOUSEHOLDS; i++) {
  const village = villages[Math.floor(next() * villages.length)] as Village;
  const id = `H${i}`;
  households.push({
    id,
    villageCode: village.code,
    status: STATUSES[Math.floor(next() * STATUSES.length)] as HouseholdStatus,
    members: memberLists[Math.floor(next() * memberLists.length)] as object[],
  });
  const bad = next() < 0.1 ? failing[Math.floor(next() * failing.length)] : undefined;
  assessments.push({ householdId: id, asOf: '2020-03-01', status: bad === undefined ? 'met' : 'unmet', compliant: bad === undefined, checks: bad ?? allMet });
}

// exitBlockers on one county of the fixture (200 villages, all over the 3% threshold, ≈ 100,000
// households) with a ledger of 20,000 entries: nine in ten on a village, the rest on a township or
// the county, a quarter of them closed.
const COUNTY: Pick<County, 'code' | 'western'> = { code: '522601', western: true };
const countyHouseholds = households.filter((h) => h.villageCode.startsWith(COUNTY.code));
const countyIds = new Set(countyHouseholds.map((h) => h.id));
const countyAssessments = assessments.filter((a) => countyIds.has(a.householdId));
const countyVillages = villages.filter((v) => v.code.startsWith(COUNTY.code));
const LEDGER_ENTRIES = 20_000;
const LEDGER_STATUSES: readonly LedgerEntry['status'][] = ['open', 'rectifying', 'awaiting-acceptance', 'closed'];
const ledger: Pick<LedgerEntry, 'id' | 'unitCode' | 'category' | 'deadline' | 'status'>[] = [];
for (let i = 0; i < LEDGER_ENTRIES; i++) {
  const village = countyVillages[Math.floor(next() * countyVillages.length)] as Village;
  const unitCode = next() < 0.9 ? village.code : next() < 0.5 ? village.townshipCode : COUNTY.code;
  const deadline = `2020-0${3 + Math.floor(next() * 6)}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const status = LEDGER_STATUSES[Math.floor(next() * LEDGER_STATUSES.length)] as LedgerEntry['status'];
  ledger.push({ id: `L-${i}`, unitCode, category: CHECK_NAMES[i % CHECK_NAMES.length] as CheckName, deadline, status });
}

export const tasks: readonly BenchTask[] = [
  {
    name: 'regions: createRollup add ×1M + rows(county)',
    unitsPerOp: HOUSEHOLDS,
    unit: 'assessments',
    fn: () => {
      const acc = createRollup({ villages });
      for (let i = 0; i < HOUSEHOLDS; i++) acc.add(households[i] as RollupHousehold, assessments[i]);
      return acc.rows('county');
    },
  },
  {
    name: 'regions: rollup(households, 1M assessments) county',
    unitsPerOp: HOUSEHOLDS,
    unit: 'assessments',
    fn: () => rollup(households, assessments, { villages, level: 'county' }),
  },
  {
    name: 'regions: exitBlockers (200 villages, 100k households, 20k ledger entries)',
    unitsPerOp: 1,
    unit: 'counties',
    fn: () => exitBlockers(COUNTY, countyHouseholds, countyAssessments, { villages: countyVillages, ledger }),
  },
];
