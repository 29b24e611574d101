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
 * makeReason(catalog, 'income/above-line', ['income'], { perCapitaYuan: 4100, lineYuan: 4000 })
 * //=> { code: 'income/above-line', path: ['income'], evidence: {...}, message: { 'zh-CN': '…', en: '…' } }
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
