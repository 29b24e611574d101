import { defineCatalog } from '../reasons/define-catalog';
import { HOUSEHOLD_MESSAGES } from './messages';

/**
 * The catalog of household assessment and monitoring reasons (`income/…` to `monitoring/…`),
 * made by `defineCatalog` from {@link HOUSEHOLD_MESSAGES}.
 * 户评估与防返贫监测的消息目录。
 *
 * @example
 * HOUSEHOLD_CATALOG.has('food/missing') //=> true
 * formatReason(HOUSEHOLD_CATALOG.reason('food/missing', ['foodSecure']), 'zh-CN') //=> '未记录入户核实的吃饭情况'
 */
export const HOUSEHOLD_CATALOG = defineCatalog('household', HOUSEHOLD_MESSAGES);

/**
 * The messages of the household concept's errors, thrown with the catalog key as `code`
 * (`batch/not-iterable` as a `TuopinError`, `household/no-members` as a `DomainError`).
 * 户评估的错误消息。
 *
 * @example
 * HOUSEHOLD_ERRORS.render('household/no-members', {}, 'zh-CN') //=> '家庭至少有一名成员'
 */
export const HOUSEHOLD_ERRORS = defineCatalog('household-errors', {
  'household/no-members': { 'zh-CN': () => '家庭至少有一名成员', en: () => 'a household has at least one member' },
  'batch/not-iterable': {
    'zh-CN': (e) => `${String(e.argument)} 须为可迭代对象或异步可迭代对象`,
    en: (e) => `${String(e.argument)} must be an iterable or an async iterable`,
  },
});
