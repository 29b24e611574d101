import type { CalendarDate } from '../calendar/calendar-date';
import { assessOn } from '../household/assess-on';
import { CHECK_NAMES } from '../household/assessment';
import { hasIncomeComponents, netIncomeFen } from '../household/net-income';
import { yuanToFen } from '../units/yuan-to-fen';
import type { Household, Member } from '../household/schema';
import type { Policy, Ratio } from '../policy/schema';
import { maskIdNumber } from '../codes/mask-id-number';
import { maskIdentifier } from '../privacy/mask-identifier';
import { maskName } from '../privacy/mask-name';
import type {
  DiffHousehold,
  DiffIncomeFall,
  DiffMember,
  DiffMove,
  DiffStatusChange,
  DiffVerdictChange,
  RegisterDiff,
} from './diff-types';

// The accumulator behind `diffRegisters`: fed households matched by id (both, first only, second
// only), it keeps only what changed. Members are matched by ID number inside a household at once;
// those that left one household or joined another wait in two small maps until their other half
// comes (a move) or the input ends (added, removed). 差异累加器：只保存变化的部分。

interface Pending {
  readonly householdId: string;
  readonly name: string;
  readonly idNumber: string;
}

/** The key an ID number is matched by: upper-case `X`. */
function personKey(member: Member): string {
  const id = member.idNumber;
  return id.charCodeAt(id.length - 1) === 120 ? id.toUpperCase() : id;
}

/** Structural equality of two JSON-like values; a key holding `undefined` counts as absent. */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameValue(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(y)) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  let keysA = 0;
  for (const key in a) {
    if (a[key] === undefined) continue;
    keysA++;
    if (!sameValue(a[key], b[key])) return false;
  }
  let keysB = 0;
  for (const key in b) if (b[key] !== undefined) keysB++;
  return keysA === keysB;
}

/**
 * A household's net income in fen as the income check reads it: the components when any is
 * recorded, else the register's per-capita figure × members; `undefined` without either.
 */
function householdNetFen(household: Household): bigint | undefined {
  const income = household.income;
  if (income === undefined || household.members.length === 0) return undefined;
  if (hasIncomeComponents(income)) return BigInt(netIncomeFen(income));
  if (income.perCapita !== undefined) return BigInt(yuanToFen(income.perCapita)) * BigInt(household.members.length);
  return undefined;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** @internal */
export interface DiffAccumulator {
  both(before: Household, after: Household): void;
  firstOnly(before: Household): void;
  secondOnly(after: Household): void;
  result(): RegisterDiff;
}

/** @internal */
export function createDiffAccumulator(day: CalendarDate, policy: Policy, share: Ratio | null): DiffAccumulator {
  let householdsBefore = 0;
  let householdsAfter = 0;
  const newHouseholds: { id: string; household: DiffHousehold; status: Household['status'] }[] = [];
  const removedHouseholds: { id: string; household: DiffHousehold }[] = [];
  const removals = new Map<string, Pending[]>();
  const additions = new Map<string, Pending[]>();
  const added: (Pending & { key: string })[] = [];
  const removed: (Pending & { key: string })[] = [];
  const moves: { key: string; name: string; idNumber: string; from: string; to: string }[] = [];
  const keeps = new Map<string, boolean>();
  const statusChanges: (DiffStatusChange & { id: string })[] = [];
  const verdictChanges: (DiffVerdictChange & { id: string })[] = [];
  const falls: (DiffIncomeFall & { id: string })[] = [];
  let rose = 0;
  let fell = 0;
  let unchanged = 0;

  const pendingOf = (member: Member, householdId: string): Pending => ({
    householdId,
    name: maskName(member.name),
    idNumber: maskIdNumber(member.idNumber),
  });

  function leave(key: string, p: Pending): void {
    const waiting = additions.get(key);
    if (waiting !== undefined) {
      const to = waiting.shift() as Pending;
      if (waiting.length === 0) additions.delete(key);
      moves.push({ key, name: p.name, idNumber: p.idNumber, from: p.householdId, to: to.householdId });
      return;
    }
    const list = removals.get(key);
    if (list === undefined) removals.set(key, [p]);
    else list.push(p);
  }

  function join(key: string, p: Pending): void {
    const waiting = removals.get(key);
    if (waiting !== undefined) {
      const from = waiting.shift() as Pending;
      if (waiting.length === 0) removals.delete(key);
      moves.push({ key, name: p.name, idNumber: p.idNumber, from: from.householdId, to: p.householdId });
      return;
    }
    const list = additions.get(key);
    if (list === undefined) additions.set(key, [p]);
    else list.push(p);
  }

  const ref = (h: Household): DiffHousehold => ({ householdId: maskIdentifier(h.id), villageCode: h.villageCode, status: h.status });

  function firstOnly(before: Household): void {
    householdsBefore++;
    removedHouseholds.push({ id: before.id, household: ref(before) });
    for (const member of before.members) leave(personKey(member), pendingOf(member, before.id));
  }

  function secondOnly(after: Household): void {
    householdsAfter++;
    newHouseholds.push({ id: after.id, household: ref(after), status: after.status });
    for (const member of after.members) join(personKey(member), pendingOf(member, after.id));
  }

  function both(before: Household, after: Household): void {
    householdsBefore++;
    householdsAfter++;
    const id = before.id;
    if (sameValue(before, after)) {
      if (householdNetFen(before) !== undefined) unchanged++;
      return;
    }
    // Members: matched by ID number within the household.
    const keysBefore = new Set<string>();
    for (const m of before.members) keysBefore.add(personKey(m));
    const keysAfter = new Set<string>();
    for (const m of after.members) keysAfter.add(personKey(m));
    let stayers = 0;
    // Stryker disable next-line BooleanLiteral: `keeps` is read only for a household a member moved out of or into, and such a household's members changed, so `changed` is true for it either way
    let changed = false;
    for (const m of before.members) {
      const key = personKey(m);
      if (keysAfter.has(key)) stayers++;
      else {
        changed = true;
        leave(key, pendingOf(m, id));
      }
    }
    for (const m of after.members) {
      const key = personKey(m);
      if (!keysBefore.has(key)) {
        changed = true;
        join(key, pendingOf(m, id));
      }
    }
    if (changed) keeps.set(id, stayers > 0);

    const villageCode = after.villageCode;
    if (before.status !== after.status) {
      const from = before.status;
      const to = after.status;
      const kind =
        (from === 'poor' || from === 'returned') && to === 'exited'
          ? 'exited'
          : (from === 'exited' || from === 'monitored') && to === 'returned'
            ? 'returned'
            : 'other';
      statusChanges.push({ id, householdId: maskIdentifier(id), villageCode, from, to, kind });
    }

    const a = assessOn(before, day, policy);
    const b = assessOn(after, day, policy);
    const checks: DiffVerdictChange['checks'][number][] = [];
    for (const check of CHECK_NAMES) {
      const from = a.checks[check].status;
      const to = b.checks[check].status;
      if (from !== to) checks.push({ check, from, to });
    }
    if (checks.length > 0 || a.compliant !== b.compliant) {
      verdictChanges.push({ id, householdId: maskIdentifier(id), villageCode, compliant: { from: a.compliant, to: b.compliant }, checks });
    }

    const nb = householdNetFen(before);
    const na = householdNetFen(after);
    if (nb !== undefined && na !== undefined) {
      const mb = BigInt(before.members.length);
      const ma = BigInt(after.members.length);
      // after/before per capita: na/ma against nb/mb, by cross-multiplication.
      const left = na * mb;
      const right = nb * ma;
      if (left > right) rose++;
      else if (left < right) {
        fell++;
        // fall = (nb/mb − na/ma) ÷ (nb/mb) = (right − left) ÷ right, listed when above the share.
        if (share !== null && nb > 0n) {
          const num = BigInt(share.numerator);
          const den = BigInt(share.denominator);
          if ((right - left) * den > num * right) {
            // Stryker disable next-line ArithmeticOperator: gcd(right + left, right) = gcd(left, right) = gcd(right - left, right), so the fall in lowest terms is the same
            const g = gcd(right - left, right);
            const fall = { numerator: Number((right - left) / g), denominator: Number(right / g) };
            falls.push({
              id,
              householdId: maskIdentifier(id),
              villageCode,
              before: { netFen: Number(nb), members: before.members.length, year: before.income!.year },
              after: { netFen: Number(na), members: after.members.length, year: after.income!.year },
              fall,
              fallPercent: (fall.numerator * 100) / fall.denominator,
            });
          }
        }
      } else unchanged++;
    }
  }

  function result(): RegisterDiff {
    for (const [key, list] of removals) for (const p of list) removed.push({ ...p, key });
    for (const [key, list] of additions) for (const p of list) added.push({ ...p, key });
    removals.clear();
    additions.clear();

    const dest = new Map<string, Set<string>>();
    const src = new Map<string, Set<string>>();
    for (const m of moves) {
      let d = dest.get(m.from);
      if (d === undefined) dest.set(m.from, (d = new Set()));
      d.add(m.to);
      let s = src.get(m.to);
      if (s === undefined) src.set(m.to, (s = new Set()));
      s.add(m.from);
    }
    const split = [...dest.entries()]
      .map(([from, into]) => {
        if (keeps.get(from) === true) into.add(from);
        return { from, into: [...into].sort(byString) };
      })
      .filter((s) => s.into.length >= 2)
      .sort((x, y) => byString(x.from, y.from))
      .map((s) => ({ from: maskIdentifier(s.from), into: s.into.map(maskIdentifier) }));
    const merged = [...src.entries()]
      .map(([into, from]) => {
        if (keeps.get(into) === true) from.add(into);
        return { into, from: [...from].sort(byString) };
      })
      .filter((m) => m.from.length >= 2)
      .sort((x, y) => byString(x.into, y.into))
      .map((m) => ({ into: maskIdentifier(m.into), from: m.from.map(maskIdentifier) }));

    const byId = <T extends { id: string }>(list: T[]) => list.sort((x, y) => byString(x.id, y.id));
    const byMember = <T extends { householdId: string; key: string }>(list: T[]) =>
      list.sort((x, y) => byString(x.householdId, y.householdId) || byString(x.key, y.key));
    const strip = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;
    const member = (p: Pending & { key: string }): DiffMember => ({ idNumber: p.idNumber, name: p.name, householdId: maskIdentifier(p.householdId) });

    const newList = byId(newHouseholds);
    const newlyIdentified = newList.filter((h) => h.status === 'poor' && !src.has(h.id)).map((h) => h.household);
    const movedList: DiffMove[] = moves
      .sort((x, y) => byString(x.from, y.from) || byString(x.to, y.to) || byString(x.key, y.key))
      .map((m) => ({ idNumber: m.idNumber, name: m.name, from: maskIdentifier(m.from), to: maskIdentifier(m.to) }));
    const addedList = byMember(added).map(member);
    const removedList = byMember(removed).map(member);
    const statusList = byId(statusChanges).map(strip);
    const verdictList = byId(verdictChanges).map(strip);
    const fallList = byId(falls).map(strip);
    return {
      asOf: day,
      counts: {
        householdsBefore,
        householdsAfter,
        newHouseholds: newList.length,
        removedHouseholds: removedHouseholds.length,
        splits: split.length,
        merges: merged.length,
        membersAdded: addedList.length,
        membersRemoved: removedList.length,
        membersMoved: movedList.length,
        statusChanges: statusList.length,
        newlyIdentified: newlyIdentified.length,
        verdictChanges: verdictList.length,
        incomeRose: rose,
        incomeFell: fell,
        incomeUnchanged: unchanged,
        incomeFellByMoreThanShare: fallList.length,
      },
      households: {
        new: newList.map((h) => h.household),
        removed: byId(removedHouseholds).map((h) => h.household),
        split,
        merged,
      },
      members: { added: addedList, removed: removedList, moved: movedList },
      statusChanges: statusList,
      newlyIdentified,
      verdictChanges: verdictList,
      income: { share, fellByMoreThanShare: fallList },
    };
  }

  return { both, firstOnly, secondOnly, result };
}
