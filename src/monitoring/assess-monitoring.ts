import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { assessOn } from '../household/assess-on';
import type { HouseholdAssessment } from '../household/assessment';
import { compareIncomeToLine, incomeFen } from '../household/net-income';
import type { Household } from '../household/schema';
import { defaultPolicy } from '../policy/default-policy';
import { inForceOn } from '../policy/parameter-on';
import { povertyLineEntry } from '../policy/poverty-line-for';
import type { MonitoringRule, Policy } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import { combineStatuses } from '../reasons/combine-statuses';
import type { Check, CheckStatus, Evidence, Path, Reason } from '../reasons/types';
import { compareFractions } from '../units/compare-fractions';
import { yuanToFen } from '../units/yuan-to-fen';
import { monitoringReason } from './reasons';
import type { MonitoringRecord } from './schema';
import { MONITORING_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * The five tests of monitoring identification, in canonical order: income below the line, income
 * after rigid spending (2021+) or spending above income (2020), a sharp income drop, 两不愁三保障
 * and safe drinking water. 防返贫监测识别的五项检查。
 */
export const MONITORING_TEST_NAMES = ['income', 'spending', 'drop', 'basicNeeds', 'water'] as const;
export type MonitoringTestName = (typeof MONITORING_TEST_NAMES)[number];

/** Chinese names of the five tests. 五项检查的中文名称。 */
export const MONITORING_TEST_NAMES_ZH: Readonly<Record<MonitoringTestName, string>> = {
  income: '收入不低于监测范围',
  spending: '刚性支出未致收入低于监测范围',
  drop: '收入未骤降',
  basicNeeds: '两不愁三保障',
  water: '饮水安全',
};

/** Options of {@link assessMonitoring} and {@link canEliminateRisk}. 防返贫监测选项。 */
export interface AssessMonitoringOptions {
  /** The day of the screening, read in China's calendar: picks the rule and the line in force. */
  readonly asOf: DateInput;
  /** The policy tables to apply (default {@link defaultPolicy}, which holds no provincial line). */
  readonly policy?: Policy | undefined;
}

/**
 * The verdict of {@link assessMonitoring}. Each test is `met` (no risk found on it), `unmet` (the
 * household meets that identification criterion) or `unknown`; `status` combines them with
 * `combineStatuses`, so `unmet` means "should be monitored" (`shouldBeMonitored: true`), `met`
 * means it should not (`false`) and `unknown` that it cannot be told (`null`). `reasons` are the
 * reasons of the tests that decided: the unmet ones, else the unknown ones, else none.
 * 防返贫监测识别结果：每项检查 met（无风险）/ unmet（符合纳入条件）/ unknown；合并后 unmet 即应纳入监测。
 */
export interface MonitoringAssessment {
  readonly householdId: string;
  readonly villageCode: string;
  /** The calendar date in China the screening was made for. */
  readonly asOf: CalendarDate;
  /** The rule in force: the 2020 rule, the provincial lines from 2021, or none. */
  readonly basis: MonitoringRule['basis'] | null;
  readonly status: CheckStatus;
  readonly shouldBeMonitored: boolean | null;
  readonly checks: Readonly<Record<MonitoringTestName, Check>>;
  readonly reasons: readonly Reason[];
}

/** @internal Everything the monitoring rules read on one day. */
export interface Evaluation {
  readonly assessment: MonitoringAssessment;
  readonly household: HouseholdAssessment;
  readonly rule: MonitoringRule | undefined;
}

type LineResult =
  | { readonly ok: true; readonly lineFen: number; readonly num: number; readonly den: number; readonly evidence: Evidence }
  | { readonly ok: false; readonly reason: Reason };

const INCOME: Path = Object.freeze(['twelveMonths', 'netIncome']);
const SPENDING: Path = Object.freeze(['twelveMonths']);
const PREVIOUS: Path = Object.freeze(['twelveMonths', 'previousNetIncome']);
const NONE: Path = Object.freeze([]);

const check = (status: CheckStatus, ...reasons: Reason[]): Check => ({ status, reasons });

/** The monitoring line in force for the household's province and the year of `day`. */
function lineFor(household: Household, day: CalendarDate, rule: MonitoringRule, policy: Policy): LineResult {
  const year = Number(day.slice(0, 4));
  if (rule.basis === 'province-line') {
    const province = household.villageCode.slice(0, 2);
    const line = policy.monitoringLines.find((l) => l.province === province && l.year === year);
    if (line === undefined) {
      return { ok: false, reason: monitoringReason('monitoring/no-province-line', ['villageCode'], { province, year }) };
    }
    return {
      ok: true,
      lineFen: yuanToFen(line.yuan),
      num: 1,
      den: 1,
      evidence: { basis: rule.basis, province, year, lineYuan: line.yuan, confirmed: line.confirmed, lineSource: line.source },
    };
  }
  const national = povertyLineEntry(year, policy);
  const thresholds = inForceOn(policy.monitoring, day);
  if (national === undefined || thresholds === undefined) {
    return { ok: false, reason: monitoringReason('monitoring/no-national-line', NONE, { year }) };
  }
  const { numerator, denominator } = thresholds.value.incomeMultiple;
  return {
    ok: true,
    lineFen: yuanToFen(national.yuan),
    num: numerator,
    den: denominator,
    evidence: {
      basis: rule.basis,
      year,
      povertyLineYuan: national.yuan,
      incomeMultiple: [numerator, denominator],
      confirmed: national.confirmed && thresholds.confirmed,
      lineSource: national.source,
    },
  };
}

/** Display figures of a comparison, each rounded to the fen towards the verdict. */
function shown(netFen: number | bigint, members: number, line: LineResult & { ok: true }, below: boolean): Evidence {
  const net = Number(netFen);
  const perCapita = (below ? Math.floor(net / members) : Math.ceil(net / members)) / 100;
  const exactLine = (line.lineFen * line.num) / line.den;
  const lineYuan = (below ? Math.ceil(exactLine) : Math.floor(exactLine)) / 100;
  return { ...line.evidence, members, perCapitaYuan: perCapita, lineYuan };
}

/** The household's net income: the record's 12 months first, else the register's yearly income. */
function incomeOf(household: Household, record: MonitoringRecord | undefined): { fen: number | bigint; evidence: Evidence } | undefined {
  const months = record?.twelveMonths;
  if (months?.netIncome !== undefined) {
    return { fen: yuanToFen(months.netIncome), evidence: { incomeSource: 'twelve-months', through: months.through } };
  }
  if (household.income !== undefined) {
    // The components when recorded, else the register's per-capita figure × members (as the household check reads it).
    const { fen, basis } = incomeFen(household.income, household.members.length);
    return { fen, evidence: { incomeSource: 'register', incomeYear: household.income.year, incomeBasis: basis } };
  }
  return undefined;
}

/** @internal The five tests of one household on a day already read in China's calendar. */
export function evaluate(household: Household, record: MonitoringRecord | undefined, day: CalendarDate, policy: Policy): Evaluation {
  if (record !== undefined && record.householdId !== household.id) {
    throw catalogError(MONITORING_ERRORS, 'monitoring/household-mismatch', { record: maskIdentifier(record.householdId), household: maskIdentifier(household.id) });
  }
  const assessed = assessOn(household, day, policy);
  const members = household.members.length;
  const { food, clothing, education, medical, housing, water } = assessed.checks;
  const needs = [food, clothing, education, medical, housing];
  const needsStatus = combineStatuses(needs.map((c) => c.status));
  const basicNeeds: Check =
    needsStatus === 'met' ? check('met', monitoringReason('monitoring/basic-needs-met', NONE)) : check(needsStatus, ...needs.filter((c) => c.status !== 'met').flatMap((c) => c.reasons));

  const rule = inForceOn(policy.monitoringRule, day)?.value;
  let income: Check;
  let spending: Check;
  let drop: Check;
  if (rule === undefined) {
    const none = monitoringReason('monitoring/no-rule', NONE, { asOf: day });
    income = spending = drop = check('unknown', none);
  } else {
    const line = lineFor(household, day, rule, policy);
    const net = incomeOf(household, record);

    // Income below the line: per-capita net income strictly below it (at the line is not below).
    if (net === undefined) income = check('unknown', monitoringReason('monitoring/income-missing', INCOME));
    else if (!line.ok) income = check('unknown', line.reason);
    else {
      const below = compareIncomeToLine(net.fen, line.lineFen, members, line.num, line.den) < 0;
      const evidence = { ...net.evidence, netIncomeYuan: Number(net.fen) / 100, ...shown(net.fen, members, line, below) };
      income = check(below ? 'unmet' : 'met', monitoringReason(below ? 'monitoring/income-below-line' : 'monitoring/income-not-below-line', INCOME, evidence));
    }

    // Rigid spending over the same 12 months.
    const months = record?.twelveMonths;
    const medical = months?.compliantMedicalSpending;
    const other = months?.otherRigidSpending;
    if (medical === undefined || other === undefined) spending = check('unknown', monitoringReason('monitoring/spending-missing', SPENDING));
    else if (net === undefined) spending = check('unknown', monitoringReason('monitoring/income-missing', INCOME));
    else {
      const medicalFen = yuanToFen(medical);
      const otherFen = yuanToFen(other);
      const spentFen = medicalFen + otherFen;
      const base = { netIncomeYuan: Number(net.fen) / 100, medicalYuan: medical, otherYuan: other };
      if (rule.basis === 'national-multiple') {
        // spending / income > num / den  ⇔  spending × den − income × num > 0
        const { numerator, denominator } = rule.spendingOverIncome;
        const above = compareFractions(spentFen, numerator, net.fen, denominator) > 0;
        const evidence = { ...base, spendingYuan: spentFen / 100, spendingOverIncome: [numerator, denominator] };
        spending = check(above ? 'unmet' : 'met', monitoringReason(above ? 'monitoring/spending-above-income' : 'monitoring/spending-not-above-income', SPENDING, evidence));
      } else if (!line.ok) spending = check('unknown', line.reason);
      else {
        const after = typeof net.fen === 'bigint' ? net.fen - BigInt(spentFen) : net.fen - spentFen;
        const below = compareIncomeToLine(after, line.lineFen, members) < 0;
        const evidence = { ...base, ...shown(after, members, line, below) };
        spending = check(
          below ? 'unmet' : 'met',
          monitoringReason(below ? 'monitoring/spending-leaves-below-line' : 'monitoring/spending-leaves-not-below-line', SPENDING, evidence),
        );
      }
    }

    // A sharp drop from the 12 months before (share from policy.monitoring: no default).
    const share = inForceOn(policy.monitoring, day)?.value.incomeDropShare ?? null;
    const previous = months?.previousNetIncome;
    const current = months?.netIncome;
    if (share === null) drop = check('unknown', monitoringReason('monitoring/drop-share-unset', NONE));
    else if (previous === undefined) drop = check('unknown', monitoringReason('monitoring/previous-income-missing', PREVIOUS));
    else if (current === undefined) drop = check('unknown', monitoringReason('monitoring/income-missing', INCOME));
    else {
      const previousFen = yuanToFen(previous);
      const currentFen = yuanToFen(current);
      const evidence = { previousNetIncomeYuan: previous, netIncomeYuan: current, incomeDropShare: [share.numerator, share.denominator] };
      if (previousFen <= 0) drop = check('met', monitoringReason('monitoring/previous-income-not-positive', PREVIOUS, evidence));
      else {
        // (previous − current) / previous ≥ num / den
        const fell = compareFractions(previousFen - currentFen, previousFen, share.numerator, share.denominator) >= 0;
        drop = check(fell ? 'unmet' : 'met', monitoringReason(fell ? 'monitoring/sharp-drop' : 'monitoring/no-sharp-drop', INCOME, evidence));
      }
    }
  }

  const checks = { income, spending, drop, basicNeeds, water };
  const status = combineStatuses(MONITORING_TEST_NAMES.map((name) => checks[name].status));
  const deciding = status === 'met' ? [] : MONITORING_TEST_NAMES.filter((name) => checks[name].status === status).flatMap((name) => checks[name].reasons);
  return {
    assessment: {
      householdId: household.id,
      villageCode: household.villageCode,
      asOf: day,
      basis: rule?.basis ?? null,
      status,
      shouldBeMonitored: status === 'unmet' ? true : status === 'met' ? false : null,
      checks,
      reasons: deciding,
    },
    household: assessed,
    rule,
  };
}

/**
 * 防止返贫监测识别: screens a household (with its monitoring record, when it has one) on the five
 * tests of the rule in force on `asOf`. From 2021 (`province-line`): per-capita net income over
 * the record's 12 months (else the register's yearly income) below the province's line for the
 * year of `asOf` from `policy.monitoringLines`; the same income less compliant out-of-pocket
 * medical and other rigid spending below that line; a drop of at least `monitoring.incomeDropShare`
 * from the 12 months before; 两不愁三保障 and safe water as `assessHousehold` checks them. In 2020
 * (`national-multiple`): the line is `monitoring.incomeMultiple` (3/2) × the national line of the
 * year, and the spending test asks whether rigid spending exceeds the income. No line in force →
 * that test is `unknown` naming the missing line. Exact: integer fen, cross-multiplied.
 * Rules, sources and confidence: docs/monitoring.md.
 *
 * 防返贫监测识别：按 asOf 当日生效口径判定五项检查（收入、刚性支出、收入骤降、两不愁三保障、饮水安全）；
 * 2021 年起使用各省年度监测范围（须在 policy.monitoringLines 中提供，缺失时为 unknown），2020 年为全国
 * 贫困线的 1.5 倍。整数分精确比较。
 *
 * @param household - a validated household record
 * @param record - its monitoring record, if it has one (income and spending of the 12 months)
 * @param options - `asOf` and an optional `policy`
 * @returns `{ householdId, villageCode, asOf, basis, status, shouldBeMonitored, checks, reasons }`
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {DomainError} `monitoring/household-mismatch` when the record is another household's;
 *   `household/no-members` when `members` is empty
 * @example
 * // three persons in Guizhou (52), 24,000 yuan over the 12 months to 2021-05; line 8,000.00 (a test figure)
 * const policy = definePolicy({ monitoringLines: [{ province: '52', year: 2021, yuan: 8000, source: 'test figure' }] });
 * const a = assessMonitoring(household, record, { asOf: '2021-06-15', policy });
 * a.checks.income.status //=> 'met'
 * a.checks.income.reasons[0].code //=> 'monitoring/income-not-below-line'
 * assessMonitoring(household, record, { asOf: '2021-06-15' }).checks.income.reasons[0].code
 * //=> 'monitoring/no-province-line'
 */
export function assessMonitoring(household: Household, record: MonitoringRecord | undefined, options: AssessMonitoringOptions): MonitoringAssessment {
  return evaluate(household, record, chinaDate(options?.asOf), options?.policy ?? defaultPolicy).assessment;
}
