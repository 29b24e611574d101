import { inflateRawSync } from 'node:zlib';

/**
 * A small reader for the first worksheet of an .xlsx workbook (Office Open XML), with no
 * dependency: the zip container is read with Node's zlib, the XML with a few regular expressions.
 * Shared strings, inline strings, numbers, booleans and formula results are supported; empty cells
 * are `undefined`. The whole file is read into memory (spreadsheets stop at 1,048,576 rows).
 * 读取 .xlsx 第一个工作表（无第三方依赖）。
 */
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

export type XlsxCell = string | number | boolean | undefined;

export interface XlsxRow {
  readonly row: number;
  readonly cells: readonly XlsxCell[];
}

function unzip(buffer: Buffer): Map<string, () => Buffer> {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxError('not an .xlsx file (no zip directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new XlsxError('damaged zip directory');
    const method = buffer.readUInt16LE(p + 10);
    const compressedSize = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const localOffset = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    entries.set(name, () => {
      if (buffer.readUInt32LE(localOffset) !== 0x04034b50) throw new XlsxError(`damaged zip entry ${name}`);
      const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
      const data = buffer.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new XlsxError(`unsupported zip compression method ${method} in ${name}`);
    });
  }
  return entries;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

/** Concatenated text of every <t> inside a fragment (rich text runs included, phonetic runs not). */
function textOf(fragment: string): string {
  const withoutPhonetic = fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decodeXml(m[1] ?? '');
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function firstSheetPath(entries: Map<string, () => Buffer>): string {
  const workbook = entries.get('xl/workbook.xml')?.().toString('utf8');
  const rels = entries.get('xl/_rels/workbook.xml.rels')?.().toString('utf8');
  if (workbook !== undefined && rels !== undefined) {
    const sheet = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook) ?? /<(?:\w+:)?sheet\b[^>]*\bid="([^"]+)"/.exec(workbook);
    if (sheet !== null) {
      for (const rel of rels.matchAll(/<Relationship\b[^>]*>/g)) {
        const id = /\bId="([^"]+)"/.exec(rel[0])?.[1];
        const target = /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
        if (id === sheet[1] && target !== undefined) {
          return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
        }
      }
    }
  }
  if (entries.has('xl/worksheets/sheet1.xml')) return 'xl/worksheets/sheet1.xml';
  throw new XlsxError('no worksheet found');
}

/**
 * Reads the rows of the first worksheet. Row numbers are the sheet's own (1-based).
 *
 * @throws {XlsxError} when the file is not a readable workbook
 */
export function* readXlsxRows(buffer: Buffer): Generator<XlsxRow> {
  const entries = unzip(buffer);
  const shared: string[] = [];
  const sst = entries.get('xl/sharedStrings.xml');
  if (sst !== undefined) {
    for (const m of sst().toString('utf8').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(textOf(m[1] ?? ''));
  }
  const path = firstSheetPath(entries);
  const sheet = entries.get(path);
  if (sheet === undefined) throw new XlsxError(`worksheet ${path} is missing`);
  const xml = sheet().toString('utf8');
  let nextRow = 1;
  for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = /\br="(\d+)"/.exec(rowMatch[1] ?? '');
    const rowNumber = r !== null ? Number(r[1]) : nextRow;
    nextRow = rowNumber + 1;
    const cells: XlsxCell[] = [];
    let nextCol = 0;
    for (const c of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const ref = /\br="([A-Z]+)\d*"/.exec(attrs);
      const col = ref !== null ? columnIndex(ref[1] as string) : nextCol;
      nextCol = col + 1;
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: XlsxCell;
      if (type === 's') value = v === undefined ? undefined : shared[Number(v)];
      else if (type === 'inlineStr') value = textOf(body);
      else if (type === 'b') value = v === undefined ? undefined : v === '1';
      else if (type === 'str' || type === 'e') value = v === undefined ? undefined : decodeXml(v);
      else value = v === undefined ? undefined : Number(v);
      cells[col] = value;
    }
    yield { row: rowNumber, cells };
  }
}
