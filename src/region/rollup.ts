import type { HouseholdAssessment } from '../household/assessment';
import { maskIdentifier } from '../privacy/mask-identifier';
import { createRollup, type RollupHousehold, type RollupLevel, type RollupOptions, type RollupRow } from './create-rollup';
import type { Township, Village } from './schema';
import { REGION_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

const LEVELS: readonly unknown[] = ['village', 'township', 'county'];

/** Options of {@link rollup}: the level, and the units to list up front. 汇总选项。 */
export interface RollupRowsOptions extends RollupOptions {
  /** Villages to list (with their rural population); optional. */
  readonly villages?: readonly Village[] | undefined;
  /** Townships to list; optional. */
  readonly townships?: readonly Township[] | undefined;
  readonly level: RollupLevel;
}

/**
 * The second argument of the old `rollup(assessments, { households, … })`.
 * @deprecated Call `rollup(households, assessments, { level, villages, townships })` (data first,
 * options last: docs/api-conventions.md); removed in 0.3.0.
 */
export interface RollupInput extends RollupRowsOptions {
  /** The register: every household counts, assessed or not. */
  readonly households: Iterable<RollupHousehold>;
}

/**
 * Rolls households and their assessments up to one level of the division hierarchy: one row per
 * village, township or county in code order, with households, persons, poor households and persons
 * (status `poor` or `returned`), compliant households and, per check, the households `unmet` and
 * `unknown`. Every household of `households` counts: one with no assessment is not compliant and
 * `unknown` on every check (so an unassessed household never drops out of the totals). Listed
 * villages and townships appear even with no household. Totals at every level equal the sum of
 * their children, and the result does not depend on the order of either input.
 *
 * `incidence` here is the register's incidence: remaining poor persons (members of `poor` and
 * `returned` households) ÷ the sum of the listed villages' rural population, given only when
 * every village of the unit is listed. It is not the comprehensive incidence of county exit,
 * whose missed and wrongly exited persons come from the evaluation's samples, not from the
 * register (see {@link assessCountyExit}).
 * 将农户及其评估结果汇总到村、乡或县：按代码排序，每个单位一行。未评估的户计为不达标、各项未知。
 * 这里的贫困发生率 = 剩余贫困人口 ÷ 农村户籍人口（登记口径，不含抽样得出的漏评、错退人口）。
 *
 * Runs in one pass over each input (a map of households by id, then the counts per village);
 * built on {@link createRollup}, which streams and merges across worker threads.
 *
 * Arguments as everywhere in the library: the data first (households, then their assessments,
 * the order of `acc.add(household, assessment)`), the options object last. The old
 * `rollup(assessments, { households, … })` still works, deprecated until 0.3.0.
 *
 * @param households - the register: every household counts, assessed or not
 * @param assessments - household assessments (at most one per household)
 * @param options - `level`, and optional `villages` and `townships` to list
 * @returns the rows of `level`, in code order
 * @throws {DomainError} `rollup/unknown-household` when an assessment's household is not in
 *   `households`; `rollup/duplicate-household` or `rollup/duplicate-assessment` when an id comes
 *   twice; `rollup/invalid-level`; the errors of {@link createRollup}
 * @example
 * rollup(households, assessments, { villages, level: 'township' })
 * //=> [{ code: '522601101', level: 'township', households: 5, persons: 15, poorHouseholds: 4,
 * //      poorPersons: 12, compliantHouseholds: 3, unmet: { income: 1, housing: 1, … }, unknown: { … },
 * //      ruralPopulation: 600, incidence: { numerator: 12, denominator: 600, percent: 2 } }]
 */
export function rollup(
  households: Iterable<RollupHousehold>,
  assessments: Iterable<HouseholdAssessment>,
  options: RollupRowsOptions,
): readonly RollupRow[];
/**
 * @deprecated Call `rollup(households, assessments, { level, villages, townships })` (data first,
 * options last); removed in 0.3.0.
 */
export function rollup(assessments: Iterable<HouseholdAssessment>, input: RollupInput): readonly RollupRow[];
export function rollup(
  first: Iterable<RollupHousehold> | Iterable<HouseholdAssessment>,
  second: Iterable<HouseholdAssessment> | RollupInput,
  third?: RollupRowsOptions,
): readonly RollupRow[] {
  if (third === undefined) {
    const input = second as RollupInput;
    return rollupRows(input.households, first as Iterable<HouseholdAssessment>, input);
  }
  return rollupRows(first as Iterable<RollupHousehold>, second as Iterable<HouseholdAssessment>, third);
}

function rollupRows(
  register: Iterable<RollupHousehold>,
  assessments: Iterable<HouseholdAssessment>,
  input: RollupRowsOptions,
): readonly RollupRow[] {
  if (!LEVELS.includes(input.level)) {
    throw catalogError(REGION_ERRORS, 'rollup/invalid-level', { given: given(input.level) });
  }
  const accumulator = createRollup({ villages: input.villages, townships: input.townships });
  const households: readonly RollupHousehold[] = Array.isArray(register) ? register : [...register];
  // id → position in `households`; `assessed[position]` once its assessment has been counted.
  const positionOf = new Map<string, number>();
  for (let i = 0; i < households.length; i++) {
    const id = (households[i] as RollupHousehold).id;
    positionOf.set(id, i);
    if (positionOf.size === i) {
      throw catalogError(REGION_ERRORS, 'rollup/duplicate-household', { household: maskIdentifier(id) });
    }
  }
  const assessed = new Uint8Array(households.length);
  for (const assessment of assessments) {
    const position = positionOf.get(assessment.householdId);
    if (position === undefined) {
      throw catalogError(REGION_ERRORS, 'rollup/unknown-household', { household: maskIdentifier(assessment.householdId) });
    }
    if (assessed[position] === 1) {
      throw catalogError(REGION_ERRORS, 'rollup/duplicate-assessment', { household: maskIdentifier(assessment.householdId) });
    }
    assessed[position] = 1;
    accumulator.add(households[position] as RollupHousehold, assessment);
  }
  // Stryker disable next-line EqualityOperator: one step past the end reads `assessed[length]`, undefined, which is not 0, so nothing more is added
  for (let i = 0; i < households.length; i++) {
    if (assessed[i] === 0) accumulator.add(households[i] as RollupHousehold);
  }
  return accumulator.rows(input.level);
}
