import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from './input-error';
import { readWarning, type ReadWarning } from './messages';

/**
 * Text encodings of the CSV, NDJSON and JSON readers. Decoding is Node's own WHATWG
 * `TextDecoder` (ICU, built into every official Node build): GB18030 is a superset of GBK and
 * GB2312, so a GBK file decodes as GB18030.
 * 读取器支持的文本编码（使用 Node 内置的 TextDecoder）：GB18030 兼容 GBK 与 GB2312。
 */
export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Bytes looked at to guess the encoding when there is no byte-order mark. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Guesses the encoding of a file from its first bytes: a byte-order mark (UTF-8, UTF-16LE/BE),
 * else UTF-16 when every other byte of ASCII-range text is zero (in three quarters of the pairs), else UTF-8 when the bytes are
 * valid UTF-8, else GB18030 (Excel's "CSV" on Chinese Windows).
 * 由文件开头的字节判断编码：BOM；UTF-16 的零字节规律；合法 UTF-8；否则 GB18030。
 *
 * @example
 * detectEncoding(Buffer.from([0xd6, 0xd0, 0xce, 0xc4])) //=> { encoding: 'gb18030', bom: 0 }
 */
export function detectEncoding(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = Math.min(head.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  // At least 8 bytes and a zero in three quarters of the pairs (ASCII-range text in UTF-16): a
  // stray NUL in a short file is not UTF-16.
  if (n >= 8 && oddZeros >= (3 * n) / 8 && evenZeros === 0) return { encoding: 'utf-16le', bom: 0 };
  if (n >= 8 && evenZeros >= (3 * n) / 8 && oddZeros === 0) return { encoding: 'utf-16be', bom: 0 };
  try {
    // `stream: true` lets a character cut at the end of the sniffed bytes pass.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'gb18030', bom: 0 };
  }
}

/**
 * The encoding a file is read in: the forced one, or the one {@link detectEncoding} guesses from
 * its first bytes (as {@link decodedChunks} guesses it). 文件的编码：指定的，或由开头字节判断。
 * @throws {InputError} when the file cannot be read
 */
export async function fileEncoding(file: string, forced?: Encoding): Promise<Encoding> {
  if (forced !== undefined) return forced;
  try {
    const handle = await open(file, 'r');
    try {
      const head = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
      return detectEncoding(head.subarray(0, bytesRead)).encoding;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw InputError.of(file, 'read/cannot-read', { reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
}

/** Checks an `--encoding` value. @throws {InputError} naming the file on an unknown encoding */
export function encodingOf(file: string, value: string): Encoding {
  const label = value.trim().toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^utf16(le|be)$/, 'utf-16$1');
  if (!(ENCODINGS as readonly string[]).includes(label)) throw InputError.of(file, 'read/unknown-encoding', { encoding: value });
  return label as Encoding;
}

export interface DecodeOptions {
  /** Forces an encoding instead of guessing one. */
  readonly encoding?: Encoding | undefined;
  readonly onBytes?: ((bytes: number, total: number) => void) | undefined;
  readonly onWarning?: ((warning: ReadWarning) => void) | undefined;
}

/**
 * Reads a file as decoded text chunks: the encoding guessed from the first bytes (or forced), the
 * byte-order mark dropped, characters split across blocks kept whole. A file that decodes to
 * replacement characters (U+FFFD) gives a warning naming the encoding that was tried, and one
 * decoded as something other than UTF-8 gives a warning naming it.
 * 以文本块读取文件：自动识别（或指定）编码，去掉 BOM；出现替换字符时警告并写明所用编码。
 *
 * @throws {InputError} when the file cannot be read
 */
export async function* decodedChunks(file: string, options: DecodeOptions = {}): AsyncGenerator<string> {
  let total: number;
  try {
    total = (await stat(file)).size;
  } catch (error) {
    throw InputError.of(file, 'read/cannot-read', { reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  let read = 0;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let encoding: Encoding = options.encoding ?? 'utf-8';
  let warned = false;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  // Said once, as soon as it happens: a garbled header stops the reader before the end.
  const count = (text: string) => {
    if (!warned && text.includes('\ufffd')) {
      warned = true;
      options.onWarning?.(readWarning('warn/replacement-characters', file, { encoding }));
    }
    return text;
  };
  let head: Buffer | undefined;
  try {
    for await (const block of stream as AsyncIterable<Buffer>) {
      read += block.length;
      options.onBytes?.(read, total);
      let chunk = block;
      if (decoder === undefined) {
        // Gather enough bytes to guess from (a few KiB usually arrive in the first block).
        head = head === undefined ? chunk : Buffer.concat([head, chunk]);
        if (head.length < SNIFF_BYTES && read < total) continue;
        chunk = head;
        head = undefined;
        const guess = detectEncoding(chunk.subarray(0, SNIFF_BYTES));
        if (options.encoding === undefined) encoding = guess.encoding;
        // A byte-order mark of the encoding in use is dropped (TextDecoder drops it for UTF-8/16).
        decoder = new TextDecoder(encoding === 'gbk' ? 'gb18030' : encoding);
        if (encoding !== 'utf-8') options.onWarning?.(readWarning('warn/encoding', file, { encoding }));
      }
      const text = count(decoder.decode(chunk, { stream: true }));
      if (text !== '') yield text;
    }
    if (decoder === undefined && head !== undefined) {
      const guess = detectEncoding(head);
      if (options.encoding === undefined) encoding = guess.encoding;
      decoder = new TextDecoder(encoding === 'gbk' ? 'gb18030' : encoding);
      if (encoding !== 'utf-8') options.onWarning?.(readWarning('warn/encoding', file, { encoding }));
      const text = count(decoder.decode(head, { stream: true }));
      if (text !== '') yield text;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw InputError.of(file, 'read/cannot-read', { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).name });
  } finally {
    stream.destroy();
  }
  const rest = decoder === undefined ? '' : count(decoder.decode());
  if (rest !== '') yield rest;
}
