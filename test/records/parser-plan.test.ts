import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refineWithTwin } from '../../src/validation/fast-path';
import { INVALID, planParser } from '../../src/validation/parser-plan';

// The planner on its own, on small schemas of every kind it supports: the body it plans is
// evaluated here (a test may use `new Function`; the library never does) and must accept exactly
// what zod accepts, with zod's output.

function parserOf(schema: z.ZodType): (input: unknown) => unknown {
  const plan = planParser(schema);
  const names = plan.constants.map((_, i) => `c${i}`);
  // The body is TypeScript only in its `: any` annotations.
  const body = plan.body.replace(/: any(\[\])?/g, '');
  return new Function(...names, `return (input) => {\n${body}\n};`)(...plan.constants) as (input: unknown) => unknown;
}

const noMultipleOfSeven = refineWithTwin(z.number(), (n, ctx) => {
  if (n % 7 === 0) ctx.addIssue({ code: 'custom', message: 'seven' });
});

const SCHEMAS: Record<string, z.ZodType> = {
  'exclusive and inclusive bounds': z.object({ a: z.number().gt(0).lt(10), b: z.number().min(0).max(10), c: z.number().int().positive().optional() }).strict(),
  'negative bounds': z.number().gte(-5).lte(-1),
  'strings: trim, min 1, regex': z.object({ s: z.string().trim().min(1), p: z.string().regex(/^[a-c]{2}$/).optional() }),
  'arrays with bounds': z.array(z.enum(['x', 'y'])).min(1).max(3),
  'nested optional objects, strip': z.object({ o: z.object({ b: z.boolean(), n: z.number().optional() }).optional() }),
  'a refinement as a predicate': z.object({ n: noMultipleOfSeven, list: z.array(noMultipleOfSeven).optional() }).strict(),
  'an empty strict object': z.object({}).strict(),
};

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.integer({ min: -12, max: 14 }),
    fc.double(),
    fc.constantFrom(0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 10, 7, 14),
    fc.boolean(),
    fc.constantFrom('', ' ', ' x ', 'ab', 'ca', 'x', 'y', 'z', '\u3000', 'abc'),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 's', 'p', 'o', 'n', 'list', 'extra'), tie('any'), { maxKeys: 5 }),
  ),
})).any;

/** Inputs near each schema's accepted values (each field sometimes any value at all). */
const num = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true }), value);
const NEAR: Record<string, fc.Arbitrary<unknown>> = {
  'exclusive and inclusive bounds': fc.record({ a: num(-1, 11), b: num(-1, 11), c: num(-1, 3), extra: value }, { requiredKeys: ['a', 'b'] }),
  'negative bounds': num(-7, 1),
  'strings: trim, min 1, regex': fc.record({ s: value, p: fc.oneof(fc.constantFrom('ab', 'cc', 'ad', 'abc'), value), extra: value }, { requiredKeys: ['s'] }),
  'arrays with bounds': fc.array(fc.oneof(fc.constantFrom('x', 'y'), value), { maxLength: 5 }),
  'nested optional objects, strip': fc.record({ o: fc.oneof(fc.record({ b: fc.oneof(fc.boolean(), value), n: num(0, 9), m: value }, { requiredKeys: [] }), value) }, { requiredKeys: [] }),
  'a refinement as a predicate': fc.record({ n: num(0, 15), list: fc.oneof(fc.array(num(0, 15), { maxLength: 3 }), value) }, { requiredKeys: ['n'] }),
  'an empty strict object': fc.oneof(fc.constant({}), value),
};

describe('planParser', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`plans a parser that agrees with zod: ${name}`, () => {
      const parse = parserOf(schema);
      const outcomes = new Set<boolean>();
      fc.assert(
        fc.property(fc.oneof(value, NEAR[name] as fc.Arbitrary<unknown>), (input) => {
          const expected = schema.safeParse(input);
          const out = parse(input);
          outcomes.add(expected.success);
          if (expected.success) expect(out).toStrictEqual(expected.data);
          else expect(out).toBe(INVALID);
        }),
        { numRuns: 1500 },
      );
      expect(outcomes).toEqual(new Set([true, false]));
    });
  }

  it('plans the same values on chosen edges as zod', () => {
    const bounds = parserOf(SCHEMAS['exclusive and inclusive bounds'] as z.ZodType);
    expect(bounds({ a: 0, b: 0 })).toBe(INVALID);
    expect(bounds({ a: 10, b: 10 })).toBe(INVALID);
    expect(bounds({ a: 0.5, b: 10 })).toStrictEqual({ a: 0.5, b: 10 });
    expect(bounds({ a: 9.99, b: 0, c: 1 })).toStrictEqual({ a: 9.99, b: 0, c: 1 });
    expect(bounds({ a: 1, b: 1, c: 0 })).toBe(INVALID);
    expect(bounds({ a: 1, b: 1, c: undefined })).toStrictEqual({ a: 1, b: 1, c: undefined });
    const strings = parserOf(SCHEMAS['strings: trim, min 1, regex'] as z.ZodType);
    expect(strings({ s: '  甲 ', extra: 1 })).toStrictEqual({ s: '甲' });
    expect(strings({ s: '\u3000' })).toBe(INVALID);
    expect(strings({ s: 'x', p: 'abc' })).toBe(INVALID);
    const refined = parserOf(SCHEMAS['a refinement as a predicate'] as z.ZodType);
    expect(refined({ n: 7 })).toBe(INVALID);
    expect(refined({ n: 8, list: [1, 14] })).toBe(INVALID);
    expect(refined({ n: 8, list: [1, 2] })).toStrictEqual({ n: 8, list: [1, 2] });
    const arrays = parserOf(SCHEMAS['arrays with bounds'] as z.ZodType);
    expect(arrays([])).toBe(INVALID);
    expect(arrays(['x', 'y', 'x', 'y'])).toBe(INVALID);
    expect(arrays(['y'])).toStrictEqual(['y']);
  });

  it('gives a plan whose hash changes with the code and its constants\' count, not with their contents', () => {
    const a = planParser(z.object({ k: z.enum(['a', 'b']) }));
    const b = planParser(z.object({ k: z.enum(['a', 'b', 'c']) }));
    const c = planParser(z.object({ k: z.number().max(3) }));
    const d = planParser(z.object({ k: z.number().max(4) }));
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(d.hash);
    expect(a.hash).not.toBe(c.hash);
  });
});
