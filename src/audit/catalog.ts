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
