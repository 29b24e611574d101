import { parseYuanToFen } from '../units/yuan-to-fen';
import {
  decimalOf,
  decimalOfInteger,
  decimalToNumber,
  divideToInteger,
  fenToYuanExact,
  multiplyDecimals,
  roundDecimal,
  sumDecimals,
  type Decimal,
} from './exact';
import type { Planting, Zone } from './schema';
import type { Evidence } from '../reasons/types';
import { INDUSTRY_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * One planting's exact figures: its area, its output value per 亩 in fen (a decimal when it comes
 * from yield × price) and its total output value, rounded once to the fen.
 * @internal
 */
export interface PlantingFigures {
  readonly planting: Planting;
  readonly area: Decimal;
  readonly valuePerMuFen: Decimal;
  readonly totalFen: bigint;
}

/** A zone's exact figures. @internal */
export interface ZoneFigures {
  readonly zone: Zone;
  readonly land: Decimal;
  readonly sown: Decimal;
  readonly totalFen: bigint;
  readonly plantings: readonly PlantingFigures[];
}

function isPositiveFinite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function isNonNegativeFinite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A yuan amount ≥ 0 with at most two decimals, in fen; undefined otherwise. */
function nonNegativeFen(value: unknown): bigint | undefined {
  if (typeof value !== 'number') return undefined;
  const fen = parseYuanToFen(value);
  return fen === undefined || fen < 0 ? undefined : BigInt(fen);
}

/**
 * The total output value of `area` 亩 at `valuePerMuFen`, rounded once to the fen, half away from
 * zero. @internal
 */
export function totalFenOf(area: Decimal, valuePerMuFen: Decimal): bigint {
  return roundDecimal(multiplyDecimals(area, valuePerMuFen), 'half-away-from-zero');
}

/**
 * The output value per 亩 of a planting, in fen: `outputValuePerMu` when given, else
 * `yieldKgPerMu × priceYuanPerKg`.
 * @throws {DomainError} `industry/planting-value` when neither is given or a figure is invalid
 * @internal
 */
export function plantingValuePerMuFen(planting: Planting, where: Evidence): Decimal {
  if (planting.outputValuePerMu !== undefined) {
    const fen = nonNegativeFen(planting.outputValuePerMu);
    if (fen === undefined) {
      throw catalogError(INDUSTRY_ERRORS, 'industry/planting-value-per-mu', { ...where, given: String(planting.outputValuePerMu) }, { code: 'industry/planting-value' });
    }
    return decimalOfInteger(fen);
  }
  const { yieldKgPerMu, priceYuanPerKg } = planting;
  if (yieldKgPerMu === undefined || priceYuanPerKg === undefined) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/planting-value-missing', where, { code: 'industry/planting-value' });
  }
  const priceFen = nonNegativeFen(priceYuanPerKg);
  if (!isNonNegativeFinite(yieldKgPerMu) || priceFen === undefined) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/planting-yield-price', { ...where, yield: String(yieldKgPerMu), price: String(priceYuanPerKg) }, { code: 'industry/planting-value' });
  }
  return multiplyDecimals(decimalOf(yieldKgPerMu), decimalOfInteger(priceFen));
}

/**
 * Exact figures of a zone: land area, sown area (sum of plantings), total output value in fen.
 * @throws {DomainError} `industry/zone-area`, `industry/planting-area`, `industry/planting-value`
 * @internal
 */
export function zoneFigures(zone: Zone): ZoneFigures {
  if (!isPositiveFinite(zone.areaMu)) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/zone-area', { zone: zone.id, given: String(zone.areaMu) });
  }
  const plantings = zone.plantings.map((planting, index): PlantingFigures => {
    const where = { zone: zone.id, planting: index, crop: planting.crop };
    if (!isPositiveFinite(planting.areaMu)) {
      throw catalogError(INDUSTRY_ERRORS, 'industry/planting-area', { ...where, given: String(planting.areaMu) });
    }
    const area = decimalOf(planting.areaMu);
    const valuePerMuFen = plantingValuePerMuFen(planting, where);
    return { planting, area, valuePerMuFen, totalFen: totalFenOf(area, valuePerMuFen) };
  });
  let totalFen = 0n;
  for (const p of plantings) totalFen += p.totalFen;
  return {
    zone,
    land: decimalOf(zone.areaMu),
    sown: sumDecimals(plantings.map((p) => p.area)),
    totalFen,
    plantings,
  };
}

/**
 * Land, sown area, output value and output value per 亩 of a zone (or a plan's sum of zones).
 * 区块（或规划）的土地面积、播种面积、产值、亩均产值。
 */
export interface ZoneOutput {
  /** 土地面积（亩）. */
  readonly landMu: number;
  /** 播种面积（亩）: the sum of the plantings, above `landMu` under multiple cropping. */
  readonly sownMu: number;
  /** 年产值（元）, exact to the fen. */
  readonly outputValue: number;
  /** 亩均产值（元/亩）: `outputValue ÷ landMu`, rounded to the fen (half away from zero) for display. */
  readonly outputValuePerMu: number;
}

/** Output value per 亩 in fen, rounded half away from zero (land > 0). @internal */
export function perMuFen(totalFen: bigint, land: Decimal): bigint {
  return divideToInteger(totalFen * 10n ** BigInt(land.scale), land.n, 'half-away-from-zero');
}

/** The public figures of a zone from its exact figures. @internal */
export function outputOf(figures: ZoneFigures): ZoneOutput {
  return {
    landMu: decimalToNumber(figures.land),
    sownMu: decimalToNumber(figures.sown),
    outputValue: fenToYuanExact(figures.totalFen, 'output-value', { zone: figures.zone.id }),
    outputValuePerMu: fenToYuanExact(perMuFen(figures.totalFen, figures.land), 'output-value-per-mu', { zone: figures.zone.id }),
  };
}
