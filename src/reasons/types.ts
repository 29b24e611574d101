/** Locales every message is rendered in: Chinese first, then English. 消息语言：中文在前，英文在后。 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message in every supported locale. 多语言消息。 */
export type Message = Readonly<Record<Locale, string>>;

/** A path into a record, as zod gives it: `['members', 0, 'schooling']`. */
export type Path = readonly (string | number)[];

/** Three states, never two: missing data is `unknown`, never a silent pass or fail. */
export type CheckStatus = 'met' | 'unmet' | 'unknown';

/** Evidence a reason rests on: plain values, personal data already masked. */
export type Evidence = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;

/**
 * Why a check came out as it did: a stable `code`, the `path` of the field it rests on, the
 * evidence used (masked where personal) and the message in every locale. Reasons the library
 * builds render `message` only when it is read (see `formatReason` and docs/rules.md).
 * 判定理由：稳定代码、所依据字段路径、证据（个人信息已脱敏）及中英文消息（读取时才渲染）。
 *
 * `C` narrows `code` to the codes of one catalog, so a `switch` over it can be exhaustive.
 */
export interface Reason<C extends string = string> {
  readonly code: C;
  readonly path: Path;
  readonly evidence: Evidence;
  readonly message: Message;
}

/** One named sub-check of a verdict. 一项子检查。 */
export interface Check<C extends string = string> {
  readonly status: CheckStatus;
  readonly reasons: readonly Reason<C>[];
}

/** Renders a message for each locale from the evidence. */
export type MessageTemplate = Readonly<Record<Locale, (evidence: Evidence) => string>>;

/** A catalog of reason codes and their templates. 理由代码与消息模板目录。 */
export type MessageCatalog = Readonly<Record<string, MessageTemplate>>;
