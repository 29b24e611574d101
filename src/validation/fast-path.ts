import { z } from 'zod';

// The validation fast path (issue 10). A zod `superRefine` gives every refinement a context with
// an `addIssue` closure on each call, and z.compile's code for it allocates a payload per call:
// a household runs a dozen of them, and the garbage dominated `validate(HouseholdSchema)`. Here
// each schema is checked first by its *twin*: the same schema (same shape, enums, checks and
// strictness, the very same child schemas where nothing is refined) in which each of tuopin's
// refinements is a plain predicate (`.refine`), compiled by zod (`z.compile`). The twin is
// derived from the schema when first needed; the schema stays the only definition. A record the
// twin accepts is returned as the twin parsed it; any other record goes through the schema
// itself, so the issues are exactly the schema's. No global zod setting is touched.

/** The part of zod's refinement context tuopin's refinements use (through `addIssue`). */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[]; params?: Record<string, unknown> }): void;
}

/** A refinement as tuopin writes it: adds issues to the sink, returns nothing. */
export type Refinement<T> = (value: T, ctx: IssueSink) => void;

interface Refined {
  readonly base: z.ZodType;
  readonly refinement: Refinement<never>;
}

/**
 * Which schema is which refinement of which base. Filled when the schemas are defined (module
 * load) and never changed after: a definition-time registry, like zod's own `z.registry`.
 */
const refinedSchemas = new WeakMap<z.ZodType, Refined>();

/**
 * `base.superRefine(refinement)`, recorded so that the schema's twin can run the same
 * refinement as a plain predicate. Use it for every refinement of a record schema; a schema
 * refined otherwise still validates correctly, only without the fast path for that part.
 * @internal
 */
export function refineWithTwin<S extends z.ZodType>(base: S, refinement: Refinement<z.output<S>>): S {
  const refined = base.superRefine(refinement as (value: z.output<S>, ctx: z.RefinementCtx<z.output<S>>) => void) as S;
  refinedSchemas.set(refined, { base, refinement: refinement as Refinement<never> });
  return refined;
}

/**
 * The sink a predicate hands to a refinement: it only records that an issue was added. One
 * object, reused by every call and reset before each (refinements run synchronously and do not
 * validate anything themselves), so a predicate allocates nothing.
 */
const sink: IssueSink & { failed: boolean } = {
  failed: false,
  addIssue() {
    this.failed = true;
  },
};

/** The predicate of each refinement, made once (so that the same refinement is one constant). */
const predicates = new WeakMap<Refinement<never>, (value: unknown) => boolean>();

/** The refinement as a predicate: true when it adds no issue. */
function predicate(refinement: Refinement<never>): (value: unknown) => boolean {
  let test = predicates.get(refinement);
  if (test === undefined) {
    test = makePredicate(refinement);
    predicates.set(refinement, test);
  }
  return test;
}

function makePredicate(refinement: Refinement<never>): (value: unknown) => boolean {
  return (value) => {
    const outer = sink.failed;
    sink.failed = false;
    try {
      refinement(value as never, sink);
      return !sink.failed;
    } finally {
      sink.failed = outer;
    }
  };
}

/**
 * The twin of a schema: itself where nothing inside is a recorded refinement, else a clone of
 * the container with its children's twins (objects, arrays, optionals, nullables), and for a
 * recorded refinement the twin of its base refined by the predicate. Any other kind of schema is
 * kept as it is (still exact: it is the schema itself).
 */
function twinOf(schema: z.ZodType, seen: Map<z.ZodType, z.ZodType | null>): z.ZodType {
  const done = seen.get(schema);
  if (done !== undefined) return done ?? schema; // null: in progress (a cycle), keep the schema
  seen.set(schema, null);
  const twin = deriveTwin(schema, seen);
  seen.set(schema, twin);
  return twin;
}

function deriveTwin(schema: z.ZodType, seen: Map<z.ZodType, z.ZodType | null>): z.ZodType {
  const refined = refinedSchemas.get(schema);
  if (refined !== undefined) return twinOf(refined.base, seen).refine(predicate(refined.refinement));
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const twins: Record<string, z.ZodType> = {};
    let changed = false;
    for (const key of Object.keys(shape)) {
      const child = shape[key] as z.ZodType;
      const twin = twinOf(child, seen);
      twins[key] = twin;
      if (twin !== child) changed = true;
    }
    return changed ? schema.clone({ ...schema.def, shape: twins }) : schema;
  }
  if (schema instanceof z.ZodArray) {
    const element = twinOf(schema.element as z.ZodType, seen);
    return element === schema.element ? schema : schema.clone({ ...schema.def, element });
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    const inner = schema.unwrap() as z.ZodType;
    const twin = twinOf(inner, seen);
    return twin === inner ? schema : (schema as z.ZodType).clone({ ...schema.def, innerType: twin } as never);
  }
  return schema;
}

/**
 * For a schema made by {@link refineWithTwin}: its base and its refinement as a predicate (true
 * when the refinement adds no issue, allocating nothing); `undefined` for any other schema.
 * @internal
 */
export function refinementPredicate(schema: z.ZodType): { readonly base: z.ZodType; readonly test: (value: unknown) => boolean } | undefined {
  const refined = refinedSchemas.get(schema);
  return refined === undefined ? undefined : { base: refined.base, test: predicate(refined.refinement) };
}

/** Compiled twins by schema; `null` when a schema has no twin (nothing refined inside). */
const twins = new WeakMap<z.ZodType, z.ZodType | null>();

/**
 * The compiled twin of a schema, or `undefined` when it has none (nothing refined by
 * {@link refineWithTwin} inside it) or when zod cannot compile it.
 * @internal
 */
export function twinFor(schema: z.ZodType): z.ZodType | undefined {
  let twin = twins.get(schema);
  if (twin === undefined) {
    const derived = twinOf(schema, new Map());
    const compile = (z as { compile?: <T extends z.ZodType>(s: T) => T }).compile;
    if (derived === schema) twin = null;
    else if (typeof compile !== 'function') twin = derived;
    else {
      // A compiled schema's safeParse runs the generated parser and, when it rejects, the
      // source schema's own safeParse for the issues. The twin's issues are never read (the
      // schema's are), so its safeParse is a constant rejection: a record the twin rejects costs
      // one generated parse, not also a full parse by the twin's runtime. Should a zod release
      // stop calling it, the runtime's answer is the same rejection, only slower
      // (test/records/fast-path.test.ts checks that it is still called).
      Object.defineProperty(derived, 'safeParse', { value: rejectedByTwin });
      twin = compile(derived);
    }
    twins.set(schema, twin);
  }
  return twin ?? undefined;
}

const REJECTED_BY_TWIN = Object.freeze({ success: false as const, error: undefined });

/** The twin's own safeParse: a constant rejection (see {@link twinFor}). @internal */
export function rejectedByTwin(): typeof REJECTED_BY_TWIN {
  return REJECTED_BY_TWIN;
}

/** What {@link fastParse} returns when the twin does not accept the record. */
export const NOT_ACCEPTED: unique symbol = Symbol('tuopin.validation.not-accepted');

/**
 * Parses `input` with the schema's twin: the parsed value when the twin accepts it, else
 * {@link NOT_ACCEPTED} (the twin rejects it, the schema has no twin, or reading the record threw):
 * the caller then validates with the schema itself, for its issues.
 * @internal
 */
export function fastParse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | typeof NOT_ACCEPTED {
  const twin = twinFor(schema);
  if (twin === undefined) return NOT_ACCEPTED;
  try {
    const result = twin.safeParse(input);
    return result.success ? (result.data as z.output<S>) : NOT_ACCEPTED;
  } catch {
    return NOT_ACCEPTED;
  }
}
