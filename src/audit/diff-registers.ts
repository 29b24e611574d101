import { chinaDate, type DateInput } from '../calendar/china-date';
import type { Household } from '../household/schema';
import { defaultPolicy } from '../policy/default-policy';
import { inForceOn } from '../policy/parameter-on';
import type { Policy, Ratio } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import type { RegisterDiff } from './diff-types';
import { createDiffAccumulator, type DiffAccumulator } from './register-diff';
import { AUDIT_ERRORS } from './catalog';
import { HOUSEHOLD_ERRORS } from '../household/catalog';
import { catalogError, tuopinError } from '../reasons/catalog-error';

/** Options of {@link diffRegisters}. 户表比对选项。 */
export interface DiffOptions {
  /** The day both registers are assessed on (China's calendar). 评估日期。 */
  readonly asOf: DateInput;
  /** The policy both are assessed under (default `defaultPolicy`). 政策参数表。 */
  readonly policy?: Policy | undefined;
  /**
   * List households whose per-capita net income fell by more than this share of the first
   * register's. Default: the policy's monitoring `incomeDropShare` in force on `asOf`, which has
   * no default either; with neither, nothing is listed (`income.share` is `null`). 收入降幅阈值。
   */
  readonly incomeDropShare?: Ratio | null | undefined;
  /**
   * Both inputs are sorted by household id (JavaScript string order, each id once): they are
   * then read side by side and never held in memory, whatever their size. Without it the first
   * register is held in memory (a map of its households by id) and the second streamed. An input
   * found out of order throws `diff/not-sorted`. 两个输入均按户编号排序时流式比对。
   */
  readonly sorted?: boolean | undefined;
}

type Source = Iterable<Household> | AsyncIterable<Household>;

function isAsync(source: Source): source is AsyncIterable<Household> {
  return source !== null && typeof source === 'object' && Symbol.asyncIterator in source;
}

function checkIterable(source: unknown, name: string): void {
  const ok =
    source !== null &&
    source !== undefined &&
    (typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function' || typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function');
  if (!ok) throw tuopinError(HOUSEHOLD_ERRORS, 'batch/not-iterable', { argument: name });
}

/** Checks that ids come in increasing order, each once. */
function orderGuard(which: 'before' | 'after'): (household: Household) => void {
  let previous: string | undefined;
  return (household) => {
    const id = household.id;
    if (previous !== undefined && id <= previous) {
      if (id === previous) {
        throw catalogError(AUDIT_ERRORS, 'diff/duplicate-household', { household: maskIdentifier(id), which });
      }
      throw catalogError(AUDIT_ERRORS, 'diff/not-sorted', { which, household: maskIdentifier(id), previous: maskIdentifier(previous) });
    }
    previous = id;
  };
}

function mergeSorted(before: Iterable<Household>, after: Iterable<Household>, acc: DiffAccumulator): void {
  const bi = before[Symbol.iterator]();
  const ai = after[Symbol.iterator]();
  const guardB = orderGuard('before');
  const guardA = orderGuard('after');
  const nextB = () => {
    const r = bi.next();
    if (r.done === true) return undefined;
    guardB(r.value);
    return r.value;
  };
  const nextA = () => {
    const r = ai.next();
    if (r.done === true) return undefined;
    guardA(r.value);
    return r.value;
  };
  try {
    let b = nextB();
    let a = nextA();
    while (b !== undefined || a !== undefined) {
      if (a === undefined || (b !== undefined && b.id < a.id)) {
        acc.firstOnly(b as Household);
        b = nextB();
      } else if (b === undefined || a.id < b.id) {
        acc.secondOnly(a);
        a = nextA();
      } else {
        acc.both(b, a);
        b = nextB();
        a = nextA();
      }
    }
  } finally {
    // Close both inputs (a file left half read) when stopping early.
    bi.return?.();
    ai.return?.();
  }
}

async function mergeSortedAsync(before: Source, after: Source, acc: DiffAccumulator): Promise<void> {
  const bi = isAsync(before) ? before[Symbol.asyncIterator]() : before[Symbol.iterator]();
  const ai = isAsync(after) ? after[Symbol.asyncIterator]() : after[Symbol.iterator]();
  const guardB = orderGuard('before');
  const guardA = orderGuard('after');
  const nextB = async () => {
    const r = await bi.next();
    if (r.done === true) return undefined;
    guardB(r.value);
    return r.value;
  };
  const nextA = async () => {
    const r = await ai.next();
    if (r.done === true) return undefined;
    guardA(r.value);
    return r.value;
  };
  try {
    let b = await nextB();
    let a = await nextA();
    while (b !== undefined || a !== undefined) {
      if (a === undefined || (b !== undefined && b.id < a.id)) {
        acc.firstOnly(b as Household);
        b = await nextB();
      } else if (b === undefined || a.id < b.id) {
        acc.secondOnly(a);
        a = await nextA();
      } else {
        acc.both(b, a);
        b = await nextB();
        a = await nextA();
      }
    }
  } finally {
    await bi.return?.();
    await ai.return?.();
  }
}

function indexFirst(map: Map<string, Household>, household: Household): void {
  if (map.has(household.id)) {
    throw catalogError(AUDIT_ERRORS, 'diff/duplicate-household', { household: maskIdentifier(household.id), which: 'before' });
  }
  map.set(household.id, household);
}

function matchSecond(map: Map<string, Household>, seen: Set<string>, household: Household, acc: DiffAccumulator): void {
  if (seen.has(household.id)) {
    throw catalogError(AUDIT_ERRORS, 'diff/duplicate-household', { household: maskIdentifier(household.id), which: 'after' });
  }
  seen.add(household.id);
  const first = map.get(household.id);
  if (first === undefined) acc.secondOnly(household);
  else {
    map.delete(household.id);
    acc.both(first, household);
  }
}

/**
 * Compares two snapshots of a register (动态调整: last year's export and this year's), matching
 * households by id and members by ID number: households new, removed, split (分户) or merged
 * (合户); members added, removed or moved between households; status changes (脱贫, 返贫, other)
 * and newly identified households (新识别); verdict changes check by check, both registers
 * assessed on `asOf` under `policy`; per-capita net income risen, fallen or unchanged, with the
 * households whose income fell by more than a share (exact fractions of fen). Every count equals
 * the length of its list; ids, names and ID numbers are masked. Households equal in both are
 * not assessed again. With `sorted: true` both inputs are read side by side in one pass and may
 * be larger than memory; otherwise the first is held in memory. Synchronous iterables give a
 * result, async ones (either) a promise.
 *
 * 比对两期户表：按户编号匹配户、按身份证号匹配人；列出新增、减少、分户、合户，人口增减与迁移，
 * 状态变化（脱贫、返贫）与新识别，各项判定变化，以及人均纯收入降幅超过阈值的户。
 *
 * @param before - the earlier register
 * @param after - the later register
 * @param options - `asOf`, optional `policy`, `incomeDropShare` and `sorted`
 * @returns a {@link RegisterDiff} (a promise of one when either input is async)
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {DomainError} `diff/duplicate-household` when an id comes twice in one register;
 *   `diff/not-sorted` with `sorted: true` when an input is out of order
 * @throws {TuopinError} `batch/not-iterable` when an input is not iterable
 * @example
 * const d = diffRegisters([household], [{ ...household, status: 'returned' }], { asOf: '2021-06-30' });
 * d.statusChanges.length //=> 1
 * diffRegisters([household], [household], { asOf: '2021-06-30' }).counts.verdictChanges //=> 0
 */
export function diffRegisters(before: Iterable<Household>, after: Iterable<Household>, options: DiffOptions): RegisterDiff;
export function diffRegisters(before: Source, after: Source, options: DiffOptions): RegisterDiff | Promise<RegisterDiff>;
export function diffRegisters(before: Source, after: Source, options: DiffOptions): RegisterDiff | Promise<RegisterDiff> {
  const day = chinaDate(options?.asOf);
  checkIterable(before, 'before');
  checkIterable(after, 'after');
  const policy = options?.policy ?? defaultPolicy;
  const share = options.incomeDropShare !== undefined ? options.incomeDropShare : (inForceOn(policy.monitoring, day)?.value.incomeDropShare ?? null);
  const acc = createDiffAccumulator(day, policy, share);
  if (!isAsync(before) && !isAsync(after)) {
    if (options.sorted === true) mergeSorted(before, after, acc);
    else {
      const map = new Map<string, Household>();
      for (const h of before) indexFirst(map, h);
      const seen = new Set<string>();
      for (const h of after) matchSecond(map, seen, h, acc);
      for (const h of map.values()) acc.firstOnly(h);
    }
    return acc.result();
  }
  return (async () => {
    if (options.sorted === true) await mergeSortedAsync(before, after, acc);
    else {
      const map = new Map<string, Household>();
      if (isAsync(before)) for await (const h of before) indexFirst(map, h);
      else for (const h of before) indexFirst(map, h);
      const seen = new Set<string>();
      if (isAsync(after)) for await (const h of after) matchSecond(map, seen, h, acc);
      else for (const h of after) matchSecond(map, seen, h, acc);
      for (const h of map.values()) acc.firstOnly(h);
    }
    return acc.result();
  })();
}
