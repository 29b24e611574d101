import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ValidationIssue } from '../validation/issues';
import { columnLabel, convertCell, HOUSEHOLD_COLUMNS, mapHeader, type ColumnSpec } from './columns';
import { CsvSyntaxError, parseCsv } from './csv';
import { InputError } from './input-error';
import { JsonArraySyntaxError, splitJsonArray } from './json-array';
import { readXlsxRows, XlsxError, type XlsxCell } from './xlsx';

export type InputFormat = 'ndjson' | 'json' | 'csv' | 'xlsx';

/**
 * One record read from a file: its 0-based `index` among the records, the spreadsheet or file
 * `row` it starts on (1-based; for NDJSON the line, for JSON the element number + 1), and either
 * the raw `record` or the `issues` that kept it from being read. For spreadsheets, `memberRows`
 * gives the row of each member, so that a problem with member i names its row.
 * 从文件读出的一条记录：序号、起始行号、原始记录或读取问题。
 */
export interface SourceItem {
  readonly index: number;
  readonly row: number;
  readonly record?: unknown;
  readonly issues?: readonly ValidationIssue[];
  readonly memberRows?: readonly number[];
}

export interface ReadOptions {
  /** Called with the bytes read so far, for a progress bar. */
  readonly onBytes?: (bytes: number, total: number) => void;
  /** Columns of a spreadsheet; household columns by default. */
  readonly columns?: readonly ColumnSpec[];
  /**
   * Group spreadsheet rows into households (one row per member). Default true. With `false`, each
   * row is a record of its own: with member columns (the default household columns), a
   * one-member household.
   */
  readonly groupMembers?: boolean;
}

/** The format of a file from its extension. 由扩展名判断文件格式。 */
export function formatOf(file: string): InputFormat | undefined {
  switch (extname(file).toLowerCase()) {
    case '.ndjson':
    case '.jsonl':
      return 'ndjson';
    case '.json':
      return 'json';
    case '.csv':
      return 'csv';
    case '.xlsx':
      return 'xlsx';
    default:
      return undefined;
  }
}

/**
 * What went wrong in a JSON text, without quoting it: V8's messages may quote the text itself,
 * which can hold personal data, so only the position or "unexpected end" is kept.
 * @internal
 */
export function jsonErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position !== null) return `syntax error at character ${Number(position[1]) + 1}`;
  if (/end of (JSON )?input/i.test(message)) return 'unexpected end of input';
  return 'syntax error';
}

function issue(code: string, zh: string, en: string, path: (string | number)[] = []): ValidationIssue {
  return { path, code, message: { 'zh-CN': zh, en } };
}

async function* textChunks(file: string, onBytes?: (bytes: number, total: number) => void): AsyncGenerator<string> {
  const total = (await stat(file)).size;
  let read = 0;
  // TextDecoder in streaming mode keeps a character split across two blocks whole, and is much
  // faster than a stream's own string decoding on Chinese text.
  const decoder = new TextDecoder('utf-8');
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    read += chunk.length;
    onBytes?.(read, total);
    yield decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Splits text chunks into lines (LF or CRLF) with their 1-based line numbers.
 * @internal
 */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl < 0) {
      rest += chunk;
      continue;
    }
    const out: { line: number; text: string }[] = [];
    while (nl >= 0) {
      let text = start === 0 ? rest + chunk.slice(0, nl) : chunk.slice(start, nl);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      out.push({ line: ++line, text });
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    rest = chunk.slice(start);
    for (const o of out) yield o;
  }
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  if (rest !== '') yield { line: ++line, text: rest };
}

async function* readNdjson(file: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  let index = 0;
  for await (const { line, text } of lines(textChunks(file, options.onBytes))) {
    if (text.trim() === '') continue;
    try {
      yield { index, row: line, record: JSON.parse(text) as unknown };
    } catch (error) {
      yield {
        index,
        row: line,
        issues: [issue('input/malformed-json', `第 ${line} 行不是合法的 JSON`, `line ${line} is not valid JSON: ${jsonErrorDetail(error)}`)],
      };
    }
    index++;
  }
}

async function* readJsonArray(file: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  let index = 0;
  try {
    for await (const text of splitJsonArray(textChunks(file, options.onBytes))) {
      try {
        yield { index, row: index + 1, record: JSON.parse(text) as unknown };
      } catch (error) {
        yield {
          index,
          row: index + 1,
          issues: [
            issue('input/malformed-json', `第 ${index + 1} 个元素不是合法的 JSON`, `element ${index + 1} is not valid JSON: ${jsonErrorDetail(error)}`),
          ],
        };
      }
      index++;
    }
  } catch (error) {
    if (error instanceof JsonArraySyntaxError) throw new InputError(file, `${error.message} (at character ${error.offset})`);
    throw error;
  }
}

type Row = { readonly row: number; readonly cells: readonly (string | number | boolean | undefined)[] };

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    let next = node[key] as Record<string, unknown> | undefined;
    if (next === undefined) {
      next = {};
      node[key] = next;
    }
    node = next;
  }
  node[path[path.length - 1] as string] = value;
}

/**
 * A 53-bit hash of a household id (cyrb53). The split-household check keeps one number per
 * household instead of the id itself: a few bytes each, and no slice of a read buffer kept alive.
 * A collision (odds about n² / 2^54) could only report a split that is not there, never hide one.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function isBlank(cells: readonly unknown[]): boolean {
  return cells.every((c) => c === undefined || (typeof c === 'string' && c.trim() === ''));
}

/**
 * Turns spreadsheet rows (header first) into records. With `groupMembers`, consecutive rows with the
 * same household id form one household; its household columns must agree across its rows, and a
 * household whose rows are not consecutive is rejected (a register export must not split one).
 * @internal
 */
export async function* rowsToRecords(
  file: string,
  rows: AsyncIterable<Row> | Iterable<Row>,
  columns: readonly ColumnSpec[],
  groupMembers: boolean,
): AsyncGenerator<SourceItem> {
  let header: ReturnType<typeof mapHeader> | undefined;
  let index = 0;
  let current:
    | { id: string; row: number; record: Record<string, unknown>; raw: Map<ColumnSpec, string>; memberRows: number[]; issues: ValidationIssue[] }
    | undefined;
  const finished = new Set<number>();
  let headerWidth = 0;

  const flush = (): SourceItem | undefined => {
    if (current === undefined) return undefined;
    const c = current;
    current = undefined;
    if (c.id !== '') finished.add(hash53(c.id));
    const item: SourceItem =
      c.issues.length > 0
        ? { index: index++, row: c.row, record: c.record, issues: c.issues, memberRows: c.memberRows }
        : { index: index++, row: c.row, record: c.record, memberRows: c.memberRows };
    return item;
  };

  for await (const { row, cells } of rows) {
    if (header === undefined) {
      if (isBlank(cells)) continue;
      header = mapHeader(
        cells.map((c) => (c === undefined ? '' : String(c))),
        columns,
      );
      if (header.missing.length > 0) {
        throw new InputError(file, `missing column(s) / 缺少列: ${header.missing.map(columnLabel).join(', ')}`, row);
      }
      if (header.duplicate.length > 0) {
        throw new InputError(file, `duplicate column(s) / 列重复: ${header.duplicate.join(', ')}`, row);
      }
      headerWidth = cells.length;
      continue;
    }
    if (isBlank(cells)) continue;
    // Cells past the header's last column belong to no field: a row shifted by a stray comma.
    const extra = cells.slice(headerWidth).some((c) => c !== undefined && String(c).trim() !== '');
    const extraIssue = extra
      ? issue('input/extra-cells', `第 ${row} 行的单元格多于表头的列`, `row ${row} has more cells than the header has columns`)
      : undefined;

    if (!groupMembers) {
      // One record per row; with member columns (a register), the row is a one-member household.
      const record: Record<string, unknown> = {};
      const member: Record<string, unknown> = {};
      for (const { spec, index: col } of header.columns) {
        const value = convertCell(spec, cells[col] as XlsxCell);
        if (value !== undefined) setPath(spec.level === 'member' ? member : record, spec.path, value);
      }
      if (header.columns.some((c) => c.spec.level === 'member')) record.members = [member];
      yield extraIssue === undefined ? { index: index++, row, record } : { index: index++, row, record, issues: [extraIssue] };
      continue;
    }

    const idColumn = header.columns.find((c) => c.spec.key === 'householdId');
    const id = String(convertCell(idColumn!.spec, cells[idColumn!.index] as XlsxCell) ?? '');
    // A row without a household id cannot be grouped with any other: it is a record of its own.
    if (current !== undefined && (current.id !== id || id === '')) {
      const item = flush();
      if (item) yield item;
    }
    if (current === undefined) {
      const record: Record<string, unknown> = { members: [] };
      const raw = new Map<ColumnSpec, string>();
      const issues: ValidationIssue[] = [];
      if (id !== '' && finished.has(hash53(id))) {
        issues.push(
          issue(
            'input/split-household',
            `本户的行不连续（第 ${row} 行之前已出现同一户编号）：同一户的成员行应相邻`,
            `this household's rows are not together (its id appeared before row ${row}): a household's member rows must be consecutive`,
            ['id'],
          ),
        );
      }
      for (const { spec, index: col } of header.columns) {
        if (spec.level !== 'household') continue;
        const cell = cells[col];
        raw.set(spec, cell === undefined ? '' : String(cell).trim());
        const value = convertCell(spec, cell as XlsxCell);
        if (value !== undefined) setPath(record, spec.path, value);
      }
      current = { id, row, record, raw, memberRows: [], issues };
    } else {
      for (const { spec, index: col } of header.columns) {
        if (spec.level !== 'household') continue;
        const cell = cells[col];
        const text = cell === undefined ? '' : String(cell).trim();
        if (text !== current.raw.get(spec) && !current.issues.some((i) => i.path.join('.') === spec.path.join('.'))) {
          current.issues.push(
            issue(
              'input/inconsistent-rows',
              `第 ${row} 行的“${spec.zh[0]}”与本户第一行（第 ${current.row} 行）不一致`,
              `row ${row} disagrees with the household's first row (row ${current.row}) in column ${spec.key}`,
              [...spec.path],
            ),
          );
        }
      }
    }
    const member: Record<string, unknown> = {};
    for (const { spec, index: col } of header.columns) {
      if (spec.level !== 'member') continue;
      const value = convertCell(spec, cells[col] as XlsxCell);
      if (value !== undefined) setPath(member, spec.path, value);
    }
    (current.record.members as unknown[]).push(member);
    current.memberRows.push(row);
    if (extraIssue !== undefined) current.issues.push(extraIssue);
  }
  if (header === undefined) throw new InputError(file, 'no header row / 没有表头');
  const item = flush();
  if (item) yield item;
}

async function* readCsv(file: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  try {
    yield* rowsToRecords(file, parseCsv(textChunks(file, options.onBytes)), options.columns ?? HOUSEHOLD_COLUMNS, options.groupMembers ?? true);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new InputError(file, error.message, error.row);
    throw error;
  }
}

async function* readXlsx(file: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  const buffer = await readFile(file);
  options.onBytes?.(buffer.length, buffer.length);
  let rows: Row[];
  try {
    rows = [...readXlsxRows(buffer)];
  } catch (error) {
    if (error instanceof XlsxError || error instanceof RangeError) throw new InputError(file, `unreadable .xlsx: ${error.message}`);
    throw error;
  }
  yield* rowsToRecords(file, rows, options.columns ?? HOUSEHOLD_COLUMNS, options.groupMembers ?? true);
}

/**
 * Reads the records of a file as a stream: NDJSON and CSV line by line, a JSON array element by
 * element (memory bounded by the largest record), XLSX from its first worksheet. Every record is
 * yielded in order, either readable (`record`) or with the `issues` that kept it from being read
 * (a malformed line): nothing is dropped.
 * 以流的方式读取文件中的记录；每条记录要么可读，要么附带读取问题，绝不丢弃。
 *
 * @throws {InputError} when the file does not exist, is empty, has an unknown format, or cannot be
 *   read as its format at all (a CSV without a required column, a JSON document that is not an array)
 */
export async function* readRecords(file: string, options: ReadOptions & { format?: InputFormat } = {}): AsyncGenerator<SourceItem> {
  const format = options.format ?? formatOf(file);
  if (format === undefined) throw new InputError(file, 'unknown format: use .ndjson, .json, .csv or .xlsx / 未知格式');
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError(file, 'not a file / 不是文件');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot read the file / 无法读取文件 (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (size === 0) throw new InputError(file, 'the file is empty / 文件为空');
  switch (format) {
    case 'ndjson':
      yield* readNdjson(file, options);
      return;
    case 'json':
      yield* readJsonArray(file, options);
      return;
    case 'csv':
      yield* readCsv(file, options);
      return;
    case 'xlsx':
      yield* readXlsx(file, options);
      return;
  }
}
