import { defineCatalog } from '../reasons/define-catalog';
import { INDUSTRY_MESSAGES } from './messages';

/**
 * The catalog of industry plans (`industry/…`), made by `defineCatalog` from {@link INDUSTRY_MESSAGES}.
 * 产业规划的消息目录。
 *
 * @example
 * INDUSTRY_CATALOG.name //=> 'industry'
 */
export const INDUSTRY_CATALOG = defineCatalog('industry', INDUSTRY_MESSAGES);
