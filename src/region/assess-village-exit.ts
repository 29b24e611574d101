import type { DateInput } from '../calendar/china-date';
import { parameterOn } from '../policy/parameter-on';
import type { Boundary, Policy, Ratio } from '../policy/schema';
import type { CheckStatus, Reason } from '../reasons/types';
import { combineStatuses } from '../reasons/combine-statuses';
import { REGION_CATALOG } from './catalog';
import { evaluateRate, type ExitCheck } from './exit-check';
import { assertFigures, readExitOptions, type ExitOptions } from './exit-options';
import { REGION_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/** The figures of a village exit test (persons). 贫困村出列检查所需人数。 */
export interface VillageExitInput {
  /** 农村户籍人口. */
  readonly ruralPopulation: number;
  /** 剩余贫困人口 (registered poor not yet exited, including those fallen back). */
  readonly remainingPoor: number;
  /** 漏评人口, when known; 0 when omitted. */
  readonly missed?: number | undefined;
  /** 错退人口, when known; 0 when omitted. */
  readonly wronglyExited?: number | undefined;
  /**
   * Extra criteria weighed with the incidence (统筹考虑: a paved road, safe water, electricity, a
   * standard clinic, a collective economy …), as a province's rules list them; none by default.
   * 其他出列条件（如通硬化路、安全饮水、通电、标准化卫生室、集体经济），默认无。
   */
  readonly criteria?: readonly VillageExitCriterion[] | undefined;
}

/** One extra village-exit criterion and the finding on it. 一项其他出列条件及核查结论。 */
export interface VillageExitCriterion {
  /** A stable code, e.g. `clinic`. */
  readonly id: string;
  /** Its name, e.g. `标准化卫生室`. */
  readonly label: string;
  /** The finding: met, not met, or not yet checked (`undefined`). */
  readonly met: boolean | undefined;
}

/** The verdict on one extra criterion. 一项其他出列条件的结论。 */
export interface VillageCriterionCheck {
  readonly id: string;
  readonly status: CheckStatus;
  readonly reasons: readonly Reason[];
}

/** The verdict of a village exit test. 贫困村出列检查结果。 */
export interface VillageExitResult {
  /** true only when every check is `met`. 仅当全部检查达标时为 true。 */
  readonly eligible: boolean;
  /** Every check combined: `unmet` if any is, else `unknown` if any is, else `met`. */
  readonly status: CheckStatus;
  readonly checks: { readonly incidence: ExitCheck; readonly criteria?: readonly VillageCriterionCheck[] };
}

const FIELDS = ['ruralPopulation', 'remainingPoor', 'missed', 'wronglyExited'] as const;

/**
 * Whether a poor village may exit (出列): its poverty incidence must be strictly below the
 * threshold in force (2%, western regions 3%), compared exactly (at the threshold passes only
 * when the policy's `villageExit.boundaries.incidence` is `inclusive`). `missed` and `wronglyExited`
 * are added to the remaining poor when given (0 otherwise). A rural population of 0, figures that
 * disagree, or no threshold in force on `asOf` give `unknown` with a reason.
 * 判断贫困村能否出列：贫困发生率须严格低于阈值（2%，西部地区 3%），精确比较；恰在阈值上不达标。
 *
 * Source: 《关于建立贫困退出机制的意见》 (2016); thresholds from `policy.villageExit`.
 *
 * @param input - the village's figures (persons)
 * @param options - `western`, and optionally `policy` and `asOf`
 * With `input.criteria` (a province's extra criteria, none by default), each criterion is a check
 * of its own (`criteria`, met / unmet / unknown as recorded) and all must be met.
 * @returns `{ eligible, status, checks: { incidence, criteria? } }`
 * @throws {DomainError} `exit/invalid-count` when a figure is negative, fractional or not a
 *   number; `exit/western-required` when `options.western` is not a boolean
 * @throws {InvalidDateError} when `options.asOf` is not a valid date
 * @example
 * assessVillageExit({ ruralPopulation: 1000, remainingPoor: 29 }, { western: true }).eligible //=> true
 * assessVillageExit({ ruralPopulation: 1000, remainingPoor: 30 }, { western: true }).checks.incidence.status //=> 'unmet'
 */
export function assessVillageExit(input: VillageExitInput, options: ExitOptions): VillageExitResult {
  if (input === null || typeof input !== 'object') throw catalogError(REGION_ERRORS, 'exit/not-an-object', {}, { code: 'exit/invalid-count' });
  assertFigures(input, FIELDS);
  const { policy, day } = readExitOptions(options);
  const incidence = villageIncidence(input, villageThreshold(policy, options.asOf, options.western), options.western, day);
  if (input.criteria === undefined || input.criteria.length === 0) {
    return { eligible: incidence.status === 'met', status: incidence.status, checks: { incidence } };
  }
  const criteria = input.criteria.map((criterion, i): VillageCriterionCheck => {
    const evidence = { id: criterion.id, label: criterion.label };
    const path = ['criteria', i, 'met'];
    if (criterion.met === true) return { id: criterion.id, status: 'met', reasons: [REGION_CATALOG.reason('exit/criterion-met', path, evidence)] };
    if (criterion.met === false) return { id: criterion.id, status: 'unmet', reasons: [REGION_CATALOG.reason('exit/criterion-unmet', path, evidence)] };
    return { id: criterion.id, status: 'unknown', reasons: [REGION_CATALOG.reason('exit/criterion-missing', path, evidence)] };
  });
  const status = combineStatuses([incidence.status, ...criteria.map((c) => c.status)]);
  return { eligible: status === 'met', status, checks: { incidence, criteria } };
}

/**
 * @internal The village-exit incidence threshold in force on `asOf` (the latest without it), for a
 * western region or not; `undefined` when the policy has none in force.
 */
export function villageThreshold(policy: Policy, asOf: DateInput | undefined, western: boolean): VillageThreshold | undefined {
  const thresholds = parameterOn(policy.villageExit, asOf)?.value;
  if (thresholds === undefined) return undefined;
  const ratio = western ? thresholds.maxIncidenceWestern : thresholds.maxIncidence;
  const boundary = thresholds.boundaries?.incidence;
  return boundary === 'inclusive' ? { ...ratio, boundary } : ratio;
}

/** @internal A village-exit threshold with its boundary (`strict` when absent). */
export type VillageThreshold = Ratio & { readonly boundary?: Boundary };

/**
 * @internal The incidence check of {@link assessVillageExit} on figures already checked, with the
 * threshold already looked up (`exitBlockers` judges many villages against one threshold). `day`
 * is the `asOf` named in `exit/no-threshold` (`'latest'` when none was given).
 */
export function villageIncidence(input: VillageExitInput, threshold: VillageThreshold | undefined, western: boolean, day: string): ExitCheck {
  return evaluateRate({
    parts: [
      { field: 'remainingPoor', value: input.remainingPoor },
      { field: 'missed', value: input.missed ?? 0 },
      { field: 'wronglyExited', value: input.wronglyExited ?? 0 },
    ],
    whole: { field: 'ruralPopulation', value: input.ruralPopulation },
    threshold: threshold === undefined ? undefined : { numerator: threshold.numerator, denominator: threshold.denominator },
    boundary: threshold?.boundary,
    direction: 'below',
    metCode: 'exit/incidence-below',
    unmetCode: 'exit/incidence-not-below',
    missingCode: 'exit/incidence-component-missing',
    zeroCode: 'exit/zero-population',
    evidence: { western },
    noThreshold: { parameter: 'villageExit', asOf: day },
  });
}
