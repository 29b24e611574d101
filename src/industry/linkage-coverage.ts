import type { Ratio } from '../policy/schema';
import type { Message, Reason } from '../reasons/types';
import { percentOf } from './exact';
import type { IndustryPlan } from './schema';
import { INDUSTRY_CATALOG, INDUSTRY_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/** How many of a county's poor households the plan's benefit linkages reach. 利益联结覆盖情况。 */
export interface LinkageCoverage {
  /** 联结贫困户数: the sum of `poorHouseholds` over the plan's linkages (counted once per mode). */
  readonly linkedPoorHouseholds: number;
  /** 全县贫困户数 (the input). */
  readonly poorHouseholds: number;
  /** min(linked, poor) ÷ poor, unreduced: never above 1. */
  readonly share: Ratio;
  /** `share` in percent for display, rounded down to two decimals. */
  readonly percent: number;
  /** True when the sum exceeded `poorHouseholds` and the share was cut to 100%. */
  readonly capped: boolean;
  /**
   * Why the figure reads as it does: one reason `industry/linkage-counted-per-mode` (the sum is
   * over modes; `capped` says whether the share was cut to 100%). 说明：按联结方式求和。
   */
  readonly reasons: readonly [Reason<'industry/linkage-counted-per-mode'>];
  /** The message of `reasons[0]` (kept for existing callers). */
  readonly note: Message;
}

/**
 * Share of a county's poor households linked to an industry by the plan's benefit linkages
 * (利益联结机制). The records give counts per linkage mode, not household lists, so a household
 * linked under several modes (e.g. a cooperative member who also works on the farm) is counted
 * once per mode: `linkedPoorHouseholds` is the sum and may exceed the real number, and the result
 * says so in `note`. The share is capped at 100% (`capped: true` when the sum was larger). A plan
 * without linkages has 0 linked households.
 *
 * 规划利益联结覆盖的贫困户占全县贫困户的比例。记录只给出各联结方式的户数，没有户名单，所以同一户
 * 在多种方式下联结时按每种方式各计一次：`linkedPoorHouseholds` 为总和，可能超过实际户数，结果的
 * `note` 中予以说明；占比最高计为 100%（超过时 `capped` 为 true）。
 *
 * @param plan - a validated industry plan
 * @param options - `poorHouseholds`: the county's poor households (a whole number > 0)
 * @returns `{ linkedPoorHouseholds, poorHouseholds, share, percent, capped, reasons, note }`
 * @throws {DomainError} `industry/poor-households` when `poorHouseholds` is not a whole number
 *   > 0; `industry/linkage-count` when a linkage's `poorHouseholds` is not a whole number ≥ 0, or
 *   the sum is not a safe integer
 * @example
 * linkageCoverage({ id: 'P', countyCode: '522601', year: 2020, zones: [], linkages: [
 *   { mode: 'cooperative', households: 800, poorHouseholds: 300 },
 *   { mode: 'employment', households: 200, poorHouseholds: 150 },
 * ] }, { poorHouseholds: 600 })
 * //=> { linkedPoorHouseholds: 450, poorHouseholds: 600, share: { numerator: 450, denominator: 600 },
 * //     percent: 75, capped: false, reasons: [{ code: 'industry/linkage-counted-per-mode', path: ['linkages'],
 * //     evidence: { linkedPoorHouseholds: 450, poorHouseholds: 600, capped: false }, message: {…} }], note: { 'zh-CN': '联结贫困户数为各联结方式的户数之和（450 户）…', en: '…' } }
 */
export function linkageCoverage(plan: IndustryPlan, options: { readonly poorHouseholds: number }): LinkageCoverage {
  const { poorHouseholds } = options;
  if (!Number.isSafeInteger(poorHouseholds) || poorHouseholds <= 0) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/poor-households', { given: String(poorHouseholds) });
  }
  let linked = 0;
  for (const [index, linkage] of (plan.linkages ?? []).entries()) {
    if (!Number.isSafeInteger(linkage.poorHouseholds) || linkage.poorHouseholds < 0) {
      throw catalogError(INDUSTRY_ERRORS, 'industry/linkage-count', { plan: plan.id, linkage: index, mode: linkage.mode, given: String(linkage.poorHouseholds) });
    }
    linked += linkage.poorHouseholds;
  }
  if (!Number.isSafeInteger(linked)) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/linkage-sum', { plan: plan.id }, { code: 'industry/linkage-count' });
  }
  const capped = linked > poorHouseholds;
  const numerator = capped ? poorHouseholds : linked;
  const evidence = { linkedPoorHouseholds: linked, poorHouseholds, capped };
  const reason = INDUSTRY_CATALOG.reason('industry/linkage-counted-per-mode', ['linkages'], evidence);
  return {
    linkedPoorHouseholds: linked,
    poorHouseholds,
    share: { numerator, denominator: poorHouseholds },
    percent: percentOf(BigInt(numerator), BigInt(poorHouseholds)),
    capped,
    reasons: [reason],
    note: reason.message,
  };
}
