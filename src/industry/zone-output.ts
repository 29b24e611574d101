import type { Zone } from './schema';
import { outputOf, zoneFigures, type ZoneOutput } from './zone-figures';

/**
 * The annual output value of a zone and its output value per 亩 (亩均产值): the sum of its
 * plantings' output values divided by the zone's **land** area (not the sown area, which exceeds
 * the land under multiple cropping). A planting's output value per 亩 is `outputValuePerMu` when
 * given, else `yieldKgPerMu × priceYuanPerKg`; its total (area × value per 亩) is rounded once to
 * the fen, half away from zero, and the totals are added in integer fen. A zone without plantings
 * has output 0 and 0 per 亩.
 *
 * 区块年产值与亩均产值：各种植项目产值之和除以区块**土地**面积（复种时播种面积大于土地面积）。
 * 项目亩产值取 `outputValuePerMu`，未填则为亩产 × 单价；项目产值（面积 × 亩产值）四舍五入到分
 * （一次，远离零方向），再按整数分求和。没有种植项目的区块产值为 0，亩均 0。
 *
 * @param zone - a validated zone
 * @returns `{ landMu, sownMu, outputValue, outputValuePerMu }` (yuan; `outputValuePerMu` rounded to
 *   the fen for display)
 * @throws {DomainError} `industry/zone-area` when the land area is not a positive finite number
 *   (a zero-area zone is an error, never NaN or Infinity); `industry/planting-area` when a
 *   planting's area is not; `industry/planting-value` when a planting has neither
 *   `outputValuePerMu` nor yield and price, or one of them is invalid; `industry/too-large` when
 *   the total cannot be held exactly in fen
 * @example
 * zoneOutput({
 *   id: 'Z1', name: '坝区一', kind: 'bazi', areaMu: 600,
 *   plantings: [
 *     { crop: '玉米', areaMu: 400, outputValuePerMu: 1200, lowValue: true },
 *     { crop: '蔬菜', areaMu: 200, outputValuePerMu: 9000 },
 *   ],
 * })
 * //=> { landMu: 600, sownMu: 600, outputValue: 2280000, outputValuePerMu: 3800 }
 */
export function zoneOutput(zone: Zone): ZoneOutput {
  return outputOf(zoneFigures(zone));
}
