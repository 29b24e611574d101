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
