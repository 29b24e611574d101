import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate } from '../calendar/china-date';
import { defaultPolicy } from '../policy/default-policy';
import { inForceOn } from '../policy/parameter-on';
import type { EducationAge, MedicalItems, Policy, PovertyLine, WaterThresholds } from '../policy/schema';
import type { Check, Reason } from '../reasons/types';
import { yuanToFen } from '../units/yuan-to-fen';

/** A poverty line of one income year, in yuan (for evidence) and integer fen (for the verdict). */
export interface LineInForce {
  readonly year: number;
  readonly yuan: number;
  readonly fen: number;
}

/**
 * The policy values the seven household checks read on one day, looked up once for that day and
 * policy instead of once per household: the education age range, the medical items and the water
 * thresholds in force, the first `from` of the water table, the day's year, and the poverty line
 * of each income year (a map built once per policy, instead of a scan of the table per household).
 * @internal
 */
export interface ValuesInForce {
  readonly day: CalendarDate;
  /** `Number(day.slice(0, 4))`. */
  readonly year: number;
  /** The day's month and day as `MM × 100 + DD`. */
  readonly monthDay: number;
  readonly educationAge: EducationAge | undefined;
  readonly medical: MedicalItems | undefined;
  readonly water: WaterThresholds | undefined;
  /** The first `from` of `policy.water` (undefined for an empty table). */
  readonly waterFrom: CalendarDate | undefined;
  /** The poverty line of an income year, or `undefined` where the table has none. */
  line(year: number): LineInForce | undefined;
  /**
   * Frozen results shared by the assessments made with these values, for the reasons whose
   * evidence takes few values: the education check met with `n` children in school (index n, 0
   * for no child in range), the reliability reason by days (`water/reliability-ok` or
   * `water/interruptions-high`), the quantity reason by whole litres × 3 + the area variant
   * (`water/quantity-ok`, `-low` or `-area-unknown`), `water/convenience-fetch-time` by whole
   * minutes. Filled on first use; equal to what the checks would build.
   */
  readonly shared: {
    readonly education: (Check | undefined)[];
    readonly reliability: (Reason | undefined)[];
    readonly quantity: (Reason | undefined)[];
    readonly fetch: (Reason | undefined)[];
  };
}

/**
 * The lines of one policy by year, the first of a year winning (as `povertyLineEntry` scans). A
 * line's fen are computed on its first use, as the scan computes them only for the year asked.
 */
// Stryker disable next-line BlockStatement: an undefined lookup makes computeValuesInForce fall back to its default, the scan of the table, which gives the same lines (NaN never matches, the first of a year wins)
function linesByYear(policy: Policy): (year: number) => LineInForce | undefined {
  const byYear = new Map<number, PovertyLine>();
  // `line.year === year` never matches NaN: a NaN year is left out, as the scan would.
  for (const line of policy.povertyLines) if (!Number.isNaN(line.year) && !byYear.has(line.year)) byYear.set(line.year, line);
  const resolved = new Map<number, LineInForce>();
  // The year asked last and its line: a batch asks the same income year for nearly every household.
  let lastYear = NaN;
  let lastLine: LineInForce | undefined;
  return (year) => {
    // Stryker disable next-line ConditionalExpression: a cache only: without it the line is looked up in the map, the same frozen record
    if (year === lastYear) return lastLine;
    let found = resolved.get(year);
    // Stryker disable next-line ConditionalExpression: a cache only: resolving the year again gives an equal frozen record
    if (found === undefined) {
      const line = byYear.get(year);
      if (line === undefined) return undefined;
      found = Object.freeze({ year, yuan: line.yuan, fen: yuanToFen(line.yuan) });
      resolved.set(year, found);
    }
    lastYear = year;
    lastLine = found;
    return found;
  };
}

/** The scan of the table, for a policy that is not frozen (its lines may change between calls). */
function scanLines(policy: Policy): (year: number) => LineInForce | undefined {
  return (year) => {
    for (const line of policy.povertyLines) if (line.year === year) return { year, yuan: line.yuan, fen: yuanToFen(line.yuan) };
    return undefined;
  };
}

/**
 * The values in force on `day`, computed afresh from `policy` (no memo). The memoised lookup
 * below returns an equal record; tests compare the two.
 * @internal
 */
export function computeValuesInForce(
  policy: Policy,
  day: CalendarDate,
  line: (year: number) => LineInForce | undefined = scanLines(policy),
): ValuesInForce {
  const medical = policy.medical ?? (defaultPolicy.medical as NonNullable<Policy['medical']>);
  return Object.freeze({
    day,
    year: Number(day.slice(0, 4)),
    monthDay: Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10)),
    educationAge: inForceOn(policy.educationAge, day)?.value,
    medical: inForceOn(medical, day)?.value,
    water: inForceOn(policy.water, day)?.value,
    waterFrom: policy.water[0]?.from,
    line,
    shared: Object.freeze({ education: [], reliability: [], quantity: [], fetch: [] }),
  });
}

/** The memo of one frozen policy: its lines by year and the values of the days asked for. */
interface PolicyMemo {
  readonly line: (year: number) => LineInForce | undefined;
  /** Keyed by the `asOf` string given (a `YYYY-MM-DD` day, or a date-time string). */
  readonly days: Map<string, ValuesInForce>;
  /** The `asOf` string of the last lookup and its values: a loop over households asks the same day. */
  lastKey: string | undefined;
  lastValues: ValuesInForce | undefined;
}

/** At most this many days are kept per policy (a batch uses one; a timeline a few hundred). */
const MAX_DAYS = 512;

/**
 * Per-policy memo, keyed by the policy object itself. A cache, not configuration: it holds only
 * values derived from a deep-frozen policy, so no call can see a different answer because of
 * another call, and an entry goes away with its policy (WeakMap). A policy that is not deep
 * frozen (a hand-built object that may still change) is never memoised: its values are looked
 * up afresh on every call.
 */
const memos = new WeakMap<Policy, PolicyMemo | null>();

/** Whether a value and everything it holds is frozen (`deepFreeze`'s product). */
function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** The policy looked up last and its memo: a loop over households passes the same policy. */
let lastPolicy: Policy | undefined;
let lastMemo: PolicyMemo | undefined;

function memoOf(policy: Policy): PolicyMemo | undefined {
  // Stryker disable next-line ConditionalExpression: a cache only: without it the memo is found in the WeakMap, the same one
  if (policy === lastPolicy) return lastMemo;
  let memo = memos.get(policy);
  if (memo === undefined) {
    // Checked once per policy: a deep-frozen object cannot change, so the answer stays true.
    if (!isDeepFrozen(policy)) return undefined;
    memo = { line: linesByYear(policy), days: new Map(), lastKey: undefined, lastValues: undefined };
    memos.set(policy, memo);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the memo is never null (null is only in the type), and lastPolicy is a cache only: without it the memo is found in the WeakMap, the same one
  if (memo !== null) {
    lastPolicy = policy;
    lastMemo = memo;
  }
  return memo ?? undefined;
}

/**
 * The values in force on `asOf` (a `Date`, a `YYYY-MM-DD` day or an ISO date-time, read in
 * China's calendar) under `policy`: memoised per (policy, `asOf` string) for a deep-frozen policy
 * (`defaultPolicy` and every `definePolicy` result), computed afresh otherwise. A `Date` is read
 * with `chinaDate` on every call (an instant, not a key).
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @internal
 */
export function valuesInForce(policy: Policy, asOf: CalendarDate | Date | string): ValuesInForce {
  const memo = memoOf(policy);
  if (memo === undefined) return computeValuesInForce(policy, chinaDate(asOf));
  // Stryker disable next-line ConditionalExpression,StringLiteral: sending a string by the Date route (→ true, or 'string' → '') gives the record of the same day, as a string is also remembered under its day (the line's → false mutant, which the tests kill, is disabled with it)
  if (typeof asOf !== 'string') return valuesOnDay(memo, policy, chinaDate(asOf));
  // Stryker disable next-line ConditionalExpression: a cache only: without it the same record is found in the map
  if (asOf === memo.lastKey) return memo.lastValues as ValuesInForce;
  let values = memo.days.get(asOf);
  // Stryker disable next-line ConditionalExpression: valuesOnDay finds the record remembered under the day, the same one, or builds it as this branch would
  if (values === undefined) {
    values = valuesOnDay(memo, policy, chinaDate(asOf));
    remember(memo, asOf, values);
  }
  memo.lastKey = asOf;
  memo.lastValues = values;
  return values;
}

function valuesOnDay(memo: PolicyMemo, policy: Policy, day: CalendarDate): ValuesInForce {
  const found = memo.days.get(day);
  if (found !== undefined) return found;
  const values = computeValuesInForce(policy, day, memo.line);
  remember(memo, day, values);
  return values;
}

function remember(memo: PolicyMemo, key: string, values: ValuesInForce): void {
  if (memo.days.size >= MAX_DAYS) memo.days.clear();
  memo.days.set(key, values);
}
