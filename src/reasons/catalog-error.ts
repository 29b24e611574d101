import { DomainError, TuopinError } from '../errors';
import type { Catalog } from './define-catalog';
import type { Evidence } from './types';

// Errors whose text comes from a catalog like every other message: `message` is
// `tuopin: code: 中文 / English`, `localized` holds both texts and `evidence` what they rest on.
// 由消息目录生成的错误：消息中文在前，证据为结构化字段。

type ErrorClass<E extends TuopinError> = new (code: string, message: string, detail: { evidence: Evidence; localized: { 'zh-CN': string; en: string } }) => E;

/**
 * An error of `key` in `catalog`, thrown with `code` (the catalog key by default: a key may name
 * one of several messages of one public code).
 * @internal
 */
export function catalogError<K extends string, E extends TuopinError = DomainError>(
  catalog: Catalog<K>,
  key: K,
  evidence: Evidence = {},
  options: { readonly code?: string; readonly as?: ErrorClass<E> } = {},
): E {
  const kind = catalog.kind(key);
  const localized = Object.freeze({ 'zh-CN': kind.zh(evidence), en: kind.en(evidence) });
  const As = (options.as ?? DomainError) as ErrorClass<E>;
  return new As(options.code ?? key, `${localized['zh-CN']} / ${localized.en}`, { evidence, localized });
}

/** {@link catalogError} for a plain `TuopinError` (a misuse that is not about a domain value). @internal */
export const tuopinError = <K extends string>(catalog: Catalog<K>, key: K, evidence: Evidence = {}, code?: string): TuopinError =>
  catalogError(catalog, key, evidence, { ...(code === undefined ? {} : { code }), as: TuopinError as ErrorClass<TuopinError> });

/** A value a caller gave, as the errors show it: strings quoted as JSON, anything else by `String`. @internal */
export function given(value: unknown): string {
  if (typeof value === 'string' || (typeof value === 'object' && value !== null)) {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}
