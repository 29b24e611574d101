import { chinaDate, type DateInput } from '../calendar/china-date';
import { defaultPolicy } from '../policy/default-policy';
import { povertyLineEntry } from '../policy/poverty-line-for';
import type { Policy } from '../policy/schema';
import { inForceOn } from '../policy/parameter-on';
import { combineStatuses } from '../reasons/combine-statuses';
import type { CheckStatus, Reason } from '../reasons/types';
import { compareFractions } from '../units/compare-fractions';
import { yuanToFen } from '../units/yuan-to-fen';
import type { Household, Income } from './schema';
import { compareIncomeToLine, incomeFen } from './net-income';
import { fixedPath, reason } from './reasons';
import { HOUSEHOLD_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/** Options of {@link monitoringFlags}. 防返贫监测选项。 */
export interface MonitoringFlagsOptions {
  /** The day of the screening, read in China's calendar: picks the monitoring thresholds in force. */
  readonly asOf: DateInput;
  /** The policy tables to apply (default {@link defaultPolicy}). */
  readonly policy?: Policy | undefined;
  /** The household's income of an earlier year, for the sharp-drop trigger. 上一期收入。 */
  readonly previousIncome?: Income | undefined;
}

/**
 * The screening outcome in the words used before the verdict shape was shared: `flagged` when
 * any trigger fires; `unknown` when none fires but one could not be checked; otherwise
 * `not-flagged`. 任一条件触发为 flagged；否则有条件无法检查为 unknown；否则 not-flagged。
 * @deprecated `MonitoringResult.status` is a `CheckStatus` now (`unmet` = flagged, `met` = not
 *   flagged); this type is kept for callers that name it.
 */
export type MonitoringStatus = 'flagged' | 'not-flagged' | 'unknown';

/** The result of {@link monitoringFlags}. 防返贫监测结果。 */
export interface MonitoringResult {
  /** Derived from `status`: true exactly when `status` is `unmet` (a trigger fires). */
  readonly flagged: boolean;
  /**
   * The verdict shape shared by every result: each trigger is a check that the household is
   * clear of it (`met` no trigger fires, `unmet` one fires, `unknown` one could not be checked),
   * combined by `combineStatuses`. So `unmet` is 纳入监测 (flagged), `met` is not flagged.
   */
  readonly status: CheckStatus;
  /** One reason per trigger: the income level first, then the income drop. */
  readonly reasons: readonly Reason[];
}

const INCOME = fixedPath('income');

/** A trigger as a check that the household is clear of it. */
function clearOf(trigger: MonitoringStatus | 'not-checked'): CheckStatus {
  // Stryker disable next-line StringLiteral: combineStatuses takes any status other than 'unmet' and 'unknown' for met (the line's other literals' mutants, which the tests kill, are disabled with it)
  return trigger === 'flagged' ? 'unmet' : trigger === 'unknown' ? 'unknown' : 'met';
}
const NO_PATH = fixedPath();

/**
 * 防止返贫监测: screens a household for the two income triggers of the 2020 monitoring rules.
 * Low income: per-capita net income strictly below the policy's `incomeMultiple` (default 3/2)
 * times the poverty line of the income year. Sharp drop: with `previousIncome` from an earlier
 * year, net income fell by at least the policy's `incomeDropShare` of the previous net income
 * (no default: unset, the drop is reported as not checked and the status cannot be `met`). Exact: integer fen, ratios cross-multiplied. Applies the triggers to any
 * household whatever its `status`.
 *
 * 防止返贫监测：人均净收入低于贫困线的监测倍数（默认 1.5 倍），或较上一期收入骤降（比例须在政策中设定）
 * 时标记（status 为 unmet，flagged 为 true）；无法检查时为 unknown；均未触发为 met。精确计算（整数分、交叉相乘）。
 *
 * @param household - a validated household record
 * @param options - `asOf`, an optional `policy` and an optional `previousIncome`
 * @returns `{ flagged, status, reasons }`
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {InvalidAmountError} `amount/invalid` when an income component is not yuan with at most
 *   two decimals
 * @throws {DomainError} `household/no-members` when `members` is empty
 * @deprecated Since the monitoring concept (issue 13): use `assessMonitoring`, which applies the
 *   2021 provincial monitoring lines (`policy.monitoringLines`), the spending test, 两不愁三保障 and
 *   water as well as the 2020 rule. `monitoringFlags` is kept unchanged for compatibility: it
 *   applies only the 2020 income triggers, whatever the date. 已弃用：请改用 assessMonitoring。
 * @example
 * // three persons, net income 17,999.99 yuan in 2020: below 1.5 × 4,000 per person
 * monitoringFlags(household, { asOf: '2021-03-01' })
 * //=> { flagged: true, status: 'unmet', reasons: [{ code: 'monitoring/low-income', … }, { code: 'monitoring/drop-not-checked', … }] }
 */
export function monitoringFlags(household: Household, options: MonitoringFlagsOptions): MonitoringResult {
  const day = chinaDate(options?.asOf);
  const policy = options?.policy ?? defaultPolicy;
  const members = household.members.length;
  if (members === 0) {
    throw catalogError(HOUSEHOLD_ERRORS, 'household/no-members');
  }
  const thresholds = inForceOn(policy.monitoring, day);
  if (thresholds === undefined) {
    return { flagged: false, status: 'unknown', reasons: [reason('monitoring/no-thresholds', NO_PATH, { asOf: day })] };
  }
  const { incomeMultiple, incomeDropShare } = thresholds.value;
  const reasons: Reason[] = [];
  const income = household.income;
  const net = income === undefined ? undefined : incomeFen(income, household.members.length).fen;

  // Trigger 1: per-capita income below the monitoring line.
  let low: MonitoringStatus = 'unknown';
  // Stryker disable next-line ConditionalExpression,LogicalOperator: `net` is undefined exactly when `income` is (incomeFen always gives a figure), so each half, or both, says the same
  if (income === undefined || net === undefined) {
    reasons.push(reason('monitoring/income-missing', INCOME, {}));
  } else {
    const line = povertyLineEntry(income.year, policy);
    if (line === undefined) {
      reasons.push(reason('monitoring/no-line', fixedPath('income', 'year'), { year: income.year }));
    } else {
      const lineFen = yuanToFen(line.yuan);
      const { numerator, denominator } = incomeMultiple;
      // net / members < lineFen × num / den  ⇔  net × den < lineFen × members × num
      const below = compareIncomeToLine(net, lineFen, members, numerator, denominator) < 0;
      // Stryker disable next-line StringLiteral: clearOf() takes any trigger other than 'flagged' and 'unknown' for clear (met) (the line's 'flagged' mutant, which the tests kill, is disabled with it)
      low = below ? 'flagged' : 'not-flagged';
      const evidence = {
        year: income.year,
        members,
        netIncomeYuan: Number(net) / 100,
        // Display only, each figure rounded to the fen towards the verdict, so that the message
        // never reads "about 6000, below about 6000".
        perCapitaYuan: (below ? Math.floor(Number(net) / members) : Math.ceil(Number(net) / members)) / 100,
        lineYuan: line.yuan,
        monitoringLineYuan: (below ? Math.ceil((lineFen * numerator) / denominator) : Math.floor((lineFen * numerator) / denominator)) / 100,
        incomeMultiple: [numerator, denominator],
      };
      reasons.push(reason(below ? 'monitoring/low-income' : 'monitoring/income-not-low', INCOME, evidence));
    }
  }

  // Trigger 2: a sharp drop from the previous income.
  // Stryker disable next-line StringLiteral: clearOf() takes any trigger other than 'flagged' and 'unknown' for clear (met)
  let drop: MonitoringStatus | 'not-checked' = 'not-checked';
  const previous = options.previousIncome;
  if (previous === undefined) {
    reasons.push(reason('monitoring/drop-not-checked', NO_PATH, {}));
  } else if (incomeDropShare === null) {
    drop = 'unknown';
    reasons.push(reason('monitoring/drop-threshold-unset', NO_PATH, {}));
  } else if (
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: `net` is undefined exactly when `income` is; and without this year's income the low-income trigger is already unknown, so the drop left not checked gives the same status
    income === undefined || net === undefined) {
    // Stryker disable next-line StringLiteral: without this year's income the low-income trigger is already unknown, so the status is unknown either way
    drop = 'unknown'; // the missing income is already reported
  } else if (previous.year >= income.year) {
    drop = 'unknown';
    reasons.push(reason('monitoring/previous-income-not-earlier', fixedPath('income', 'year'), { previousYear: previous.year, year: income.year }));
  } else {
    const previousNet = BigInt(incomeFen(previous, household.members.length).fen);
    const evidence = {
      previousYear: previous.year,
      previousNetIncomeYuan: Number(previousNet) / 100,
      year: income.year,
      netIncomeYuan: Number(net) / 100,
      incomeDropShare: [incomeDropShare.numerator, incomeDropShare.denominator],
    };
    if (previousNet <= 0n) {
      // Stryker disable next-line StringLiteral: clearOf() takes any trigger other than 'flagged' and 'unknown' for clear (met)
      drop = 'not-flagged';
      reasons.push(reason('monitoring/previous-income-not-positive', INCOME, evidence));
    } else {
      // (previous − net) / previous ≥ num / den  ⇔  (previous − net) × den ≥ num × previous
      const fell =
        compareFractions(previousNet - BigInt(net), previousNet, incomeDropShare.numerator, incomeDropShare.denominator) >= 0;
      // Stryker disable next-line StringLiteral: clearOf() takes any trigger other than 'flagged' and 'unknown' for clear (met) (the line's 'flagged' mutant, which the tests kill, is disabled with it)
      drop = fell ? 'flagged' : 'not-flagged';
      reasons.push(reason(fell ? 'monitoring/sharp-drop' : 'monitoring/no-sharp-drop', INCOME, evidence));
    }
  }

  const status = combineStatuses([clearOf(low), clearOf(drop)]);
  return { flagged: status === 'unmet', status, reasons };
}
