import { CHECK_NAMES, type CheckName } from '../household/assessment';
import type { ColumnSpec } from './columns';

/**
 * What each of the seven checks needs of a register's columns (keys of `HOUSEHOLD_COLUMNS`):
 * alternatives, each a set of columns that together let the check decide; one complete
 * alternative is enough. A register with none of a check's alternatives complete leaves that
 * check `unknown` for every household (or, for income, rejects every household with an income
 * figure and no 收入年度). Read from the rules in `src/household/check-*.ts`:
 * - income: 收入年度 with 人均纯收入 or any income component (absent components count as 0);
 * - food, clothing: 不愁吃, 不愁穿;
 * - education: 就学状况 or the register's 在校生状况 (ages come from the ID number);
 * - medical: 参加医保 (basic insurance is required by the default policy; 大病保险 is read where recorded);
 * - housing: 住房安全等级, 危房户, 住房安全保障途径 or 易地扶贫搬迁;
 * - water: 饮水是否安全 or 饮水是否困难 (the register's summary findings), or the four indicators
 *   (quantity, interruptions, quality, and one of the convenience measures).
 * Every other register column is optional: informational, read where present.
 * 七项检查各自需要的列（可替代的几组，任一组齐全即可）；其余列为可选列。
 */
export const CHECK_COLUMNS: Readonly<Record<CheckName, readonly (readonly string[])[]>> = Object.freeze({
  income: ['perCapita', 'wage', 'business', 'property', 'transfer'].map((k) => ['incomeYear', k]),
  food: [['foodSecure']],
  clothing: [['clothingSecure']],
  education: [['schooling'], ['studentStatus']],
  medical: [['medicalInsurance']],
  housing: [['housingGrade'], ['dangerous'], ['housingRoute'], ['relocated']],
  water: [
    ['waterSafe'],
    ['waterDifficult'],
    ...['piped', 'fetchMinutes', 'horizontalMetres', 'verticalMetres'].map((k) => ['litresPerPersonPerDay', 'interruptionDaysPerYear', 'qualityOk', k]),
  ],
});

/** A check that the columns present cannot decide, and the columns that would let it. */
export interface UndecidedCheck {
  readonly check: CheckName;
  /**
   * The absent columns of the alternative closest to complete: fewest absent, then most present
   * (a half-filled alternative is the one to finish), then the first listed.
   */
  readonly missing: readonly ColumnSpec[];
}

/**
 * The checks that a header leaves undecided for every household, each with the absent columns
 * of its alternative closest to complete; `undefined` when `specs` are not register columns (a
 * ledger, a plan), which have no checks. @internal
 */
export function undecidedChecks(specs: readonly ColumnSpec[], present: ReadonlySet<string>): readonly UndecidedCheck[] | undefined {
  const byKey = new Map(specs.map((s) => [s.key, s]));
  const out: UndecidedCheck[] = [];
  for (const check of CHECK_NAMES) {
    let best: string[] | undefined;
    let bestPresent = 0;
    for (const alternative of CHECK_COLUMNS[check]) {
      if (alternative.some((k) => !byKey.has(k))) return undefined;
      const absent = alternative.filter((k) => !present.has(k));
      const here = alternative.length - absent.length;
      if (best === undefined || absent.length < best.length || (absent.length === best.length && here > bestPresent)) {
        best = absent;
        bestPresent = here;
      }
    }
    if (best !== undefined && best.length > 0) out.push({ check, missing: best.map((k) => byKey.get(k) as ColumnSpec) });
  }
  return out;
}
