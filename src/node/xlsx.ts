import type { Readable } from 'node:stream';
// Both are loaded on first use (`import()`): a command that reads no workbook does not load them
// (about 18 MB of a Node process's memory, measured in docs/performance.md).
import type { SaxesTagNS } from 'saxes';
import type { Entry, ZipFile } from 'yauzl';
import { dateCell, type Cell } from './columns';

/**
 * The .xlsx reader (Office Open XML): the zip container through `yauzl` (central directory read
 * from the file, entry sizes checked while inflating), the XML through `saxes` (a streaming,
 * namespace-aware, non-validating parser that expands no external entities). Rows are streamed:
 * memory holds the shared strings and one block of rows, not the sheet. Each part of the
 * workbook may inflate to at most {@link MAX_PART_BYTES}; the declared size is checked before
 * inflating and yauzl refuses data that inflates beyond it.
 * .xlsx 读取：yauzl 读 zip（校验条目大小），saxes 流式解析 XML（识别命名空间，不展开外部实体）；
 * 逐行产出；每个部件解压后至多 MAX_PART_BYTES。
 * @internal
 */
/**
 * What is damaged in a workbook that cannot be read, for `read/spreadsheet` (worded in
 * src/node/messages.ts; the evidence may add `part`, `limit`, `seconds`, `exit` and `library`, the
 * reading library's own first line, quoted as it is).
 */
export type SpreadsheetDamage =
  | 'part'
  | 'xml'
  | 'xml-depth'
  | 'not-xlsx'
  | 'zip-directory'
  | 'no-workbook'
  | 'legacy'
  | 'legacy-timeout'
  | 'legacy-failed'
  | 'legacy-exit';

/** The first line of a library's error message, at most 120 characters: evidence, not our text. */
export function libraryLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 120);
}

/** A `damaged` {@link SpreadsheetError} naming what is damaged. */
export function damaged(damage: SpreadsheetDamage, evidence: Readonly<Record<string, string | number>> = {}): SpreadsheetError {
  return new SpreadsheetError('damaged', typeof evidence.library === 'string' ? evidence.library : damage, { damage, ...evidence });
}

export class SpreadsheetError extends Error {
  readonly evidence: Readonly<Record<string, string | number>>;
  readonly kind: 'damaged' | 'inflate-limit' | 'cell-reference';
  constructor(kind: 'damaged' | 'inflate-limit' | 'cell-reference', message: string, evidence: Readonly<Record<string, string | number>> = {}) {
    super(message);
    this.name = 'SpreadsheetError';
    this.kind = kind;
    this.evidence = evidence;
  }
}

/** The largest a part of an .xlsx (a sheet, the shared strings) may inflate to: 512 MiB. */
export const MAX_PART_BYTES = 512 * 1024 * 1024;
/** Spreadsheet limits (Excel's own): 1,048,576 rows and 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** The deepest XML nesting read (SpreadsheetML needs fewer than ten levels). */
const MAX_XML_DEPTH = 64;

/** One row of a worksheet: its 1-based number and its cells by column (0-based). */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** A worksheet: its name and its rows, read on demand (each call reads from the start). */
export interface Sheet {
  readonly name: string;
  readonly hidden: boolean;
  rows(): AsyncGenerator<SheetRow>;
}

/** A workbook opened for reading. Close it when done. */
export interface Workbook {
  readonly sheets: readonly Sheet[];
  close(): void;
}

type Attributes = SaxesTagNS['attributes'];

function attr(attributes: Attributes, local: string, relationship = false): string | undefined {
  for (const key in attributes) {
    const a = attributes[key];
    if (a === undefined || a.local !== local) continue;
    const isRel = a.uri.includes('relationships');
    if (isRel === relationship || (!relationship && a.prefix === '')) return a.value;
  }
  return undefined;
}

async function* xmlChunks(zip: ZipFile, entry: Entry, part: string): AsyncGenerator<string> {
  if (entry.uncompressedSize > MAX_PART_BYTES) {
    throw new SpreadsheetError('inflate-limit', `${part} inflates beyond the limit`, { part, limitMiB: MAX_PART_BYTES / 1048576 });
  }
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw damaged('part', { part, library: libraryLine(error) });
  }
  const decoder = new TextDecoder('utf-8');
  let inflated = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > MAX_PART_BYTES) {
        throw new SpreadsheetError('inflate-limit', `${part} inflates beyond the limit`, { part, limitMiB: MAX_PART_BYTES / 1048576 });
      }
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    // zlib ("invalid distances set"), yauzl ("too many bytes in the stream") and the like.
    throw damaged('part', { part, library: libraryLine(error) });
  } finally {
    stream.destroy();
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Streams the XML of a part through saxes, calling the handlers; `collect` is called after every
 * block so that a caller can yield what the block produced.
 */
async function* parseXml<T>(
  chunks: AsyncIterable<string>,
  part: string,
  handlers: { open(tag: SaxesTagNS): void; close(tag: SaxesTagNS): void; text(text: string): void },
  collect: () => T[],
): AsyncGenerator<T> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: true, position: false });
  let failure: Error | undefined;
  // SpreadsheetML nests a few levels deep; saxes resolves a prefix by walking up the open tags,
  // so 200,000 unclosed <row> tags would take quadratic time. Deeper than this is refused.
  let depth = 0;
  parser.on('opentagstart', () => {
    if (++depth > MAX_XML_DEPTH) throw damaged('xml-depth', { part, limit: MAX_XML_DEPTH });
  });
  parser.on('opentag', (tag) => {
    if (tag.isSelfClosing) depth--;
    handlers.open(tag as SaxesTagNS);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth--;
    handlers.close(tag as SaxesTagNS);
  });
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  parser.on('error', (e) => {
    failure ??= e;
  });
  for await (const chunk of chunks) {
    try {
      parser.write(chunk);
    } catch (error) {
      failure ??= error as Error;
    }
    if (failure !== undefined) {
      if (failure instanceof SpreadsheetError) throw failure;
      throw damaged('xml', { part, library: libraryLine(failure) });
    }
    yield* collect();
  }
  try {
    parser.close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure !== undefined) {
    if (failure instanceof SpreadsheetError) throw failure;
    throw damaged('xml', { part, library: libraryLine(failure) });
  }
  yield* collect();
}

async function partText(zip: ZipFile, entry: Entry | undefined, part: string): Promise<{ open: SaxesTagNS[] } | undefined> {
  if (entry === undefined) return undefined;
  const open: SaxesTagNS[] = [];
  for await (const _ of parseXml(xmlChunks(zip, entry, part), part, { open: (t) => open.push(t), close: () => {}, text: () => {} }, () => [])) {
    // Only the tags are needed.
  }
  return { open };
}

/** Shared strings: rich text runs concatenated, phonetic runs (`rPh`) left out. */
async function sharedStrings(zip: ZipFile, entry: Entry | undefined): Promise<string[]> {
  const out: string[] = [];
  if (entry === undefined) return out;
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  for await (const _ of parseXml(
    xmlChunks(zip, entry, 'xl/sharedStrings.xml'),
    'xl/sharedStrings.xml',
    {
      open(tag) {
        if (tag.local === 'si') current = '';
        else if (tag.local === 'rPh') phonetic++;
        else if (tag.local === 't' && phonetic === 0) inT = true;
      },
      close(tag) {
        if (tag.local === 'si') {
          out.push(current ?? '');
          current = undefined;
        } else if (tag.local === 'rPh') phonetic--;
        else if (tag.local === 't') inT = false;
      },
      text(t) {
        if (inT && current !== undefined) current += t;
      },
    },
    () => [],
  )) {
    // Collected in `out`.
  }
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, with the CJK ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a format code shows a date: a `y`, `m`, `d`, `h` or `s` outside quoted text, escapes
 * and `[...]` sections (colours, conditions, locales); `General` and plain numbers are not dates.
 * @internal
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[ymdhsYMDHS年月日]/.test(bare) && !/^general$/i.test(bare.trim());
}

async function dateStyles(zip: ZipFile, entry: Entry | undefined): Promise<boolean[]> {
  if (entry === undefined) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  for await (const _ of parseXml(
    xmlChunks(zip, entry, 'xl/styles.xml'),
    'xl/styles.xml',
    {
      open(tag) {
        // numFmts come before cellXfs (ECMA-376 18.8.39).
        if (tag.local === 'numFmt') custom.set(Number(attr(tag.attributes, 'numFmtId')), attr(tag.attributes, 'formatCode') ?? '');
        else if (tag.local === 'cellXfs') inCellXfs = true;
        else if (inCellXfs && tag.local === 'xf') {
          const id = Number(attr(tag.attributes, 'numFmtId') ?? 0);
          const code = custom.get(id);
          styles.push(code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id));
        }
      },
      close(tag) {
        if (tag.local === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    () => [],
  )) {
    // Collected in `styles`.
  }
  return styles;
}

/** Column index (0-based) and row of a reference such as `AB12`, read in linear time. */
function parseRef(ref: string, row: number): { col: number; row: number | undefined } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_COLUMN) throw new SpreadsheetError('cell-reference', 'cell reference out of range', { row, ref: ref.slice(0, 12) });
  }
  const digits = ref.slice(i);
  const r = digits === '' ? undefined : Number(digits);
  if (r !== undefined && !(Number.isInteger(r) && r >= 1 && r <= MAX_ROW)) {
    throw new SpreadsheetError('cell-reference', 'cell reference out of range', { row, ref: ref.slice(0, 12) });
  }
  return { col: col - 1, row: r };
}

function sheetRows(zip: ZipFile, entry: Entry, part: string, shared: readonly string[], dates: readonly boolean[], date1904: boolean): AsyncGenerator<SheetRow> {
  let out: SheetRow[] = [];
  let cells: Cell[] | undefined;
  let rowNumber = 0;
  let nextRow = 1;
  let nextCol = 0;
  let cell: { col: number; type: string; style: number; v: string | undefined; inline: string | undefined } | undefined;
  let capture: 'v' | 't' | undefined;
  let phonetic = 0;
  let text = '';
  return parseXml(
    xmlChunks(zip, entry, part),
    part,
    {
      open(tag) {
        switch (tag.local) {
          case 'row': {
            const r = attr(tag.attributes, 'r');
            rowNumber = r === undefined ? nextRow : Number(r);
            if (!(Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber <= MAX_ROW)) {
              throw new SpreadsheetError('cell-reference', 'row number out of range', { row: nextRow, ref: String(r).slice(0, 12) });
            }
            nextRow = rowNumber + 1;
            nextCol = 0;
            cells = [];
            break;
          }
          case 'c': {
            const ref = attr(tag.attributes, 'r');
            const col = ref === undefined ? nextCol : parseRef(ref, rowNumber).col;
            if (col < 0 || col >= MAX_COLUMN) throw new SpreadsheetError('cell-reference', 'cell reference out of range', { row: rowNumber, ref: String(ref).slice(0, 12) });
            nextCol = col + 1;
            cell = { col, type: attr(tag.attributes, 't') ?? 'n', style: Number(attr(tag.attributes, 's') ?? 0), v: undefined, inline: undefined };
            break;
          }
          case 'v':
            if (cell !== undefined) {
              capture = 'v';
              text = '';
            }
            break;
          case 'is':
            if (cell !== undefined) cell.inline = '';
            break;
          case 'rPh':
            phonetic++;
            break;
          case 't':
            if (cell?.inline !== undefined && phonetic === 0) {
              capture = 't';
              text = '';
            }
            break;
        }
      },
      close(tag) {
        switch (tag.local) {
          case 'v':
            if (capture === 'v' && cell !== undefined) cell.v = text;
            capture = undefined;
            break;
          case 't':
            if (capture === 't' && cell?.inline !== undefined) cell.inline += text;
            capture = undefined;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'c': {
            if (cell === undefined || cells === undefined) break;
            const { v, type } = cell;
            let value: Cell;
            if (type === 'inlineStr') value = cell.inline;
            else if (v === undefined) value = undefined;
            else if (type === 's') value = shared[Number(v)];
            else if (type === 'b') value = v === '1';
            else if (type === 'str' || type === 'e') value = v;
            else if (type === 'd') value = /^\d{4}-\d{2}-\d{2}/.test(v) ? { date: v.slice(0, 10) } : v;
            else {
              const n = Number(v);
              value = Number.isFinite(n) && v.trim() !== '' ? (dates[cell.style] === true ? dateCell(n, date1904) : n) : v;
            }
            cells[cell.col] = value;
            cell = undefined;
            break;
          }
          case 'row':
            if (cells !== undefined) out.push({ row: rowNumber, cells });
            cells = undefined;
            break;
        }
      },
      text(t) {
        if (capture !== undefined) text += t;
      },
    },
    () => {
      const rows = out;
      out = [];
      return rows;
    },
  );
}

/**
 * Opens an .xlsx workbook: reads its zip directory, the workbook (sheet names and order, the
 * 1904 date system), the relationships, the shared strings and the date styles. Rows are read
 * when a sheet's `rows()` is iterated.
 * @throws {SpreadsheetError} when the file is not a readable workbook
 */
export async function openXlsx(file: string): Promise<Workbook> {
  let zip: ZipFile;
  try {
    const yauzl = (await import('yauzl')).default;
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true });
  } catch (error) {
    throw damaged('not-xlsx', { library: libraryLine(error) });
  }
  try {
    const entries = new Map<string, Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName.replace(/^\/+/, ''), entry);
    } catch (error) {
      throw damaged('zip-directory', { library: libraryLine(error) });
    }
    const workbook = await partText(zip, entries.get('xl/workbook.xml'), 'xl/workbook.xml');
    if (workbook === undefined) throw damaged('no-workbook', { part: 'xl/workbook.xml' });
    const rels = await partText(zip, entries.get('xl/_rels/workbook.xml.rels'), 'xl/_rels/workbook.xml.rels');
    const targets = new Map<string, string>();
    for (const tag of rels?.open ?? []) {
      if (tag.local !== 'Relationship') continue;
      const id = attr(tag.attributes, 'Id');
      const target = attr(tag.attributes, 'Target');
      if (id === undefined || target === undefined) continue;
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
    }
    let date1904 = false;
    const listed: { name: string; path: string; hidden: boolean }[] = [];
    for (const tag of workbook.open) {
      if (tag.local === 'workbookPr') {
        const v = attr(tag.attributes, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (tag.local === 'sheet') {
        const name = attr(tag.attributes, 'name') ?? `Sheet${listed.length + 1}`;
        const id = attr(tag.attributes, 'id', true);
        const path = (id !== undefined ? targets.get(id) : undefined) ?? `xl/worksheets/sheet${listed.length + 1}.xml`;
        const state = attr(tag.attributes, 'state');
        listed.push({ name, path, hidden: state === 'hidden' || state === 'veryHidden' });
      }
    }
    const shared = await sharedStrings(zip, entries.get('xl/sharedStrings.xml'));
    const dates = await dateStyles(zip, entries.get('xl/styles.xml'));
    const sheets: Sheet[] = [];
    for (const { name, path, hidden } of listed) {
      const entry = entries.get(path);
      if (entry === undefined) continue;
      sheets.push({ name, hidden, rows: () => sheetRows(zip, entry, path, shared, dates, date1904) });
    }
    return { sheets, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
