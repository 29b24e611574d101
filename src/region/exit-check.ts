import type { Ratio } from '../policy/schema';
import type { CheckStatus, Evidence, Reason } from '../reasons/types';
import { compareFractions } from '../units/compare-fractions';
import { exactRate, rateOf, type ExactRate } from './exact-rate';
import { REGION_CATALOG } from './catalog';
import type { RegionReasonCode } from './messages';

/**
 * One exit check (an incidence or one of 三率一度): its status, the exact value when it could be
 * computed, the threshold in force and the reasons. `value` is `undefined` when a figure is
 * missing or a denominator is 0; `threshold` is `undefined` when the policy has none in force.
 * 一项退出检查：状态、精确值（可计算时）、生效阈值与理由。
 */
export interface ExitCheck {
  readonly status: CheckStatus;
  readonly value: ExactRate | undefined;
  readonly threshold: ExactRate | undefined;
  readonly reasons: readonly Reason[];
}

/** @internal A named figure of the input. */
export interface Figure {
  readonly field: string;
  readonly value: number | undefined;
}

/** @internal What {@link evaluateRate} needs to judge one rate. */
export interface RateSpec {
  /** Figures summed into the numerator. */
  readonly parts: readonly Figure[];
  readonly whole: Figure;
  readonly threshold: Ratio | undefined;
  /** `below`: met when strictly below the threshold; `above`: met when strictly above. */
  readonly direction: 'below' | 'above';
  readonly metCode: RegionReasonCode;
  readonly unmetCode: RegionReasonCode;
  readonly missingCode: RegionReasonCode;
  readonly zeroCode: RegionReasonCode;
  /** Given for a rate whose missing parts can only raise it: a known part already failing is `unmet`. */
  readonly lowerBoundCode?: RegionReasonCode;
  /** Extra evidence for the verdict reasons (e.g. `western`). */
  readonly evidence?: Evidence;
  /** Evidence of the `exit/no-threshold` reason. */
  readonly noThreshold: Evidence;
}

function reason(code: RegionReasonCode, path: readonly (string | number)[], evidence: Evidence = {}): Reason {
  return REGION_CATALOG.reason(code, path, evidence);
}

function verdictEvidence(numerator: number, denominator: number, threshold: Ratio, extra: Evidence | undefined): Evidence {
  return {
    numerator,
    denominator,
    thresholdNumerator: threshold.numerator,
    thresholdDenominator: threshold.denominator,
    ...extra,
  };
}

/**
 * @internal Judges one rate, exactly and in three states: a missing figure, an empty denominator
 * or figures that disagree (a part larger than its whole) give `unknown` with a reason; so does a
 * threshold missing from the policy. A value exactly at the threshold fails.
 */
export function evaluateRate(spec: RateSpec): ExitCheck {
  const { parts, whole, threshold, direction } = spec;
  const thresholdRate = threshold === undefined ? undefined : rateOf(threshold);
  const firstPath = [parts[0]?.field ?? whole.field];
  const reasons: Reason[] = [];
  let known = 0;
  for (const part of parts) {
    if (part.value === undefined) reasons.push(reason(spec.missingCode, [part.field], { field: part.field }));
    else known += part.value;
  }
  const partsMissing = reasons.length > 0;
  if (whole.value === undefined) {
    reasons.push(reason(spec.missingCode, [whole.field], { field: whole.field }));
  } else if (whole.value === 0) {
    reasons.push(reason(spec.zeroCode, [whole.field], { field: whole.field }));
  } else if (known > whole.value) {
    const part = parts.map((p) => p.field).join(' + ');
    reasons.push(
      reason('exit/inconsistent-counts', firstPath, { part, partValue: known, whole: whole.field, wholeValue: whole.value }),
    );
  } else if (!partsMissing) {
    const value = exactRate(known, whole.value);
    if (threshold === undefined) {
      return { status: 'unknown', value, threshold: undefined, reasons: [reason('exit/no-threshold', [], spec.noThreshold)] };
    }
    const comparison = compareFractions(known, whole.value, threshold.numerator, threshold.denominator);
    const met = direction === 'below' ? comparison < 0 : comparison > 0;
    const evidence = verdictEvidence(known, whole.value, threshold, spec.evidence);
    return {
      status: met ? 'met' : 'unmet',
      value,
      threshold: thresholdRate,
      reasons: [reason(met ? spec.metCode : spec.unmetCode, firstPath, evidence)],
    };
  } else if (spec.lowerBoundCode !== undefined && threshold !== undefined) {
    // The missing parts can only add to the numerator: a known part at or over the threshold fails.
    if (compareFractions(known, whole.value, threshold.numerator, threshold.denominator) >= 0) {
      const evidence = verdictEvidence(known, whole.value, threshold, spec.evidence);
      return {
        status: 'unmet',
        value: undefined,
        threshold: thresholdRate,
        reasons: [reason(spec.lowerBoundCode, firstPath, evidence), ...reasons],
      };
    }
  }
  if (threshold === undefined) reasons.push(reason('exit/no-threshold', [], spec.noThreshold));
  return { status: 'unknown', value: undefined, threshold: thresholdRate, reasons };
}
