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
