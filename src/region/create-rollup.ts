import { parseDivisionCode } from '../codes/parse-division-code';
import { DomainError } from '../errors';
import { CHECK_NAMES, type CheckName, type HouseholdAssessment } from '../household/assessment';
import type { Household } from '../household/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import { exactRate, type ExactRate } from './exact-rate';
import type { Township, Village } from './schema';
import type { Evidence } from '../reasons/types';
import { REGION_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

/** Levels a roll-up reports at. 汇总层级：村、乡、县。 */
export type RollupLevel = 'village' | 'township' | 'county';

/** What a roll-up reads of a household: its id, village, status and number of members. */
export type RollupHousehold = Pick<Household, 'id' | 'villageCode' | 'status'> & { readonly members: readonly unknown[] };

/**
 * Counts of one unit. `poor*` count households whose status is `poor` or `returned` (未脱贫、
 * 返贫) and their members; `unmet` and `unknown` count households per check.
 * 一个单位的汇总数：户数、人数、贫困户数与人数（未脱贫或返贫）、达标户数、各项未达标与未知户数。
 */
export interface RollupCounts {
  readonly households: number;
  readonly persons: number;
  readonly poorHouseholds: number;
  readonly poorPersons: number;
  readonly compliantHouseholds: number;
  readonly unmet: Readonly<Record<CheckName, number>>;
  readonly unknown: Readonly<Record<CheckName, number>>;
}

/**
 * One row of a roll-up. `ruralPopulation` is the sum of the listed populations of the unit's
 * villages, present only when every village of the unit is listed; `incidence` is then
 * `poorPersons ÷ ruralPopulation` (the register's incidence, see {@link rollup}), present when
 * the population is above 0.
 * 汇总表的一行。
 */
export interface RollupRow extends RollupCounts {
  readonly code: string;
  readonly level: RollupLevel;
  readonly ruralPopulation?: number;
  readonly incidence?: ExactRate;
}

/** The JSON-serialisable state of an accumulator: counts per village code. 可序列化的汇总状态。 */
export interface RollupSnapshot {
  readonly format: 'tuopin.rollup/1';
  readonly villages: Readonly<Record<string, RollupCounts>>;
}

/** Units listed up front: they appear in the rows even with no household. 预先列出的单位。 */
export interface RollupOptions {
  /** Villages of the area: their rural population gives the incidence. */
  readonly villages?: readonly Village[] | undefined;
  /** Townships of the area (a township with no village listed still gets a row). */
  readonly townships?: readonly Township[] | undefined;
}

/**
 * A roll-up accumulator: add households one at a time (streaming), in any order, in any number of
 * accumulators (e.g. one per worker thread), then merge their snapshots. Memory grows with the
 * number of villages, not of households.
 * 汇总累加器：逐户添加（可流式处理、可分片并行），再合并快照；内存只随村数增长。
 */
export interface RollupAccumulator {
  /**
   * Counts one household and its assessment; without an assessment the household counts as not
   * compliant with every check `unknown`.
   * @throws {DomainError} `rollup/id-mismatch`, `rollup/invalid-village-code`
   */
  add(household: RollupHousehold, assessment?: HouseholdAssessment): void;
  /** The counts so far, as a plain JSON-serialisable object. */
  snapshot(): RollupSnapshot;
  /**
   * Adds the counts of another accumulator's snapshot (e.g. from a worker thread).
   * @throws {DomainError} `rollup/invalid-snapshot`
   */
  merge(snapshot: RollupSnapshot): void;
  /**
   * The rows of one level, in code order; each total is the sum of its villages.
   * @throws {DomainError} `rollup/invalid-level`
   */
  rows(level: RollupLevel): readonly RollupRow[];
}

interface Tally {
  households: number;
  persons: number;
  poorHouseholds: number;
  poorPersons: number;
  compliantHouseholds: number;
  readonly unmet: number[];
  readonly unknown: number[];
}

const CHECK_COUNT = CHECK_NAMES.length;
const PREFIX: Readonly<Record<RollupLevel, number>> = { village: 12, township: 9, county: 6 };
const COUNT_FIELDS = ['households', 'persons', 'poorHouseholds', 'poorPersons', 'compliantHouseholds'] as const;

function newTally(): Tally {
  return {
    households: 0,
    persons: 0,
    poorHouseholds: 0,
    poorPersons: 0,
    compliantHouseholds: 0,
    unmet: new Array<number>(CHECK_COUNT).fill(0),
    unknown: new Array<number>(CHECK_COUNT).fill(0),
  };
}

function addTally(into: Tally, from: Tally): void {
  into.households += from.households;
  into.persons += from.persons;
  into.poorHouseholds += from.poorHouseholds;
  into.poorPersons += from.poorPersons;
  into.compliantHouseholds += from.compliantHouseholds;
  // Stryker disable next-line EqualityOperator: one step past the end only sets an index that nothing reads (every reader stops at CHECK_COUNT)
  for (let i = 0; i < CHECK_COUNT; i++) {
    into.unmet[i] = (into.unmet[i] as number) + (from.unmet[i] as number);
    into.unknown[i] = (into.unknown[i] as number) + (from.unknown[i] as number);
  }
}

function byCheck(values: readonly number[]): Record<CheckName, number> {
  const record = {} as Record<CheckName, number>;
  for (let i = 0; i < CHECK_COUNT; i++) record[CHECK_NAMES[i] as CheckName] = values[i] as number;
  return record;
}

function countsOf(tally: Tally): RollupCounts {
  return {
    households: tally.households,
    persons: tally.persons,
    poorHouseholds: tally.poorHouseholds,
    poorPersons: tally.poorPersons,
    compliantHouseholds: tally.compliantHouseholds,
    unmet: byCheck(tally.unmet),
    unknown: byCheck(tally.unknown),
  };
}

function isCodeOf(code: unknown, level: 'village' | 'township'): code is string {
  if (typeof code !== 'string' || code.length !== PREFIX[level]) return false;
  const parsed = parseDivisionCode(code);
  return parsed.ok && parsed.level === level;
}

function isCount(value: unknown): value is number {
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is already false for anything but a number
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function badSnapshot(key: 'rollup/snapshot-format' | 'rollup/snapshot-villages' | 'rollup/snapshot-village-code' | 'rollup/snapshot-not-object' | 'rollup/snapshot-not-count' | 'rollup/snapshot-inconsistent', evidence: Evidence): DomainError {
  return catalogError(REGION_ERRORS, key, evidence, { code: 'rollup/invalid-snapshot' });
}

/** Reads one village's counts from a snapshot, or throws. */
function tallyFromSnapshot(code: string, value: unknown): Tally {
  if (!isCodeOf(code, 'village')) throw badSnapshot('rollup/snapshot-village-code', { given: given(code) });
  if (value === null || typeof value !== 'object') throw badSnapshot('rollup/snapshot-not-object', { village: code, group: 'counts' });
  const counts = value as Record<string, unknown>;
  const tally = newTally();
  for (const field of COUNT_FIELDS) {
    const n = counts[field];
    if (!isCount(n)) throw badSnapshot('rollup/snapshot-not-count', { village: code, field });
    tally[field] = n;
  }
  for (const group of ['unmet', 'unknown'] as const) {
    const record = counts[group];
    if (record === null || typeof record !== 'object') throw badSnapshot('rollup/snapshot-not-object', { village: code, group });
    for (let i = 0; i < CHECK_COUNT; i++) {
      const n = (record as Record<string, unknown>)[CHECK_NAMES[i] as CheckName];
      if (!isCount(n)) throw badSnapshot('rollup/snapshot-not-count', { village: code, field: `${group}.${CHECK_NAMES[i]}` });
      tally[group][i] = n;
    }
  }
  const consistent =
    tally.poorHouseholds <= tally.households &&
    tally.compliantHouseholds <= tally.households &&
    tally.poorPersons <= tally.persons &&
    tally.unmet.every((n, i) => n + (tally.unknown[i] as number) <= tally.households);
  if (!consistent) throw badSnapshot('rollup/snapshot-inconsistent', { village: code });
  return tally;
}

/**
 * Creates a roll-up accumulator (linear, one pass, mergeable). Households are counted under their
 * `villageCode`; township and county rows are derived from the village counts by code prefix, so
 * every total equals the sum of its children by construction, whatever the order of `add` and
 * `merge` calls. Villages and townships listed in `options` appear in the rows even with no
 * household.
 * 创建汇总累加器（线性、一次遍历、可合并）：按村累计，乡、县两级由村级按代码前缀求和，
 * 因此每级合计恒等于下级之和，与添加顺序无关。
 *
 * @param options - villages (with their rural population) and townships to list
 * @returns an accumulator `{ add, snapshot, merge, rows }`
 * @throws {DomainError} `rollup/invalid-village-code`, `rollup/invalid-township-code` or
 *   `rollup/duplicate-village` when a listed unit has a bad or repeated code;
 *   `rollup/invalid-population` when a listed village's population is not a count
 * @example
 * const acc = createRollup({ villages });
 * for (const [household, assessment] of stream) acc.add(household, assessment);
 * acc.rows('county')
 * //=> [{ code: '522601', level: 'county', households: 5, persons: 15, poorHouseholds: 4, … }]
 */
export function createRollup(options: RollupOptions = {}): RollupAccumulator {
  const population = new Map<string, number>();
  for (const village of options.villages ?? []) {
    if (!isCodeOf(village.code, 'village')) {
      throw catalogError(REGION_ERRORS, 'rollup/invalid-village-code', { given: given(village.code) });
    }
    if (population.has(village.code)) {
      throw catalogError(REGION_ERRORS, 'rollup/duplicate-village', { village: village.code });
    }
    if (!isCount(village.ruralPopulation)) {
      throw catalogError(REGION_ERRORS, 'rollup/invalid-population', { village: village.code });
    }
    population.set(village.code, village.ruralPopulation);
  }
  const townships = new Set<string>();
  for (const township of options.townships ?? []) {
    if (!isCodeOf(township.code, 'township')) {
      throw catalogError(REGION_ERRORS, 'rollup/invalid-township-code', { given: given(township.code) });
    }
    townships.add(township.code);
  }

  const tallies = new Map<string, Tally>();

  function tallyFor(code: string): Tally {
    let tally = tallies.get(code);
    if (tally === undefined) {
      if (!isCodeOf(code, 'village')) {
        throw catalogError(REGION_ERRORS, 'rollup/invalid-village-code', { given: given(code) });
      }
      tally = newTally();
      tallies.set(code, tally);
    }
    return tally;
  }

  function add(household: RollupHousehold, assessment?: HouseholdAssessment): void {
    if (assessment !== undefined && assessment.householdId !== household.id) {
      throw catalogError(REGION_ERRORS, 'rollup/id-mismatch', { assessment: maskIdentifier(assessment.householdId), household: maskIdentifier(household.id) });
    }
    const tally = tallyFor(household.villageCode);
    const persons = household.members.length;
    tally.households += 1;
    tally.persons += persons;
    if (household.status === 'poor' || household.status === 'returned') {
      tally.poorHouseholds += 1;
      tally.poorPersons += persons;
    }
    const unmet = tally.unmet;
    const unknown = tally.unknown;
    if (assessment === undefined) {
      // Stryker disable next-line EqualityOperator: one step past the end only sets an index that nothing reads (every reader stops at CHECK_COUNT)
      for (let i = 0; i < CHECK_COUNT; i++) unknown[i] = (unknown[i] as number) + 1;
      return;
    }
    if (assessment.compliant) tally.compliantHouseholds += 1;
    const checks = assessment.checks;
    // Stryker disable next-line EqualityOperator: one step past the end only sets an index that nothing reads (every reader stops at CHECK_COUNT)
    for (let i = 0; i < CHECK_COUNT; i++) {
      const check = checks[CHECK_NAMES[i] as CheckName];
      // Stryker disable next-line StringLiteral: any status but 'met' and 'unmet' counts as unknown, so the default's text is not read
      const status = check === undefined ? 'unknown' : check.status;
      if (status === 'unmet') unmet[i] = (unmet[i] as number) + 1;
      else if (status !== 'met') unknown[i] = (unknown[i] as number) + 1;
    }
  }

  function snapshot(): RollupSnapshot {
    const villages: Record<string, RollupCounts> = {};
    for (const code of [...tallies.keys()].sort()) villages[code] = countsOf(tallies.get(code) as Tally);
    return { format: 'tuopin.rollup/1', villages };
  }

  function merge(other: RollupSnapshot): void {
    if (other === null || typeof other !== 'object' || other.format !== 'tuopin.rollup/1') {
      throw badSnapshot('rollup/snapshot-format', {});
    }
    if (other.villages === null || typeof other.villages !== 'object') throw badSnapshot('rollup/snapshot-villages', {});
    // Read everything first: a bad snapshot leaves the accumulator as it was.
    const read = Object.entries(other.villages).map(([code, value]) => [code, tallyFromSnapshot(code, value)] as const);
    for (const [code, tally] of read) addTally(tallyFor(code), tally);
  }

  function rows(level: RollupLevel): readonly RollupRow[] {
    if (typeof level !== 'string' || !Object.hasOwn(PREFIX, level)) {
      throw catalogError(REGION_ERRORS, 'rollup/invalid-level', { given: given(level) });
    }
    const width = PREFIX[level];
    interface Unit {
      readonly tally: Tally;
      villages: number;
      population: number;
      populationKnown: boolean;
    }
    const units = new Map<string, Unit>();
    const unitFor = (code: string): Unit => {
      let unit = units.get(code);
      if (unit === undefined) {
        unit = { tally: newTally(), villages: 0, population: 0, populationKnown: true };
        units.set(code, unit);
      }
      return unit;
    };
    const villageCodes = new Set<string>([...tallies.keys(), ...population.keys()]);
    for (const code of villageCodes) {
      const unit = unitFor(code.slice(0, width));
      const tally = tallies.get(code);
      if (tally !== undefined) addTally(unit.tally, tally);
      // Stryker disable next-line AssignmentOperator: the count is only compared with 0, and counting down from 0 never reaches it either
      unit.villages += 1;
      const people = population.get(code);
      if (people === undefined) unit.populationKnown = false;
      else unit.population += people;
    }
    if (level !== 'village') for (const code of townships) unitFor(code.slice(0, width));

    return [...units.keys()].sort().map((code) => {
      const unit = units.get(code) as Unit;
      const row: RollupRow = { code, level, ...countsOf(unit.tally) };
      if (!unit.populationKnown || unit.villages === 0) return row;
      const withPopulation: RollupRow = { ...row, ruralPopulation: unit.population };
      return unit.population > 0 ? { ...withPopulation, incidence: exactRate(unit.tally.poorPersons, unit.population) } : withPopulation;
    });
  }

  return { add, snapshot, merge, rows };
}
