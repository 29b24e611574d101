import type { DateInput } from '../calendar/china-date';
import { defaultPolicy } from '../policy/default-policy';
import { parameterOn } from '../policy/parameter-on';
import type { Policy } from '../policy/schema';
import type { Reason } from '../reasons/types';
import type { SlopeClass } from './messages';
import { INDUSTRY_CATALOG, INDUSTRY_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * The slope limits of Guizhou's crop choice by slope (docs/domain.md, "Industry"): below
 * `vegetablesFungiBelow` degrees vegetables and edible fungi; from it up to and including
 * `herbsTeaFruitUpTo` herbs, tea and fruit; above it, return to forest or grassland. The source
 * wording is "< 15°, 15–25°, > 25°", so 15° and 25° both belong to the middle band.
 * 按坡度选择作物的坡度界限：小于 15° 蔬菜、食用菌；15°–25°（含两端）中药材、茶、水果；大于 25°
 * 退耕还林还草。
 */
export const SLOPE_LIMITS = { vegetablesFungiBelow: 15, herbsTeaFruitUpTo: 25 } as const;

/** Options of {@link slopeAdvice}: the policy whose `industry` slope limits apply, on a day. */
export interface SlopeAdviceOptions {
  /** Default {@link defaultPolicy}. */
  readonly policy?: Policy | undefined;
  /** The day whose limits apply; the latest when omitted. */
  readonly asOf?: DateInput | undefined;
}

/** The codes of {@link slopeAdvice}: one per crop class. */
export type SlopeAdviceCode = `slope/${SlopeClass}`;

/**
 * The crop class for a slope, as a reason of the industry catalog (`code`, `path`, `evidence`
 * with the slope and the limits in force, `message` in every locale). 坡度对应的作物建议。
 */
export interface SlopeAdvice extends Reason<SlopeAdviceCode> {
  readonly class: SlopeClass;
  /** @deprecated Read `message['zh-CN']`; kept for one minor version. */
  readonly zh: string;
  /** @deprecated Read `message.en`; kept for one minor version. */
  readonly en: string;
}

/**
 * The crop class Guizhou's plans give for a slope: < 15° vegetables and edible fungi
 * (`vegetables-fungi`); 15°–25°, both ends included, herbal medicine, tea and fruit
 * (`herbs-tea-fruit`); > 25° return to forest or grassland (`forest-grass`). The limits are the
 * dated `industry` parameter of the policy (default {@link SLOPE_LIMITS}'s figures); the message
 * names the limits in force. The result is a reason (`slope/<class>`) with `class` beside it.
 *
 * 按坡度给出作物类别：小于 15° 宜种蔬菜、食用菌；15°–25°（含 15° 与 25°）宜种中药材、茶、水果；
 * 大于 25° 退耕还林还草。
 *
 * @param slopeDegrees - the slope in degrees, 0 to 90
 * @param options - `policy` and `asOf` whose slope limits apply
 * @returns `{ class, zh, en }`
 * @throws {DomainError} `industry/slope` when the slope is not a number from 0 to 90 (NaN,
 *   negative, above 90)
 * @example
 * slopeAdvice(14.99).class //=> 'vegetables-fungi'
 * slopeAdvice(25).code //=> 'slope/herbs-tea-fruit'
 * slopeAdvice(25).message
 * //=> { 'zh-CN': '坡度 15°–25°（含 15° 和 25°）：宜种中药材、茶、水果', en: 'slope from 15° to 25° (both included): herbal medicine, tea and fruit' }
 * slopeAdvice(25.01).class //=> 'forest-grass'
 */
export function slopeAdvice(slopeDegrees: number, options: SlopeAdviceOptions = {}): SlopeAdvice {
  if (typeof slopeDegrees !== 'number' || !(slopeDegrees >= 0 && slopeDegrees <= 90)) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/slope', { given: String(slopeDegrees) });
  }
  const limits = parameterOn((options.policy ?? defaultPolicy).industry ?? (defaultPolicy.industry as NonNullable<Policy['industry']>), options.asOf)?.value ?? SLOPE_LIMITS;
  const cls: SlopeClass =
    slopeDegrees < limits.vegetablesFungiBelow
      ? 'vegetables-fungi'
      : slopeDegrees <= limits.herbsTeaFruitUpTo
        ? 'herbs-tea-fruit'
        : 'forest-grass';
  const code: SlopeAdviceCode = `slope/${cls}`;
  const evidence = { slopeDegrees, below: limits.vegetablesFungiBelow, upTo: limits.herbsTeaFruitUpTo };
  const message = INDUSTRY_CATALOG.message(code, evidence);
  return { class: cls, code, path: [], evidence, message, zh: message['zh-CN'], en: message.en };
}
