import type { Check, CheckStatus, Reason } from '../reasons/types';
import type { WaterThresholds } from '../policy/schema';
import type { Household, Water } from './schema';
import type { ValuesInForce } from './values-in-force';
import { deepFreeze } from '../policy/default-policy';
import { fixedCheck, fixedPath, fixedReason, kind, reasonOf } from './reasons';

const WATER = fixedPath('water');
const LITRES = fixedPath('water', 'litresPerPersonPerDay');
const PIPED = fixedPath('water', 'piped');
const FETCH = fixedPath('water', 'fetchMinutes');
const HORIZONTAL = fixedPath('water', 'horizontalMetres');
const VERTICAL = fixedPath('water', 'verticalMetres');
const INTERRUPTIONS = fixedPath('water', 'interruptionDaysPerYear');
const QUALITY = fixedPath('water', 'qualityOk');
const MISSING = fixedCheck('unknown', 'water/missing', WATER);
const SUMMARY_SAFE = fixedPath('water', 'safe');
const SUMMARY_DIFFICULT = fixedPath('water', 'difficult');
const NO_PATH = fixedPath();
const QUANTITY_OK = kind('water/quantity-ok');
const FETCH_OK = kind('water/convenience-fetch-time');
const RELIABILITY_OK = kind('water/reliability-ok');

const PIPED_OK = fixedReason('water/convenience-piped', PIPED);
const QUANTITY_MISSING = fixedReason('water/quantity-missing', LITRES);
const RELIABILITY_MISSING = fixedReason('water/reliability-missing', INTERRUPTIONS);
const QUALITY_OK = fixedReason('water/quality-ok', QUALITY);
const QUALITY_POOR = fixedReason('water/quality-poor', QUALITY);
const QUALITY_MISSING = fixedReason('water/quality-missing', QUALITY);
const QUANTITY_LOW = kind('water/quantity-low');
const QUANTITY_AREA_UNKNOWN = kind('water/quantity-area-unknown');
const CONVENIENCE_HORIZONTAL = kind('water/convenience-horizontal');
const CONVENIENCE_VERTICAL = kind('water/convenience-vertical');
const CONVENIENCE_POOR = kind('water/convenience-poor');
const CONVENIENCE_UNKNOWN = kind('water/convenience-unknown');
const INTERRUPTIONS_HIGH = kind('water/interruptions-high');
const SUMMARY_DIFFICULT_KIND = kind('water/summary-difficult');
const SUMMARY_UNSAFE = kind('water/summary-unsafe');
const SUMMARY_SAFE_KIND = kind('water/summary-safe');
const SUMMARY_INCOMPLETE = kind('water/summary-incomplete');
const NOT_REQUIRED = kind('water/not-required');
const NO_THRESHOLDS = kind('water/no-thresholds');

/** Whole, non-negative, not −0 and below `limit`: a value whose reason may be shared. */
// Stryker disable next-line BlockStatement: a cache key only: no value small, nothing is shared, and every reason is made afresh, equal
function small(value: number, limit: number): boolean {
  // Stryker disable next-line EqualityOperator,BooleanLiteral,UnaryOperator: each only shares fewer values, or more whole ones, or −0 with nothing else: whole values, and −0 alone, have slots of their own, and negative keys are neither read nor written
  return Number.isInteger(value) && value >= 0 && value < limit && !Object.is(value, -0);
}

/**
 * Quantity: ≥ the minimum, or ≥ the water-short minimum where the area is water-short. With the
 * thresholds fixed, the reason is a function of the litres and the area variant alone, so it is
 * shared per (values in force, whole litres, variant): slot `litres × 3 + variant`, whichever of
 * `water/quantity-ok`, `-low` or `-area-unknown` it is.
 */
function quantity(water: Water, t: WaterThresholds, out: Reason[], shared: (Reason | undefined)[]): CheckStatus {
  const litres = water.litresPerPersonPerDay;
  if (litres === undefined) {
    out[0] = QUANTITY_MISSING;
    return 'unknown';
  }
  const short = water.waterShortArea;
  const normal = t.minLitresPerPersonPerDay;
  const waterShort = t.minLitresPerPersonPerDayWaterShort;
  // The applicable minimum is unknown without `waterShortArea`: decided only when both agree.
  const status: CheckStatus =
    short === undefined
      ? litres >= normal && litres >= waterShort
        ? 'met'
        : litres < normal && litres < waterShort
          ? 'unmet'
          : 'unknown'
      : litres >= (short ? waterShort : normal)
        ? 'met'
        : 'unmet';
  const key = small(litres, 2000) ? litres * 3 + (short === undefined ? 0 : short ? 1 : 2) : -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: slot −1 is never written, so reading it, or not reading some slot, gives undefined and the reason is made afresh, equal
  const known = key < 0 ? undefined : shared[key];
  // Stryker disable next-line ConditionalExpression: a cache only: without it the reason is made afresh, equal
  if (known !== undefined) {
    out[0] = known;
    return status;
  }
  const waterShortArea = short ?? null;
  const made =
    short === undefined
      ? status === 'met'
        ? reasonOf(QUANTITY_OK, LITRES, { litres, min: normal, waterShortArea })
        : status === 'unmet'
          ? reasonOf(QUANTITY_LOW, LITRES, { litres, min: Math.min(normal, waterShort), waterShortArea })
          : reasonOf(QUANTITY_AREA_UNKNOWN, LITRES, { litres, min: normal, minWaterShort: waterShort })
      : reasonOf(status === 'met' ? QUANTITY_OK : QUANTITY_LOW, LITRES, { litres, min: short ? waterShort : normal, waterShortArea });
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: slot −1 is never read, and a slot left unwritten is made afresh next time, equal
  if (key >= 0) shared[key] = deepFreeze(made);
  out[0] = made;
  return status;
}

/**
 * Convenience: piped, or a fetch within the time, the horizontal or the vertical distance. Met
 * when any recorded option meets; unmet only when all four are recorded and none meets;
 * otherwise unknown (a missing option could still meet).
 */
function convenience(water: Water, t: WaterThresholds, out: Reason[], shared: (Reason | undefined)[]): CheckStatus {
  const { piped, fetchMinutes, horizontalMetres, verticalMetres } = water;
  if (piped === true) {
    out[1] = PIPED_OK;
    // Stryker disable next-line StringLiteral: an indicator's status is read only by worst(), which takes any status other than 'unmet' and 'unknown' for met
    return 'met';
  }
  // Stryker disable next-line ConditionalExpression: `fetchMinutes !== undefined` only narrows the type: `undefined <= max` is false (the line's other condition mutants, which the tests kill, are disabled with it)
  if (fetchMinutes !== undefined && fetchMinutes <= t.maxFetchMinutes) {
    // Shared per (values in force, whole minutes): the evidence is the two numbers.
    const key = small(fetchMinutes, 1000) ? fetchMinutes : -1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: slot −1 is never written, so reading it, or not reading some slot, gives undefined and the reason is made afresh, equal
    const known = key < 0 ? undefined : shared[key];
    // Stryker disable next-line ConditionalExpression: a cache only: without it the reason is made afresh, equal
    if (known !== undefined) out[1] = known;
    else {
      const made = reasonOf(FETCH_OK, FETCH, { value: fetchMinutes, max: t.maxFetchMinutes });
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: slot −1 is never read, and a slot left unwritten is made afresh next time, equal
      if (key >= 0) shared[key] = deepFreeze(made);
      out[1] = made;
    }
    // Stryker disable next-line StringLiteral: an indicator's status is read only by worst(), which takes any status other than 'unmet' and 'unknown' for met
    return 'met';
  }
  // Stryker disable next-line ConditionalExpression: `horizontalMetres !== undefined` only narrows the type: `undefined <= max` is false (the line's other condition mutants, which the tests kill, are disabled with it)
  if (horizontalMetres !== undefined && horizontalMetres <= t.maxHorizontalMetres) {
    out[1] = reasonOf(CONVENIENCE_HORIZONTAL, HORIZONTAL, { value: horizontalMetres, max: t.maxHorizontalMetres });
    // Stryker disable next-line StringLiteral: an indicator's status is read only by worst(), which takes any status other than 'unmet' and 'unknown' for met
    return 'met';
  }
  // Stryker disable next-line ConditionalExpression: `verticalMetres !== undefined` only narrows the type: `undefined <= max` is false (the line's other condition mutants, which the tests kill, are disabled with it)
  if (verticalMetres !== undefined && verticalMetres <= t.maxVerticalMetres) {
    out[1] = reasonOf(CONVENIENCE_VERTICAL, VERTICAL, { value: verticalMetres, max: t.maxVerticalMetres });
    // Stryker disable next-line StringLiteral: an indicator's status is read only by worst(), which takes any status other than 'unmet' and 'unknown' for met
    return 'met';
  }
  const missing: string[] = [];
  if (piped === undefined) missing.push('piped');
  if (fetchMinutes === undefined) missing.push('fetchMinutes');
  if (horizontalMetres === undefined) missing.push('horizontalMetres');
  if (verticalMetres === undefined) missing.push('verticalMetres');
  // The two evidence objects are written out as literals on purpose: one object spread into the
  // other (`{ ...evidence, missing }`) made assessHousehold about 1.7× slower on the bench
  // (43f8f99, reverted), though only a few households reach this line.
  if (missing.length === 0) {
    out[1] = reasonOf(CONVENIENCE_POOR, WATER, {
      piped: piped ?? null,
      fetchMinutes: fetchMinutes ?? null,
      horizontalMetres: horizontalMetres ?? null,
      verticalMetres: verticalMetres ?? null,
      maxFetchMinutes: t.maxFetchMinutes,
      maxHorizontalMetres: t.maxHorizontalMetres,
      maxVerticalMetres: t.maxVerticalMetres,
    });
    return 'unmet';
  }
  out[1] = reasonOf(CONVENIENCE_UNKNOWN, WATER, {
    piped: piped ?? null,
    fetchMinutes: fetchMinutes ?? null,
    horizontalMetres: horizontalMetres ?? null,
    verticalMetres: verticalMetres ?? null,
    maxFetchMinutes: t.maxFetchMinutes,
    maxHorizontalMetres: t.maxHorizontalMetres,
    maxVerticalMetres: t.maxVerticalMetres,
    missing,
  });
  return 'unknown';
}

/** Reliability: supply interrupted or short on at most the maximum number of days a year. */
function reliability(water: Water, t: WaterThresholds, out: Reason[], shared: (Reason | undefined)[]): CheckStatus {
  const days = water.interruptionDaysPerYear;
  if (days === undefined) {
    out[2] = RELIABILITY_MISSING;
    return 'unknown';
  }
  const max = t.maxInterruptionDaysPerYear;
  const status: CheckStatus = days <= max ? 'met' : 'unmet';
  // Shared per (values in force, days): the evidence is the two numbers, and with `max` fixed the
  // days decide between `water/reliability-ok` and `water/interruptions-high`.
  const key = small(days, 400) ? days : -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: slot −1 is never written, so reading it, or not reading some slot, gives undefined and the reason is made afresh, equal
  const known = key < 0 ? undefined : shared[key];
  // Stryker disable next-line ConditionalExpression: a cache only: without it the reason is made afresh, equal
  if (known !== undefined) {
    out[2] = known;
    return status;
  }
  const made = reasonOf(status === 'met' ? RELIABILITY_OK : INTERRUPTIONS_HIGH, INTERRUPTIONS, { days, max });
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: slot −1 is never read, and a slot left unwritten is made afresh next time, equal
  if (key >= 0) shared[key] = deepFreeze(made);
  out[2] = made;
  return status;
}

/** Quality: the recorded finding. */
function quality(water: Water, out: Reason[]): CheckStatus {
  const ok = water.qualityOk;
  out[3] = ok === true ? QUALITY_OK : ok === false ? QUALITY_POOR : QUALITY_MISSING;
  // Stryker disable next-line StringLiteral: worst() takes any status other than 'unmet' and 'unknown' for met (the line's 'unmet' and 'unknown' mutants, which the tests kill, are disabled with it)
  return ok === true ? 'met' : ok === false ? 'unmet' : 'unknown';
}

/**
 * The register's summary findings 饮水是否安全 / 饮水是否困难, used only when none of the four
 * indicators is recorded: 困难 yes or 安全 no is unmet, 安全 yes is met, 困难 no alone is unknown.
 * `undefined` when an indicator is recorded or no finding is.
 */
function summaryCheck(water: Water): Check | undefined {
  if (
    water.litresPerPersonPerDay !== undefined ||
    water.piped !== undefined ||
    water.fetchMinutes !== undefined ||
    water.horizontalMetres !== undefined ||
    water.verticalMetres !== undefined ||
    water.interruptionDaysPerYear !== undefined ||
    water.qualityOk !== undefined
  ) {
    return undefined;
  }
  const { safe, difficult } = water;
  if (safe === undefined && difficult === undefined) return undefined;
  const evidence = { safe: safe ?? null, difficult: difficult ?? null };
  if (difficult === true) return { status: 'unmet', reasons: [reasonOf(SUMMARY_DIFFICULT_KIND, SUMMARY_DIFFICULT, evidence)] };
  if (safe === false) return { status: 'unmet', reasons: [reasonOf(SUMMARY_UNSAFE, SUMMARY_SAFE, evidence)] };
  if (safe === true) return { status: 'met', reasons: [reasonOf(SUMMARY_SAFE_KIND, SUMMARY_SAFE, evidence)] };
  return { status: 'unknown', reasons: [reasonOf(SUMMARY_INCOMPLETE, SUMMARY_SAFE, evidence)] };
}

function worst(a: CheckStatus, b: CheckStatus): CheckStatus {
  return a === 'unmet' || b === 'unmet' ? 'unmet' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'met';
}

/**
 * 饮水安全有保障 (T/CHES 18-2018): quantity, convenience, reliability and quality all met. One
 * reason per indicator, in that order, whatever its state. When none of the indicators is
 * recorded, the register's summary findings decide (`safe`, `difficult`), with a reason saying so. Before the first `from` of
 * `policy.water` (2019-01-01 by default: water joined the three guarantees in 2019) water is not
 * part of the test, and the check is `met` with `water/not-required`, whatever was recorded.
 * @internal
 */
export function checkWater(household: Household, values: ValuesInForce): Check {
  const t = values.water;
  const day = values.day;
  const first = values.waterFrom;
  if (t === undefined && first !== undefined) {
    // The table is in `from` order, so no value in force means `day` is before the first one.
    return { status: 'met', reasons: [reasonOf(NOT_REQUIRED, NO_PATH, { asOf: day, from: first })] };
  }
  const water = household.water;
  if (water === undefined) return MISSING;
  if (t === undefined) {
    return { status: 'unknown', reasons: [reasonOf(NO_THRESHOLDS, NO_PATH, { asOf: day })] };
  }
  const summary = summaryCheck(water);
  if (summary !== undefined) return summary;
  // One slot per indicator, in order, each overwritten by its indicator (no push, no growth).
  const reasons: Reason[] = [QUANTITY_MISSING, PIPED_OK, RELIABILITY_MISSING, QUALITY_MISSING];
  const status = worst(
    worst(quantity(water, t, reasons, values.shared.quantity), convenience(water, t, reasons, values.shared.fetch)),
    worst(reliability(water, t, reasons, values.shared.reliability), quality(water, reasons)),
  );
  return { status, reasons };
}
