import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HouseholdSchema, validate } from '../../src/index';
import { toValidationIssues } from '../../src/validation/issues';
import { generatedParserFor, INVALID, planParser, UnsupportedSchemaError, withGeneratedParser } from '../../src/validation/parser-plan';
import { generatedSource, TARGETS } from '../../scripts/generate-parsers';
import { faulty, valid } from '../fixtures/household-records';
import { makeId } from '../fixtures/ids';

// The parser generated from HouseholdSchema (src/validation/generated/household-parser.ts) must
// be the one the schema plans today, must accept exactly what HouseholdSchema accepts with the
// same output (fresh objects, the same keys), and validate must give the schema's issues for the
// rest.

const parser = generatedParserFor(HouseholdSchema);
const parse = (record: unknown) => {
  if (parser === undefined) throw new Error('HouseholdSchema has no generated parser');
  return parser(record);
};

function slow(record: unknown) {
  const result = HouseholdSchema.safeParse(record, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

describe('the generated household parser', () => {
  it('is the committed file, as the schema plans it today (else run npm run generate:parsers)', () => {
    for (const target of TARGETS) {
      const committed = readFileSync(new URL(`../../src/validation/generated/${target.file}`, import.meta.url), 'utf8');
      expect(committed).toBe(generatedSource(target));
    }
  });

  it('is in use: its plan hash is the committed one', () => {
    expect(parser).toBeTypeOf('function');
  });

  it('accepts the valid records HouseholdSchema accepts, with the same output, built afresh', () => {
    fc.assert(
      fc.property(valid, (record) => {
        const expected = HouseholdSchema.safeParse(record);
        expect(expected.success).toBe(true);
        const out = parse(record) as Record<string, unknown>;
        // toStrictEqual: the same keys, an absent key is not an undefined one.
        expect(out).toStrictEqual(expected.data);
        expect(out).not.toBe(record);
        expect(out.members).not.toBe(record.members);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a record HouseholdSchema rejects, and validate gives exactly its issues', () => {
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(faulty, (record) => {
        const expected = HouseholdSchema.safeParse(record);
        const out = parse(record);
        outcomes.add(expected.success);
        if (expected.success) expect(out).toStrictEqual(expected.data);
        else expect(out).toBe(INVALID);
        expect(validate(HouseholdSchema, record)).toEqual(slow(record));
      }),
      { numRuns: 3000 },
    );
    expect(outcomes).toEqual(new Set([true, false]));
  });

  const head = { idNumber: makeId('522601', '1980-05-06', 11), name: '张三', relation: 'head' };
  const household = { id: 'H-1', villageCode: '522601101201', status: 'poor', members: [head] };

  it('agrees with the schema on records no generator makes', () => {
    const inherited = Object.assign(Object.create({ foodSecure: true }), household);
    const nullPrototype = Object.assign(Object.create(null), household);
    const hidden = { ...household };
    Object.defineProperty(hidden, 'nickname', { value: 'x', enumerable: false });
    const cases: unknown[] = [
      { ...household, foodSecure: undefined },
      { ...household, income: undefined, water: undefined },
      { ...household, members: [{ ...head, sex: undefined }] },
      { ...household, id: '  H-1  ' },
      { ...household, members: [{ ...head, name: ' 张三 ' }] },
      { ...household, householdSize: -0 },
      { ...household, householdSize: 1.5 },
      { ...household, householdSize: 2 ** 53 },
      { ...household, otherCauses: [] },
      { ...household, otherCauses: ['illness', undefined] },
      { ...household, members: [head, , head] },
      { ...household, responsiblePersons: [{ name: '李四', phone: '13800000000' }] },
      { ...household, income: { year: 2020, wage: 1e21 } },
      { ...household, income: { year: 2020, wage: 0.1 + 0.2 } },
      { ...household, housing: { grade: 'A', areaSquareMetres: 0 } },
      { ...household, water: { interruptionDaysPerYear: 366 } },
      { ...household, members: [{ ...head, idNumber: head.idNumber.slice(0, 17) + 'x' }] },
      { ...household, members: [{ ...head, documentType: 'passport', idNumber: 'E 1' }] },
      { ...household, status: 'exited', policySupport: 'ended' },
      inherited,
      nullPrototype,
      hidden,
      new Map(Object.entries(household)),
      Object.assign([], household),
    ];
    for (const record of cases) {
      const expected = HouseholdSchema.safeParse(record);
      const out = parse(record);
      if (expected.success) expect(out).toStrictEqual(expected.data);
      else expect(out).toBe(INVALID);
      expect(validate(HouseholdSchema, record)).toEqual(slow(record));
    }
  });

  it('lets a throwing getter reach the schema, which reports the record unreadable or its issues', () => {
    const record = { ...household };
    Object.defineProperty(record, 'status', {
      enumerable: true,
      get() {
        throw new Error('hostile');
      },
    });
    expect(() => parse(record)).toThrow('hostile');
    expect(validate(HouseholdSchema, record).ok).toBe(false);
  });
});

describe('planParser', () => {
  it('refuses what it cannot parse exactly as zod does', () => {
    for (const schema of [
      z.union([z.string(), z.number()]),
      z.string().email(),
      z.string().min(2),
      z.number().multipleOf(5),
      z.object({ a: z.string() }).catchall(z.number()),
      z.object({ a: z.string().default('x') }),
      z.string().refine((s) => s !== 'x'),
      z.object({ a: z.string() }).passthrough(),
    ]) {
      expect(() => planParser(schema), String(schema.def.type)).toThrow(UnsupportedSchemaError);
    }
  });

  it('gives a stale parser no use: validation falls back and stays exact', () => {
    let calls = 0;
    const schema = withGeneratedParser(z.object({ a: z.string() }).strict(), 'not-the-hash', () => {
      calls++;
      return () => ({ wrong: true });
    });
    expect(generatedParserFor(schema)).toBeUndefined();
    expect(calls).toBe(0);
    expect(validate(schema, { a: 'x' })).toEqual({ ok: true, value: { a: 'x' } });
    expect(validate(schema, { a: 1 }).ok).toBe(false);
  });

  it('uses a parser whose hash is its plan\'s, and strips unknown keys of a non-strict object', () => {
    const schema = z.object({ a: z.string().trim(), b: z.number().int().min(0).optional() });
    const plan = planParser(schema);
    const made = withGeneratedParser(schema, plan.hash, (c) => {
      // What the generated file would hold, written by hand for this small schema.
      const [invalid, trim] = c as [symbol, (s: string) => string];
      return (input: unknown) => {
        if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalid;
        const r = input as Record<string, unknown>;
        if (typeof r.a !== 'string') return invalid;
        const a = trim(r.a);
        const b = r.b;
        if (b !== undefined && (typeof b !== 'number' || !Number.isSafeInteger(b) || b < 0)) return invalid;
        const out: Record<string, unknown> = { a };
        if ('b' in r) out.b = b;
        return out;
      };
    });
    expect(plan.body).not.toContain(' in input) {\n');
    expect(plan.body).not.toMatch(/for \(const v\d+ in/);
    expect(generatedParserFor(made)?.({ a: ' x ', b: 1, c: 2 })).toStrictEqual({ a: 'x', b: 1 });
    expect(validate(made, { a: ' x ', c: 2 })).toEqual({ ok: true, value: { a: 'x' } });
  });
});
