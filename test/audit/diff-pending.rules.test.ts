import { describe, expect, it } from 'vitest';
import { diffRegisters, type Member } from '../../src/index';
import { sameValue } from '../../src/audit/register-diff';
import { AS_OF, clean, family } from './fixtures';

// Issue 17, the register diff's re-measured survivors: a person registered in two households of
// one register (一人多户) pairs with the first household of the other register that waits for
// them, and once that pairing is used up, a third household of theirs is an addition or a removal
// of its own, never paired again; and structural equality never calls a plain value equal to an
// object or a list.

const options = { asOf: AS_OF } as const;
/** Someone in none of the fixture families. */
const x: Member = { ...(family(9)[3] as Member), relation: 'other' };
const withX = (n: number) => clean(n, { members: [...family(n), x] });

describe('diffRegisters: a person in two households after a move', () => {
  for (const sorted of [false, true]) {
    it(`joined first, then left two households: one move, then one removal (${sorted ? 'sorted' : 'in memory'})`, () => {
      // H-0001 gains them before H-0002 and H-0003 lose them: H-0002's leaving pairs with H-0001,
      // H-0003's finds no one waiting.
      const d = diffRegisters([clean(1), withX(2), withX(3)], [withX(1), clean(2), clean(3)], { ...options, sorted });
      expect(d.members.moved.map((m) => [m.from, m.to])).toEqual([['H-0002', 'H-0001']]);
      expect(d.members.removed.map((m) => m.householdId)).toEqual(['H-0003']);
      expect(d.members.added).toEqual([]);
      expect([d.counts.membersMoved, d.counts.membersRemoved, d.counts.membersAdded]).toEqual([1, 1, 0]);
    });

    it(`left first, then joined two households: one move, then one addition (${sorted ? 'sorted' : 'in memory'})`, () => {
      const d = diffRegisters([withX(1), clean(2), clean(3)], [clean(1), withX(2), withX(3)], { ...options, sorted });
      expect(d.members.moved.map((m) => [m.from, m.to])).toEqual([['H-0001', 'H-0002']]);
      expect(d.members.added.map((m) => m.householdId)).toEqual(['H-0003']);
      expect(d.members.removed).toEqual([]);
      expect([d.counts.membersMoved, d.counts.membersRemoved, d.counts.membersAdded]).toEqual([1, 0, 1]);
    });
  }
});

describe('sameValue: a plain value is never equal to an object or a list', () => {
  it('a number, a string or a boolean against an empty object or list, either way round', () => {
    for (const plain of [0, 1, '', 'a', true, false]) {
      for (const composite of [{}, []]) {
        expect(sameValue(plain, composite), `${JSON.stringify(plain)} / ${JSON.stringify(composite)}`).toBe(false);
        expect(sameValue(composite, plain), `${JSON.stringify(composite)} / ${JSON.stringify(plain)}`).toBe(false);
      }
    }
  });

  it('inside a household: a field that is a number in one and an object in the other is a change', () => {
    expect(sameValue({ id: 'H-0001', income: 0 }, { id: 'H-0001', income: {} })).toBe(false);
    expect(sameValue({ id: 'H-0001', income: {} }, { id: 'H-0001', income: 0 })).toBe(false);
  });
});
