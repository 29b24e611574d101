import type { Evidence, Locale, Message, MessageTemplate, Path, Reason } from './types';

/**
 * A reason code with its templates resolved once (at catalog definition), so that building a
 * reason on the hot path does no look-up by a dynamic key.
 * 模板已解析的理由代码。
 * @internal
 */
export interface ReasonKind<C extends string = string> {
  readonly code: C;
  readonly zh: (evidence: Evidence) => string;
  readonly en: (evidence: Evidence) => string;
}

/** @internal Resolves one code of a template map into a frozen {@link ReasonKind}. */
export function resolveKind<C extends string>(code: C, template: MessageTemplate): ReasonKind<C> {
  return Object.freeze({ code, zh: template['zh-CN'], en: template.en });
}

/**
 * A reason whose message is rendered on demand. Own enumerable fields: `code`, `path`,
 * `evidence`. `message` is a getter on the prototype: the first read renders both locales and
 * keeps them; `toJSON` writes all four fields, so `JSON.stringify` carries zh-CN and en.
 * @internal
 */
class RenderedOnDemand<C extends string> implements Reason<C> {
  readonly code: C;
  readonly path: Path;
  readonly evidence: Evidence;
  readonly #kind: ReasonKind<C>;
  #message: Message | undefined;

  constructor(kind: ReasonKind<C>, path: Path, evidence: Evidence) {
    this.code = kind.code;
    this.path = path;
    this.evidence = evidence;
    this.#kind = kind;
    this.#message = undefined;
  }

  get message(): Message {
    return (this.#message ??= Object.freeze({ 'zh-CN': this.#kind.zh(this.evidence), en: this.#kind.en(this.evidence) }));
  }

  /** Renders one locale without rendering (or keeping) the other. @internal */
  render(locale: Locale): string {
    const kept = this.#message;
    if (kept !== undefined) return kept[locale];
    return locale === 'en' ? this.#kind.en(this.evidence) : this.#kind.zh(this.evidence);
  }

  /** Own fields (code, path, evidence and any a concept adds, such as `issues`), then `message`. */
  toJSON(): { code: C; path: Path; evidence: Evidence; message: Message } {
    return { ...this, message: this.message };
  }
}

/**
 * Builds a reason of a resolved {@link ReasonKind}; nothing is rendered until `message` is read.
 * @internal
 */
export function reasonOf<C extends string>(kind: ReasonKind<C>, path: Path, evidence: Evidence): Reason<C> {
  return new RenderedOnDemand(kind, path, evidence);
}

/**
 * Whether a value is a reason built by the library (message rendered on demand).
 * 是否为本库生成的（按需渲染消息的）理由。
 *
 * @example
 * isLazyReason(HOUSEHOLD_CATALOG.reason('food/missing', ['foodSecure'])) //=> true
 * isLazyReason({ code: 'x', path: [], evidence: {}, message: { 'zh-CN': '', en: '' } }) //=> false
 */
export function isLazyReason(value: unknown): value is Reason {
  return value instanceof RenderedOnDemand;
}

/**
 * The message of a reason in one locale. For a reason built by the library only that locale is
 * rendered; any other `Reason` (a plain object, a parsed JSON reason) has its `message[locale]` read.
 * 按语言渲染理由消息（只渲染所需语言）。
 *
 * @param reason - a reason, built by the library or plain
 * @param locale - `'zh-CN'` (default) or `'en'`
 * @returns the message text
 * @example
 * formatReason(HOUSEHOLD_CATALOG.reason('food/missing', ['foodSecure']), 'en')
 * //=> 'no finding on food recorded at the household visit'
 */
export function formatReason(reason: Reason, locale: Locale = 'zh-CN'): string {
  if (reason instanceof RenderedOnDemand) return reason.render(locale);
  return reason.message[locale];
}

/**
 * A plain-data copy of a reason with both locales rendered: `{ code, path, evidence, message }`
 * plus any own field a concept adds (such as a ledger refusal's `issues`). Use it before `structuredClone`, `postMessage` or a spread when
 * the message must travel (those copy own fields and skip the on-demand `message` getter).
 * 理由的纯数据副本（两种语言均已渲染），用于 structuredClone、postMessage 或展开运算。
 *
 * @param reason - a reason
 * @returns a new plain object
 * @example
 * plainReason(HOUSEHOLD_CATALOG.reason('food/missing', ['foodSecure']))
 * //=> { code: 'food/missing', path: ['foodSecure'], evidence: {},
 * //     message: { 'zh-CN': '未记录入户核实的吃饭情况', en: 'no finding on food recorded at the household visit' } }
 */
export function plainReason<R extends Reason>(reason: R): Omit<R, 'message'> & { message: Message } {
  const message = reason.message;
  return { ...reason, message: { 'zh-CN': message['zh-CN'], en: message.en } };
}
