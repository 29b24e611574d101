import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { parseDivisionCode } from '../codes/parse-division-code';
import { maskIdentifier } from '../privacy/mask-identifier';
import { exactRate, type ExactRate } from '../region/exact-rate';
import type { RollupLevel } from '../region/create-rollup';
import { MONITORING_TEST_NAMES, type MonitoringAssessment, type MonitoringTestName } from './assess-monitoring';
import { isMonth, monthOf, monthsBetween, type Month } from './month';
import { MONITORING_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';
import {
  MonitoringStateSchema,
  MonitoringTypeSchema,
  RiskTypeSchema,
  type MonitoringRecord,
  type MonitoringState,
  type MonitoringType,
  type RiskType,
} from './schema';

/** Options of {@link monitoringRollup}. 监测汇总选项。 */
export interface MonitoringRollupOptions {
  /** The day of the roll-up (China's calendar): months under monitoring are counted to its month. */
  readonly asOf: DateInput;
  /** The period for "identified" and "eliminated in the period": months `from`–`to`, both included. */
  readonly period?: { readonly from: Month; readonly to: Month } | undefined;
  /** Count the open records under monitoring for more than this many whole months. */
  readonly longerThanMonths?: number | undefined;
}

/** What {@link monitoringRollup} reads. 汇总的输入。 */
export interface MonitoringRollupInput {
  /** The monitoring register: every record, any state. 监测对象台账。 */
  readonly records: readonly MonitoringRecord[];
  /**
   * The identification results of the register's households (`assessMonitoring`), one per
   * household: they give the 应纳未纳 and 帮扶未到位 lists. 户表筛查结果。
   */
  readonly assessments?: readonly MonitoringAssessment[] | undefined;
}

/**
 * The counts of one unit. `records` counts every record; `monitored` the records in the
 * monitoring register (all but `not-included`), which `byType`, `byRisk` (a record counts once
 * under each of its risk types), `identifiedInPeriod`, `eliminated`, `eliminatedInPeriod` and
 * `longMonitored` count from; `byState` counts every record. `notInRegister` (应纳未纳) counts
 * households whose identification test is unmet and that have no record in the register;
 * `assistanceMissing` (帮扶未到位) counts records decided by the county and not closed that have no
 * measure while their household's test is unmet. Period and long-monitoring counts are `null`
 * when the option was not given.
 * 一个单位的监测汇总数。
 */
export interface MonitoringCounts {
  readonly records: number;
  readonly monitored: number;
  readonly byType: Readonly<Record<MonitoringType, number>>;
  readonly byRisk: Readonly<Record<RiskType, number>>;
  readonly byState: Readonly<Record<MonitoringState, number>>;
  readonly eliminated: number;
  readonly identifiedInPeriod: number | null;
  readonly eliminatedInPeriod: number | null;
  readonly longMonitored: number | null;
  readonly notInRegister: number;
  readonly assistanceMissing: number;
}

/** One row: a unit's counts and its elimination rate `eliminated ÷ monitored` (none when 0 monitored). */
export interface MonitoringRollupRow extends MonitoringCounts {
  readonly code: string;
  readonly level: RollupLevel;
  readonly eliminationRate: ExactRate | null;
}

/** A household on one of the lists, its id masked with `maskIdentifier`. 名单中的一户（户编号已脱敏）。 */
export interface MonitoringListRow {
  readonly householdId: string;
  readonly villageCode: string;
  /** The record's state (帮扶未到位, long monitoring). */
  readonly state?: MonitoringState;
  /** Whole months under monitoring to the month of `asOf` (long monitoring). */
  readonly months?: number;
  /** The unmet tests (应纳未纳, 帮扶未到位). */
  readonly tests?: readonly MonitoringTestName[];
}

/** The result of {@link monitoringRollup}. 监测汇总结果。 */
export interface MonitoringRollup {
  readonly asOf: CalendarDate;
  readonly period: { readonly from: Month; readonly to: Month } | null;
  readonly longerThanMonths: number | null;
  /** Rows of every level, in code order (a county before its townships before their villages). */
  readonly rows: readonly MonitoringRollupRow[];
  /** 应纳未纳: flagged by the identification test, not in the monitoring register. */
  readonly notInRegister: readonly MonitoringListRow[];
  /** 帮扶未到位: decided, not closed, a test unmet and no measure. */
  readonly assistanceMissing: readonly MonitoringListRow[];
  /** Open records under monitoring for more than `longerThanMonths` months. */
  readonly longMonitored: readonly MonitoringListRow[];
}

interface Tally {
  records: number;
  monitored: number;
  readonly byType: number[];
  readonly byRisk: number[];
  readonly byState: number[];
  eliminated: number;
  identifiedInPeriod: number;
  eliminatedInPeriod: number;
  longMonitored: number;
  notInRegister: number;
  assistanceMissing: number;
}

const TYPES = MonitoringTypeSchema.options;
const RISKS = RiskTypeSchema.options;
const STATES = MonitoringStateSchema.options;
const SCALARS = ['records', 'monitored', 'eliminated', 'identifiedInPeriod', 'eliminatedInPeriod', 'longMonitored', 'notInRegister', 'assistanceMissing'] as const;
const OPEN: ReadonlySet<MonitoringState> = new Set(['identified', 'village-reviewed', 'township-checked', 'county-decided', 'under-assistance']);
const DECIDED: ReadonlySet<MonitoringState> = new Set(['county-decided', 'under-assistance']);
const PREFIX: Readonly<Record<RollupLevel, number>> = { village: 12, township: 9, county: 6 };

function newTally(): Tally {
  return {
    records: 0,
    monitored: 0,
    byType: TYPES.map(() => 0),
    byRisk: RISKS.map(() => 0),
    byState: STATES.map(() => 0),
    eliminated: 0,
    identifiedInPeriod: 0,
    eliminatedInPeriod: 0,
    longMonitored: 0,
    notInRegister: 0,
    assistanceMissing: 0,
  };
}

function addTally(into: Tally, from: Tally): void {
  for (const key of SCALARS) into[key] += from[key];
  for (const key of ['byType', 'byRisk', 'byState'] as const) from[key].forEach((n, i) => (into[key][i] = (into[key][i] as number) + n));
}

function record<K extends string>(keys: readonly K[], values: readonly number[]): Record<K, number> {
  const out = {} as Record<K, number>;
  keys.forEach((key, i) => (out[key] = values[i] as number));
  return out;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Rolls the monitoring register up to village, township and county: counts by monitoring type,
 * risk type and state, identified and eliminated in a period, the elimination rate as an exact
 * fraction, records under monitoring longer than N months, and the lists 应纳未纳 (flagged by
 * `assessMonitoring` but not in the register) and 帮扶未到位 (decided by the county, a test unmet,
 * no measure). Counted per village; townships and counties are the sums of their villages by code
 * prefix, so every total is the sum of its parts and the result does not depend on input order.
 * Household ids in the lists are masked (`maskIdentifier`). Pure: the same input gives the same
 * output.
 * 按村、乡、县汇总监测对象：按类型、风险类型、状态计数，期内识别与消除数，风险消除率（精确分数），
 * 监测超过 N 个月的户，应纳未纳与帮扶未到位名单（户编号脱敏）。上级为下级之和，与输入顺序无关。
 *
 * @param input - the records and, optionally, the identification results of the register
 * @param options - `asOf`, an optional `period` and `longerThanMonths`
 * @returns `{ asOf, period, longerThanMonths, rows, notInRegister, assistanceMissing, longMonitored }`
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {DomainError} `monitoring/invalid-period` when a period month is not `YYYY-MM` or `from`
 *   is after `to`; `monitoring/invalid-months` when `longerThanMonths` is not a whole number ≥ 0;
 *   `monitoring/invalid-village-code` when a record or assessment has no valid village code;
 *   `monitoring/duplicate-assessment` when a household is assessed twice
 * @example
 * // two records in village 522601101201: one under assistance, one eliminated in 2021-09
 * const r = monitoringRollup({ records: [assisted, eliminated] }, { asOf: '2021-12-31', period: { from: '2021-01', to: '2021-12' } });
 * r.rows.map((row) => row.code) //=> ['522601', '522601101', '522601101201']
 * r.rows[0].eliminationRate //=> { numerator: 1, denominator: 2, percent: 50 }
 * r.rows[0].eliminatedInPeriod //=> 1
 */
export function monitoringRollup(input: MonitoringRollupInput, options: MonitoringRollupOptions): MonitoringRollup {
  const day = chinaDate(options?.asOf);
  const month = monthOf(day);
  const period = options.period ?? null;
  if (period !== null && (!isMonth(period.from) || !isMonth(period.to) || period.from > period.to)) {
    throw catalogError(MONITORING_ERRORS, 'monitoring/invalid-period', { from: given(period.from), to: given(period.to) });
  }
  const longer = options.longerThanMonths ?? null;
  if (longer !== null && (!Number.isSafeInteger(longer) || longer < 0)) {
    throw catalogError(MONITORING_ERRORS, 'monitoring/invalid-months', { given: given(longer) });
  }
  const inPeriod = (m: Month) => period !== null && m >= period.from && m <= period.to;

  const tallies = new Map<string, Tally>();
  const tallyFor = (code: string): Tally => {
    let tally = tallies.get(code);
    if (tally === undefined) {
      const parsed = parseDivisionCode(code);
      if (code.length !== 12 || !parsed.ok || parsed.level !== 'village') {
        throw catalogError(MONITORING_ERRORS, 'monitoring/invalid-village-code', { given: given(code) });
      }
      tally = newTally();
      tallies.set(code, tally);
    }
    return tally;
  };

  const assessed = new Map<string, MonitoringAssessment>();
  // Stryker disable next-line ArrayDeclaration: a string in place of the empty list is keyed under its undefined householdId and has no status 'unmet', so no record's household finds it and no list counts it
  for (const a of input.assessments ?? []) {
    if (assessed.has(a.householdId)) {
      throw catalogError(MONITORING_ERRORS, 'monitoring/duplicate-assessment', { household: maskIdentifier(a.householdId) });
    }
    assessed.set(a.householdId, a);
  }
  const unmetOf = (id: string): MonitoringTestName[] => {
    const a = assessed.get(id);
    return a === undefined ? [] : MONITORING_TEST_NAMES.filter((name) => a.checks[name].status === 'unmet');
  };

  const inRegister = new Set<string>();
  const missing: { key: string; row: MonitoringListRow }[] = [];
  const long: { key: string; row: MonitoringListRow }[] = [];
  for (const r of input.records) {
    const tally = tallyFor(r.villageCode);
    tally.records += 1;
    tally.byState[STATES.indexOf(r.state)] = (tally.byState[STATES.indexOf(r.state)] as number) + 1;
    if (r.state === 'not-included') continue;
    inRegister.add(r.householdId);
    tally.monitored += 1;
    tally.byType[TYPES.indexOf(r.type)] = (tally.byType[TYPES.indexOf(r.type)] as number) + 1;
    for (const risk of new Set(r.risks.map((k) => k.type))) tally.byRisk[RISKS.indexOf(risk)] = (tally.byRisk[RISKS.indexOf(risk)] as number) + 1;
    if (inPeriod(r.riskIdentifiedMonth)) tally.identifiedInPeriod += 1;
    if (r.state === 'risk-eliminated') {
      tally.eliminated += 1;
      if (r.elimination !== undefined && inPeriod(r.elimination.month)) tally.eliminatedInPeriod += 1;
    }
    const key = `${r.villageCode}/${r.householdId}/${r.riskIdentifiedMonth}`;
    if (DECIDED.has(r.state) && r.measures.length === 0) {
      const tests = unmetOf(r.householdId);
      if (tests.length > 0) {
        tally.assistanceMissing += 1;
        missing.push({ key, row: { householdId: maskIdentifier(r.householdId), villageCode: r.villageCode, state: r.state, tests } });
      }
    }
    if (longer !== null && OPEN.has(r.state)) {
      const months = monthsBetween(r.riskIdentifiedMonth, month);
      if (months > longer) {
        tally.longMonitored += 1;
        long.push({ key, row: { householdId: maskIdentifier(r.householdId), villageCode: r.villageCode, state: r.state, months } });
      }
    }
  }

  const notIn: { key: string; row: MonitoringListRow }[] = [];
  for (const a of assessed.values()) {
    if (a.status !== 'unmet' || inRegister.has(a.householdId)) continue;
    tallyFor(a.villageCode).notInRegister += 1;
    notIn.push({ key: `${a.villageCode}/${a.householdId}`, row: { householdId: maskIdentifier(a.householdId), villageCode: a.villageCode, tests: unmetOf(a.householdId) } });
  }

  const rows: MonitoringRollupRow[] = [];
  for (const level of ['county', 'township', 'village'] as const) {
    const units = new Map<string, Tally>();
    for (const [code, tally] of tallies) {
      const unit = code.slice(0, PREFIX[level]);
      let sum = units.get(unit);
      if (sum === undefined) units.set(unit, (sum = newTally()));
      addTally(sum, tally);
    }
    for (const [code, t] of units) {
      rows.push({
        code,
        level,
        records: t.records,
        monitored: t.monitored,
        byType: record(TYPES, t.byType),
        byRisk: record(RISKS, t.byRisk),
        byState: record(STATES, t.byState),
        eliminated: t.eliminated,
        identifiedInPeriod: period === null ? null : t.identifiedInPeriod,
        eliminatedInPeriod: period === null ? null : t.eliminatedInPeriod,
        longMonitored: longer === null ? null : t.longMonitored,
        notInRegister: t.notInRegister,
        assistanceMissing: t.assistanceMissing,
        eliminationRate: t.monitored === 0 ? null : exactRate(t.eliminated, t.monitored),
      });
    }
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    asOf: day,
    period: period === null ? null : { from: period.from, to: period.to },
    longerThanMonths: longer,
    rows,
    notInRegister: notIn.sort(byKey).map((x) => x.row),
    assistanceMissing: missing.sort(byKey).map((x) => x.row),
    longMonitored: long.sort(byKey).map((x) => x.row),
  };
}
