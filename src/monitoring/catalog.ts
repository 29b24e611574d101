import { defineCatalog } from '../reasons/define-catalog';
import { MONITORING_MESSAGES } from './messages';

/**
 * The catalog of return-to-poverty monitoring (`monitoring/…`), made by `defineCatalog` from
 * {@link MONITORING_MESSAGES}. 防止返贫监测的消息目录。
 *
 * @example
 * MONITORING_CATALOG.name //=> 'monitoring'
 * MONITORING_CATALOG.render('monitoring/reason-required', {}, 'en') //=> 'a reject event needs a reason'
 */
export const MONITORING_CATALOG = defineCatalog('monitoring', MONITORING_MESSAGES);

/**
 * The messages of the monitoring concept's errors (a misused roll-up or assessment call), thrown
 * as `DomainError` with the catalog key as `code`. 防返贫监测计算的错误消息。
 *
 * @example
 * MONITORING_ERRORS.render('monitoring/invalid-months', { given: '-1' }, 'zh-CN') //=> '月数（longerThanMonths）应为非负整数，实际为 -1'
 */
export const MONITORING_ERRORS = defineCatalog('monitoring-errors', {
  'monitoring/invalid-period': {
    'zh-CN': (e) => `统计期 ${String(e.from)}..${String(e.to)} 无效：应为两个 YYYY-MM 月份，且起不晚于止`,
    en: (e) => `the period ${String(e.from)}..${String(e.to)} is not two months YYYY-MM with from not after to`,
  },
  'monitoring/invalid-months': {
    'zh-CN': (e) => `月数（longerThanMonths）应为非负整数，实际为 ${String(e.given)}`,
    en: (e) => `longerThanMonths is a whole number of 0 or more, got ${String(e.given)}`,
  },
  'monitoring/invalid-village-code': {
    'zh-CN': (e) => `监测记录或筛查结果的村级代码 ${String(e.given)} 不是有效的 12 位村级代码`,
    en: (e) => `a record or assessment has no valid 12-digit village code (${String(e.given)})`,
  },
  'monitoring/duplicate-assessment': {
    'zh-CN': (e) => `农户 ${String(e.household)} 有两条筛查结果`,
    en: (e) => `household ${String(e.household)} is assessed twice`,
  },
  'monitoring/household-mismatch': {
    'zh-CN': (e) => `农户 ${String(e.record)} 的监测记录被用于农户 ${String(e.household)}，二者不对应`,
    en: (e) => `record of ${String(e.record)} given for household ${String(e.household)}`,
  },
});
