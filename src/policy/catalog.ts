import { defineCatalog } from '../reasons/define-catalog';
import { text } from '../reasons/format';

/**
 * The messages of `definePolicy`'s errors that are no validation issue, thrown as `PolicyError`
 * with code `policy/invalid`. 政策参数表的错误消息（非校验问题部分）。
 *
 * @example
 * POLICY_ERRORS.render('policy/unknown-keys', { unknown: ['povertyLine'], known: ['name', 'povertyLines'] }, 'en') //=> 'unknown override key(s): povertyLine; known: name, povertyLines'
 */
export const POLICY_ERRORS = defineCatalog('policy-errors', {
  'policy/unknown-keys': {
    'zh-CN': (e) => `未知的参数名：${text(e.unknown, 'zh-CN')}；可用的参数名：${text(e.known, 'zh-CN')}`,
    en: (e) => `unknown override key(s): ${text(e.unknown, 'en')}; known: ${text(e.known, 'en')}`,
  },
  // The label of a problem of the table as a whole (an issue with an empty path).
  'policy/whole': { 'zh-CN': () => '（整张政策表）', en: () => '(policy)' },
});
