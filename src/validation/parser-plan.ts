import { z } from 'zod';
import { cyrb53 } from '../hash/cyrb53';
import { refinementPredicate } from './fast-path';

// The plan of a generated parser (issue 10): the source of a function that parses what a zod
// schema accepts, with no closure, payload or issue per field, and the constants it needs
// (enum sets, regular expressions, zod's own transforms, tuopin's refinements as predicates).
//
// One walk of the schema gives both. `scripts/generate-parsers.ts` writes the source into
// `src/validation/generated/` at development time, with a hash of it; at run time the walk is made
// again (once per schema) for the constants, and the generated parser is used only when the hash
// of the source it would write is the committed one. So a schema edited without regenerating,
// or a zod release that describes a schema differently, makes the parser stale: validation falls
// back to the compiled twin (still exact), and `test/records/generated-parser.test.ts` fails until
// `npm run generate:parsers` is run. Nothing is evaluated from text at run time (no `new
// Function`), so it works where a content security policy forbids it.
//
// Only what tuopin's record schemas use is supported, each kind with zod's own semantics; any
// other kind of schema or check throws `UnsupportedSchemaError`, and such a schema gets no
// generated parser. The parser returns a fresh output value, or INVALID; INVALID means only "let
// zod decide": the schema then parses the record itself, for its issues.

/** A schema the planner cannot generate a parser for (the message names what). @internal */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
}

/** The plan: the parser's body (a function of `input`), its constants, and the body's hash. @internal */
export interface ParserPlan {
  readonly body: string;
  readonly constants: readonly unknown[];
  readonly hash: string;
}

interface Context {
  readonly lines: string[];
  readonly constants: unknown[];
  readonly names: Map<unknown, string>;
  vars: number;
  indent: string;
}

/** The sentinel every generated parser returns for "not accepted"; its constant `c0`. @internal */
export const INVALID: unique symbol = Symbol('tuopin.validation.invalid');

function constant(ctx: Context, value: unknown): string {
  let name = ctx.names.get(value);
  if (name === undefined) {
    name = `c${ctx.constants.length}`;
    ctx.constants.push(value);
    ctx.names.set(value, name);
  }
  return name;
}

function variable(ctx: Context): string {
  return `v${ctx.vars++}`;
}

function write(ctx: Context, line: string): void {
  ctx.lines.push(ctx.indent + line);
}

/** The zod definition of a check (its kind and operands). */
interface CheckDef {
  readonly check?: unknown;
  readonly [key: string]: unknown;
}

function checksOf(schema: z.ZodType): readonly CheckDef[] {
  const checks = (schema.def as unknown as { checks?: readonly { _zod?: { def?: CheckDef } }[] }).checks ?? [];
  return checks.map((check) => {
    const def = check._zod?.def;
    if (def === undefined) throw new UnsupportedSchemaError('a check without a definition');
    if (def.when !== undefined && def.check !== 'min_length' && def.check !== 'max_length') {
      throw new UnsupportedSchemaError(`a ${String(def.check)} check with a condition`);
    }
    return def;
  });
}

function finiteNumber(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new UnsupportedSchemaError(`${what} bound ${String(value)}`);
  return String(value);
}

/**
 * Writes the statements that check `value` (an expression naming a local) against `schema`, and
 * returns the expression of its output.
 */
function emit(ctx: Context, schema: z.ZodType, value: string): string {
  const predicate = refinementPredicate(schema);
  if (predicate !== undefined) {
    const base = predicate.base;
    const out = emit(ctx, base, value);
    write(ctx, `if (!${constant(ctx, predicate.test)}(${out})) return c0;`);
    return out;
  }
  const def = schema.def as { type: string };
  switch (def.type) {
    case 'object':
      return emitObject(ctx, schema as z.ZodObject, value);
    case 'array':
      return emitArray(ctx, schema as z.ZodArray<z.ZodType>, value);
    case 'string':
      return emitString(ctx, schema, value);
    case 'number':
      return emitNumber(ctx, schema, value);
    case 'boolean':
      if (checksOf(schema).length > 0) throw new UnsupportedSchemaError('a boolean with checks');
      write(ctx, `if (typeof ${value} !== "boolean") return c0;`);
      return value;
    case 'enum': {
      if (checksOf(schema).length > 0) throw new UnsupportedSchemaError('an enum with checks');
      const options = (schema as z.ZodEnum).options as readonly unknown[];
      write(ctx, `if (!${constant(ctx, new Set(options))}.has(${value})) return c0;`);
      return value;
    }
    default:
      throw new UnsupportedSchemaError(`a schema of type ${def.type}`);
  }
}

function emitString(ctx: Context, schema: z.ZodType, value: string): string {
  write(ctx, `if (typeof ${value} !== "string") return c0;`);
  let current = value;
  for (const check of checksOf(schema)) {
    switch (check.check) {
      case 'overwrite': {
        // zod's trim, toLowerCase …: the function itself, applied where zod applies it.
        if (typeof check.tx !== 'function') throw new UnsupportedSchemaError('an overwrite without a function');
        const next = variable(ctx);
        write(ctx, `const ${next} = ${constant(ctx, check.tx)}(${current});`);
        current = next;
        break;
      }
      case 'min_length':
        // zod counts code points; a string of n ≥ 1 code units has at least one, so a minimum
        // of 1 is a test of the length. Other minimums are not needed here.
        if (check.minimum !== 1) throw new UnsupportedSchemaError(`a minimum length of ${String(check.minimum)}`);
        write(ctx, `if (${current}.length < 1) return c0;`);
        break;
      case 'string_format': {
        if (check.format !== 'regex' || !(check.pattern instanceof RegExp)) {
          throw new UnsupportedSchemaError(`a string format ${String(check.format)}`);
        }
        const pattern = constant(ctx, check.pattern);
        write(ctx, `${pattern}.lastIndex = 0;`);
        write(ctx, `if (!${pattern}.test(${current})) return c0;`);
        break;
      }
      default:
        throw new UnsupportedSchemaError(`a string check ${String(check.check)}`);
    }
  }
  return current;
}

function emitNumber(ctx: Context, schema: z.ZodType, value: string): string {
  write(ctx, `if (typeof ${value} !== "number" || !Number.isFinite(${value})) return c0;`);
  for (const check of checksOf(schema)) {
    switch (check.check) {
      case 'greater_than':
        write(ctx, `if (${value} ${check.inclusive === true ? '<' : '<='} ${finiteNumber(check.value, 'a lower')}) return c0;`);
        break;
      case 'less_than':
        write(ctx, `if (${value} ${check.inclusive === true ? '>' : '>='} ${finiteNumber(check.value, 'an upper')}) return c0;`);
        break;
      case 'number_format':
        if (check.format !== 'safeint') throw new UnsupportedSchemaError(`a number format ${String(check.format)}`);
        write(ctx, `if (!Number.isSafeInteger(${value})) return c0;`);
        break;
      default:
        throw new UnsupportedSchemaError(`a number check ${String(check.check)}`);
    }
  }
  return value;
}

function emitArray(ctx: Context, schema: z.ZodArray<z.ZodType>, value: string): string {
  write(ctx, `if (!Array.isArray(${value})) return c0;`);
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') write(ctx, `if (${value}.length < ${finiteNumber(check.minimum, 'a minimum length')}) return c0;`);
    else if (check.check === 'max_length') write(ctx, `if (${value}.length > ${finiteNumber(check.maximum, 'a maximum length')}) return c0;`);
    else throw new UnsupportedSchemaError(`an array check ${String(check.check)}`);
  }
  const out = variable(ctx);
  const index = variable(ctx);
  const element = variable(ctx);
  write(ctx, `const ${out}: any[] = new Array(${value}.length);`);
  write(ctx, `for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {`);
  const outer = ctx.indent;
  ctx.indent += '  ';
  write(ctx, `const ${element} = ${value}[${index}];`);
  const parsed = emit(ctx, schema.element as z.ZodType, element);
  write(ctx, `${out}[${index}] = ${parsed};`);
  ctx.indent = outer;
  write(ctx, '}');
  return out;
}

function emitObject(ctx: Context, schema: z.ZodObject, value: string): string {
  if (checksOf(schema).length > 0) throw new UnsupportedSchemaError('an object with checks');
  const catchall = (schema.def as unknown as { catchall?: { def: { type: string } } }).catchall;
  const strict = catchall !== undefined;
  if (strict && catchall.def.type !== 'never') throw new UnsupportedSchemaError('an object with a catchall');
  write(ctx, `if (typeof ${value} !== "object" || ${value} === null || Array.isArray(${value})) return c0;`);
  const shape = schema.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  // zod tests `key in input` for each key right after parsing its value (handlePropertyResult),
  // not once at the end: a required key absent by then is rejected (nonoptional), and an optional
  // one is in the output exactly when it was present then. Only a getter that deletes or defines
  // a key of its object, or a proxy, can tell the difference; the parser does as zod does.
  const outputs: { key: string; out: string; present?: string }[] = [];
  for (const key of keys) {
    const literal = JSON.stringify(key);
    const field = shape[key] as z.ZodType;
    const input = variable(ctx);
    write(ctx, `const ${input} = ${value}[${literal}];`);
    if ((field.def as { type: string }).type === 'optional') {
      // z.exactOptional has the same type but rejects an explicit undefined: not planned.
      if (field._zod.traits.has('$ZodExactOptional')) throw new UnsupportedSchemaError('an exact optional');
      // zod: an absent or undefined value is accepted as undefined, present in the output when the
      // key is in the input; anything else is parsed by the inner schema.
      const inner = (field as z.ZodOptional<z.ZodType>).unwrap() as z.ZodType;
      if (checksOf(field).length > 0) throw new UnsupportedSchemaError('an optional with checks');
      const out = variable(ctx);
      write(ctx, `let ${out}: any;`);
      write(ctx, `if (${input} !== undefined) {`);
      const outer = ctx.indent;
      ctx.indent += '  ';
      const parsed = emit(ctx, inner, input);
      write(ctx, `${out} = ${parsed};`);
      ctx.indent = outer;
      write(ctx, '}');
      const present = variable(ctx);
      write(ctx, `const ${present} = ${literal} in ${value};`);
      outputs.push({ key, out, present });
    } else {
      const out = emit(ctx, field, input);
      write(ctx, `if (!(${literal} in ${value})) return c0;`);
      outputs.push({ key, out });
    }
  }
  if (strict) {
    const key = variable(ctx);
    write(ctx, `for (const ${key} in ${value}) {`);
    write(ctx, `  if (${keys.map((k) => `${key} !== ${JSON.stringify(k)}`).join(' && ') || 'true'}) return c0;`);
    write(ctx, '}');
  }
  const out = variable(ctx);
  write(ctx, `const ${out}: any = {};`);
  for (const field of outputs) {
    const literal = JSON.stringify(field.key);
    if (field.present !== undefined) write(ctx, `if (${field.present}) ${out}[${literal}] = ${field.out};`);
    else write(ctx, `${out}[${literal}] = ${field.out};`);
  }
  return out;
}

/**
 * The plan of the parser of `schema`: its body, constants and hash. Throws
 * {@link UnsupportedSchemaError} for a schema it cannot parse exactly as zod does.
 * @internal
 */
export function planParser(schema: z.ZodType): ParserPlan {
  const ctx: Context = { lines: [], constants: [], names: new Map(), vars: 0, indent: '' };
  constant(ctx, INVALID);
  const out = emit(ctx, schema, 'input');
  write(ctx, `return ${out};`);
  const body = ctx.lines.join('\n');
  const hash = cyrb53(`${ctx.constants.length}\n${body}`).toString(36);
  return { body, constants: ctx.constants, hash };
}

/** A parser generated from a plan: the output of a record it accepts, else {@link INVALID}. @internal */
export type GeneratedParser = (input: unknown) => unknown;

interface Generated {
  readonly hash: string;
  readonly create: (constants: readonly unknown[]) => GeneratedParser;
  parser?: GeneratedParser | null;
}

/** Generated parsers by schema, registered where the schemas are defined. */
const generatedParsers = new WeakMap<z.ZodType, Generated>();

/**
 * Records `create` (a factory written by `scripts/generate-parsers.ts`) as the generated parser of
 * `schema`, valid while the schema's plan has `hash`. Returns the schema.
 * @internal
 */
export function withGeneratedParser<S extends z.ZodType>(schema: S, hash: string, create: (constants: readonly unknown[]) => GeneratedParser): S {
  generatedParsers.set(schema, { hash, create });
  return schema;
}

/**
 * The generated parser of `schema`, made on first use from the plan's constants; `undefined` when
 * it has none, or when its plan is no longer the one it was generated from (stale), or cannot be
 * made: the caller then uses the compiled twin.
 * @internal
 */
export function generatedParserFor(schema: z.ZodType): GeneratedParser | undefined {
  const entry = generatedParsers.get(schema);
  if (entry === undefined) return undefined;
  if (entry.parser === undefined) {
    let parser: GeneratedParser | null = null;
    try {
      const plan = planParser(schema);
      if (plan.hash === entry.hash) parser = entry.create(plan.constants);
    } catch {
      parser = null;
    }
    entry.parser = parser;
  }
  return entry.parser ?? undefined;
}
