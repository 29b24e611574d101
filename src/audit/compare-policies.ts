import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { assessOn } from '../household/assess-on';
import { CHECK_NAMES, type CheckName } from '../household/assessment';
import type { Household } from '../household/schema';
import type { Policy } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import type { CheckStatus } from '../reasons/types';

/** Options of {@link comparePolicies}. 政策比较选项。 */
export interface ComparePoliciesOptions {
  /** The day both policies are applied on (China's calendar). 评估日期。 */
  readonly asOf: DateInput;
}

/** A household whose verdict differs between the two policies. 判定因政策而不同的户。 */
export interface PolicyChange {
  readonly householdId: string;
  readonly villageCode: string;
  readonly compliant: { readonly a: boolean; readonly b: boolean };
  /** The checks whose status differs, in canonical order. */
  readonly checks: readonly { readonly check: CheckName; readonly a: CheckStatus; readonly b: CheckStatus }[];
}

/** Counts of one village. 一个村的计数。 */
export interface PolicyComparisonVillage {
  readonly villageCode: string;
  readonly households: number;
  /** Households with any check or the overall verdict different. 判定有变化的户数。 */
  readonly changed: number;
  /** Compliant under A, not under B. A 下达标、B 下不达标。 */
  readonly noLongerCompliant: number;
  /** Not compliant under A, compliant under B. A 下不达标、B 下达标。 */
  readonly newlyCompliant: number;
  /** Households whose status differs, per check. 各项检查判定不同的户数。 */
  readonly byCheck: Readonly<Record<CheckName, number>>;
}

/** The same register under two policies. 同一户表在两套政策下的比较。 */
export interface PolicyComparison {
  readonly asOf: CalendarDate;
  readonly policies: { readonly a: string; readonly b: string };
  readonly households: number;
  readonly changed: number;
  readonly noLongerCompliant: number;
  readonly newlyCompliant: number;
  readonly byCheck: Readonly<Record<CheckName, number>>;
  readonly villages: readonly PolicyComparisonVillage[];
  /** Every household that changes, in register order. 判定变化的户（按输入顺序）。 */
  readonly list: readonly PolicyChange[];
}

/** A streaming comparison: add households one at a time. 流式政策比较。 */
export interface PolicyComparisonAccumulator {
  /** Assesses one household under both policies; returns its change, if any. */
  add(household: Household): PolicyChange | undefined;
  /** The counts and the changed households so far. */
  result(): PolicyComparison;
}

interface Tally {
  households: number;
  changed: number;
  noLonger: number;
  newly: number;
  readonly byCheck: number[];
}

const newTally = (): Tally => ({ households: 0, changed: 0, noLonger: 0, newly: 0, byCheck: CHECK_NAMES.map(() => 0) });

function byCheckOf(values: readonly number[]): Record<CheckName, number> {
  const out = {} as Record<CheckName, number>;
  CHECK_NAMES.forEach((c, i) => (out[c] = values[i] as number));
  return out;
}

/**
 * Creates a streaming policy comparison (see {@link comparePolicies}).
 * 创建流式政策比较。
 *
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @example
 * const compare = createPolicyComparison(defaultPolicy, defaultPolicy, { asOf: '2020-12-31' });
 * for (const h of [household]) compare.add(h);
 * compare.result().changed //=> 0
 */
export function createPolicyComparison(policyA: Policy, policyB: Policy, options: ComparePoliciesOptions): PolicyComparisonAccumulator {
  const day = chinaDate(options?.asOf);
  const total = newTally();
  const villages = new Map<string, Tally>();
  const list: PolicyChange[] = [];

  function add(household: Household): PolicyChange | undefined {
    let village = villages.get(household.villageCode);
    if (village === undefined) villages.set(household.villageCode, (village = newTally()));
    village.households++;
    total.households++;
    const a = assessOn(household, day, policyA);
    const b = assessOn(household, day, policyB);
    let checks: PolicyChange['checks'][number][] | undefined;
    for (let i = 0; i < CHECK_NAMES.length; i++) {
      const check = CHECK_NAMES[i] as CheckName;
      const sa = a.checks[check].status;
      const sb = b.checks[check].status;
      if (sa === sb) continue;
      (checks ??= []).push({ check, a: sa, b: sb });
      village.byCheck[i] = (village.byCheck[i] as number) + 1;
      total.byCheck[i] = (total.byCheck[i] as number) + 1;
    }
    if (checks === undefined && a.compliant === b.compliant) return undefined;
    village.changed++;
    total.changed++;
    if (a.compliant && !b.compliant) {
      village.noLonger++;
      total.noLonger++;
    } else if (!a.compliant && b.compliant) {
      village.newly++;
      total.newly++;
    }
    const change: PolicyChange = {
      householdId: maskIdentifier(household.id),
      villageCode: household.villageCode,
      compliant: { a: a.compliant, b: b.compliant },
      checks: checks ?? [],
    };
    list.push(change);
    return change;
  }

  function result(): PolicyComparison {
    return {
      asOf: day,
      policies: { a: policyA.name, b: policyB.name },
      households: total.households,
      changed: total.changed,
      noLongerCompliant: total.noLonger,
      newlyCompliant: total.newly,
      byCheck: byCheckOf(total.byCheck),
      villages: [...villages.keys()].sort().map((villageCode) => {
        const t = villages.get(villageCode) as Tally;
        return {
          villageCode,
          households: t.households,
          changed: t.changed,
          noLongerCompliant: t.noLonger,
          newlyCompliant: t.newly,
          byCheck: byCheckOf(t.byCheck),
        };
      }),
      list: [...list],
    };
  }

  return { add, result };
}

/**
 * The same households under two policies (a provincial line, a stricter water rule, another
 * school-age range): every household is assessed under both on `asOf`; the result counts, per
 * village and in all, the households whose verdict changes (no longer compliant, newly
 * compliant, per check) and lists each of them with the checks involved (ids masked). One pass;
 * memory grows with the villages and the changed households only. A policy compared with itself
 * changes nothing.
 *
 * 同一批户在两套政策下的判定比较：按村及合计统计判定变化的户（不再达标、新达标、各项检查），
 * 并列出每户变化的检查项。
 *
 * @param register - validated households (an array or a generator)
 * @param policyA - the policy in force (e.g. `defaultPolicy`)
 * @param policyB - the policy to compare with (e.g. a provincial line made with `definePolicy`)
 * @param options - `asOf`
 * @returns a {@link PolicyComparison}
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @example
 * const provincial = definePolicy({ name: 'province-4600', povertyLines: [{ year: 2020, yuan: 4600 }] });
 * const c = comparePolicies([household], defaultPolicy, provincial, { asOf: '2020-12-31' });
 * c.changed === c.list.length //=> true
 * comparePolicies([household], defaultPolicy, defaultPolicy, { asOf: '2020-12-31' }).changed //=> 0
 */
export function comparePolicies(register: Iterable<Household>, policyA: Policy, policyB: Policy, options: ComparePoliciesOptions): PolicyComparison {
  const compare = createPolicyComparison(policyA, policyB, options);
  for (const household of register) compare.add(household);
  return compare.result();
}
