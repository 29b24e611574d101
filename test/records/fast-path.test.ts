import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HouseholdSchema, validate } from '../../src/index';
import { fastParse, NOT_ACCEPTED, twinFor } from '../../src/validation/fast-path';
import { toValidationIssues } from '../../src/validation/issues';
import { makeId } from '../fixtures/ids';

// The validation fast path: HouseholdSchema's twin (its refinements as plain predicates,
// compiled by zod) must accept exactly what HouseholdSchema accepts, with the same output, and
// validate must give exactly the schema's issues for everything else.

const pad = (n: number) => String(n).padStart(2, '0');
const birth = fc
  .record({ y: fc.integer({ min: 1930, max: 2019 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const yuan = fc.integer({ min: 0, max: 5_000_000 }).map((fen) => fen / 100);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = fc.constantFrom('张三', '李四娘', ' 王小明 ', 'Ma Li', '阿依古丽·买买提');

const member = fc
  .record({
    birth,
    sequence: fc.integer({ min: 10, max: 999 }),
    lower: fc.boolean(),
    name: text,
    relation: fc.constantFrom('head', 'spouse', 'son', 'daughter', 'grandchild', 'mother', 'other'),
    withBirthDate: fc.boolean(),
    sex: opt(fc.constantFrom('male', 'female')),
    ethnicity: opt(fc.constantFrom('han', 'miao', 'buyei', 'dong', 'yi')),
    schooling: opt(fc.constantFrom('enrolled', 'home-taught', 'exempt', 'graduated', 'dropped-out', 'not-applicable')),
    studentStatus: opt(fc.constantFrom('primary', 'junior-secondary', 'not-a-student', 'dropped-out')),
    health: opt(fc.constantFrom('healthy', 'chronic-illness', 'disabled')),
    employmentMonths: opt(fc.integer({ min: 0, max: 12 })),
    medicalInsurance: opt(fc.boolean()),
    criticalIllnessInsurance: opt(fc.boolean()),
    disabilityGrade: opt(fc.integer({ min: 1, max: 4 })),
    phone: opt(fc.constantFrom('13800000000', '+86 138-0000-0000')),
  })
  .map(({ birth: b, sequence, lower, withBirthDate, ...rest }) => {
    let idNumber = makeId('522601', b, sequence);
    if (lower) idNumber = idNumber.toLowerCase();
    const m: Record<string, unknown> = { idNumber };
    if (withBirthDate) m.birthDate = b;
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) m[k] = v;
    return m;
  });

const valid = fc
  .record(
    {
      id: fc.constantFrom('H-1', '5226011012010001', ' H-2 '),
      status: fc.constantFrom('poor', 'exited', 'monitored', 'returned'),
      members: fc.uniqueArray(member, { minLength: 1, maxLength: 6, selector: (m) => String(m.idNumber).toUpperCase() }),
      householdSize: fc.integer({ min: 1, max: 9 }),
      mainCause: fc.constantFrom('illness', 'disability', 'lack-of-funds'),
      otherCauses: fc.array(fc.constantFrom('illness', 'schooling', 'lack-of-water'), { maxLength: 2 }),
      identificationYear: fc.integer({ min: 2013, max: 2020 }),
      income: fc.record(
        { year: fc.integer({ min: 2013, max: 2021 }), wage: yuan, business: yuan, transfer: yuan, productionCosts: yuan, perCapita: yuan, pension: yuan },
        { requiredKeys: ['year'] },
      ),
      foodSecure: fc.boolean(),
      clothingSecure: fc.boolean(),
      housing: fc.oneof(
        fc.record({ grade: fc.constantFrom('A', 'B', 'C', 'D'), renovation: opt(fc.constantFrom('none', 'in-progress', 'accepted')) }),
        fc.record({ dangerous: fc.boolean(), areaSquareMetres: fc.integer({ min: 0, max: 300 }) }),
        fc.record({ noHouse: fc.constant(true), route: fc.constantFrom('renovated-safe', 'guaranteed-safe'), guarantee: fc.constantFrom('public-rental', 'rented') }),
      ),
      water: fc.record(
        {
          litresPerPersonPerDay: fc.integer({ min: 0, max: 80 }),
          piped: fc.boolean(),
          fetchMinutes: fc.integer({ min: 0, max: 40 }),
          interruptionDaysPerYear: fc.integer({ min: 0, max: 366 }),
          qualityOk: fc.boolean(),
          safe: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      conditions: fc.record({ cultivatedLandMu: fc.integer({ min: 0, max: 30 }), roadType: fc.constantFrom('earth', 'cement'), sanitaryToilet: fc.boolean() }, { requiredKeys: [] }),
      responsiblePersons: fc.array(fc.record({ name: text, unit: text }, { requiredKeys: ['name'] }), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'status', 'members'] },
  )
  .map((h) => {
    const r: Record<string, unknown> = { villageCode: '522601101201', ...h };
    // Members' undefined fields are left out above; the household's optional ones may be absent.
    for (const [k, v] of Object.entries(r)) if (v === undefined) delete r[k];
    if (r.status === 'exited') r.policySupport = 'continuing';
    return r;
  });

type Rec = Record<string, unknown>;
const members = (r: Rec): Rec[] => (Array.isArray(r.members) ? (r.members as Rec[]) : []);
const first = (r: Rec): Rec => {
  const m = members(r)[0];
  return typeof m === 'object' && m !== null ? m : { idNumber: '', name: 'x', relation: 'head' };
};

/** Kinds of fault, each turning a valid record into (usually) an invalid one. */
const FAULTS: Record<string, (r: Rec, n: number) => unknown> = {
  'id not a string': (r) => ({ ...r, id: 12 }),
  'id blank': (r) => ({ ...r, id: '   ' }),
  'village code short': (r) => ({ ...r, villageCode: '52260110120' }),
  'village code of a county': (r) => ({ ...r, villageCode: '522601000000' }),
  'unknown status': (r) => ({ ...r, status: 'rich' }),
  'policy support not exited': (r) => ({ ...r, status: 'poor', policySupport: 'ended' }),
  'no members': (r) => ({ ...r, members: [] }),
  'unknown key': (r) => ({ ...r, nickname: 'x' }),
  'member unknown key': (r) => ({ ...r, members: [{ ...first(r), age: 3 }, ...members(r).slice(1)] }),
  'member not an object': (r) => ({ ...r, members: ['x'] }),
  'check character wrong': (r, n) => {
    const id = String(first(r).idNumber);
    const wrong = id.slice(0, 17) + (id[17] === String(n % 10) ? String((n + 1) % 10) : String(n % 10));
    return { ...r, members: [{ ...first(r), idNumber: wrong }, ...members(r).slice(1)] };
  },
  'id birth date impossible': (r) => ({ ...r, members: [{ ...first(r), idNumber: makeId('522601', '1990-02-30', 11) }] }),
  'id length': (r) => ({ ...r, members: [{ ...first(r), idNumber: '52260119900101' }] }),
  'legacy id bad date': (r) => ({ ...r, members: [{ ...first(r), idNumber: '522601901301111' }] }),
  'birth date mismatch': (r) => ({ ...r, members: [{ ...first(r), birthDate: '1901-01-01' }, ...members(r).slice(1)] }),
  'birth date invalid': (r) => ({ ...r, members: [{ ...first(r), birthDate: '2001-13-01' }, ...members(r).slice(1)] }),
  'duplicate member': (r) => ({ ...r, members: [...members(r), { ...first(r) }] }),
  'duplicate member, other case': (r) => ({ ...r, members: [...members(r), { ...first(r), idNumber: String(first(r).idNumber).toUpperCase() === String(first(r).idNumber) ? String(first(r).idNumber).toLowerCase() : String(first(r).idNumber).toUpperCase() }] }),
  'relation unknown': (r) => ({ ...r, members: [{ ...first(r), relation: 'cousin' }] }),
  'employment months 13': (r) => ({ ...r, members: [{ ...first(r), employmentMonths: 13 }] }),
  'disability grade 0': (r) => ({ ...r, members: [{ ...first(r), disabilityGrade: 0 }] }),
  'phone invalid': (r) => ({ ...r, members: [{ ...first(r), phone: 'call me' }] }),
  'name blank': (r) => ({ ...r, members: [{ ...first(r), name: ' ' }] }),
  'income year 1977': (r) => ({ ...r, income: { year: 1977, wage: 1 } }),
  'amount three decimals': (r) => ({ ...r, income: { year: 2020, wage: 100.125 } }),
  'amount negative': (r) => ({ ...r, income: { year: 2020, transfer: -1 } }),
  'amount NaN': (r) => ({ ...r, income: { year: 2020, business: Number.NaN } }),
  'amount infinite': (r) => ({ ...r, income: { year: 2020, business: Number.POSITIVE_INFINITY } }),
  'amount a string': (r) => ({ ...r, income: { year: 2020, wage: '100' } }),
  'housing nothing recorded': (r) => ({ ...r, housing: { renovation: 'accepted' } }),
  'housing grade E': (r) => ({ ...r, housing: { grade: 'E' } }),
  'water interruptions 367': (r) => ({ ...r, water: { interruptionDaysPerYear: 367 } }),
  'water negative litres': (r) => ({ ...r, water: { litresPerPersonPerDay: -0.5 } }),
  'conditions road unknown': (r) => ({ ...r, conditions: { roadType: 'rail' } }),
  'responsible person blank': (r) => ({ ...r, responsiblePersons: [{ name: '' }] }),
  'other causes unknown': (r) => ({ ...r, otherCauses: ['luck'] }),
  'household size 0': (r) => ({ ...r, householdSize: 0 }),
  'not an object': (_r, n) => [null, [], 'H-1', 42, undefined][n % 5],
  'document other, any number': (r) => ({ ...r, members: [{ ...first(r), documentType: 'passport', idNumber: 'E12345678' }, ...members(r).slice(1)] }),
};

const faulty = fc
  .tuple(valid, fc.array(fc.constantFrom(...Object.keys(FAULTS)), { minLength: 1, maxLength: 3 }), fc.nat())
  .map(([r, kinds, n]) => {
    let out: unknown = r;
    for (const kind of kinds) out = out !== null && typeof out === 'object' && !Array.isArray(out) ? (FAULTS[kind] as (r: Rec, n: number) => unknown)(out as Rec, n) : out;
    return out;
  });

/** What validate gave before the fast path: HouseholdSchema alone. */
function slow(record: unknown) {
  const result = HouseholdSchema.safeParse(record, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

describe('fastParse', () => {
  it('has a compiled twin for HouseholdSchema (its refinements as predicates)', () => {
    expect(twinFor(HouseholdSchema)).toBeDefined();
    expect(twinFor(HouseholdSchema)).not.toBe(HouseholdSchema);
  });

  it('relies on z.compile calling the source schema\'s own safeParse only when its parser rejects', () => {
    // The twin's safeParse is a constant rejection, so a rejected record is not parsed a second
    // time by the twin's runtime. If a zod release changes this, the fast path stays exact (the
    // runtime rejects too) but rejected records get slower: this test says so.
    let calls = 0;
    const source = z.object({ a: z.string() });
    Object.defineProperty(source, 'safeParse', {
      value: () => {
        calls++;
        return { success: false };
      },
    });
    const compiled = z.compile(source);
    expect(compiled.safeParse({ a: 1 })).toEqual({ success: false });
    expect(calls).toBe(1);
    expect(compiled.safeParse({ a: 'x' })).toEqual({ success: true, data: { a: 'x' } });
    expect(calls).toBe(1);
  });

  it('accepts the valid records HouseholdSchema accepts, with the same output', () => {
    fc.assert(
      fc.property(valid, (record) => {
        const expected = HouseholdSchema.safeParse(record);
        expect(expected.success).toBe(true);
        expect(fastParse(HouseholdSchema, record)).toEqual(expected.data);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a record HouseholdSchema rejects, and validate gives exactly its issues', () => {
    const kinds = new Set<boolean>();
    fc.assert(
      fc.property(faulty, (record) => {
        const expected = HouseholdSchema.safeParse(record);
        const fast = fastParse(HouseholdSchema, record);
        kinds.add(expected.success);
        if (expected.success) expect(fast).toEqual(expected.data);
        else expect(fast).toBe(NOT_ACCEPTED);
        expect(validate(HouseholdSchema, record)).toEqual(slow(record));
      }),
      { numRuns: 3000 },
    );
    // Both outcomes occur (a passport number is valid; most faults are not).
    expect(kinds).toEqual(new Set([true, false]));
  });

  it('counts duplicates ignoring case at any size, linearly beyond 16 members', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ idNumber: makeId('522601', '1990-01-01', 100 + i), name: '张三', relation: 'other' }));
    const withX = many.find((m) => m.idNumber.endsWith('X')) as Rec;
    const others = many.filter((m) => m !== withX);
    for (const size of [3, 40]) {
      const list = [{ ...(others[0] as Rec), relation: 'head' }, withX, ...others.slice(1, size - 1)];
      expect(list).toHaveLength(size);
      const record = { id: 'H', villageCode: '522601101201', status: 'poor', members: [...list, { ...withX, idNumber: String(withX.idNumber).toLowerCase() }] };
      expect(fastParse(HouseholdSchema, record)).toBe(NOT_ACCEPTED);
      const result = validate(HouseholdSchema, record);
      const issues = result.ok ? [] : result.issues;
      expect(issues.map((i) => [i.code, i.path])).toEqual([['household/duplicate-member', ['members', size, 'idNumber']]]);
      expect(issues[0]?.message.en).toMatch(new RegExp(`^member ${size} has the same ID number as member 1 `));
    }
  });
});
