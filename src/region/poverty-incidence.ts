import { assertCount } from './counts';
import { exactRate, type ExactRate } from './exact-rate';
import { REGION_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/** The figures of {@link povertyIncidence}: persons, not households. 计算贫困发生率所需人数。 */
export interface PovertyIncidenceInput {
  /** 剩余建档立卡贫困人口 (registered poor not yet exited). */
  readonly remainingPoor: number;
  /** 漏评人口 (poor persons found missing from the register); 0 when omitted. */
  readonly missed?: number | undefined;
  /** 错退人口 (persons found wrongly exited); 0 when omitted. */
  readonly wronglyExited?: number | undefined;
  /** 农村户籍人口 (the rural registered population). */
  readonly ruralPopulation: number;
}

/**
 * The (comprehensive) poverty incidence as an exact fraction: (remaining registered poor + missed
 * + wrongly exited persons) ÷ rural registered population, with `percent` for display only.
 * Without `missed` and `wronglyExited` it is the plain incidence of the register.
 * 综合贫困发生率 =（剩余贫困人口 + 漏评人口 + 错退人口）÷ 农村户籍人口，以精确分数返回；
 * percent 仅供显示。
 *
 * Source: 《贫困县退出专项评估检查实施办法》 (2017); 《关于建立贫困退出机制的意见》 (2016).
 *
 * @param input - counts of persons (whole numbers, zero or more)
 * @returns `{ numerator, denominator, percent }`
 * @throws {DomainError} `incidence/invalid-count` when a count is negative, fractional or not a
 *   number; `incidence/zero-population` when `ruralPopulation` is 0;
 *   `incidence/exceeds-population` when the poor persons outnumber the population
 * @example
 * povertyIncidence({ remainingPoor: 2990, missed: 6, wronglyExited: 3, ruralPopulation: 100_000 })
 * //=> { numerator: 2999, denominator: 100000, percent: 2.999 }
 */
export function povertyIncidence(input: PovertyIncidenceInput): ExactRate {
  const { remainingPoor, missed = 0, wronglyExited = 0, ruralPopulation } = input;
  assertCount(remainingPoor, 'remainingPoor', 'incidence/invalid-count');
  assertCount(missed, 'missed', 'incidence/invalid-count');
  assertCount(wronglyExited, 'wronglyExited', 'incidence/invalid-count');
  assertCount(ruralPopulation, 'ruralPopulation', 'incidence/invalid-count');
  if (ruralPopulation === 0) {
    throw catalogError(REGION_ERRORS, 'incidence/zero-population');
  }
  const numerator = remainingPoor + missed + wronglyExited;
  if (numerator > ruralPopulation) {
    throw catalogError(REGION_ERRORS, 'incidence/exceeds-population', { poor: numerator, population: ruralPopulation });
  }
  return exactRate(numerator, ruralPopulation);
}
