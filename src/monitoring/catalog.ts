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
