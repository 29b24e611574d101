import { parameterOn } from '../policy/parameter-on';
import { combineStatuses } from '../reasons/combine-statuses';
import type { CheckStatus } from '../reasons/types';
import { evaluateRate, type ExitCheck } from './exit-check';
import { assertFigures, readExitOptions, type ExitOptions } from './exit-options';
import { REGION_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * The figures of a county exit test (三率一度). Register figures are persons; the sample figures
 * come from the exit evaluation (专项评估检查). Every sample figure may be missing: its check is
 * then `unknown`, never a pass.
 * 贫困县退出检查所需数据：登记人数与抽样调查数据。
 */
export interface CountyExitInput {
  /** 农村户籍人口. */
  readonly ruralPopulation: number;
  /** 剩余贫困人口 (registered poor not yet exited). */
  readonly remainingPoor: number;
  /** 漏评人口 counted into the comprehensive incidence. */
  readonly missed?: number | undefined;
  /** 错退人口 counted into the comprehensive incidence. */
  readonly wronglyExited?: number | undefined;
  /** 抽查的已脱贫人口 (denominator of the wrongful-exit rate). */
  readonly sampledExited?: number | undefined;
  /** 抽查发现的错退人口. */
  readonly sampledWronglyExited?: number | undefined;
  /** 抽查的非建档立卡农村人口 (denominator of the missed-registration rate). */
  readonly sampledNonRegistered?: number | undefined;
  /** 抽查发现的漏评人口. */
  readonly sampledMissed?: number | undefined;
  /** 群众认可度调查户数. */
  readonly surveyedHouseholds?: number | undefined;
  /** 表示认可的户数. */
  readonly approvingHouseholds?: number | undefined;
}

/** The four checks of 三率一度. 三率一度四项检查。 */
export type CountyExitCheckName = 'incidence' | 'wrongfulExitRate' | 'missedRate' | 'approval';

/** The verdict of a county exit test. 贫困县退出检查结果。 */
export interface CountyExitResult {
  /** true only when all four checks are `met`: failing any one blocks exit. */
  readonly eligible: boolean;
  /** The four checks combined: `unmet` if any is, else `unknown` if any is, else `met`. */
  readonly status: CheckStatus;
  readonly checks: Readonly<Record<CountyExitCheckName, ExitCheck>>;
}

const FIELDS = [
  'ruralPopulation',
  'remainingPoor',
  'missed',
  'wronglyExited',
  'sampledExited',
  'sampledWronglyExited',
  'sampledNonRegistered',
  'sampledMissed',
  'surveyedHouseholds',
  'approvingHouseholds',
] as const;

/**
 * Whether a poor county may exit (摘帽), by 三率一度, each compared exactly against the policy:
 * - `incidence`: comprehensive incidence (remaining poor + missed + wrongly exited) ÷ rural
 *   population strictly below 2% (western regions 3%). Missing `missed` or `wronglyExited` make
 *   it `unknown`, unless the known part alone already fails (then `unmet`);
 * - `wrongfulExitRate`: sampledWronglyExited ÷ sampledExited strictly below 2%;
 * - `missedRate`: sampledMissed ÷ sampledNonRegistered strictly below 2%;
 * - `approval`: approvingHouseholds ÷ surveyedHouseholds strictly above 90%.
 * A missing figure, an empty sample (denominator 0) or a part larger than its whole gives
 * `unknown` with a reason. A value exactly at a threshold fails, unless the policy's
 * `countyExit.boundaries` makes that threshold `inclusive`.
 * 按“三率一度”判断贫困县能否摘帽：综合贫困发生率低于 2%（西部 3%）、错退率低于 2%、漏评率低于
 * 2%、群众认可度高于 90%，均为严格比较、精确计算；缺少抽样数据或样本为空时为 unknown。
 *
 * Source: 《贫困县退出专项评估检查实施办法》 (2017), 《关于建立贫困退出机制的意见》 (2016);
 * thresholds from `policy.countyExit`.
 *
 * @param input - the county's register and sample figures
 * @param options - `western`, and optionally `policy` and `asOf`
 * @returns `{ eligible, status, checks: { incidence, wrongfulExitRate, missedRate, approval } }`
 * @throws {DomainError} `exit/invalid-count` when a figure is negative, fractional or not a
 *   number; `exit/western-required` when `options.western` is not a boolean
 * @throws {InvalidDateError} when `options.asOf` is not a valid date
 * @example
 * assessCountyExit(
 *   { ruralPopulation: 100_000, remainingPoor: 2_999, missed: 0, wronglyExited: 0,
 *     sampledExited: 500, sampledWronglyExited: 5, sampledNonRegistered: 400, sampledMissed: 2,
 *     surveyedHouseholds: 300, approvingHouseholds: 291 },
 *   { western: true },
 * ).eligible //=> true
 * // …with `western: false` the incidence check is 'unmet' (2,999/100,000 is not below 2%).
 */
export function assessCountyExit(input: CountyExitInput, options: ExitOptions): CountyExitResult {
  if (input === null || typeof input !== 'object') throw catalogError(REGION_ERRORS, 'exit/not-an-object', {}, { code: 'exit/invalid-count' });
  assertFigures(input, FIELDS);
  const { policy, day } = readExitOptions(options);
  const t = parameterOn(policy.countyExit, options.asOf)?.value;
  const noThreshold = { parameter: 'countyExit', asOf: day };
  const sample = { missingCode: 'exit/sample-missing', zeroCode: 'exit/sample-empty', noThreshold } as const;

  const incidence = evaluateRate({
    parts: [
      { field: 'remainingPoor', value: input.remainingPoor },
      { field: 'missed', value: input.missed },
      { field: 'wronglyExited', value: input.wronglyExited },
    ],
    whole: { field: 'ruralPopulation', value: input.ruralPopulation },
    threshold: t === undefined ? undefined : options.western ? t.maxIncidenceWestern : t.maxIncidence,
    direction: 'below',
    metCode: 'exit/incidence-below',
    unmetCode: 'exit/incidence-not-below',
    missingCode: 'exit/incidence-component-missing',
    zeroCode: 'exit/zero-population',
    lowerBoundCode: 'exit/incidence-lower-bound-not-below',
    evidence: { western: options.western },
    noThreshold,
    boundary: t?.boundaries?.incidence,
  });
  const wrongfulExitRate = evaluateRate({
    ...sample,
    parts: [{ field: 'sampledWronglyExited', value: input.sampledWronglyExited }],
    whole: { field: 'sampledExited', value: input.sampledExited },
    threshold: t?.maxWrongfulExitRate,
    direction: 'below',
    metCode: 'exit/wrongful-exit-rate-below',
    unmetCode: 'exit/wrongful-exit-rate-not-below',
    boundary: t?.boundaries?.wrongfulExitRate,
  });
  const missedRate = evaluateRate({
    ...sample,
    parts: [{ field: 'sampledMissed', value: input.sampledMissed }],
    whole: { field: 'sampledNonRegistered', value: input.sampledNonRegistered },
    threshold: t?.maxMissedRate,
    direction: 'below',
    metCode: 'exit/missed-rate-below',
    unmetCode: 'exit/missed-rate-not-below',
    boundary: t?.boundaries?.missedRate,
  });
  const approval = evaluateRate({
    ...sample,
    parts: [{ field: 'approvingHouseholds', value: input.approvingHouseholds }],
    whole: { field: 'surveyedHouseholds', value: input.surveyedHouseholds },
    threshold: t?.minApproval,
    // Stryker disable next-line StringLiteral: evaluateRate only asks whether the direction is 'below'
    direction: 'above',
    metCode: 'exit/approval-above',
    unmetCode: 'exit/approval-not-above',
    boundary: t?.boundaries?.approval,
  });
  const checks = { incidence, wrongfulExitRate, missedRate, approval };
  const status = combineStatuses([incidence.status, wrongfulExitRate.status, missedRate.status, approval.status]);
  return { eligible: status === 'met', status, checks };
}
