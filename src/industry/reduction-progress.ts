import { withDeprecatedAlias } from '../deprecated-alias';
import type { Ratio } from '../policy/schema';
import { decimalOf, decimalToNumber, gcd, percentOf, scaledTo, sumDecimals, toSafeNumber, type Decimal } from './exact';
import type { ReductionPatch } from './schema';
import { INDUSTRY_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

/** Progress of low-value crop reduction. 低效作物调减进度。 */
export interface ReductionProgress {
  /** 图斑总数. */
  readonly total: number;
  /** 待调减 / 已调减（未核验）/ 已核验. */
  readonly pending: number;
  readonly converted: number;
  readonly verified: number;
  /** 图斑总面积（亩）. */
  readonly areaMu: number;
  /** 已清零面积（亩）: the area of `verified` patches. */
  readonly clearedAreaMu: number;
  /** Cleared area ÷ total area as an exact, reduced fraction; `null` when there are no patches. */
  readonly clearedShare: Ratio | null;
  /** `clearedShare` in percent for display, rounded down to two decimals (never 100 before all are cleared); `null` without patches. */
  readonly percent: number | null;
  /** 图斑清零: every patch is `verified`. False for an empty list (see the docs). The same word as `LedgerCounts.cleared`. */
  readonly cleared: boolean;
  /**
   * @deprecated Use `cleared` (one word for one idea: `ledgerSummary` says `cleared` too); removed
   * in 0.3.0. Not enumerable: absent from JSON and spreads.
   */
  readonly allCleared: boolean;
}

const STATUSES = ['pending', 'converted', 'verified'] as const;

/**
 * Counts the mapped patches of low-value crops by status and measures how much of their area is
 * cleared (清零). A patch counts as cleared only when `verified`: converted but not yet verified
 * is not cleared. Areas are added exactly as decimals and returned as the nearest number; the
 * cleared share is an exact fraction of areas. An empty list is **not** reported as cleared:
 * 清零 is a claim about mapped patches, and an empty list may mean none were mapped yet
 * (`cleared: false`, `clearedShare: null`; check `total === 0` for "nothing mapped").
 *
 * 低效作物调减图斑进度：按状态计数，计算已清零面积。只有“已核验”的图斑才算清零。面积按十进制
 * 精确相加；清零占比为精确分数。空列表不算清零（可能尚未摸排图斑）。
 *
 * @param patches - validated patches
 * @returns counts, areas, the cleared share and whether every patch is cleared
 * @throws {DomainError} `industry/patch-area` when a patch's area is not a positive finite
 *   number; `industry/patch-status` for an unknown status; `industry/too-large` when the share
 *   cannot be held in safe integers (areas written with very many decimals)
 * @example
 * reductionProgress([
 *   { id: 'P1', areaMu: 12.5, crop: '玉米', status: 'verified' },
 *   { id: 'P2', areaMu: 7.5, crop: '玉米', status: 'converted' },
 * ])
 * //=> { total: 2, pending: 0, converted: 1, verified: 1, areaMu: 20, clearedAreaMu: 12.5,
 * //     clearedShare: { numerator: 5, denominator: 8 }, percent: 62.5, cleared: false }
 */
export function reductionProgress(patches: readonly ReductionPatch[]): ReductionProgress {
  const counts = { pending: 0, converted: 0, verified: 0 };
  const areas: Decimal[] = [];
  const cleared: Decimal[] = [];
  for (const [index, patch] of patches.entries()) {
    const where = { patch: index, id: patch.id };
    if (typeof patch.areaMu !== 'number' || !Number.isFinite(patch.areaMu) || patch.areaMu <= 0) {
      throw catalogError(INDUSTRY_ERRORS, 'industry/patch-area', { ...where, given: String(patch.areaMu) });
    }
    if (!(STATUSES as readonly string[]).includes(patch.status)) {
      throw catalogError(INDUSTRY_ERRORS, 'industry/patch-status', { ...where, given: given(patch.status) });
    }
    counts[patch.status] += 1;
    const area = decimalOf(patch.areaMu);
    areas.push(area);
    if (patch.status === 'verified') cleared.push(area);
  }
  const area = sumDecimals(areas);
  const clearedArea = sumDecimals(cleared);
  let clearedShare: Ratio | null = null;
  let percent: number | null = null;
  if (patches.length > 0) {
    const scale = Math.max(area.scale, clearedArea.scale);
    const numerator = scaledTo(clearedArea, scale);
    const denominator = scaledTo(area, scale);
    const divisor = gcd(numerator, denominator);
    clearedShare = {
      numerator: toSafeNumber(numerator / divisor, 'cleared-share'),
      denominator: toSafeNumber(denominator / divisor, 'cleared-share'),
    };
    percent = percentOf(numerator, denominator);
  }
  const progress: Omit<ReductionProgress, 'allCleared'> = {
    total: patches.length,
    ...counts,
    areaMu: decimalToNumber(area),
    clearedAreaMu: decimalToNumber(clearedArea),
    clearedShare,
    percent,
    cleared: patches.length > 0 && counts.verified === patches.length,
  };
  return withDeprecatedAlias(progress, 'allCleared', 'cleared');
}
