import { defineCatalog } from '../reasons/define-catalog';
import { VALIDATION_CATALOG } from '../validation/catalog';

/** What is wrong with the number, in the words of the validation catalog (`id/…`). */
const problem = (e: { readonly reason?: unknown }, locale: 'zh-CN' | 'en'): string => {
  const code = `id/${String(e.reason)}`;
  return VALIDATION_CATALOG.has(code) ? VALIDATION_CATALOG.render(code, {}, locale) : String(e.reason);
};

/**
 * The messages of the division and ID number functions' errors, thrown as `DomainError` with
 * the catalog key as `code`. 区划代码与身份证号码函数的错误消息。
 *
 * @example
 * CODES_ERRORS.render('id/invalid', { reason: 'length' }, 'en').startsWith('not a valid resident ID number') //=> true
 */
export const CODES_ERRORS = defineCatalog('codes-errors', {
  'id/invalid': {
    'zh-CN': (e) => `不是有效的身份证号码（${problem(e, 'zh-CN')}）`,
    en: (e) => `not a valid resident ID number (${problem(e, 'en')})`,
  },
});
