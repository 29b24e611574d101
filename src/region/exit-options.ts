import { chinaDate, type DateInput } from '../calendar/china-date';
import { defaultPolicy } from '../policy/default-policy';
import type { Policy } from '../policy/schema';
import { assertCount } from './counts';
import { REGION_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/** Options of the exit tests. 退出检查的选项。 */
export interface ExitOptions {
  /** 西部地区: the incidence threshold is 3% instead of 2%. */
  readonly western: boolean;
  /** The policy whose thresholds apply (default {@link defaultPolicy}). */
  readonly policy?: Policy | undefined;
  /** The day whose thresholds apply (China's calendar); the latest thresholds when omitted. */
  readonly asOf?: DateInput | undefined;
}

/** @internal Checks the options; returns the policy and the day to name in `exit/no-threshold`. */
export function readExitOptions(options: ExitOptions): { readonly policy: Policy; readonly day: string } {
  if (options === null || typeof options !== 'object') assertWestern(undefined);
  assertWestern(options.western);
  return {
    policy: options.policy ?? defaultPolicy,
    day: options.asOf === undefined ? 'latest' : chinaDate(options.asOf),
  };
}

/** @internal Throws `exit/western-required` unless `western` is a boolean. */
export function assertWestern(western: unknown): asserts western is boolean {
  if (typeof western !== 'boolean') {
    throw catalogError(REGION_ERRORS, 'exit/western-required');
  }
}

/** @internal Throws `exit/invalid-count` for a figure that is given but is not a count. */
export function assertFigures(input: object, fields: readonly string[]): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined) assertCount(value, field, 'exit/invalid-count');
  }
}
