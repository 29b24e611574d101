import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { assessHousehold } from '../../household/assess-household';
import type { HouseholdAssessment } from '../../household/assessment';
import type { Household } from '../../household/schema';
import { planSummary, type PlanTargets } from '../../industry/plan-summary';
import { LedgerEntrySchema, type LedgerEntry } from '../../ledger/schema';
import type { Policy } from '../../policy/schema';
import { createRollup, type RollupAccumulator } from '../../region/create-rollup';
import { CountySchema, TownshipSchema, type County, type Township, type Village } from '../../region/schema';
import { validate } from '../../validation/issues';
import { reportModel, type CountyExitSurvey, type ReportHousehold, type ReportModel } from '../../report/report-model';
import { renderReportHtml } from '../../report/render-html';
import { assessItems } from '../assess-records';
import { HOUSEHOLD_COLUMNS } from '../columns';
import type { Encoding } from '../decode';
import { InputError } from '../input-error';
import { jsonErrorDetail, readRecords, villageCodeOf } from '../read-records';
import { sampleCounty } from '../sample-county';
import { DEMO_BAZI_TARGET } from './demo';
import { evaluate, type MonitoringAssessment } from '../../monitoring/assess-monitoring';
import type { Month } from '../../monitoring/month';
import { monitoringRollup } from '../../monitoring/monitoring-rollup';
import type { MonitoringRecord } from '../../monitoring/schema';
import { monitoringGroups } from '../../report/monitoring-groups';
import { pick, readMonitoring, slim as slimMonitoring, yearToDate } from './monitor';
import { planFile } from './plan';
import { readLedgerFile } from './ledger';
import { nodeMessage, type ReadWarning } from '../messages';

/** The files and figures of `tuopin report`. `tuopin report` 的输入。 */
export interface ReportFiles {
  readonly asOf: string;
  readonly policy: Policy;
  readonly villages?: readonly Village[] | undefined;
  /** `{ county, townships? }` from `--county`. */
  readonly county?: { readonly county: County; readonly townships?: readonly Township[] | undefined } | undefined;
  readonly ledger?: string | undefined;
  readonly plan?: string | undefined;
  readonly targets?: PlanTargets | undefined;
  readonly survey?: CountyExitSurvey | undefined;
  /** `--monitoring`: the monitoring records (.json, .ndjson or a table), as `tuopin monitor` reads them. */
  readonly monitoring?: string | undefined;
  /** The period of the "identified / eliminated in the period" counts (default: the year of `asOf` to its month). */
  readonly period?: { readonly from: Month; readonly to: Month } | undefined;
  /** Count the records monitored for more than this many months. */
  readonly longerThanMonths?: number | undefined;
  /** Reader options of the register, as `tuopin assess` takes them. */
  readonly encoding?: Encoding | undefined;
  readonly sheet?: string | undefined;
  /** Reader options of the `--monitoring` table (`--monitoring-encoding`, `--monitoring-sheet`). */
  readonly monitoringEncoding?: Encoding | undefined;
  readonly monitoringSheet?: string | undefined;
  readonly strictColumns?: boolean | undefined;
}

/** Keeps what the report reads of a household: id, village, status and the number of members. */
function slim(household: Household): ReportHousehold {
  return { id: household.id, villageCode: household.villageCode, status: household.status, members: new Array<undefined>(household.members.length) };
}

/** Keeps the check statuses of an assessment, not its reasons (they are not shown). */
function slimAssessment(a: HouseholdAssessment): HouseholdAssessment {
  const checks = Object.fromEntries(Object.entries(a.checks).map(([k, c]) => [k, { status: c.status, reasons: [] }])) as unknown as HouseholdAssessment['checks'];
  return { householdId: a.householdId, asOf: a.asOf, status: a.status, compliant: a.compliant, checks };
}

/**
 * Reads a register (and the other files given), assesses every household and builds the report
 * model. Rejected records are counted in `headline.rejected`, not shown (the `assess` command
 * lists them).
 * 读取户表及其他文件，逐户评估并生成报告模型。
 */
export async function reportFromFiles(register: string, files: ReportFiles): Promise<ReportModel> {
  const households: ReportHousehold[] = [];
  const assessments: HouseholdAssessment[] = [];
  // With --monitoring, every household is screened with its record as `tuopin monitor` does.
  const codeOf = villageCodeOf(files.villages);
  const monitoring =
    files.monitoring === undefined
      ? undefined
      : await readMonitoring(files.monitoring, { villageCodeOf: codeOf, encoding: files.monitoringEncoding, sheet: files.monitoringSheet });
  const byHousehold = new Map<string, MonitoringRecord>();
  for (const r of monitoring?.records ?? []) byHousehold.set(r.householdId, pick(byHousehold.get(r.householdId), r));
  const screened: MonitoringAssessment[] = [];
  const seen = new Set<string>();
  const collect: RollupAccumulator = {
    ...createRollup(),
    add(household, assessment) {
      households.push(slim(household as Household));
      if (assessment !== undefined) assessments.push(slimAssessment(assessment));
      if (monitoring !== undefined && !seen.has(household.id)) {
        seen.add(household.id);
        screened.push(slimMonitoring(evaluate(household as Household, byHousehold.get(household.id), files.asOf, files.policy).assessment));
      }
    },
  };
  const warnings: ReadWarning[] = [];
  const input = await assessItems(readRecords(register, {
    columns: HOUSEHOLD_COLUMNS,
    villageCodeOf: codeOf,
    encoding: files.encoding,
    sheet: files.sheet,
    strictColumns: files.strictColumns,
    onWarning: (w) => warnings.push(w),
  }), {
    asOf: files.asOf,
    policy: files.policy,
    rollup: collect,
    onRejection: () => undefined,
  });
  // The ledger is read as `tuopin ledger` reads it (its Chinese columns, a table's entries with no
  // history); its invalid entries are counted in the report, not dropped unseen.
  const ledger = files.ledger === undefined ? undefined : await readLedgerFile(files.ledger);
  // A plan table's own per-zone targets (目标亩产值) count as in `tuopin plan`; --target wins.
  const plan = files.plan === undefined ? undefined : await planFile(files.plan, { targets: files.targets ?? {} });
  return reportModel({
    asOf: files.asOf,
    policy: files.policy,
    county: files.county?.county,
    townships: files.county?.townships,
    villages: files.villages,
    households,
    assessments,
    input,
    ledger: ledger?.entries,
    ledgerRejected: ledger?.rejections.length,
    plan: plan?.summary,
    survey: files.survey,
    monitoring:
      monitoring === undefined
        ? undefined
        : monitoringGroups(
            monitoringRollup({ records: monitoring.records, assessments: screened }, { asOf: files.asOf, period: files.period ?? yearToDate(files.asOf), longerThanMonths: files.longerThanMonths }),
            { rejected: monitoring.rejections.length },
          ),
    // The layout warnings of the register, the monitoring table, the ledger and the plan, each naming its file.
    warnings: [...warnings, ...(monitoring?.warnings ?? []), ...(ledger?.warnings ?? []), ...(plan?.warnings ?? [])],
  });
}

/** The report model of the bundled sample county, as `tuopin demo --report` draws it. 样例县报告模型。 */
export function demoReportModel(options: { readonly asOf: string; readonly policy: Policy }): ReportModel {
  const county = sampleCounty();
  const households = county.households as readonly Household[];
  return reportModel({
    asOf: options.asOf,
    policy: options.policy,
    county: county.county,
    townships: county.townships,
    villages: county.villages,
    households,
    assessments: households.map((h) => assessHousehold(h, { asOf: options.asOf, policy: options.policy })),
    input: { records: households.length + 3, assessed: households.length, rejected: 3 },
    ledger: county.ledger,
    plan: planSummary(county.plan, { targets: { byKind: { bazi: DEMO_BAZI_TARGET } } }),
  });
}

const CountyFileSchema = z.object({ county: CountySchema, townships: z.array(TownshipSchema).optional() }).strict();
const count = z.number().int().nonnegative().optional();
const SurveySchema = z
  .object({
    missed: count,
    wronglyExited: count,
    sampledExited: count,
    sampledWronglyExited: count,
    sampledNonRegistered: count,
    sampledMissed: count,
    surveyedHouseholds: count,
    approvingHouseholds: count,
  })
  .strict();

async function readJson<T>(file: string, schema: z.ZodType<T>, what: 'county' | 'survey'): Promise<T> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code !== undefined ? InputError.of(file, 'read/cannot-read', { reason: code }) : InputError.of(file, 'read/report-json', { what, ...jsonErrorDetail(error) });
  }
  const result = validate(schema, json);
  if (!result.ok) {
    // As the plan's issues: the heading in both languages, then one line per issue.
    const head = nodeMessage('read/report-invalid', { what, count: result.issues.length });
    const lines = result.issues.map((i) => `  - ${i.path.join('.') || '(file)'} [${i.code}] ${i.message['zh-CN']} / ${i.message.en}`).join('\n');
    throw new InputError(file, { 'zh-CN': head['zh-CN'], en: `${head.en}\n${lines}` }, undefined, 'read/report-invalid');
  }
  return result.value;
}

/**
 * Reads `--county county.json`: `{ "county": County, "townships": [Township] }`.
 * @throws {InputError} when unreadable or invalid
 */
export function loadCountyFile(file: string): Promise<{ county: County; townships?: Township[] | undefined }> {
  return readJson(file, CountyFileSchema, 'county') as Promise<{ county: County; townships?: Township[] | undefined }>;
}

/**
 * Reads `--survey survey.json`: the sample figures of the county exit evaluation (counts).
 * @throws {InputError} when unreadable or invalid
 */
export function loadSurvey(file: string): Promise<CountyExitSurvey> {
  return readJson(file, SurveySchema, 'survey') as Promise<CountyExitSurvey>;
}

/**
 * The chart library's browser build, read from the installed `echarts` package (the "common"
 * build: bar, line, pie, scatter, the SVG renderer and the usual components, about 700 kB).
 * 读取已安装的 ECharts 浏览器版本（common 构建），内联到页面中。
 */
export async function chartLibrary(): Promise<string> {
  const require = createRequire(import.meta.url);
  return readFile(require.resolve('echarts/dist/echarts.common.min.js'), 'utf8');
}

/** Renders a report model as the self-contained page. 渲染报告页面。 */
export async function reportHtml(model: ReportModel, version: string): Promise<string> {
  return renderReportHtml(model, { chartScript: await chartLibrary(), version });
}
