// Named values the JSDoc @examples of src/ use without defining them; docs/testing.md lists them.
// Markdown examples do not see these: a page defines its own data in a ```ts setup block.
import {
  assessHousehold,
  type County,
  type Household,
  type HouseholdAssessment,
  type IndustryPlan,
  type LedgerEntry,
  type MonitoringRecord,
  type Village,
  definePolicy,
} from '../../src/index';
import { head, spouse, child } from '../household/fixtures';
import { record as monitoringRecord } from '../monitoring/fixtures';

/** A household of three (head, spouse, child: all insured, the child enrolled), 2020 net income 17,999.99 yuan. */
const household: Household = {
  id: 'H-1',
  villageCode: '522601101201',
  status: 'exited',
  members: [head, spouse, child],
  income: { year: 2020, wage: 17999.99 },
  foodSecure: true,
  clothingSecure: true,
  housing: { grade: 'B' },
  water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: true },
};

/** An open housing problem of 住建局, 李四 responsible, due 2020-03-31. */
const entry: LedgerEntry = {
  id: 'L-1',
  unitCode: '522601101201',
  householdId: 'H-1',
  category: 'housing',
  source: 'self-check',
  description: '住房为 D 级危房',
  responsibleUnit: '住建局',
  responsiblePerson: '李四',
  measures: '实施危房改造并验收',
  openedOn: '2020-02-10',
  deadline: '2020-03-31',
  status: 'open',
  history: [],
};

const accepted = (id: string, openedOn: string, acceptedOn: string): LedgerEntry => ({
  ...entry,
  id,
  openedOn,
  status: 'closed',
  history: [
    { type: 'start', at: openedOn, by: '王五' },
    { type: 'submit', at: acceptedOn, by: '王五', evidence: '验收照片' },
    { type: 'accept', at: acceptedOn, by: '赵六' },
  ],
});

/** Two villages of county 522601 (western), 300 rural residents each. */
const county: Pick<County, 'code' | 'western'> = { code: '522601', western: true };
const villages: Village[] = [
  { code: '522601101201', name: '甲村', townshipCode: '522601101', ruralPopulation: 300 },
  { code: '522601101202', name: '乙村', townshipCode: '522601101', ruralPopulation: 300 },
];
/** Households of the two villages: in 乙村 three poor households of three, one keyed by the head's ID number, in a D-graded house. */
const households: Household[] = [
  { ...household, id: 'H-1', villageCode: '522601101201', income: { year: 2020, wage: 30000 } },
  { ...household, id: 'H-2', villageCode: '522601101201', status: 'poor', income: { year: 2020, wage: 9000 } },
  { ...household, id: `${head.idNumber}`, villageCode: '522601101202', status: 'poor', housing: { grade: 'D' }, income: { year: 2020, wage: 30000 } },
  { ...household, id: 'H-4', villageCode: '522601101202', status: 'poor', income: { year: 2020, wage: 30000 } },
  { ...household, id: 'H-5', villageCode: '522601101202', status: 'poor', income: { year: 2020, wage: 30000 } },
];
const assessments: HouseholdAssessment[] = households.map((h) => assessHousehold(h, { asOf: '2020-03-01' }));
const ledger: LedgerEntry[] = [
  { ...entry, id: 'L-7', unitCode: '522601101202', status: 'rectifying', history: [{ type: 'start', at: '2020-02-11', by: '王五' }] },
];

/** The worked example of docs/industry.md: a 600-亩 坝区, 400 亩 of maize at 1,200 and 200 亩 of vegetables at 9,000. */
const plan: IndustryPlan = {
  id: 'P-2020',
  countyCode: '522601',
  year: 2020,
  zones: [
    {
      id: 'Z1', name: '示例坝区', kind: 'bazi', areaMu: 600,
      plantings: [
        { crop: '玉米', industry: 'grain', areaMu: 400, outputValuePerMu: 1200, lowValue: true },
        { crop: '蔬菜', industry: 'vegetables', areaMu: 200, outputValuePerMu: 9000 },
      ],
    },
  ],
};

/** Guizhou's 2021 monitoring line taken as 8,000 yuan (a test figure, not the real line). */
const policy = definePolicy({ monitoringLines: [{ province: '52', year: 2021, yuan: 8000, source: 'test figure' }] });
/** The monitoring record of `household` (H-1): identified in 2021-03 for illness, 24,000 yuan over the 12 months to 2021-05. */
const { recordedBy: _recorder, ...record }: MonitoringRecord = monitoringRecord({ householdId: 'H-1', twelveMonths: { through: '2021-05', netIncome: 24000 } });
/** The same record under assistance (a health measure since 2021-04), and a second one eliminated in 2021-09. */
const assisted: MonitoringRecord = { ...record, state: 'under-assistance', measures: [{ kind: 'health', startedOn: '2021-04-01' }] };
const eliminated: MonitoringRecord = { ...record, householdId: 'H-2', state: 'risk-eliminated', elimination: { way: 'natural', month: '2021-09' } };

export const docFixtures: Record<string, unknown> = {
  head,
  spouse,
  child,
  household,
  validRecord: household,
  entry,
  opened0301closed0303: accepted('L-2', '2020-03-01', '2020-03-03'),
  closedOnTime: accepted('L-3', '2020-02-10', '2020-03-20'),
  overdueRectifying: { ...entry, id: 'L-4', status: 'rectifying', history: [{ type: 'start', at: '2020-02-11', by: '王五' }] },
  assessmentWithHousingUnmet: assessHousehold({ ...household, housing: { grade: 'D' } }, { asOf: '2020-02-10' }),
  county,
  villages,
  households,
  assessments,
  ledger,
  plan,
  stream: households.map((h, i) => [h, assessments[i]]),
  policy,
  record,
  assisted,
  eliminated,
};
