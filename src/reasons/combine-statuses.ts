import type { CheckStatus } from './types';

/**
 * Combines sub-check statuses: any `unmet` gives `unmet`; otherwise any `unknown` gives
 * `unknown`; otherwise `met`. An empty list is `met` (nothing to fail).
 * 合并子检查状态：有未达标即未达标；否则有未知即未知；否则达标。
 *
 * @example
 * combineStatuses(['met', 'unknown', 'met']) //=> 'unknown'
 * combineStatuses(['unknown', 'unmet']) //=> 'unmet'
 */
export function combineStatuses(statuses: Iterable<CheckStatus>): CheckStatus {
  let result: CheckStatus = 'met';
  // An array (every caller in the library) is read by index: no iterator on the hot path.
  if (Array.isArray(statuses)) {
    const list = statuses as readonly CheckStatus[];
    for (let i = 0; i < list.length; i++) {
      const status = list[i];
      if (status === 'unmet') return 'unmet';
      if (status === 'unknown') result = 'unknown';
    }
    return result;
  }
  for (const status of statuses) {
    if (status === 'unmet') return 'unmet';
    if (status === 'unknown') result = 'unknown';
  }
  return result;
}
