import type { DateInput } from '../calendar/china-date';
import { defaultPolicy } from '../policy/default-policy';
import type { Policy } from '../policy/schema';
import type { HouseholdAssessment } from './assessment';
import type { Household } from './schema';
import { assessWith } from './assess-on';
import { valuesInForce } from './values-in-force';

/** Options of {@link assessHousehold} and `assessHouseholds`. 户评估选项。 */
export interface AssessHouseholdOptions {
  /** The day of the assessment: a `Date` or an ISO string, read in China's calendar. 评估日期。 */
  readonly asOf: DateInput;
  /** The policy tables to apply (default {@link defaultPolicy}). 政策参数表。 */
  readonly policy?: Policy | undefined;
}

/**
 * Assesses one household against 一达标、两不愁、三保障 and 饮水安全: seven checks (`income`,
 * `food`, `clothing`, `education`, `medical`, `housing`, `water`), each `met`, `unmet` or
 * `unknown` with the reasons for its verdict in zh-CN and English (personal data masked).
 * `compliant` is true only when all seven are `met`. The record is a typed {@link Household} as
 * the application holds it and is not re-validated; use `assessHouseholds` for untrusted records.
 * Rules, thresholds and sources: docs/rules.md.
 *
 * 按“一达标两不愁三保障”及饮水安全评估一户：七项检查各为 met / unmet / unknown，并附中英文理由
 * （个人信息已脱敏）；七项全部 met 时 compliant 为 true。不重新校验记录。
 *
 * @param household - a validated household record
 * @param options - `asOf` (a `Date` or ISO string, read in Asia/Shanghai) and an optional `policy`
 * @returns `{ householdId, asOf, compliant, checks }`, `asOf` as the `YYYY-MM-DD` date in China
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {InvalidAmountError} `amount/invalid` when an income component is not yuan with at most
 *   two decimals (a record that skipped validation)
 * @throws {DomainError} `household/no-members` when `members` is empty (a record that skipped
 *   validation)
 * @example
 * const household: Household = {
 *   id: 'H-1', villageCode: '522601101201', status: 'exited',
 *   members: [head, spouse, child], // three members, all insured, the child enrolled
 *   income: { year: 2020, wage: 4230.02, business: 4660.45, transfer: 3109.53 },
 *   foodSecure: true, clothingSecure: true, housing: { grade: 'B' },
 *   water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: true },
 * };
 * const a = assessHousehold(household, { asOf: '2020-12-31' });
 * a.compliant //=> false
 * a.checks.income
 * //=> { status: 'unmet', reasons: [{ code: 'income/not-above-line', path: ['income'],
 * //     evidence: { year: 2020, members: 3, netIncomeYuan: 12000, perCapitaYuan: 4000, lineYuan: 4000 },
 * //     message: { 'zh-CN': '2020 年家庭净收入 12000 元，3 人，人均约 4000 元，未高于当年贫困线 4000 元', en: '…' } }] }
 * a.checks.water.status //=> 'met'
 */
export function assessHousehold(household: Household, options: AssessHouseholdOptions): HouseholdAssessment {
  return assessWith(household, valuesInForce(options?.policy ?? defaultPolicy, options?.asOf));
}
