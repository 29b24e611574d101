import { defineCatalog } from '../reasons/define-catalog';
import { regionMessages } from './messages';

/**
 * The catalog of village and county exit (`exit/…`), made by `defineCatalog` from {@link regionMessages}.
 * 贫困村出列与贫困县摘帽的消息目录。
 *
 * @example
 * REGION_CATALOG.name //=> 'region'
 */
export const REGION_CATALOG = defineCatalog('region', regionMessages);
