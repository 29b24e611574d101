import type { Evidence, Message } from '../reasons/types';
import { nodeMessage, shownFile, type NodeMessageCode } from './messages';
import { tableLabel } from './tables/catalog';

/**
 * An input that cannot be read at all (a missing or unreadable file, an unknown format, a CSV
 * without a required column, a JSON document that is not an array, a damaged workbook) or an
 * output that cannot be written. The command exits with code 2 and prints the message, which
 * names the file and, where known, the row and the column, in Chinese and English.
 * 无法读取的输入或无法写入的输出：命令以退出码 2 结束，消息写明文件及行列（中英文）。
 */
export class InputError extends Error {
  readonly file: string;
  readonly row: number | undefined;
  /** A stable code (`read/…`) where the error comes from the catalog. */
  readonly code: string | undefined;
  /** The message in every locale, without the file name. */
  readonly detail: Message;

  constructor(file: string, message: string | Message, row?: number, code?: string) {
    const detail: Message = typeof message === 'string' ? { 'zh-CN': message, en: message } : message;
    const text = detail['zh-CN'] === detail.en ? detail.en : `${detail['zh-CN']} / ${detail.en}`;
    // The path as typed, control characters escaped and ID and phone numbers masked.
    super(`${shownFile(file)}${row === undefined ? '' : `, ${tableLabel('line/row', { row })}`}: ${text}`);
    this.name = 'InputError';
    this.file = file;
    this.row = row;
    this.code = code;
    this.detail = detail;
  }

  /** An error from the node message catalog. 由消息目录生成。 */
  static of(file: string, code: NodeMessageCode, evidence: Evidence = {}, row?: number): InputError {
    return new InputError(file, nodeMessage(code, evidence), row, code);
  }
}
