import type { CalendarDate } from '../calendar/calendar-date';
import type { Check, CheckStatus } from '../reasons/types';

/**
 * The seven checks of the household exit test, in canonical order: 一达标 (income), 两不愁 (food,
 * clothing), 三保障 (education, medical, housing) and 饮水安全 (water).
 * 户脱贫七项检查（一达标、两不愁、三保障、饮水安全），按规范顺序。
 */
export const CHECK_NAMES = ['income', 'food', 'clothing', 'education', 'medical', 'housing', 'water'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** Chinese names of the seven checks. 七项检查的中文名称。 */
export const CHECK_NAMES_ZH: Readonly<Record<CheckName, string>> = {
  income: '收入达标',
  food: '不愁吃',
  clothing: '不愁穿',
  education: '义务教育有保障',
  medical: '基本医疗有保障',
  housing: '住房安全有保障',
  water: '饮水安全有保障',
};

/**
 * The verdict on one household: `status` combines the seven checks with `combineStatuses`
 * (`unmet` if any is unmet, else `unknown` if any is unknown, else `met`); `compliant` is derived
 * from it, true exactly when `status` is `met`.
 * 单户评估结果：status 由七项检查合并而来；compliant 仅在 status 为 met 时为 true。
 */
export interface HouseholdAssessment {
  readonly householdId: string;
  /** The calendar date in China the assessment was made for. */
  readonly asOf: CalendarDate;
  /** The seven checks combined: the verdict shape shared by every result of the library. */
  readonly status: CheckStatus;
  /** Derived from `status`: true exactly when `status` is `met` (kept for existing callers). */
  readonly compliant: boolean;
  readonly checks: Readonly<Record<CheckName, Check>>;
}
