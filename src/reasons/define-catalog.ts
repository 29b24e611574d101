import { TuopinError } from '../errors';
import { reasonOf, resolveKind, type ReasonKind } from './reason';
import type { Evidence, Locale, Message, MessageCatalog, MessageTemplate, Path, Reason } from './types';

/**
 * A message catalog: the reason codes of one concept, typed as a string-literal union, with
 * their templates resolved once. Build reasons with `reason` (or `kind` + `reasonOf` on a hot
 * path); their messages are rendered only when read.
 * 消息目录：一个概念的理由代码（字面量联合类型）及已解析的模板。
 */
export interface Catalog<C extends string = string> {
  /** A short name for the concept (`household`, `ledger`…), used in error messages and tests. */
  readonly name: string;
  /** Every code of the catalog, in definition order. */
  readonly codes: readonly C[];
  /** The templates as written, `{ code: { 'zh-CN': (e) => …, en: (e) => … } }`. */
  readonly templates: Readonly<Record<C, MessageTemplate>>;
  /** Whether a string is a code of this catalog. */
  has(code: string): code is C;
  /** The resolved kind of a code (frozen, one per code, shared). */
  kind<K extends C>(code: K): ReasonKind<K>;
  /** A reason of a code; `message` is rendered on demand. */
  reason<K extends C>(code: K, path: Path, evidence?: Evidence): Reason<K>;
  /** Renders one locale of a code from evidence, without building a reason. */
  render(code: C, evidence: Evidence, locale: Locale): string;
  /** Renders every locale of a code from evidence: `{ 'zh-CN': …, en: … }`. */
  message(code: C, evidence?: Evidence): Message;
}

const EMPTY: Evidence = Object.freeze({});
/** Marks the objects {@link defineCatalog} made (a non-enumerable symbol key). */
const BRAND: unique symbol = Symbol('tuopin.catalog');

/**
 * Defines a message catalog from templates written in the one catalog form of the library,
 * `{ 'concept/code': { 'zh-CN': (e) => string, en: (e) => string } }`. Each template is checked
 * and resolved once, here; `Catalog.reason` then only allocates the reason itself.
 * 由模板定义消息目录：代码为字面量联合类型，模板在此一次性解析。
 *
 * @param name - a short name for the concept
 * @param templates - the templates, zh-CN first then en, for every code
 * @returns a frozen {@link Catalog}
 * @throws {TuopinError} `reason/invalid-catalog` when a code has no function for a locale
 * @example
 * const demo = defineCatalog('demo', {
 *   'demo/above': { 'zh-CN': (e) => `高于 ${String(e.line)} 元`, en: (e) => `above ${String(e.line)} yuan` },
 * });
 * formatReason(demo.reason('demo/above', ['income'], { line: 4000 }), 'en') //=> 'above 4000 yuan'
 */
export function defineCatalog<const T extends MessageCatalog>(name: string, templates: T): Catalog<keyof T & string> {
  type C = keyof T & string;
  const codes = Object.keys(templates) as C[];
  const kinds = new Map<string, ReasonKind<C>>();
  for (const code of codes) {
    const template = templates[code];
    if (template === undefined || typeof template['zh-CN'] !== 'function' || typeof template.en !== 'function') {
      throw new TuopinError('reason/invalid-catalog', `${name}: ${code} needs a zh-CN and an en template`);
    }
    kinds.set(code, resolveKind(code, template));
  }
  const kindOf = <K extends C>(code: K): ReasonKind<K> => {
    const found = kinds.get(code);
    if (found === undefined) throw new TuopinError('reason/unknown-code', `no message for ${code} in ${name}`);
    return found as ReasonKind<K>;
  };
  const catalog: Catalog<C> = {
    name,
    codes: Object.freeze(codes),
    templates,
    has: (code: string): code is C => kinds.has(code),
    kind: kindOf,
    reason: (code, path, evidence = EMPTY) => reasonOf(kindOf(code), path, evidence),
    render: (code, evidence, locale) => {
      const k = kindOf(code);
      return locale === 'en' ? k.en(evidence) : k.zh(evidence);
    },
    message: (code, evidence = EMPTY) => {
      const k = kindOf(code);
      return { 'zh-CN': k.zh(evidence), en: k.en(evidence) };
    },
  };
  Object.defineProperty(catalog, BRAND, { value: true });
  return Object.freeze(catalog);
}

/**
 * Whether a value is a catalog made by {@link defineCatalog}. 是否为消息目录。
 * @example
 * isCatalog(HOUSEHOLD_CATALOG) //=> true
 * isCatalog(HOUSEHOLD_MESSAGES) //=> false
 */
export function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/** The code union of a catalog: `CodeOf<typeof HOUSEHOLD_CATALOG>`. 目录的代码联合类型。 */
export type CodeOf<K> = K extends Catalog<infer C> ? C : never;
