import type { Zone } from './schema';
import { assessFigures, type ZoneTargetAssessment } from './target-figures';
import { zoneFigures } from './zone-figures';

/**
 * Assesses a zone against an output-value-per-亩 target (亩均产值目标). The target is met when the
 * output value per 亩 **reaches** it (≥, 达到目标), decided exactly in integer fen as
 * `output value ≥ target × land area`, never from a rounded figure. When the target is missed and
 * the zone has plantings marked `lowValue`, `conversion` gives the smallest whole number of 亩 to
 * move from the low-value planting with the lowest value per 亩 to the planting (not low-value)
 * with the highest value per 亩 so that the zone, recomputed, meets the target, and whether the
 * low-value area suffices. Ties go to the planting listed first. With no low-value planting, or no
 * higher-value crop to move to, there is no `conversion` and a reason says why.
 *
 * 评估区块是否达到亩均产值目标：亩均产值**达到**（≥）目标即为达标，按整数分精确判定
 * （产值 ≥ 目标 × 土地面积），不依据四舍五入后的数字。未达标且有低效作物时，`conversion` 给出把
 * 亩产值最低的低效作物调整为亩产值最高的（非低效）作物、使区块达标所需的最少整亩数，以及现有
 * 低效作物面积是否足够。没有低效作物或没有更高产值的作物时不给出 `conversion`，理由中说明原因。
 *
 * @param zone - a validated zone
 * @param options - `targetPerMu`: the target in yuan per 亩 (always an input: no default figure)
 * @returns `{ outputValuePerMu, targetPerMu, met, gapPerMu, gapTotal, conversion?, reasons }`;
 *   gaps are rounded up to the fen and are 0 when met
 * @throws {DomainError} as {@link zoneOutput}; `industry/invalid-target` when the target is not an
 *   amount of yuan ≥ 0 with at most two decimals
 * @example
 * assessZoneTarget(
 *   { id: 'Z1', name: '坝区一', kind: 'bazi', areaMu: 600, plantings: [
 *     { crop: '玉米', areaMu: 400, outputValuePerMu: 1200, lowValue: true },
 *     { crop: '蔬菜', areaMu: 200, outputValuePerMu: 9000 },
 *   ] },
 *   { targetPerMu: 8000 },
 * )
 * //=> { outputValuePerMu: 3800, targetPerMu: 8000, status: 'unmet', met: false, gapPerMu: 4200, gapTotal: 2520000,
 * //     conversion: { fromCrop: '玉米', toCrop: '蔬菜', mu: 324, availableMu: 400, sufficient: true },
 * //     reasons: [{ code: 'industry/target-missed', … }, { code: 'industry/conversion-sufficient', … }] }
 */
export function assessZoneTarget(zone: Zone, options: { readonly targetPerMu: number }): ZoneTargetAssessment {
  return assessFigures(zoneFigures(zone), options.targetPerMu);
}
