import type { Evidence, MessageCatalog, Path, Reason } from './types';
import { TuopinError } from '../errors';

/**
 * Builds a {@link Reason} from a catalog entry: renders its message in every locale.
 * 根据消息目录生成判定理由，渲染各语言消息。
 *
 * @param catalog - the catalog the code belongs to
 * @param code - a code of that catalog
 * @param path - the field the reason rests on
 * @param evidence - values used (mask personal data before passing it)
 * @returns a frozen-shape reason object
 * @throws {TuopinError} `reason/unknown-code` when the code is not in the catalog
 * @example
 * makeReason(LEDGER_MESSAGES, 'ledger/evidence-required', ['evidence'], {})
 * //=> { code: 'ledger/evidence-required', path: ['evidence'], evidence: {},
 * //     message: { 'zh-CN': '提交验收须附整改佐证材料', en: '…' } }
 */
export function makeReason<C extends MessageCatalog>(
  catalog: C,
  code: keyof C & string,
  path: Path,
  evidence: Evidence = {},
): Reason {
  const template = catalog[code];
  if (template === undefined) throw new TuopinError('reason/unknown-code', `no message for ${code}`);
  return {
    code,
    path,
    evidence,
    message: { 'zh-CN': template['zh-CN'](evidence), en: template.en(evidence) },
  };
}
