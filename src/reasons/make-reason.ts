import type { Evidence, MessageCatalog, Path, Reason } from './types';
import { TuopinError } from '../errors';
import { isCatalog, type Catalog } from './define-catalog';
import { reasonOf, resolveKind } from './reason';

/**
 * Builds a {@link Reason} from a catalog entry. The message is rendered on demand, when
 * `message` is read (or by `formatReason` / `JSON.stringify`). Accepts a {@link Catalog} made by
 * `defineCatalog` or a bare template map in the catalog form.
 * 根据消息目录生成判定理由；消息在读取时才渲染。
 *
 * @param catalog - the catalog the code belongs to (a `Catalog` or its template map)
 * @param code - a code of that catalog
 * @param path - the field the reason rests on
 * @param evidence - values used (mask personal data before passing it)
 * @returns a reason whose `code` is typed by the catalog
 * @throws {TuopinError} `reason/unknown-code` when the code is not in the catalog
 * @example
 * const r = makeReason(catalog, 'income/above-line', ['income'], { perCapitaYuan: 4100, lineYuan: 4000 });
 * r.code //=> 'income/above-line'
 * r.message.en //=> '…' (rendered now, on first read)
 */
export function makeReason<C extends string>(catalog: Catalog<C>, code: C, path: Path, evidence?: Evidence): Reason<C>;
export function makeReason<T extends MessageCatalog>(catalog: T, code: keyof T & string, path: Path, evidence?: Evidence): Reason<keyof T & string>;
export function makeReason(catalog: Catalog | MessageCatalog, code: string, path: Path, evidence: Evidence = {}): Reason {
  if (isCatalog(catalog)) return catalog.reason(code, path, evidence);
  const template = (catalog as MessageCatalog)[code];
  if (template === undefined) throw new TuopinError('reason/unknown-code', `no message for ${code}`);
  return reasonOf(resolveKind(code, template), path, evidence);
}
