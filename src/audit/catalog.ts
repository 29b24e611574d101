import { defineCatalog } from '../reasons/define-catalog';
import { AUDIT_MESSAGES } from './messages';

/**
 * The catalog of the register audit (`audit/…`), made by `defineCatalog` from {@link AUDIT_MESSAGES}.
 * 户表核查的消息目录。
 *
 * @example
 * AUDIT_CATALOG.name //=> 'audit'
 * AUDIT_CATALOG.render('audit/no-head', { members: 3 }, 'zh-CN') //=> '3 名成员中没有户主'
 */
export const AUDIT_CATALOG = defineCatalog('audit', AUDIT_MESSAGES);

/** Which register of a diff, in words (前一期 / 后一期, the earlier / the later register). */
const WHICH_ZH: Readonly<Record<string, string>> = { before: '前一期', after: '后一期' };
const whichZh = (v: unknown): string => WHICH_ZH[String(v)] ?? String(v);
const WHICH_EN: Readonly<Record<string, string>> = { before: 'the earlier register', after: 'the later register' };
const whichEn = (v: unknown): string => WHICH_EN[String(v)] ?? String(v);

/**
 * The messages of the register diff's errors, thrown as `DomainError` with the catalog key as
 * `code`. 两期户表比对的错误消息。
 *
 * @example
 * AUDIT_ERRORS.render('diff/duplicate-household', { household: 'H-****01', which: 'after' }, 'zh-CN') //=> '户编号 H-****01 在后一期户表中重复'
 */
export const AUDIT_ERRORS = defineCatalog('audit-errors', {
  // The label of a problem of the thresholds table as a whole (an issue with an empty path).
  'audit/whole-thresholds': { 'zh-CN': () => '（整张阈值表）', en: () => '(thresholds)' },
  'diff/duplicate-household': {
    'zh-CN': (e) => `户编号 ${String(e.household)} 在${whichZh(e.which)}户表中重复`,
    en: (e) => `household ${String(e.household)} appears twice in ${whichEn(e.which)}`,
  },
  'diff/not-sorted': {
    'zh-CN': (e) => `${whichZh(e.which)}户表未按户编号排序：${String(e.household)} 排在 ${String(e.previous)} 之后`,
    en: (e) => `${whichEn(e.which)} is not sorted by household id: ${String(e.household)} comes after ${String(e.previous)}`,
  },
});
