import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, diffRegisters, type Household, type Member, type RegisterDiff } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { expectNoMutation } from '../fixtures/no-mutation';
import { AS_OF, clean, family } from './fixtures';

const options = { asOf: AS_OF } as const;

describe('diffRegisters', () => {
  it('finds nothing between a register and itself', () => {
    const register = [clean(1), clean(2), clean(3)];
    const d = diffRegisters(register, register, options);
    expect(d.counts).toMatchObject({ householdsBefore: 3, householdsAfter: 3, newHouseholds: 0, verdictChanges: 0, incomeUnchanged: 3 });
    expect(d.households).toEqual({ new: [], removed: [], split: [], merged: [] });
    expect(d.members).toEqual({ added: [], removed: [], moved: [] });
  });

  it('lists new and removed households, and new members as added', () => {
    const d = diffRegisters([clean(1), clean(2)], [clean(1), clean(3, { status: 'poor' })], options);
    expect(d.households.new).toEqual([{ householdId: 'H-0003', villageCode: '522601101202', status: 'poor' }]);
    expect(d.households.removed).toEqual([{ householdId: 'H-0002', villageCode: '522601101201', status: 'exited' }]);
    expect(d.newlyIdentified.map((h) => h.householdId)).toEqual(['H-0003']);
    expect(d.counts).toMatchObject({ membersAdded: 4, membersRemoved: 4, membersMoved: 0 });
    expect(d.members.added[0]).toEqual({ idNumber: expect.stringMatching(/^5226\*{12}..$/), name: '张**', householdId: 'H-0003' });
  });

  it('sees a split (分户): members moved to a new household, which is not newly identified', () => {
    const [head, spouse, child, parent] = family(1) as [Member, Member, Member, Member];
    const before = [clean(1)];
    const after = [clean(1, { members: [head, spouse, child] }), clean(9, { members: [{ ...parent, relation: 'head' }], status: 'poor' })];
    const d = diffRegisters(before, after, options);
    expect(d.households.split).toEqual([{ from: 'H-0001', into: ['H-0001', 'H-0009'] }]);
    expect(d.households.merged).toEqual([]);
    expect(d.members.moved).toEqual([{ idNumber: expect.any(String), name: '张**', from: 'H-0001', to: 'H-0009' }]);
    expect(d.members.added).toEqual([]);
    expect(d.newlyIdentified).toEqual([]);
    // and back: a merge (合户)
    const back = diffRegisters(after, before, options);
    expect(back.households.merged).toEqual([{ into: 'H-0001', from: ['H-0001', 'H-0009'] }]);
  });

  it('names status changes: 脱贫, 返贫 and others', () => {
    const d = diffRegisters(
      [clean(1, { status: 'poor' }), clean(2), clean(3)],
      [clean(1), clean(2, { status: 'returned' }), clean(3, { status: 'monitored' })],
      options,
    );
    expect(d.statusChanges.map((s) => [s.householdId, s.from, s.to, s.kind])).toEqual([
      ['H-0001', 'poor', 'exited', 'exited'],
      ['H-0002', 'exited', 'returned', 'returned'],
      ['H-0003', 'exited', 'monitored', 'other'],
    ]);
  });

  it('gives verdict changes check by check', () => {
    const d = diffRegisters([clean(1)], [clean(1, { housing: { grade: 'D' }, water: undefined })], options);
    expect(d.verdictChanges).toEqual([
      {
        householdId: 'H-0001',
        villageCode: '522601101202',
        compliant: { from: true, to: false },
        checks: [
          { check: 'housing', from: 'met', to: 'unmet' },
          { check: 'water', from: 'met', to: 'unknown' },
        ],
      },
    ]);
  });

  it('lists households whose per-capita income fell by more than the share, exactly', () => {
    const before = [clean(1), clean(2), clean(3)];
    const after = [
      clean(1, { income: { year: 2021, wage: 10000 } }), // 25000 → 10000 yuan for 4: a fall of 3/5
      clean(2, { income: { year: 2021, wage: 17500 } }), // exactly 3/10: not more than the share
      clean(3, { income: { year: 2021, wage: 30000 } }),
    ];
    const d = diffRegisters(before, after, { ...options, incomeDropShare: { numerator: 3, denominator: 10 } });
    expect(d.counts).toMatchObject({ incomeRose: 1, incomeFell: 2, incomeUnchanged: 0, incomeFellByMoreThanShare: 1 });
    expect(d.income.fellByMoreThanShare).toEqual([
      {
        householdId: 'H-0001',
        villageCode: '522601101202',
        before: { netFen: 2500000, members: 4, year: 2020 },
        after: { netFen: 1000000, members: 4, year: 2021 },
        fall: { numerator: 3, denominator: 5 },
        fallPercent: 60,
      },
    ]);
    // No share given and none in the policy: nothing listed.
    expect(diffRegisters(before, after, options).income).toEqual({ share: null, fellByMoreThanShare: [] });
    // The policy's monitoring share is the default.
    const policy = definePolicy({ monitoring: { incomeMultiple: { numerator: 3, denominator: 2 }, incomeDropShare: { numerator: 1, denominator: 2 } } });
    expect(diffRegisters(before, after, { ...options, policy }).income.share).toEqual({ numerator: 1, denominator: 2 });
  });

  it('reads the register per-capita figure when no income component is recorded', () => {
    const d = diffRegisters([clean(1, { income: { year: 2020, perCapita: 5000 } })], [clean(1, { income: { year: 2021, perCapita: 3000.5 } })], {
      ...options,
      incomeDropShare: { numerator: 1, denominator: 5 },
    });
    expect(d.income.fellByMoreThanShare.map((f) => [f.before, f.after, f.fall])).toEqual([
      [{ netFen: 2000000, members: 4, year: 2020 }, { netFen: 1200200, members: 4, year: 2021 }, { numerator: 3999, denominator: 10000 }],
    ]);
  });

  it('reads sorted inputs side by side, and refuses unsorted or repeated ids then', () => {
    const a = [clean(1), clean(2), clean(3)];
    const b = [clean(1), clean(3, { status: 'returned' }), clean(4)];
    expect(diffRegisters(a, b, { ...options, sorted: true })).toEqual(diffRegisters(a, b, options));
    expect(() => diffRegisters([clean(2), clean(1)], b, { ...options, sorted: true })).toThrow(/diff\/not-sorted/);
    expect(() => diffRegisters(a, [clean(1), clean(1)], { ...options, sorted: true })).toThrow(/diff\/duplicate-household/);
    expect(() => diffRegisters([clean(1), clean(1)], b, options)).toThrow(/diff\/duplicate-household/);
    expect(() => diffRegisters(a, [clean(1), clean(1)], options)).toThrow(/diff\/duplicate-household/);
  });

  it('takes async iterables and gives a promise of the same result', async () => {
    const a = [clean(1), clean(2)];
    const b = [clean(2, { status: 'returned' }), clean(3)];
    async function* stream(list: Household[]) {
      yield* list;
    }
    expect(await diffRegisters(stream(a), stream(b), { ...options, sorted: true })).toEqual(diffRegisters(a, b, options));
    expect(await diffRegisters(stream(a), b, options)).toEqual(diffRegisters(a, b, options));
  });

  it('does not mutate its inputs', () => {
    expectNoMutation({ a: [clean(1), clean(2)], b: [clean(1, { status: 'poor' }), clean(3)] }, ({ a, b }) => diffRegisters(a, b, options));
  });
});

// Property tests: registers drawn from one pool of persons and household ids, each person in at
// most one household of a register.
const PERSONS = Array.from({ length: 10 }, (_, i) => makeId('522601', `19${60 + i}-0${1 + (i % 9)}-1${i % 10}`, 10 + i));
const STATUSES = ['poor', 'exited', 'monitored', 'returned'] as const;

const slotArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  wage: fc.option(fc.integer({ min: 0, max: 40000 }), { nil: undefined }),
  grade: fc.constantFrom('A', 'C', 'D' as const),
});
const registerArb = fc
  .record({ assign: fc.array(fc.integer({ min: -1, max: 5 }), { minLength: PERSONS.length, maxLength: PERSONS.length }), slots: fc.array(slotArb, { minLength: 6, maxLength: 6 }) })
  .map(({ assign, slots }) => {
    const register: Household[] = [];
    slots.forEach((slot, h) => {
      const members: Member[] = [];
      assign.forEach((to, p) => {
        if (to === h) members.push({ idNumber: PERSONS[p] as string, name: `成员${p}`, relation: members.length === 0 ? 'head' : 'other', medicalInsurance: true });
      });
      if (members.length === 0) return;
      register.push({
        id: `H-${h}`,
        villageCode: '522601101201',
        status: slot.status,
        members,
        ...(slot.wage === undefined ? {} : { income: { year: 2020, wage: slot.wage } }),
        foodSecure: true,
        clothingSecure: true,
        housing: { grade: slot.grade },
      });
    });
    return register;
  });

const canon = <T>(list: readonly T[]) => list.map((x) => JSON.stringify(x)).sort();

function countsMatchLists(d: RegisterDiff): void {
  expect(d.counts.newHouseholds).toBe(d.households.new.length);
  expect(d.counts.removedHouseholds).toBe(d.households.removed.length);
  expect(d.counts.splits).toBe(d.households.split.length);
  expect(d.counts.merges).toBe(d.households.merged.length);
  expect(d.counts.membersAdded).toBe(d.members.added.length);
  expect(d.counts.membersRemoved).toBe(d.members.removed.length);
  expect(d.counts.membersMoved).toBe(d.members.moved.length);
  expect(d.counts.statusChanges).toBe(d.statusChanges.length);
  expect(d.counts.newlyIdentified).toBe(d.newlyIdentified.length);
  expect(d.counts.verdictChanges).toBe(d.verdictChanges.length);
  expect(d.counts.incomeFellByMoreThanShare).toBe(d.income.fellByMoreThanShare.length);
}

const share = { numerator: 1, denominator: 4 };

describe('diffRegisters laws', () => {
  it('a register diffed with itself is empty', () => {
    fc.assert(
      fc.property(registerArb, (a) => {
        const d = diffRegisters(a, a, options);
        const { householdsBefore, householdsAfter, incomeUnchanged, ...rest } = d.counts;
        expect(householdsBefore).toBe(a.length);
        expect(householdsAfter).toBe(a.length);
        expect(incomeUnchanged).toBe(a.filter((h) => h.income !== undefined).length);
        expect(Object.values(rest).every((n) => n === 0)).toBe(true);
        countsMatchLists(d);
      }),
      { numRuns: 60 },
    );
  });

  it('diff(a, b) and diff(b, a) mirror each other, and counts equal the listed items', () => {
    fc.assert(
      fc.property(registerArb, registerArb, (a, b) => {
        const ab = diffRegisters(a, b, { ...options, incomeDropShare: share });
        const ba = diffRegisters(b, a, { ...options, incomeDropShare: share });
        countsMatchLists(ab);
        countsMatchLists(ba);
        expect(ab.households.new).toEqual(ba.households.removed);
        expect(ab.households.removed).toEqual(ba.households.new);
        expect(canon(ab.households.split)).toEqual(canon(ba.households.merged.map((m) => ({ from: m.into, into: m.from }))));
        expect(canon(ab.households.merged)).toEqual(canon(ba.households.split.map((s) => ({ into: s.from, from: s.into }))));
        expect(canon(ab.members.added)).toEqual(canon(ba.members.removed));
        expect(canon(ab.members.removed)).toEqual(canon(ba.members.added));
        expect(canon(ab.members.moved)).toEqual(canon(ba.members.moved.map((m) => ({ ...m, from: m.to, to: m.from }))));
        expect(ab.statusChanges.map((s) => [s.householdId, s.from, s.to])).toEqual(ba.statusChanges.map((s) => [s.householdId, s.to, s.from]));
        expect(ab.verdictChanges).toEqual(
          ba.verdictChanges.map((v) => ({
            ...v,
            compliant: { from: v.compliant.to, to: v.compliant.from },
            checks: v.checks.map((c) => ({ check: c.check, from: c.to, to: c.from })),
          })),
        );
        expect([ab.counts.incomeRose, ab.counts.incomeFell, ab.counts.incomeUnchanged]).toEqual([ba.counts.incomeFell, ba.counts.incomeRose, ba.counts.incomeUnchanged]);
        // Every person of both registers is accounted for exactly once.
        const inA = new Set(a.flatMap((h) => h.members.map((m) => m.idNumber)));
        const inB = new Set(b.flatMap((h) => h.members.map((m) => m.idNumber)));
        expect(ab.counts.membersAdded).toBe([...inB].filter((p) => !inA.has(p)).length);
        expect(ab.counts.membersRemoved).toBe([...inA].filter((p) => !inB.has(p)).length);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result sorted side by side and in memory, in any order', () => {
    fc.assert(
      fc.property(registerArb, registerArb, fc.integer(), (a, b, seed) => {
        const shuffled = [...b].sort((x, y) => ((x.id.charCodeAt(2) * 31 + seed) % 7) - ((y.id.charCodeAt(2) * 31 + seed) % 7));
        const sorted = diffRegisters(a, b, { ...options, sorted: true, incomeDropShare: share });
        expect(diffRegisters([...a].reverse(), shuffled, { ...options, incomeDropShare: share })).toEqual(sorted);
      }),
      { numRuns: 60 },
    );
  });
});
