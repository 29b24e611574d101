// Writes test/fixtures/monitoring/: a fictional register of two provinces (贵州 52 and 云南 53,
// fictional counties 529901 and 539901), the monitoring records of its monitored households and
// a policy holding each province's monitoring line for 2021. Every figure is a TEST FIGURE, not a
// real province's line; every person is fictional. Deterministic: run `npx tsx
// scripts/make-monitoring-fixture.ts` and the files come out the same.
// 生成测试用的两省监测户样例（虚构）；各省监测范围均为测试数字，非真实数字。
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { idNumberCheckCharacter } from '../src/codes/validate-id-number';
import { ELIMINATION_WAY_ZH, FOUND_BY_ZH, MEASURE_KIND_ZH, MONITORING_STATE_ZH, MONITORING_TYPE_ZH, PROTECTION_KIND_ZH, RISK_TYPE_ZH } from '../src/monitoring/labels';
import type { MonitoringRecordInput } from '../src/monitoring/schema';

export const FIXTURE_DIR = join(fileURLToPath(new URL('..', import.meta.url)), 'test', 'fixtures', 'monitoring');

/** The test lines, yuan per person for 2021. 测试用监测范围（非真实数字）。 */
export const FIXTURE_LINES = { '52': 7000, '53': 7600 } as const;

const SURNAMES = ['测', '试', '样', '例'];
const GIVEN = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
const RISKS = ['illness', 'disability', 'schooling', 'disaster', 'accident', 'industry-failure', 'unstable-employment', 'labour-shortage', 'housing-safety', 'water-safety', 'other'];
const TYPES = ['unstable-exited', 'marginal', 'sudden-hardship'];
const FOUND = ['self-reported', 'cadre-screening', 'department-warning'];
const STATES = ['identified', 'village-reviewed', 'township-checked', 'county-decided', 'under-assistance', 'under-assistance', 'risk-eliminated', 'not-included'];

/** A small deterministic generator (LCG), so that the fixture never changes between runs. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function idNumber(address: string, birth: string, sequence: number): string {
  const first17 = `${address}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export interface Fixture {
  readonly register: readonly Record<string, unknown>[];
  readonly monitoring: readonly Record<string, unknown>[];
  readonly policy: Record<string, unknown>;
  /** Household ids whose per-capita income lies between the two lines (flagged only in 53). */
  readonly between: readonly string[];
}

/**
 * The fixture as data: 70 households per province, of which 60 have a monitoring record. In each
 * province, households 0–9 of the monitored have per-capita income 7,300 yuan, between the two
 * lines; household 10 sits exactly on its province's line, 11 one fen below it.
 */
export function makeMonitoringFixture(): Fixture {
  const next = generator(20210615);
  const register: Record<string, unknown>[] = [];
  const monitoring: Record<string, unknown>[] = [];
  const between: string[] = [];
  for (const province of ['52', '53'] as const) {
    const county = `${province}9901`;
    const line = FIXTURE_LINES[province];
    for (let i = 0; i < 70; i++) {
      const township = 101 + (i % 3);
      const village = 201 + (i % 4);
      const villageCode = `${county}${township}${village}`;
      const id = `${county}-${pad(i, 3)}`;
      const size = 1 + next(5);
      const members = Array.from({ length: size }, (_, m) => {
        const child = m >= 2;
        const year = child ? 2008 + next(6) : 1965 + next(25);
        const birth = `${year}-${pad(1 + next(12), 2)}-${pad(1 + next(28), 2)}`;
        const member: Record<string, unknown> = {
          idNumber: idNumber(county, birth, 100 + i * 5 + m),
          name: `${SURNAMES[next(4)]}${GIVEN[next(8)]}${GIVEN[next(8)]}`,
          relation: m === 0 ? 'head' : m === 1 ? 'spouse' : 'child',
          medicalInsurance: true,
        };
        if (child) member.schooling = 'enrolled';
        return member;
      });
      // per-capita income in fen: designed cases first, then spread around the lines
      const monitored = i < 60;
      let perCapitaFen: number;
      if (monitored && i < 10) perCapitaFen = 730000;
      else if (monitored && i === 10) perCapitaFen = line * 100;
      else if (monitored && i === 11) perCapitaFen = line * 100 - 1;
      else perCapitaFen = 500000 + next(600000);
      const netFen = perCapitaFen * size;
      const netYuan = netFen / 100;
      const housingGrade = i % 17 === 5 ? 'D' : 'B';
      register.push({
        id,
        villageCode,
        status: monitored ? 'monitored' : 'exited',
        members,
        income: { year: 2020, wage: netYuan },
        foodSecure: true,
        clothingSecure: true,
        housing: { grade: housingGrade },
        water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: i % 23 !== 7 },
      });
      if (monitored && i < 10) between.push(id);
      if (!monitored) continue;
      const risks = [...new Set([RISKS[next(11)], RISKS[next(11)]])].map((type) => (type === 'disaster' ? { type, disasterKind: '洪涝' } : { type }));
      const month = `2021-${pad(1 + next(9), 2)}`;
      const state = STATES[i % STATES.length] as string;
      const record: Record<string, unknown> = {
        householdId: id,
        villageCode,
        type: TYPES[i % 3],
        risks,
        firstIdentifiedMonth: month,
        riskIdentifiedMonth: month,
        foundBy: FOUND[next(3)],
        state,
        recordedBy: `${SURNAMES[next(4)]}${GIVEN[next(8)]}`,
        measures: state === 'under-assistance' || (state === 'risk-eliminated' && i % 2 === 0) ? [{ kind: i % 2 === 0 ? 'employment' : 'industry', startedOn: `${month}-15` }] : [],
        twelveMonths: {
          through: '2021-10',
          netIncome: netYuan,
          previousNetIncome: netYuan + (i % 9 === 4 ? netYuan : 0),
          compliantMedicalSpending: i % 13 === 3 ? 4000 * size : 0,
          otherRigidSpending: 0,
        },
      };
      if (state === 'risk-eliminated') record.elimination = { way: i % 2 === 0 ? 'assisted' : 'natural', month: '2021-11' };
      monitoring.push(record);
    }
  }
  const TEST = '测试数字，非真实监测范围 / test figure, not a real province line';
  const policy = {
    name: 'monitoring-fixture',
    source: TEST,
    monitoringLines: [
      { province: '52', year: 2021, yuan: FIXTURE_LINES['52'], source: TEST, confirmed: false },
      { province: '53', year: 2021, yuan: FIXTURE_LINES['53'], source: TEST, confirmed: false },
    ],
    monitoring: [
      { from: '2020-01-01', value: { incomeMultiple: { numerator: 3, denominator: 2 }, incomeDropShare: { numerator: 3, denominator: 10 } }, source: TEST, confirmed: false },
    ],
  };
  return { register, monitoring, policy, between };
}

/**
 * The monitoring system's export header (全国防返贫监测信息系统, one row per record) that
 * `monitoringTable` writes: Chinese column names as counties' exports have them.
 */
export const TABLE_HEADER = [
  '户编号', '村代码', '监测对象类别', '风险类型', '首次识别时间', '风险识别时间', '识别方式', '流程状态', '信息采集人', '帮扶措施',
  '风险消除方式', '风险消除时间', '统计截至月份', '近12个月家庭纯收入（元）', '上一个12个月家庭纯收入（元）', '合规自付医疗支出（元）', '其他刚性支出（元）',
] as const;

/** `2021-03` written the ways exports write months: `2021年3月` or `202103`. */
const monthZh = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const monthDigits = (month: string) => month.replace('-', '');

/**
 * The monitoring records as the monitoring system's export words them: Chinese values (the core's
 * labels), risks in one cell separated by 、 with the kind of disaster in brackets, months as
 * `2021年3月` (首次识别) and `202103` (风险识别), measures as `就业帮扶（2021-03-15）`, amounts in
 * yuan. Read back with MONITORING_COLUMNS, each row is the record it was written from.
 * 按监测系统导出表的写法（中文列名与取值）写出监测记录。
 */
export function monitoringTable(records: readonly MonitoringRecordInput[]): string[][] {
  return records.map((r) => {
    const measure = (m: NonNullable<MonitoringRecordInput['measures']>[number]) =>
      `${MEASURE_KIND_ZH[m.kind]}${m.protection === undefined ? '' : `-${PROTECTION_KIND_ZH[m.protection]}`}${m.description === undefined ? '' : `：${m.description}`}（${m.startedOn}）`;
    const money = (n: number | undefined) => (n === undefined ? '' : String(n));
    return [
      r.householdId,
      r.villageCode,
      MONITORING_TYPE_ZH[r.type],
      r.risks.map((k) => `${RISK_TYPE_ZH[k.type]}${k.disasterKind === undefined ? '' : `（${k.disasterKind}）`}`).join('、'),
      monthZh(r.firstIdentifiedMonth),
      monthDigits(r.riskIdentifiedMonth),
      FOUND_BY_ZH[r.foundBy],
      MONITORING_STATE_ZH[r.state],
      r.recordedBy ?? '',
      (r.measures ?? []).map(measure).join('、'),
      r.elimination === undefined ? '' : ELIMINATION_WAY_ZH[r.elimination.way],
      r.elimination?.month ?? '',
      r.twelveMonths?.through ?? '',
      money(r.twelveMonths?.netIncome),
      money(r.twelveMonths?.previousNetIncome),
      money(r.twelveMonths?.compliantMedicalSpending),
      money(r.twelveMonths?.otherRigidSpending),
    ];
  });
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The fixture's files and their text. */
export function fixtureFiles(): Record<string, string> {
  const f = makeMonitoringFixture();
  const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
  return {
    'register.ndjson': ndjson(f.register),
    'monitoring.ndjson': ndjson(f.monitoring),
    'policy.json': `${JSON.stringify(f.policy, null, 2)}\n`,
    // The same records as the export's table (UTF-8; scripts/make-monitoring-tables.sh makes the
    // GBK CSV with a title row, the .xlsx, .xls and .ods from it).
    'monitoring-utf8.csv': `${[TABLE_HEADER, ...monitoringTable(f.monitoring as unknown as MonitoringRecordInput[])].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const [name, text] of Object.entries(fixtureFiles())) writeFileSync(join(FIXTURE_DIR, name), text);
  console.log(`wrote ${Object.keys(fixtureFiles()).join(', ')} to test/fixtures/monitoring/`);
}
