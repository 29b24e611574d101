import { open } from 'node:fs/promises';
import { detectEncoding, type Encoding } from './decode';

/**
 * What a file named .xls or .xlsx really holds, from its first bytes: an OLE2 compound file
 * (BIFF8 .xls), a zip (.xlsx, .ods), an HTML table (the "Excel" export of many web systems, served
 * as .xls), plain text (a CSV renamed to .xls), or something else (left to the workbook readers,
 * which say what is wrong with it). Text and HTML carry the encoding their bytes suggest.
 * 由文件开头的字节判断 .xls/.xlsx 的真实内容：OLE2、zip、HTML 表格、纯文本（改名的 CSV）或其他。
 * @internal
 */
export type WorkbookContent = { readonly kind: 'ole2' | 'zip' | 'other' } | { readonly kind: 'html' | 'text'; readonly encoding: Encoding };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SNIFF_BYTES = 64 * 1024;
// Markup that opens an HTML document or table (SpreadsheetML 2003's `<?xml … <Workbook` is not HTML).
const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|style|title)[\s>/]/i;

/** @internal */
export async function sniffWorkbook(file: string, forced?: Encoding): Promise<WorkbookContent> {
  const handle = await open(file, 'r');
  let head: Uint8Array;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (OLE2.every((b, i) => head[i] === b)) return { kind: 'ole2' };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return { kind: 'zip' };
  const { encoding: guessed, bom } = detectEncoding(head);
  const encoding = forced ?? guessed;
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  // Binary that is no known workbook: a NUL byte outside UTF-16 text.
  if (!utf16 && head.includes(0)) return { kind: 'other' };
  const text = new TextDecoder(encoding).decode(head.subarray(bom), { stream: true }).trimStart();
  if (HTML_START.test(text)) return { kind: 'html', encoding };
  if (text.startsWith('<')) return { kind: 'other' };
  // Text with line breaks or separators and no control characters but tab, CR and LF: a CSV or TSV.
  const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text);
  return !controls && /[,\t\r\n]/.test(text) ? { kind: 'text', encoding } : { kind: 'other' };
}
