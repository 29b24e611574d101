import type { CheckStatus, Reason } from '../reasons/types';
import { parseYuanToFen } from '../units/yuan-to-fen';
import {
  compareDecimals,
  decimalOfInteger,
  decimalToNumber,
  divideToInteger,
  fenToYuanExact,
  subtractDecimals,
  addDecimals,
  toSafeNumber,
  type Decimal,
} from './exact';
import { INDUSTRY_CATALOG } from './catalog';
import { perMuFen, totalFenOf, type PlantingFigures, type ZoneFigures } from './zone-figures';
import { INDUSTRY_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * The smallest whole number of 亩 to move from the lowest-value low-value planting to the
 * highest-value planting so that the zone meets its target. 达到目标所需调减面积。
 */
export interface ZoneConversion {
  /** 调减的低效作物 (the low-value planting with the lowest value per 亩). */
  readonly fromCrop: string;
  /** 替代作物 (the planting, not low-value, with the highest value per 亩). */
  readonly toCrop: string;
  /** 需调整面积（整亩）. */
  readonly mu: number;
  /** 现有低效作物面积（亩）. */
  readonly availableMu: number;
  /** Whether `mu ≤ availableMu`. 现有低效作物面积是否足够。 */
  readonly sufficient: boolean;
}

/** A zone against its output-per-亩 target. 区块亩均产值目标评估。 */
export interface ZoneTargetAssessment {
  /** 亩均产值（元/亩）, rounded to the fen for display (half away from zero). */
  readonly outputValuePerMu: number;
  /** 目标（元/亩）. */
  readonly targetPerMu: number;
  /**
   * 达到目标: output value ≥ target × land area, decided exactly (not from the rounded display):
   * `met` or `unmet` (the figures are always known here). The verdict shape of every result.
   */
  readonly status: CheckStatus;
  /** Derived from `status`: true exactly when `status` is `met` (kept for existing callers). */
  readonly met: boolean;
  /** 每亩差额（元）, rounded up to the fen; 0 when met. */
  readonly gapPerMu: number;
  /** 总差额（元）, rounded up to the fen; 0 when met. */
  readonly gapTotal: number;
  /** Only when the target is missed and a conversion of low-value crops can be computed. */
  readonly conversion?: ZoneConversion;
  /** Why: met or missed, then the conversion or why there is none. 判定理由。 */
  readonly reasons: readonly Reason[];
}

/**
 * A per-亩 target in fen.
 * @throws {DomainError} `industry/invalid-target`
 * @internal
 */
export function targetFenOf(targetPerMu: unknown, zone: string): bigint {
  const fen = typeof targetPerMu === 'number' ? parseYuanToFen(targetPerMu) : undefined;
  if (fen === undefined || fen < 0) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/invalid-target', { zone, given: String(targetPerMu) });
  }
  return BigInt(fen);
}

/** A value per 亩 in fen (a decimal) as yuan, for display. */
function yuanOf(valuePerMuFen: Decimal): number {
  return decimalToNumber({ n: valuePerMuFen.n, scale: valuePerMuFen.scale + 2 });
}

/** The first planting with the lowest (or highest) value per 亩. */
function extreme(plantings: readonly PlantingFigures[], sign: -1 | 1): PlantingFigures | undefined {
  let best: PlantingFigures | undefined;
  for (const p of plantings) {
    if (best === undefined || compareDecimals(p.valuePerMuFen, best.valuePerMuFen) === sign) best = p;
  }
  return best;
}

/**
 * Assesses a zone's exact figures against a per-亩 target. Shared by `assessZoneTarget` and
 * `planSummary`.
 * @throws {DomainError} `industry/invalid-target`, `industry/too-large`
 * @internal
 */
export function assessFigures(figures: ZoneFigures, targetPerMu: number): ZoneTargetAssessment {
  const where = { zone: figures.zone.id };
  const targetFen = targetFenOf(targetPerMu, figures.zone.id);
  const landScale = 10n ** BigInt(figures.land.scale);
  // Both sides in fen × 10^scale: output ≥ target × land, with land = land.n / 10^scale.
  const required = targetFen * figures.land.n;
  const have = figures.totalFen * landScale;
  const met = have >= required;
  const shortfall = met ? 0n : required - have;
  const outputValuePerMu = fenToYuanExact(perMuFen(figures.totalFen, figures.land), 'output-value-per-mu', where);
  const gapPerMu = fenToYuanExact(divideToInteger(shortfall, figures.land.n, 'ceil'), 'gap-per-mu', where);
  const gapTotal = fenToYuanExact(divideToInteger(shortfall, landScale, 'ceil'), 'gap', where);
  const base = { outputValuePerMu, targetPerMu: targetPerMu + 0, met, gapPerMu, gapTotal };
  const evidence = { zoneId: figures.zone.id, ...base };
  const status = met ? ('met' as const) : ('unmet' as const);
  if (met) {
    return { ...base, status, reasons: [INDUSTRY_CATALOG.reason('industry/target-met', ['plantings'], evidence)] };
  }
  const missed = INDUSTRY_CATALOG.reason('industry/target-missed', ['plantings'], evidence);

  const from = extreme(
    figures.plantings.filter((p) => p.planting.lowValue === true),
    -1,
  );
  if (from === undefined) {
    return { ...base, status, reasons: [missed, INDUSTRY_CATALOG.reason('industry/no-low-value', ['plantings'], { zoneId: figures.zone.id })] };
  }
  const to = extreme(
    figures.plantings.filter((p) => p.planting.lowValue !== true),
    1,
  );
  const fromEvidence = { zoneId: figures.zone.id, fromCrop: from.planting.crop, fromValuePerMu: yuanOf(from.valuePerMuFen) };
  if (to === undefined || compareDecimals(to.valuePerMuFen, from.valuePerMuFen) <= 0) {
    return { ...base, status, reasons: [missed, INDUSTRY_CATALOG.reason('industry/no-higher-value', ['plantings'], fromEvidence)] };
  }

  // Moving m 亩 re-rounds the two plantings' totals; the zone total is monotone in m, so the
  // smallest m that meets the target is found by bisection between 0 (not met) and an upper
  // bound that absorbs the two roundings (at most 2 fen).
  const meets = (m: bigint): boolean => {
    const moved = decimalOfInteger(m);
    const total =
      figures.totalFen -
      from.totalFen +
      totalFenOf(subtractDecimals(from.area, moved), from.valuePerMuFen) -
      to.totalFen +
      totalFenOf(addDecimals(to.area, moved), to.valuePerMuFen);
    return total * landScale >= required;
  };
  const diff = subtractDecimals(to.valuePerMuFen, from.valuePerMuFen);
  let high = divideToInteger((shortfall + 2n * landScale) * 10n ** BigInt(diff.scale), diff.n * landScale, 'ceil');
  while (!meets(high)) high *= 2n;
  let low = 0n;
  while (high - low > 1n) {
    const mid = (low + high) / 2n;
    if (meets(mid)) high = mid;
    else low = mid;
  }
  const mu = toSafeNumber(high, 'area-to-convert', where);
  const sufficient = compareDecimals(decimalOfInteger(high), from.area) <= 0;
  const conversion: ZoneConversion = {
    fromCrop: from.planting.crop,
    toCrop: to.planting.crop,
    mu,
    availableMu: from.planting.areaMu,
    sufficient,
  };
  const conversionReason = INDUSTRY_CATALOG.reason(
    sufficient ? 'industry/conversion-sufficient' : 'industry/conversion-insufficient',
    ['plantings'],
    { ...fromEvidence, toCrop: to.planting.crop, toValuePerMu: yuanOf(to.valuePerMuFen), mu, availableMu: from.planting.areaMu },
  );
  return { ...base, status, conversion, reasons: [missed, conversionReason] };
}
