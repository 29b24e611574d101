import { CHECK_NAMES, type CheckName, type HouseholdAssessment } from '../../src/household/assessment';
import { planSummary } from '../../src/industry/plan-summary';
import type { LedgerEntry } from '../../src/ledger/schema';
import { defaultPolicy } from '../../src/policy/default-policy';
import type { CheckStatus } from '../../src/reasons/types';
import { combineStatuses } from '../../src/reasons/combine-statuses';
import type { ReportHousehold, ReportInput } from '../../src/report/report-model';
import type { Township, Village } from '../../src/region/schema';

/** An ID number used as a household id: it must never reach the report unmasked. */
export const ID_AS_HOUSEHOLD_ID = '11010519491231002X';
/** A responsible person's name: it must never reach the report. */
export const PERSON = '张三丰';

export const townships: Township[] = [
  { code: '529901101', name: '青山镇', countyCode: '529901' },
  { code: '529901102', name: '龙泉镇', countyCode: '529901' },
];

export const villages: Village[] = [
  { code: '529901101201', name: '甲村', townshipCode: '529901101', ruralPopulation: 100 },
  { code: '529901101202', name: '乙村', townshipCode: '529901101', ruralPopulation: 1000 },
  { code: '529901102201', name: '丙村', townshipCode: '529901102', ruralPopulation: 20 },
];

const members = (n: number) => new Array<undefined>(n);

export const households: ReportHousehold[] = [
  // 甲村: 2 poor persons of 100 (2%: blocked at 2%, met at 3%)
  { id: ID_AS_HOUSEHOLD_ID, villageCode: '529901101201', status: 'poor', members: members(2) },
  { id: 'H-2', villageCode: '529901101201', status: 'exited', members: members(3) },
  { id: 'H-3', villageCode: '529901101201', status: 'exited', members: members(1) },
  // 乙村: no poor person
  { id: 'H-4', villageCode: '529901101202', status: 'exited', members: members(4) },
  { id: 'H-6', villageCode: '529901101202', status: 'monitored', members: members(2) },
  // 丙村: 1 of 20 (5%: blocked either way); H-5 has no assessment
  { id: 'H-5', villageCode: '529901102201', status: 'returned', members: members(1) },
];

function assessment(householdId: string, statuses: Partial<Record<CheckName, CheckStatus>>): HouseholdAssessment {
  const checks = Object.fromEntries(CHECK_NAMES.map((c) => [c, { status: statuses[c] ?? 'met', reasons: [] }])) as unknown as HouseholdAssessment['checks'];
  const status = combineStatuses(CHECK_NAMES.map((c) => statuses[c] ?? 'met'));
  return { householdId, asOf: '2020-03-20', status, compliant: status === 'met', checks };
}

export const assessments: HouseholdAssessment[] = [
  assessment(ID_AS_HOUSEHOLD_ID, { income: 'unmet', housing: 'unmet' }),
  assessment('H-2', {}),
  assessment('H-3', { water: 'unknown' }),
  assessment('H-4', {}),
  assessment('H-6', { medical: 'unmet', education: 'unknown' }),
];

const base = {
  category: 'housing',
  source: 'self-check',
  description: `${PERSON}家危房未改造`,
  responsiblePerson: PERSON,
} as const;

export const ledger: LedgerEntry[] = [
  { ...base, id: 'L-1', unitCode: '529901101201', responsibleUnit: '县住建局', openedOn: '2020-03-02', deadline: '2020-03-10', status: 'open', history: [] },
  {
    ...base,
    id: 'L-2',
    category: 'water',
    unitCode: '529901101201',
    responsibleUnit: '县水务局',
    openedOn: '2020-03-05',
    deadline: '2020-03-15',
    status: 'closed',
    history: [{ type: 'accept', at: '2020-03-12', by: PERSON }],
  },
  { ...base, id: 'L-3', unitCode: '529901101', responsibleUnit: '县水务局', openedOn: '2020-03-06', deadline: '2020-03-31', status: 'rectifying', history: [] },
];

export const plan = planSummary(
  {
    id: 'P',
    countyCode: '529901',
    year: 2020,
    zones: [
      { id: 'BZ', name: '坝区一', kind: 'bazi', areaMu: 600, plantings: [{ crop: '辣椒', industry: 'chili', areaMu: 600, outputValuePerMu: 5000 }] },
      { id: 'SL', name: '茶园', kind: 'slope', areaMu: 100, plantings: [{ crop: '茶叶', industry: 'tea', areaMu: 100, outputValuePerMu: 4200 }] },
    ],
  },
  { targets: { byKind: { bazi: 8000 } } },
);

export const input: ReportInput = {
  asOf: '2020-03-20',
  policy: defaultPolicy,
  county: { code: '529901', name: '示例县' },
  townships,
  villages,
  households,
  assessments,
  input: { records: 7, assessed: 6, rejected: 1 },
  ledger,
  plan,
};
