import { describe, expect, it } from 'vitest';
import { diffRegisters, DomainError, TuopinError, type Household, type Member } from '../../src/index';
import { sameValue } from '../../src/audit/register-diff';
import { makeId } from '../fixtures/ids';
import { AS_OF, clean, family } from './fixtures';

// The rules of the register diff one at a time: which status change is 脱贫 or 返贫, when an
// income fall is listed, how members are matched and moves paired, what counts as unchanged, and
// the errors for inputs that are not registers or not in order.

const options = { asOf: AS_OF } as const;

describe('diffRegisters: status changes', () => {
  it('calls a change to exited from poor or returned 脱贫, a change to returned from exited or monitored 返贫, any other change other', () => {
    const pairs: [Household['status'], Household['status'], string][] = [
      ['poor', 'exited', 'exited'],
      ['returned', 'exited', 'exited'],
      ['monitored', 'exited', 'other'],
      ['exited', 'returned', 'returned'],
      ['monitored', 'returned', 'returned'],
      ['poor', 'returned', 'other'],
      ['exited', 'poor', 'other'],
      ['poor', 'monitored', 'other'],
    ];
    const before = pairs.map(([from], i) => clean(i, { status: from }));
    const after = pairs.map(([, to], i) => clean(i, { status: to }));
    const d = diffRegisters(before, after, options);
    expect(d.statusChanges.map((s) => [s.from, s.to, s.kind])).toEqual(pairs);
    expect(d.statusChanges[0]).toEqual({ householdId: 'H-0000', villageCode: '522601101201', from: 'poor', to: 'exited', kind: 'exited' });
    expect(d.counts.statusChanges).toBe(pairs.length);
  });

  it('gives the village of the later register', () => {
    const d = diffRegisters([clean(1, { status: 'poor' })], [clean(1, { villageCode: '522601101299' })], options);
    expect(d.statusChanges.map((s) => s.villageCode)).toEqual(['522601101299']);
    expect(d.verdictChanges).toEqual([]);
  });
});

describe('diffRegisters: income', () => {
  const share = { numerator: 1, denominator: 4 };
  const incomes = (before: Household['income'], after: Household['income'], extra: Partial<Household> = {}) =>
    diffRegisters([clean(1, { income: before })], [clean(1, { income: after, ...extra })], { ...options, incomeDropShare: share });

  it('compares incomes per capita, so that the same income for more members is a fall', () => {
    const [head, spouse, child, parent] = family(1) as [Member, Member, Member, Member];
    const grown = diffRegisters(
      [clean(1, { members: [head, spouse, child] })],
      [clean(1, { members: [head, spouse, child, parent] })],
      { ...options, incomeDropShare: share },
    );
    // 25000 yuan for 3, then for 4: a fall of exactly 1/4, not more than the share
    expect(grown.counts).toMatchObject({ incomeRose: 0, incomeFell: 1, incomeUnchanged: 0, incomeFellByMoreThanShare: 0 });
    const five = { idNumber: makeId('522601', '2012-01-01', 41), name: '张小妹', relation: 'child' as const, schooling: 'enrolled' as const, medicalInsurance: true };
    const more = diffRegisters([clean(1, { members: [head, spouse, child] })], [clean(1, { members: [head, spouse, child, parent, five] })], {
      ...options,
      incomeDropShare: share,
    });
    expect(more.income.fellByMoreThanShare.map((f) => [f.before, f.after, f.fall, f.fallPercent])).toEqual([
      [{ netFen: 2500000, members: 3, year: 2020 }, { netFen: 2500000, members: 5, year: 2020 }, { numerator: 2, denominator: 5 }, 40],
    ]);
    // fewer members for the same income: a rise
    expect(diffRegisters([clean(1)], [clean(1, { members: [head, spouse, child] })], options).counts).toMatchObject({ incomeRose: 1, incomeFell: 0 });
  });

  it('counts an equal per-capita income as unchanged, and a changed household without income in neither', () => {
    expect(incomes({ year: 2020, wage: 20000 }, { year: 2021, wage: 20000 }).counts).toMatchObject({ incomeRose: 0, incomeFell: 0, incomeUnchanged: 1 });
    expect(incomes(undefined, { year: 2021, wage: 20000 }).counts).toMatchObject({ incomeRose: 0, incomeFell: 0, incomeUnchanged: 0 });
    expect(incomes({ year: 2020, wage: 20000 }, undefined).counts).toMatchObject({ incomeRose: 0, incomeFell: 0, incomeUnchanged: 0 });
    expect(incomes({ year: 2020 }, { year: 2021 }).counts).toMatchObject({ incomeRose: 0, incomeFell: 0, incomeUnchanged: 0 });
    // an unchanged household is counted unchanged only when it has an income
    const same = diffRegisters([clean(1), clean(2, { income: undefined })], [clean(1), clean(2, { income: undefined })], options);
    expect(same.counts.incomeUnchanged).toBe(1);
    const none = diffRegisters([clean(1, { members: [] })], [clean(1, { members: [] })], options);
    expect(none.counts.incomeUnchanged).toBe(0);
  });

  it('lists no share of a fall from nothing, and none when the share is set to null', () => {
    const fromZero = incomes({ year: 2020, wage: 300, productionCosts: 300 }, { year: 2021, wage: 0, productionCosts: 100 });
    expect(fromZero.counts).toMatchObject({ incomeFell: 1, incomeFellByMoreThanShare: 0 });
    const d = diffRegisters([clean(1)], [clean(1, { income: { year: 2021, wage: 1000 } })], { ...options, incomeDropShare: null });
    expect(d.income).toEqual({ share: null, fellByMoreThanShare: [] });
    expect(d.counts.incomeFell).toBe(1);
  });

  it('lists a fall just over the share, in lowest terms', () => {
    // 25000 → 18740 yuan: a fall of 6260/25000 = 313/1250, just over 1/4
    const d = incomes({ year: 2020, wage: 20000, business: 3500, transfer: 1800, productionCosts: 300 }, { year: 2021, wage: 18740 });
    expect(d.income.fellByMoreThanShare.map((f) => [f.fall, f.fallPercent])).toEqual([[{ numerator: 313, denominator: 1250 }, 25.04]]);
    // exactly the share is not listed
    expect(incomes({ year: 2020, wage: 20000 }, { year: 2021, wage: 15000 }).counts.incomeFellByMoreThanShare).toBe(0);
  });

  it('lists a fall to a loss, the income after below zero', () => {
    const d = incomes({ year: 2020, wage: 4000 }, { year: 2021, wage: 1000, productionCosts: 3000 });
    expect(d.income.fellByMoreThanShare.map((f) => [f.after.netFen, f.fall])).toEqual([[-200000, { numerator: 3, denominator: 2 }]]);
  });
});

describe('diffRegisters: members', () => {
  it('matches an ID number written with a lower-case x as the same person', () => {
    let id = makeId('522601', '1949-12-31', 2);
    for (let s = 2; !id.endsWith('X'); s++) id = makeId('522601', '1949-12-31', s);
    const [head, spouse, child] = family(1) as [Member, Member, Member, Member];
    const before = clean(1, { members: [head, spouse, child, { ...family(1)[3]!, idNumber: id }] });
    const after = clean(1, { members: [head, spouse, child, { ...family(1)[3]!, idNumber: id.toLowerCase(), name: '张老爷' }] });
    const d = diffRegisters([before], [after], options);
    expect(d.members).toEqual({ added: [], removed: [], moved: [] });
    // and across households: a move, not a removal and an addition
    const moved = diffRegisters([before, clean(2)], [clean(1, { members: [head, spouse, child] }), clean(2, { members: [...family(2), { ...family(1)[3]!, idNumber: id.toLowerCase() }] })], options);
    expect(moved.members.moved.map((m) => [m.from, m.to])).toEqual([['H-0001', 'H-0002']]);
    expect([moved.counts.membersAdded, moved.counts.membersRemoved]).toEqual([0, 0]);
  });

  it('pairs moves in the order households come, whichever side comes first', () => {
    const [head, spouse, child, parent] = family(1) as [Member, Member, Member, Member];
    // the child and the parent leave household 1 for household 2 (after it) and household 0 (before it)
    const before = [clean(0), clean(1), clean(2)];
    const after = [
      clean(0, { members: [...family(0), parent] }),
      clean(1, { members: [head, spouse] }),
      clean(2, { members: [...family(2), child] }),
    ];
    const d = diffRegisters(before, after, options);
    expect(d.members.moved.map((m) => [m.from, m.to, m.name])).toEqual([
      ['H-0001', 'H-0000', '张**'],
      ['H-0001', 'H-0002', '张**'],
    ]);
    // household 1 keeps members, so it is among those it split into; households 0 and 2 kept
    // theirs, so each is a merge of itself and household 1
    expect(d.households.split).toEqual([{ from: 'H-0001', into: ['H-0000', 'H-0001', 'H-0002'] }]);
    expect(d.households.merged).toEqual([
      { into: 'H-0000', from: ['H-0000', 'H-0001'] },
      { into: 'H-0002', from: ['H-0001', 'H-0002'] },
    ]);
    expect(d.counts).toMatchObject({ splits: 1, merges: 2, membersMoved: 2, membersAdded: 0, membersRemoved: 0 });
    expect(diffRegisters(before, after, { ...options, sorted: true })).toEqual(d);
  });

  it('calls a household whose members all left for two others a split into those two only', () => {
    const [head, spouse, child, parent] = family(1) as [Member, Member, Member, Member];
    const d = diffRegisters([clean(1)], [clean(7, { members: [head, spouse] }), clean(8, { members: [{ ...child, relation: 'head' }, parent] })], options);
    expect(d.households.split).toEqual([{ from: 'H-0001', into: ['H-0007', 'H-0008'] }]);
    expect(d.households.removed.map((h) => h.householdId)).toEqual(['H-0001']);
    expect(d.households.new.map((h) => h.householdId)).toEqual(['H-0007', 'H-0008']);
    // one member moving between two kept households: a split of the one and a merge into the other
    const one = diffRegisters([clean(1), clean(2)], [clean(1, { members: [head, spouse, child] }), clean(2, { members: [...family(2), parent] })], options);
    expect([one.households.split, one.households.merged]).toEqual([[{ from: 'H-0001', into: ['H-0001', 'H-0002'] }], [{ into: 'H-0002', from: ['H-0001', 'H-0002'] }]]);
    // a member moving into a new household leaves the old one whole: a move only when it is the only one
    const alone = diffRegisters([clean(1)], [clean(1, { members: [head, spouse, child] }), clean(2, { members: [{ ...parent, relation: 'head' }] })], options);
    expect([alone.counts.splits, alone.counts.merges, alone.counts.membersMoved]).toEqual([1, 0, 1]);
    // a household emptied into one other is not a split (one destination), and the other is a merge only when it kept its own
    const whole = diffRegisters([clean(1)], [clean(2, { members: family(1) })], options);
    expect([whole.counts.splits, whole.counts.merges, whole.counts.membersMoved]).toEqual([0, 0, 4]);
    // two households merging wholly into a new one
    const merged = diffRegisters([clean(3), clean(4)], [clean(9, { members: [...family(3), ...family(4).map((m) => ({ ...m, relation: 'other' as const }))] })], options);
    expect(merged.households.merged).toEqual([{ into: 'H-0009', from: ['H-0003', 'H-0004'] }]);
  });

  it('lists several splits and merges in id order, and members added and removed by household then ID number', () => {
    const f = (n: number) => family(n) as [Member, Member, Member, Member];
    const before = [clean(5), clean(3), clean(1, { members: [f(1)[0]] })];
    const after = [
      clean(5, { members: [f(5)[0], f(5)[1]] }),
      clean(6, { members: [{ ...f(5)[2], relation: 'head' }, f(5)[3]] }),
      clean(3, { members: [f(3)[0], f(3)[1]] }),
      clean(4, { members: [{ ...f(3)[2], relation: 'head' }, f(3)[3]] }),
      clean(1, { members: [f(1)[0], f(1)[1], f(1)[3]] }),
    ];
    const d = diffRegisters(before, after, options);
    expect(d.households.split.map((s) => s.from)).toEqual(['H-0003', 'H-0005']);
    const back = diffRegisters(after, before, options);
    expect(back.households.merged.map((m) => m.into)).toEqual(['H-0003', 'H-0005']);
    // household 1 gains its spouse (born 1982) then its parent (born 1955): listed by ID number
    const keys = [f(1)[1].idNumber, f(1)[3].idNumber].sort();
    expect(d.members.added.map((m) => [m.householdId, m.idNumber])).toEqual(keys.map((k) => ['H-0001', `${k.slice(0, 4)}${'*'.repeat(12)}${k.slice(16)}`]));
    expect(back.members.removed.map((m) => m.householdId)).toEqual(['H-0001', 'H-0001']);
    // moves are listed by the household left, then the one joined
    expect(d.members.moved.map((m) => [m.from, m.to])).toEqual([
      ['H-0003', 'H-0004'],
      ['H-0003', 'H-0004'],
      ['H-0005', 'H-0006'],
      ['H-0005', 'H-0006'],
    ]);
  });

  it('calls a new poor household newly identified only when none of its members was in the first register', () => {
    const [head, spouse, child, parent] = family(1) as [Member, Member, Member, Member];
    const d = diffRegisters(
      [clean(1)],
      [clean(1, { members: [head, spouse, child] }), clean(2, { status: 'poor' }), clean(3, { status: 'exited' }), clean(4, { status: 'poor', members: [{ ...parent, relation: 'head' }] })],
      options,
    );
    expect(d.newlyIdentified.map((h) => [h.householdId, h.status])).toEqual([['H-0002', 'poor']]);
    expect(d.counts.newlyIdentified).toBe(1);
  });
});

describe('diffRegisters: what counts as unchanged', () => {
  it('treats a field holding undefined as absent, and any other difference as a change', () => {
    const withUndefined = { ...clean(1), householdSize: undefined };
    const same = diffRegisters([clean(1)], [withUndefined], options);
    expect(same.counts).toMatchObject({ incomeUnchanged: 1, verdictChanges: 0 });
    expect(diffRegisters([withUndefined], [clean(1)], options).counts.incomeUnchanged).toBe(1);
  });

  it('compares values structurally (sameValue)', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameValue({ a: { b: [1, 2] } }, { a: { b: [1, 2] } })).toBe(true);
    expect(sameValue({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue([1, 2, 3], [1, 2])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({}, [])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({}, null)).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue({ a: 1 }, 1)).toBe(false);
    expect(sameValue([{ a: 1 }], [{ a: 1 }])).toBe(true);
  });
});

describe('diffRegisters: inputs', () => {
  it('refuses an input that is not iterable, naming it', () => {
    for (const bad of [null, undefined, 3, {}]) {
      expect(() => diffRegisters(bad as never, [], options)).toThrow(TuopinError);
      expect(() => diffRegisters(bad as never, [], options)).toThrow(/batch\/not-iterable: before 须为可迭代对象或异步可迭代对象 \/ before must be an iterable or an async iterable$/);
      expect(() => diffRegisters([], bad as never, options)).toThrow(/batch\/not-iterable: after 须为/);
    }
  });

  it('names the register, the id and the one before it when an input is out of order', () => {
    const b = [clean(1), clean(3)];
    const caught = (f: () => unknown): DomainError => {
      try {
        f();
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('no error');
    };
    const unsorted = caught(() => diffRegisters(b, [clean(2), clean(1)], { ...options, sorted: true }));
    expect(unsorted).toBeInstanceOf(DomainError);
    expect([unsorted.code, unsorted.evidence]).toEqual(['diff/not-sorted', { which: 'after', household: 'H-0001', previous: 'H-0002' }]);
    const twice = caught(() => diffRegisters([clean(1), clean(1)], b, { ...options, sorted: true }));
    expect([twice.code, twice.evidence]).toEqual(['diff/duplicate-household', { household: 'H-0001', which: 'before' }]);
    const inMemory = caught(() => diffRegisters([clean(1), clean(1)], b, options));
    expect([inMemory.code, inMemory.evidence]).toEqual(['diff/duplicate-household', { household: 'H-0001', which: 'before' }]);
    const second = caught(() => diffRegisters(b, [clean(3), clean(3)], options));
    expect([second.code, second.evidence]).toEqual(['diff/duplicate-household', { household: 'H-0003', which: 'after' }]);
    // one household before another with a greater id is in order
    expect(diffRegisters(b, [clean(1), clean(2), clean(3)], { ...options, sorted: true }).counts.newHouseholds).toBe(1);
  });

  it('closes both inputs when it stops early, and reads them side by side to the end otherwise', () => {
    const closed: string[] = [];
    function* gen(name: string, list: Household[]) {
      try {
        yield* list;
      } finally {
        closed.push(name);
      }
    }
    expect(() => diffRegisters(gen('before', [clean(2), clean(1)]), gen('after', [clean(1), clean(2)]), { ...options, sorted: true })).toThrow(/not-sorted/);
    expect(closed.sort()).toEqual(['after', 'before']);
    closed.length = 0;
    const d = diffRegisters(gen('before', [clean(1), clean(4)]), gen('after', [clean(2), clean(3), clean(4), clean(5)]), { ...options, sorted: true });
    expect([d.counts.householdsBefore, d.counts.householdsAfter, d.counts.newHouseholds, d.counts.removedHouseholds]).toEqual([2, 4, 3, 1]);
    expect(closed.sort()).toEqual(['after', 'before']);
  });

  it('reads async inputs sorted side by side and in memory, either side async, with the same errors', async () => {
    async function* stream(list: Household[]) {
      yield* list;
    }
    const a = [clean(1), clean(4)];
    const b = [clean(2), clean(3, { status: 'poor' }), clean(4, { status: 'returned' }), clean(5)];
    const expected = diffRegisters(a, b, options);
    expect(await diffRegisters(stream(a), stream(b), { ...options, sorted: true })).toEqual(expected);
    expect(await diffRegisters(a, stream(b), { ...options, sorted: true })).toEqual(expected);
    expect(await diffRegisters(stream(a), b, { ...options, sorted: true })).toEqual(expected);
    expect(await diffRegisters(a, stream(b), options)).toEqual(expected);
    expect(await diffRegisters(stream(a), stream(b), options)).toEqual(expected);
    await expect(diffRegisters(stream([clean(2), clean(1)]), stream(b), { ...options, sorted: true })).rejects.toThrow(/diff\/not-sorted/);
    await expect(diffRegisters(stream(a), stream([clean(2), clean(2)]), { ...options, sorted: true })).rejects.toThrow(/diff\/duplicate-household/);
    await expect(diffRegisters(stream([clean(1), clean(1)]), b, options)).rejects.toThrow(/diff\/duplicate-household/);
    await expect(diffRegisters(a, stream([clean(2), clean(2)]), options)).rejects.toThrow(/diff\/duplicate-household/);
  });

  it('closes async inputs when it stops early', async () => {
    const closed: string[] = [];
    async function* stream(name: string, list: Household[]) {
      try {
        yield* list;
      } finally {
        closed.push(name);
      }
    }
    await expect(diffRegisters(stream('before', [clean(1)]), stream('after', [clean(3), clean(2)]), { ...options, sorted: true })).rejects.toThrow(/not-sorted/);
    expect(closed.sort()).toEqual(['after', 'before']);
  });
});
