import type { DateInput } from '../calendar/china-date';
import { defaultPolicy } from '../policy/default-policy';
import { parameterOn } from '../policy/parameter-on';
import type { Policy } from '../policy/schema';
import type { Check } from '../reasons/types';
import { INDUSTRY_CATALOG } from './catalog';
import { BAZI_MIN_AREA_MU, type Zone } from './schema';

/** Options of {@link baziAreaCheck}: the policy whose `industry.baziMinAreaMu` applies, on a day. */
export interface BaziAreaOptions {
  /** Default {@link defaultPolicy}. */
  readonly policy?: Policy | undefined;
  /** The day whose minimum applies; the latest when omitted. */
  readonly asOf?: DateInput | undefined;
}

/** The codes of {@link baziAreaCheck}. */
export type BaziAreaCode = 'zone/bazi-area-met' | 'zone/bazi-too-small';

/**
 * Whether a 坝区 zone reaches the minimum contiguous area of the policy in force (Guizhou's 500 亩
 * by default, `policy.industry`, dated): met when the area is at least the minimum (“500 亩以上”
 * includes 500). `undefined` for a zone that is not a 坝区. The minimum is a policy parameter, so
 * it is checked here, not by `ZoneSchema`: a plan with a small 坝区 is valid and gets this verdict.
 * 坝区面积是否达到政策规定的最小面积（默认 500 亩，含 500 亩）；非坝区返回 undefined。
 *
 * @param zone - a validated zone (its `kind` and `areaMu`)
 * @param options - `policy` and `asOf`
 * @returns `{ status, reasons }`, or `undefined` when the zone is not a 坝区
 * @example
 * baziAreaCheck({ kind: 'bazi', areaMu: 500 })?.status //=> 'met'
 * baziAreaCheck({ kind: 'bazi', areaMu: 499.9 })?.reasons[0].code //=> 'zone/bazi-too-small'
 * baziAreaCheck({ kind: 'slope', areaMu: 20 }) //=> undefined
 */
export function baziAreaCheck(zone: Pick<Zone, 'kind' | 'areaMu'>, options: BaziAreaOptions = {}): Check<BaziAreaCode> | undefined {
  if (zone.kind !== 'bazi') return undefined;
  const industry = (options.policy ?? defaultPolicy).industry ?? defaultPolicy.industry;
  const minimumMu = (industry === undefined ? undefined : parameterOn(industry, options.asOf)?.value.baziMinAreaMu) ?? BAZI_MIN_AREA_MU;
  const met = zone.areaMu >= minimumMu;
  const code: BaziAreaCode = met ? 'zone/bazi-area-met' : 'zone/bazi-too-small';
  return { status: met ? 'met' : 'unmet', reasons: [INDUSTRY_CATALOG.reason(code, ['areaMu'], { areaMu: zone.areaMu, minimumMu })] };
}
