import type { Policy, PovertyLine } from './schema';
import { defaultPolicy } from './default-policy';

/**
 * The poverty line for an income year in yuan per person per year, or `undefined` where the
 * table has none (no line is ever extrapolated).
 * 某收入年度的贫困线（元/人/年）；表中没有该年度时返回 undefined。
 *
 * @param year - the income year
 * @param policy - the table to read (defaults to {@link defaultPolicy})
 * @example
 * povertyLineFor(2019) //=> 3218
 * povertyLineFor(2021) //=> undefined
 */
export function povertyLineFor(year: number, policy: Policy = defaultPolicy): number | undefined {
  return povertyLineEntry(year, policy)?.yuan;
}

/**
 * The whole poverty-line entry for a year (with its basis, source and `confirmed` flag).
 * 某年度贫困线的完整条目（含口径、出处、是否核实）。
 *
 * @example
 * povertyLineEntry(2020)?.confirmed //=> false
 */
export function povertyLineEntry(year: number, policy: Policy = defaultPolicy): PovertyLine | undefined {
  for (const line of policy.povertyLines) if (line.year === year) return line;
  return undefined;
}
