import { addCalendarDays } from '../calendar/add-calendar-days';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate } from '../calendar/china-date';
import { daysBetween } from '../calendar/days-between';
import { CHECK_NAMES, type CheckName, type HouseholdAssessment } from '../household/assessment';
import type { HouseholdStatus } from '../household/schema';
import type { PlanSummary, TargetStatus } from '../industry/plan-summary';
import type { ZoneKind } from '../industry/schema';
import { clearanceTimeline } from '../ledger/clearance-timeline';
import { isOverdue } from '../ledger/is-overdue';
import { ledgerSummary, type LedgerCounts } from '../ledger/ledger-summary';
import type { LedgerCategory, LedgerEntry, LedgerStatus } from '../ledger/schema';
import type { Policy } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import type { CheckStatus, Message } from '../reasons/types';
import { assessCountyExit, type CountyExitCheckName, type CountyExitInput } from '../region/assess-county-exit';
import { assessVillageExit, villageThreshold } from '../region/assess-village-exit';
import { createRollup, type RollupHousehold, type RollupRow } from '../region/create-rollup';
import { endOfChinaMonth } from '../region/end-of-china-month';
import { rateOf, type ExactRate } from '../region/exact-rate';
import type { ExitCheck } from '../region/exit-check';
import type { County, Township, Village } from '../region/schema';
import { rateText } from './format';

/** An exact rate with the text every view shows. 精确比率及其显示文字。 */
export interface RateModel {
  readonly numerator: number;
  readonly denominator: number;
  /** `formatPercent(numerator, denominator, 2)`: two decimals, cut towards zero. */
  readonly text: string;
}

/** A household of the register as the report reads it: no names, no ID numbers. */
export type ReportHousehold = RollupHousehold & { readonly status: HouseholdStatus };

/** The sample figures of the county exit evaluation (抽查数据), all optional. */
export type CountyExitSurvey = Omit<CountyExitInput, 'ruralPopulation' | 'remainingPoor'>;

/** Counts of one group of monitored households (by type, by risk), made by the monitoring concept. */
export interface MonitoringGroup {
  /** What the counts are by: a heading in every locale. */
  readonly title: Message;
  readonly counts: readonly { readonly key: string; readonly label: Message; readonly count: number }[];
}

/** What {@link reportModel} reads. 报告模型的输入。 */
export interface ReportInput {
  readonly asOf: string;
  readonly policy: Policy;
  /** The county; without it the code is the first 6 digits of the villages' codes, and `western` is not known. */
  readonly county?: (Pick<County, 'code' | 'name'> & { readonly western?: boolean | undefined }) | undefined;
  readonly townships?: readonly Township[] | undefined;
  /** Villages with their rural population: the incidence and the exit verdicts need them. */
  readonly villages?: readonly Village[] | undefined;
  /** The assessed households and their assessments (same ids). */
  readonly households: readonly ReportHousehold[];
  readonly assessments: readonly HouseholdAssessment[];
  /** Records read, assessed and rejected. */
  readonly input: { readonly records: number; readonly assessed: number; readonly rejected: number };
  readonly ledger?: readonly LedgerEntry[] | undefined;
  /** Entries of the ledger file that failed validation (not counted; `tuopin ledger` lists them). */
  readonly ledgerRejected?: number | undefined;
  readonly plan?: PlanSummary | undefined;
  readonly survey?: CountyExitSurvey | undefined;
  /** Monitoring counts (防返贫监测), when given. */
  readonly monitoring?: readonly MonitoringGroup[] | undefined;
  /** Households listed per village in the details (default 500); the rest are counted. */
  readonly householdsPerVillage?: number | undefined;
  /** Warnings about the layout of the files read (the register, the monitoring table), each naming its file. */
  readonly warnings?: readonly ReportWarning[] | undefined;
}

/**
 * A warning about the layout or encoding of a file the report was made from (a title row, an
 * unknown column…): its code, the file (base name, masked, as the readers name it), the row
 * where it has one and the message in both locales. 读取文件时的版式警告。
 */
export interface ReportWarning {
  readonly code: string;
  readonly file: string;
  readonly row?: number | undefined;
  readonly message: Message;
}

/** A household not compliant, masked. 未达标户（已脱敏）。 */
export interface ReportHouseholdRow {
  readonly id: string;
  readonly status: HouseholdStatus;
  readonly unmetChecks: readonly CheckName[];
  readonly unknownChecks: readonly CheckName[];
}

/** An open ledger entry (no description, no person: free text may hold personal data). */
export interface ReportLedgerRow {
  readonly id: string;
  readonly category: LedgerCategory;
  readonly status: Exclude<LedgerStatus, 'closed'>;
  readonly deadline: CalendarDate;
  readonly responsibleUnit: string;
  /** Days past the deadline on `asOf` (0 when not overdue). */
  readonly daysOverdue: number;
}

/** One village of the battle map and its section. 作战图中的一村。 */
export interface ReportVillage {
  readonly code: string;
  readonly name: string | undefined;
  readonly townshipCode: string;
  /** The anchor of its section in the page. */
  readonly anchor: string;
  /** Village exit (出列): incidence strictly below the threshold. */
  readonly status: CheckStatus;
  readonly households: number;
  readonly persons: number;
  readonly poorHouseholds: number;
  readonly poorPersons: number;
  readonly compliantHouseholds: number;
  readonly ruralPopulation: number | undefined;
  readonly incidence: RateModel | undefined;
  readonly unmet: Readonly<Record<CheckName, number>>;
  readonly unknown: Readonly<Record<CheckName, number>>;
  /** Checks at least one household fails, in canonical order. */
  readonly failingChecks: readonly CheckName[];
  /** Households failing at least one check; households with some check unknown. */
  readonly failingHouseholds: number;
  readonly unknownHouseholds: number;
  readonly nonCompliantHouseholds: number;
  /** The first `householdsPerVillage` households not compliant, by id. */
  readonly nonCompliant: readonly ReportHouseholdRow[];
  readonly openLedger: readonly ReportLedgerRow[];
}

/** A township of the battle map. 作战图中的乡镇。 */
export interface ReportTownship {
  readonly code: string;
  readonly name: string | undefined;
  readonly villages: readonly string[];
  readonly households: number;
  readonly poorPersons: number;
  readonly ruralPopulation: number | undefined;
  readonly incidence: RateModel | undefined;
  readonly villageStatus: Readonly<Record<CheckStatus, number>>;
}

/** One check of the county exit test. */
export interface ReportCountyCheck {
  readonly name: CountyExitCheckName;
  readonly status: CheckStatus;
  readonly value: RateModel | undefined;
  readonly threshold: RateModel | undefined;
}

/** The report's data: everything the page shows, numbers and codes, no personal data. 报告模型。 */
export interface ReportModel {
  readonly format: 'tuopin.report/1';
  readonly asOf: CalendarDate;
  readonly county: { readonly code: string; readonly name: string | undefined; readonly western: boolean | undefined };
  readonly headline: {
    readonly records: number;
    readonly assessed: number;
    readonly rejected: number;
    readonly households: number;
    readonly persons: number;
    /** Status `poor` or `returned`. */
    readonly poorHouseholds: number;
    readonly poorPersons: number;
    readonly exitedHouseholds: number;
    readonly exitedPersons: number;
    readonly monitoredHouseholds: number;
    readonly compliantHouseholds: number;
    readonly ruralPopulation: number | undefined;
    /** Poor persons ÷ rural population (the register's incidence). */
    readonly incidence: RateModel | undefined;
    /** The village-exit threshold; both when `western` is not known. */
    readonly thresholds: readonly RateModel[];
    /** Exited households not compliant (错退风险) and their members. */
    readonly exitedNotCompliant: { readonly households: number; readonly persons: number };
    readonly villageStatus: Readonly<Record<CheckStatus, number>>;
    /** The county exit test, when the rural population is known. */
    readonly countyExit: { readonly status: CheckStatus; readonly checks: readonly ReportCountyCheck[] } | undefined;
  };
  readonly townships: readonly ReportTownship[];
  readonly villages: readonly ReportVillage[];
  /** Per check: households failing and unknown, by township. */
  readonly checks: readonly {
    readonly check: CheckName;
    readonly unmet: number;
    readonly unknown: number;
    readonly byTownship: readonly { readonly code: string; readonly unmet: number; readonly unknown: number }[];
  }[];
  readonly ledger:
    | {
        readonly counts: LedgerCounts;
        readonly monthEnd: CalendarDate;
        /** Day by day from the first entry (at most a year back) to `asOf`. */
        readonly timeline: readonly { readonly date: CalendarDate; readonly open: number; readonly closed: number }[];
        /** The month's target: from the open count on the month's first day (or the first day of the timeline) to 0 at its end. */
        readonly target: readonly { readonly date: CalendarDate; readonly open: number }[];
        readonly byUnit: readonly { readonly unit: string; readonly open: number; readonly overdue: number }[];
        /** Entries of the ledger file that failed validation: not in the counts above (0 when none, or not read from a file). */
        readonly rejected: number;
      }
    | undefined;
  readonly industry:
    | {
        readonly zones: readonly {
          readonly id: string;
          readonly name: string;
          readonly kind: ZoneKind;
          readonly outputValuePerMu: number;
          readonly targetPerMu: number | undefined;
          readonly status: TargetStatus;
          readonly gapPerMu: number | undefined;
        }[];
      }
    | undefined;
  readonly monitoring: readonly MonitoringGroup[] | undefined;
  /** Warnings about the files read (the register's and the monitoring table's layout), in reading order. */
  readonly warnings: readonly ReportWarning[];
}

const rate = (r: ExactRate | undefined): RateModel | undefined =>
  r === undefined ? undefined : { numerator: r.numerator, denominator: r.denominator, text: rateText(r.numerator, r.denominator) };

const byCode = <T extends { readonly code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Judges a rate check for a western county and for a non-western one; when they differ, `unknown`. */
function eitherWay<T extends { status: CheckStatus }>(western: boolean | undefined, judge: (western: boolean) => T): { result: T; status: CheckStatus } {
  if (western !== undefined) {
    const result = judge(western);
    return { result, status: result.status };
  }
  const strict = judge(false);
  const loose = judge(true);
  return { result: strict, status: strict.status === loose.status ? strict.status : 'unknown' };
}

function checkCounts(rows: readonly ReportHouseholdRow[]): { failing: number; unknown: number } {
  return { failing: rows.filter((r) => r.unmetChecks.length > 0).length, unknown: rows.filter((r) => r.unknownChecks.length > 0).length };
}

/**
 * Builds the county report's data (the battle map, 作战图) from assessed households and, when
 * given, the villages, the ledger, the industry plan, the exit survey and monitoring counts. Pure:
 * the page, the JSON and the tests all read this one model. Household and entry ids go through
 * `maskIdentifier`; no name, ID number, phone, responsible person or free text enters the model.
 * Village exit: incidence (poor persons of the register ÷ rural population) strictly below the
 * threshold (2%, western regions 3%, `policy.villageExit`); when `western` is not known a
 * village is `met` only below both thresholds and `unmet` only at or above both.
 * 生成县级作战图报告的数据（纯函数）：页面、JSON 与测试都读取同一模型；户编号、条目编号脱敏，
 * 不含姓名、身份证号、电话、责任人与自由文字。
 *
 * @param input - households with their assessments, and optionally villages, ledger, plan, survey
 * @returns the {@link ReportModel}
 * @throws {DomainError} the errors of `createRollup` for bad village codes
 * @throws {InvalidDateError} when `asOf` is not a valid date
 * @example
 * const county = sampleCounty();
 * const assessments = county.households.map((h) => assessHousehold(h, { asOf: '2020-03-31' }));
 * const input = { records: 3000, assessed: 3000, rejected: 0 };
 * reportModel({ asOf: '2020-03-31', policy: defaultPolicy, villages: county.villages, households: county.households, assessments, input })
 *   .headline.incidence
 * //=> { numerator: 536, denominator: 30733, text: '1.74%' }
 */
export function reportModel(input: ReportInput): ReportModel {
  const asOf = chinaDate(input.asOf);
  const villagesListed = [...(input.villages ?? [])].sort(byCode);
  const countyCode = input.county?.code ?? (villagesListed[0]?.code ?? input.households[0]?.villageCode ?? '000000').slice(0, 6);
  const western = input.county?.western;
  const limit = input.householdsPerVillage ?? 500;
  const villageNames = new Map(villagesListed.map((v) => [v.code, v.name]));
  const townshipNames = new Map((input.townships ?? []).map((t) => [t.code, t.name]));

  const assessmentOf = new Map(input.assessments.map((a) => [a.householdId, a]));
  const rollup = createRollup({ villages: villagesListed, townships: input.townships });
  const nonCompliantByVillage = new Map<string, ReportHouseholdRow[]>();
  let exitedHouseholds = 0;
  let exitedPersons = 0;
  let monitoredHouseholds = 0;
  let wrongHouseholds = 0;
  let wrongPersons = 0;
  for (const household of input.households) {
    const assessment = assessmentOf.get(household.id);
    rollup.add(household, assessment);
    if (household.status === 'exited') {
      exitedHouseholds++;
      exitedPersons += household.members.length;
    }
    if (household.status === 'monitored') monitoredHouseholds++;
    if (assessment?.compliant === true) continue;
    if (household.status === 'exited') {
      wrongHouseholds++;
      wrongPersons += household.members.length;
    }
    const unmetChecks = CHECK_NAMES.filter((c) => assessment?.checks[c]?.status === 'unmet');
    const unknownChecks = CHECK_NAMES.filter((c) => {
      const status = assessment?.checks[c]?.status;
      return status !== 'met' && status !== 'unmet';
    });
    const row: ReportHouseholdRow = { id: household.id, status: household.status, unmetChecks, unknownChecks };
    const list = nonCompliantByVillage.get(household.villageCode);
    if (list === undefined) nonCompliantByVillage.set(household.villageCode, [row]);
    else list.push(row);
  }

  const openByVillage = new Map<string, ReportLedgerRow[]>();
  for (const entry of input.ledger ?? []) {
    if (entry.status === 'closed') continue;
    const row: ReportLedgerRow = {
      id: maskIdentifier(entry.id),
      category: entry.category,
      status: entry.status,
      deadline: entry.deadline,
      responsibleUnit: entry.responsibleUnit,
      daysOverdue: isOverdue(entry, { asOf }) ? daysBetween(entry.deadline, asOf) : 0,
    };
    const list = openByVillage.get(entry.unitCode);
    if (list === undefined) openByVillage.set(entry.unitCode, [row]);
    else list.push(row);
  }

  const villageStatus = (row: RollupRow): CheckStatus => {
    if (row.ruralPopulation === undefined) return 'unknown';
    const figures = { ruralPopulation: row.ruralPopulation, remainingPoor: row.poorPersons };
    return eitherWay(western, (w) => assessVillageExit(figures, { western: w, policy: input.policy, asOf })).status;
  };

  const villages: ReportVillage[] = rollup.rows('village').map((row) => {
    const all = (nonCompliantByVillage.get(row.code) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const counts = checkCounts(all);
    const open = (openByVillage.get(row.code) ?? []).sort((a, b) =>
      a.deadline !== b.deadline ? (a.deadline < b.deadline ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    return {
      code: row.code,
      name: villageNames.get(row.code),
      townshipCode: row.code.slice(0, 9),
      anchor: `v-${row.code}`,
      status: villageStatus(row),
      households: row.households,
      persons: row.persons,
      poorHouseholds: row.poorHouseholds,
      poorPersons: row.poorPersons,
      compliantHouseholds: row.compliantHouseholds,
      ruralPopulation: row.ruralPopulation,
      incidence: rate(row.incidence),
      unmet: row.unmet,
      unknown: row.unknown,
      failingChecks: CHECK_NAMES.filter((c) => row.unmet[c] > 0),
      failingHouseholds: counts.failing,
      unknownHouseholds: counts.unknown,
      nonCompliantHouseholds: all.length,
      nonCompliant: all.slice(0, limit).map((h) => ({ ...h, id: maskIdentifier(h.id) })),
      openLedger: open,
    };
  });

  const statusTally = (list: readonly ReportVillage[]): Record<CheckStatus, number> => ({
    met: list.filter((v) => v.status === 'met').length,
    unmet: list.filter((v) => v.status === 'unmet').length,
    unknown: list.filter((v) => v.status === 'unknown').length,
  });

  const townshipRows = rollup.rows('township');
  const townships: ReportTownship[] = townshipRows.map((row) => {
    const own = villages.filter((v) => v.townshipCode === row.code);
    return {
      code: row.code,
      name: townshipNames.get(row.code),
      villages: own.map((v) => v.code),
      households: row.households,
      poorPersons: row.poorPersons,
      ruralPopulation: row.ruralPopulation,
      incidence: rate(row.incidence),
      villageStatus: statusTally(own),
    };
  });

  const county = rollup.rows('county').find((r) => r.code === countyCode) ?? rollup.rows('county')[0];
  const totals = county ?? { households: 0, persons: 0, poorHouseholds: 0, poorPersons: 0, compliantHouseholds: 0, ruralPopulation: undefined, incidence: undefined };

  const thresholdFor = (w: boolean): RateModel | undefined => {
    const ratio = villageThreshold(input.policy, asOf, w);
    return ratio === undefined ? undefined : rate(rateOf(ratio));
  };
  const thresholds = (western === undefined ? [thresholdFor(false), thresholdFor(true)] : [thresholdFor(western)]).filter(
    (t): t is RateModel => t !== undefined,
  );

  let countyExit: ReportModel['headline']['countyExit'];
  if (totals.ruralPopulation !== undefined && totals.ruralPopulation > 0) {
    const figures: CountyExitInput = { ...input.survey, ruralPopulation: totals.ruralPopulation, remainingPoor: totals.poorPersons };
    const names: readonly CountyExitCheckName[] = ['incidence', 'wrongfulExitRate', 'missedRate', 'approval'];
    const strict = assessCountyExit(figures, { western: western ?? false, policy: input.policy, asOf });
    const loose = western === undefined ? assessCountyExit(figures, { western: true, policy: input.policy, asOf }) : strict;
    const checks = names.map((name): ReportCountyCheck => {
      const a: ExitCheck = strict.checks[name];
      const b: ExitCheck = loose.checks[name];
      return { name, status: a.status === b.status ? a.status : 'unknown', value: rate(a.value), threshold: rate(a.threshold) };
    });
    const statuses = checks.map((c) => c.status);
    const status: CheckStatus = statuses.includes('unmet') ? 'unmet' : statuses.includes('unknown') ? 'unknown' : 'met';
    countyExit = { status, checks };
  }

  const checks = CHECK_NAMES.map((check) => ({
    check,
    unmet: county?.unmet[check] ?? 0,
    unknown: county?.unknown[check] ?? 0,
    byTownship: townshipRows.map((t) => ({ code: t.code, unmet: t.unmet[check], unknown: t.unknown[check] })),
  }));

  return {
    format: 'tuopin.report/1',
    asOf,
    county: { code: countyCode, name: input.county?.name, western },
    headline: {
      records: input.input.records,
      assessed: input.input.assessed,
      rejected: input.input.rejected,
      households: totals.households,
      persons: totals.persons,
      poorHouseholds: totals.poorHouseholds,
      poorPersons: totals.poorPersons,
      exitedHouseholds,
      exitedPersons,
      monitoredHouseholds,
      compliantHouseholds: totals.compliantHouseholds,
      ruralPopulation: totals.ruralPopulation,
      incidence: rate(totals.incidence),
      thresholds,
      exitedNotCompliant: { households: wrongHouseholds, persons: wrongPersons },
      villageStatus: statusTally(villages),
      countyExit,
    },
    townships,
    villages,
    checks,
    ledger: input.ledger === undefined ? undefined : ledgerSection(input.ledger, asOf, input.ledgerRejected ?? 0),
    industry:
      input.plan === undefined
        ? undefined
        : {
            zones: input.plan.zones.map((z) => ({
              id: z.zoneId,
              name: z.name,
              kind: z.kind,
              outputValuePerMu: z.outputValuePerMu,
              targetPerMu: z.targetPerMu,
              status: z.status,
              gapPerMu: z.assessment?.gapPerMu,
            })),
          },
    monitoring: input.monitoring,
    warnings: (input.warnings ?? []).map((w) => (w.row === undefined ? { code: w.code, file: w.file, message: w.message } : { code: w.code, file: w.file, row: w.row, message: w.message })),
  };
}

/** The ledger's burn-down, the month-end target and the open and overdue entries by responsible unit. */
function ledgerSection(entries: readonly LedgerEntry[], asOf: CalendarDate, rejected: number): NonNullable<ReportModel['ledger']> {
  const summary = ledgerSummary(entries, { asOf, by: 'responsibleUnit' });
  const monthEnd = endOfChinaMonth(asOf);
  const firstOpened = entries.reduce<CalendarDate | undefined>((min, e) => (min === undefined || e.openedOn < min ? e.openedOn : min), undefined);
  const yearBack = addCalendarDays(asOf, -365);
  let from = firstOpened === undefined || firstOpened > asOf ? asOf : firstOpened;
  if (from < yearBack) from = yearBack;
  const timeline = clearanceTimeline(entries, { from, to: asOf }).map((d) => ({ date: d.date, open: d.open, closed: d.closed }));
  const monthStart = `${asOf.slice(0, 8)}01` as CalendarDate;
  const start = timeline.find((d) => d.date >= monthStart) ?? timeline[timeline.length - 1];
  const target = start === undefined ? [] : [{ date: start.date, open: start.open }, { date: monthEnd, open: 0 }];
  const byUnit = (summary.groups ?? [])
    .map((g) => ({ unit: g.key, open: g.counts.total - g.counts.closed, overdue: g.counts.overdue }))
    .filter((g) => g.open > 0)
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { counts: summary.total, monthEnd, timeline, target, byUnit, rejected };
}
