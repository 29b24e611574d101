import { defineCatalog } from '../reasons/define-catalog';
import { LEDGER_MESSAGES } from './messages';

/**
 * The catalog of the rectification ledger (`ledger/…`), made by `defineCatalog` from {@link LEDGER_MESSAGES}.
 * 整改台账的消息目录。
 *
 * @example
 * LEDGER_CATALOG.name //=> 'ledger'
 */
export const LEDGER_CATALOG = defineCatalog('ledger', LEDGER_MESSAGES);

/** The ways `ledgerSummary` groups, in words. */
const GROUP_ZH = '单位（unit）、责任单位（responsibleUnit）、类别（category）或来源（source）';

/**
 * The messages of the ledger concept's errors (a misused call, not a refused event), thrown as
 * `DomainError` with the catalog key as `code`. 整改台账计算的错误消息。
 *
 * @example
 * LEDGER_ERRORS.render('ledger/invalid-range', {}, 'zh-CN') //=> '结束日期早于开始日期'
 */
export const LEDGER_ERRORS = defineCatalog('ledger-errors', {
  'ledger/deadline-before-opened': {
    'zh-CN': (e) => `整改时限 ${String(e.deadline)} 早于建账日期 ${String(e.openedOn)}`,
    en: (e) => `deadline ${String(e.deadline)} is before ${String(e.openedOn)}`,
  },
  'ledger/invalid-unit-code': {
    'zh-CN': (e) => `${String(e.given)} 不是有效的行政区划代码`,
    en: (e) => `${String(e.given)} is not a division code`,
  },
  'ledger/id-prefix-required': {
    'zh-CN': (e) => `户编号 ${String(e.household)} 可能含身份证号或姓名，请指定条目编号前缀 idPrefix`,
    en: (e) => `household ${String(e.household)} may hold an ID number or a name: give an idPrefix for the entry ids`,
  },
  'ledger/missing-text': {
    'zh-CN': () => '责任单位、责任人、编号前缀不能为空',
    en: () => 'the responsible unit, the responsible person and the id prefix must not be blank',
  },
  'ledger/invalid-range': { 'zh-CN': () => '结束日期早于开始日期', en: () => 'to is before from' },
  'ledger/range-too-long': {
    'zh-CN': (e) => `${String(e.days)} 天超过上限 ${String(e.max)} 天`,
    en: (e) => `${String(e.days)} days is more than ${String(e.max)}`,
  },
  'ledger/invalid-window': {
    'zh-CN': (e) => `临期天数（dueWithinDays）须为非负整数，实际为 ${String(e.given)}`,
    en: (e) => `dueWithinDays must be a whole number of days ≥ 0, got ${String(e.given)}`,
  },
  'ledger/invalid-group': {
    'zh-CN': (e) => `不支持按 ${String(e.given)} 分组：应为${GROUP_ZH}`,
    en: (e) => `cannot group by ${String(e.given)}`,
  },
  'ledger/invalid-status': {
    'zh-CN': (e) => `条目 ${String(e.entry)} 的状态 ${String(e.given)} 无效`,
    en: (e) => `entry ${String(e.entry)} has status ${String(e.given)}`,
  },
});
