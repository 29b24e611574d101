import { cyrb53 } from '../hash/cyrb53';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ValidationIssue } from '../validation/issues';
import { columnLabel, convertCell, HOUSEHOLD_COLUMNS, householdIdStoredAsNumber, idStoredAsNumber, mapHeader, statusFields, type Cell, type ColumnSpec, type HeaderMap } from './columns';
import { undecidedChecks } from './check-columns';
import { CsvSyntaxError, MAX_ROW_CHARS, parseCsv } from './csv';
import { decodedChunks, type Encoding } from './decode';
import { sniffWorkbook } from './sniff-workbook';
import { InputError } from './input-error';
import { jsonErrorDetail } from './json-error';
import { MAX_RECORD_CHARS } from './limits';
import { JsonArraySyntaxError, splitJsonArray, TOO_LARGE } from './json-array';
import { printable, readIssue, readWarning, type ReadWarning } from './messages';
import { openLegacyWorkbook, ReaderMissingError } from './sheetjs';
import { openXlsx, SpreadsheetError, type Sheet, type Workbook } from './xlsx';

export type InputFormat = 'ndjson' | 'json' | 'csv' | 'xlsx' | 'xls' | 'ods';

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
  /** Called with every warning about the layout or the encoding (the run goes on). */
  readonly onWarning?: (warning: ReadWarning) => void;
  /** Columns of a spreadsheet; household columns by default. */
  readonly columns?: readonly ColumnSpec[];
  /**
   * Group spreadsheet rows into households (one row per member). Default true. With `false`, each
   * row is a record of its own: with member columns (the default household columns), a
   * one-member household.
   */
  readonly groupMembers?: boolean;
  /** Forces the text encoding of CSV, NDJSON and JSON (guessed by default). */
  readonly encoding?: Encoding | undefined;
  /**
   * How rows group into records (with `groupMembers`): households of members by default; an
   * industry plan groups plantings into zones. @internal
   */
  readonly group?: RowGroup | undefined;
  /** The worksheet to read (by default the one whose header matches the columns best). */
  readonly sheet?: string | undefined;
  /** Unrecognised or missing columns are an error instead of a warning. */
  readonly strictColumns?: boolean | undefined;
  /** How long an .xls or .ods may take to read before it is given up (default 60 s). */
  readonly timeLimitSeconds?: number | undefined;
  /**
   * The village code of a village name (from the `--villages` table), for a register that has
   * place names (村, 乡镇) and no village codes; `undefined` when the name is unknown or not unique.
   */
  readonly villageCodeOf?: ((villageName: string) => string | undefined) | undefined;
}

export { MAX_RECORD_CHARS } from './limits';

/**
 * The village code of a village name, from the village table (--villages), for a table with
 * village names and no codes (a register, a monitoring table): a name given to two villages maps
 * to none, so that its rows are rejected rather than put in the wrong village. `undefined`
 * without a village table. 村名 → 村代码（村表中重名的村不对应任何代码）。
 */
export function villageCodeOf(villages: readonly { readonly code: string; readonly name: string }[] | undefined): ((name: string) => string | undefined) | undefined {
  if (villages === undefined) return undefined;
  const codes = new Map<string, string | undefined>();
  for (const v of villages) codes.set(v.name.trim(), codes.has(v.name.trim()) ? undefined : v.code);
  return (name: string) => codes.get(name);
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
    case '.tsv':
      return 'csv';
    case '.xlsx':
    case '.xlsm':
      return 'xlsx';
    case '.xls':
      return 'xls';
    case '.ods':
      return 'ods';
    default:
      return undefined;
  }
}

export { jsonErrorDetail } from './json-error';

/**
 * Splits text chunks into lines (LF or CRLF) with their 1-based line numbers. A line over
 * `max` characters is not kept: it comes out as `{ line, tooLarge: true }`.
 * @internal
 */
export async function* lines(
  chunks: AsyncIterable<string>,
  max = MAX_RECORD_CHARS,
): AsyncGenerator<{ line: number; text: string; tooLarge?: undefined } | { line: number; tooLarge: true; text?: undefined }> {
  let rest: string[] = [];
  let restLength = 0;
  let tooLarge = false;
  let line = 0;
  let first = true;
  const keep = (piece: string) => {
    restLength += piece.length;
    if (restLength > max) {
      tooLarge = true;
      rest = [];
    } else if (!tooLarge && piece !== '') rest.push(piece);
  };
  for await (let chunk of chunks) {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    let start = 0;
    let nl = chunk.indexOf('\n');
    const out: ({ line: number; text: string } | { line: number; tooLarge: true })[] = [];
    while (nl >= 0) {
      keep(chunk.slice(start, nl));
      line++;
      if (tooLarge) out.push({ line, tooLarge: true });
      else {
        let text = rest.length === 1 ? (rest[0] as string) : rest.join('');
        if (text.endsWith('\r')) text = text.slice(0, -1);
        out.push({ line, text });
      }
      rest = [];
      restLength = 0;
      tooLarge = false;
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    keep(chunk.slice(start));
    for (const o of out) yield o;
  }
  if (tooLarge) yield { line: ++line, tooLarge: true };
  else if (restLength > 0) {
    let text = rest.join('');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text !== '') yield { line: ++line, text };
  }
}

async function* readNdjson(file: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  let index = 0;
  for await (const item of lines(decodedChunks(file, options))) {
    const { line } = item;
    if (item.tooLarge === true) {
      yield { index: index++, row: line, issues: [readIssue('input/too-large', { row: line, limit: MAX_RECORD_CHARS })] };
      continue;
    }
    const text = item.text;
    if (text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(text) as unknown;
    } catch (error) {
      yield { index: index++, row: line, issues: [readIssue('input/malformed-json', { row: line, ...jsonErrorDetail(error) })] };
      continue;
    }
    // A JSON array saved as .ndjson would otherwise be one record of many households.
    if (Array.isArray(record)) yield { index: index++, row: line, issues: [readIssue('input/array-line', { row: line, count: record.length })] };
    else yield { index: index++, row: line, record };
  }
}

async function* readJsonArray(file: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  let index = 0;
  try {
    for await (const text of splitJsonArray(decodedChunks(file, options), MAX_RECORD_CHARS)) {
      const row = index + 1;
      if (text === TOO_LARGE) {
        yield { index: index++, row, issues: [readIssue('input/too-large', { row, limit: MAX_RECORD_CHARS })] };
        continue;
      }
      try {
        yield { index, row, record: JSON.parse(text) as unknown };
      } catch (error) {
        yield { index, row, issues: [readIssue('input/malformed-json', { row, element: true, ...jsonErrorDetail(error) })] };
      }
      index++;
    }
  } catch (error) {
    if (error instanceof JsonArraySyntaxError) throw InputError.of(file, 'read/json-array', { problem: error.kind, offset: error.offset });
    throw error;
  }
}

/** A row of cells; `excelText` lists the columns of a CSV row whose `="…"` cells were read as their text. */
type Row =
  | { readonly row: number; readonly cells: readonly Cell[]; readonly tooLarge?: undefined; readonly excelText?: readonly number[] | undefined }
  | { readonly row: number; readonly tooLarge: true; readonly cells?: undefined; readonly excelText?: undefined };

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

// The split-household check keeps one 53-bit hash per household (`cyrb53`) instead of the id
// itself: a few bytes each, and no slice of a read buffer kept alive. A collision (odds about
// n² / 2^54) could only report a split that is not there, never hide one.
const hash53 = cyrb53;

function isBlank(cells: readonly unknown[]): boolean {
  return cells.every((c) => c === undefined || (typeof c === 'string' && c.trim() === ''));
}

/** Rows looked at to find the header (title rows above it, a two-row header). */
const HEADER_SCAN_ROWS = 20;

function text(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell);
}

/** A header candidate: its rows, the names per column, and how it maps. */
interface HeaderChoice {
  readonly rows: readonly number[];
  readonly last: number;
  readonly names: readonly string[];
  readonly map: HeaderMap;
}

/**
 * The header among the first rows: the row, or the pair of adjacent rows (a two-row header: a
 * group title above, or a name merged over both rows), whose names match the most known columns.
 * On a tie the single row and the earlier row win; a pair wins only over both of its rows.
 */
function findHeader(rows: readonly { row: number; cells: readonly Cell[] }[], columns: readonly ColumnSpec[]): HeaderChoice | undefined {
  let best: HeaderChoice | undefined;
  const known = (name: string) => name.trim() !== '' && mapHeader([name], columns).columns.length > 0;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i] as { row: number; cells: readonly Cell[] };
    const names = Array.from({ length: a.cells.length }, (_, c) => text(a.cells[c]));
    const single: HeaderChoice = { rows: [a.row], last: i, names, map: mapHeader(names, columns) };
    if (best === undefined || single.map.columns.length > best.map.columns.length) best = single;
    const b = rows[i + 1];
    if (b === undefined || b.row !== a.row + 1) continue;
    const width = Math.max(a.cells.length, b.cells.length);
    const pair = Array.from({ length: width }, (_, c) => {
      const upper = text(a.cells[c]);
      const lower = text(b.cells[c]);
      if (known(lower)) return lower;
      if (known(upper)) return upper;
      return lower.trim() !== '' ? lower : upper;
    });
    const choice: HeaderChoice = { rows: [a.row, b.row], last: i + 1, names: pair, map: mapHeader(pair, columns) };
    // A pair must match more than its lower row alone: a title row above a one-row header is
    // skipped, not joined to it.
    const lower = mapHeader(Array.from({ length: b.cells.length }, (_, c) => text(b.cells[c])), columns).columns.length;
    if (choice.map.columns.length > best.map.columns.length && choice.map.columns.length > lower) best = choice;
  }
  return best;
}

/**
 * How consecutive rows form one record: the column of the group's id, where the rows' own fields
 * go, and the words of the messages (a household of members, a zone of plantings). @internal
 */
export interface RowGroup {
  /** The key of the id column (`householdId`, `zoneId`). */
  readonly idKey: string;
  /** The record's array that takes one element per row (`members`, `plantings`). */
  readonly itemsKey: string;
  /** The key of the column whose value `head` starts a group even under a blank id (`relation`). */
  readonly headKey?: string | undefined;
  readonly codes: {
    readonly split: 'input/split-household' | 'input/split-zone';
    readonly inconsistent: 'input/inconsistent-rows' | 'input/inconsistent-zone-rows';
    readonly carried: 'warn/carried-down' | 'warn/zone-carried-down';
    /** Expected columns that are not there. */
    readonly absent: 'warn/missing-columns' | 'warn/missing-plan-columns' | 'warn/missing-monitoring-columns';
  };
}

/** Households of one-member rows (the register). */
export const HOUSEHOLD_GROUP: RowGroup = {
  idKey: 'householdId',
  itemsKey: 'members',
  headKey: 'relation',
  codes: { split: 'input/split-household', inconsistent: 'input/inconsistent-rows', carried: 'warn/carried-down', absent: 'warn/missing-columns' },
};

/** What the record builder needs to know of the reader. @internal */
export interface RowsOptions {
  readonly columns: readonly ColumnSpec[];
  readonly groupMembers: boolean;
  readonly group?: RowGroup | undefined;
  readonly onWarning?: ((warning: ReadWarning) => void) | undefined;
  readonly strictColumns?: boolean | undefined;
  readonly villageCodeOf?: ((villageName: string) => string | undefined) | undefined;
}

/** Columns read for the reader's own use, never written into a record. */
const PLACE_NAME_KEYS = new Set(['villageName', 'townshipName']);

/**
 * Turns spreadsheet rows into records. The header is found among the first rows (title rows
 * skipped, two-row headers joined; a warning says which row was used), unrecognised and missing
 * columns are reported as warnings (errors with `strictColumns`). With `groupMembers`,
 * consecutive rows with the same household id form one household; a row with a blank household
 * id that is not a household head continues the household above (merged cells), and blank
 * household cells take the household's first row; household cells that disagree reject the
 * household, and a household whose rows are not consecutive is rejected too. An ID-number cell
 * stored as a number is rejected, never converted; so is a household id of 16 digits or more
 * stored as a number (digits lost), whose rows then start a new household at each head's row.
 * @internal
 */
export async function* rowsToRecords(file: string, rows: AsyncIterable<Row> | Iterable<Row>, options: RowsOptions): AsyncGenerator<SourceItem> {
  const { columns, groupMembers } = options;
  const group = options.group ?? HOUSEHOLD_GROUP;
  const items = group.itemsKey;
  const warn = (w: ReadWarning) => options.onWarning?.(w);
  let header: HeaderChoice | undefined;
  let headerWidth = 0;
  const scanned: { row: number; cells: readonly Cell[] }[] = [];
  const early: Row[] = [];
  let index = 0;
  let carried = 0;
  // Columns (and count) of Excel's ="…" cells read as their text, said once for the file.
  const excelColumns = new Set<number>();
  let excelCells = 0;
  // The ID-number and household-id columns, whose one leading apostrophe (Excel's "store as text"
  // mark, written out literally by some tools) is dropped, said once for the file.
  let apostropheColumns: readonly number[] = [];
  const apostropheSeen = new Set<number>();
  let apostropheCells = 0;
  type Current = {
    id: string;
    row: number;
    record: Record<string, unknown>;
    raw: Map<ColumnSpec, string>;
    memberRows: number[];
    issues: ValidationIssue[];
  };
  let current: Current | undefined;
  const finished = new Set<number>();
  let idColumn: { spec: ColumnSpec; index: number } | undefined;
  let relationColumn: { spec: ColumnSpec; index: number } | undefined;
  let villageNames = false;

  const flush = (): SourceItem | undefined => {
    if (current === undefined) return undefined;
    const c = current;
    current = undefined;
    if (c.id !== '') finished.add(hash53(c.id));
    return c.issues.length > 0
      ? { index: index++, row: c.row, record: c.record, issues: c.issues, memberRows: c.memberRows }
      : { index: index++, row: c.row, record: c.record, memberRows: c.memberRows };
  };

  const chooseHeader = () => {
    const choice = findHeader(scanned, columns);
    if (choice === undefined) throw InputError.of(file, 'read/no-header');
    header = choice;
    const firstRow = (scanned[0] as { row: number }).row;
    const rowsText = choice.rows.join('–');
    if (choice.rows.length > 1 || choice.rows[0] !== firstRow) warn(readWarning('warn/header-row', file, { rows: rowsText }, choice.rows[0]));
    let { map } = choice;
    // A register with village names and no codes: the names are mapped through --villages.
    const byName = map.columns.some((c) => c.spec.key === 'villageName') && map.missing.some((m) => m.key === 'villageCode');
    if (byName) {
      if (options.villageCodeOf === undefined) throw InputError.of(file, 'read/village-names', {}, choice.rows[0]);
      map = { ...map, missing: map.missing.filter((m) => m.key !== 'villageCode'), absent: map.absent };
      header = { ...choice, map };
      villageNames = true;
    }
    if (map.missing.length > 0) throw InputError.of(file, 'read/missing-columns', { columns: map.missing.map(columnLabel), headerRow: rowsText }, choice.rows[0]);
    if (map.duplicate.length > 0) throw InputError.of(file, 'read/duplicate-columns', { columns: map.duplicate.map((d) => printable(d, 40)) }, choice.rows[0]);
    const unknown = map.unknown.map((u) => printable(u, 40));
    // Place-name columns are expected only where codes are missing: not reported as missing.
    const absent = map.absent
      .filter((a) => a.quietWhenAbsent !== true && !PLACE_NAME_KEYS.has(a.key) && !(a.key === 'villageCode' && villageNames))
      .map(columnLabel);
    // A register's absent columns split in two: those some check cannot do without (every
    // household's check would be unknown), and optional ones, listed for information only.
    const undecided = undecidedChecks(columns, new Set(map.columns.map((c) => c.spec.key)));
    const needed = undecided === undefined ? absent : [...new Set(undecided.flatMap((u) => u.missing.map(columnLabel)))];
    if (options.strictColumns === true && (unknown.length > 0 || needed.length > 0)) {
      throw InputError.of(file, 'read/strict-columns', { unknown: unknown.length > 0 ? unknown : ['-'], missing: needed.length > 0 ? needed : ['-'] }, choice.rows[0]);
    }
    if (unknown.length > 0) warn(readWarning('warn/unknown-columns', file, { columns: unknown }, choice.rows[0]));
    if (undecided === undefined) {
      if (absent.length > 0) warn(readWarning(group.codes.absent, file, { columns: absent }, choice.rows[0]));
    } else {
      if (undecided.length > 0) warn(readWarning('warn/missing-check-columns', file, { checks: undecided.map((u) => u.check), columns: needed }, choice.rows[0]));
      const optional = absent.filter((a) => !needed.includes(a));
      if (optional.length > 0) warn(readWarning('warn/missing-optional-columns', file, { columns: optional, count: optional.length }, choice.rows[0]));
    }
    headerWidth = choice.names.length;
    idColumn = map.columns.find((c) => c.spec.key === group.idKey);
    apostropheColumns = map.columns.filter((c) => c.spec.kind === 'id' || c.spec.key === 'householdId').map((c) => c.index);
    relationColumn = group.headKey === undefined ? undefined : map.columns.find((c) => c.spec.key === group.headKey);
  };

  function* dataRow(r: Row): Generator<SourceItem> {
    const { row } = r;
    if (r.tooLarge === true) {
      // A row too large to read is a record of its own, rejected.
      if (groupMembers) {
        const item = flush();
        if (item) yield item;
      }
      yield { index: index++, row, issues: [readIssue('input/too-large', { row, limit: MAX_ROW_CHARS })] };
      return;
    }
    let cells = r.cells;
    if (isBlank(cells)) return;
    for (const col of apostropheColumns) {
      const cell = cells[col];
      if (typeof cell !== 'string' || !cell.trimStart().startsWith("'")) continue;
      if (cells === r.cells) cells = [...cells];
      (cells as Cell[])[col] = cell.trimStart().slice(1);
      apostropheSeen.add(col);
      apostropheCells++;
    }
    if (r.excelText !== undefined) {
      for (const c of r.excelText) excelColumns.add(c);
      excelCells += r.excelText.length;
    }
    const map = (header as HeaderChoice).map;
    // Cells past the header's last column belong to no field: a row shifted by a stray comma.
    let extra = false;
    for (let c = headerWidth; c < cells.length; c++) if (text(cells[c]).trim() !== '') extra = true;
    const extraIssue = extra ? readIssue('input/extra-cells', { row }) : undefined;
    const convert = (target: Record<string, unknown>, level: 'household' | 'member' | undefined, issues: ValidationIssue[], memberIndex: number) => {
      for (const { spec, index: col } of map.columns) {
        if (level !== undefined && spec.level !== level) continue;
        const cell = cells[col];
        if (PLACE_NAME_KEYS.has(spec.key)) {
          if (spec.key === 'villageName' && villageNames && level !== 'member') {
            const name = text(cell).trim();
            const code = name === '' ? undefined : options.villageCodeOf?.(name);
            if (code !== undefined) setPath(target, ['villageCode'], code);
            else if (name !== '') issues.push(readIssue('input/unknown-village', { row }, ['villageCode']));
          }
          continue;
        }
        if (spec.kind === 'id' && idStoredAsNumber(cell)) {
          const path = level === 'member' ? [items, memberIndex, ...spec.path] : [...spec.path];
          issues.push(readIssue('input/id-stored-as-number', { row }, path));
          continue;
        }
        // A household id of 16 digits or more stored as a number lost digits: rejected, not read.
        if (spec.key === 'householdId' && householdIdStoredAsNumber(cell)) {
          issues.push(readIssue('input/household-id-stored-as-number', { row, column: printable((header as HeaderChoice).names[col] ?? spec.key, 40) }, [...spec.path]));
          continue;
        }
        if (spec.kind === 'status') {
          const fields = statusFields(typeof cell === 'string' ? cell.trim() : cell);
          if (fields?.policySupport !== undefined) setPath(target, ['policySupport'], fields.policySupport);
        }
        const value = convertCell(spec, cell);
        if (value !== undefined) setPath(target, spec.path, value);
      }
    };

    if (!groupMembers) {
      // One record per row; with member columns (a register), the row is a one-member household.
      const record: Record<string, unknown> = {};
      const issues: ValidationIssue[] = [];
      const member: Record<string, unknown> = {};
      convert(record, 'household', issues, 0);
      convert(member, 'member', issues, 0);
      if (map.columns.some((c) => c.spec.level === 'member')) record[items] = [member];
      if (extraIssue !== undefined) issues.push(extraIssue);
      yield issues.length === 0 ? { index: index++, row, record } : { index: index++, row, record, issues };
      return;
    }

    const id = idColumn === undefined ? '' : String(convertCell(idColumn.spec, cells[idColumn.index]) ?? '');
    // An id that lost digits (a long number) may be another household's too: it does not join
    // rows under a new head, and says nothing of a split household.
    const untrusted = idColumn !== undefined && idColumn.spec.key === 'householdId' && householdIdStoredAsNumber(cells[idColumn.index]);
    const isHead = relationColumn !== undefined && convertCell(relationColumn.spec, cells[relationColumn.index]) === 'head';
    // A blank household id under a household, on a row that is not a head's: the id cell was
    // merged over the household's rows (the usual template), so the row continues the household.
    const sameId = current !== undefined && id !== '' && id === current.id;
    const continues = current !== undefined && (untrusted ? sameId && !isHead : sameId || (id === '' && !isHead));
    if (current !== undefined && !continues) {
      const item = flush();
      if (item) yield item;
    }
    if (current === undefined) {
      const record: Record<string, unknown> = { [items]: [] };
      const raw = new Map<ColumnSpec, string>();
      const issues: ValidationIssue[] = [];
      if (id !== '' && !untrusted && finished.has(hash53(id))) issues.push(readIssue(group.codes.split, { row }, ['id']));
      for (const { spec, index: col } of map.columns) {
        if (spec.level === 'household') raw.set(spec, text(cells[col]).trim());
      }
      convert(record, 'household', issues, 0);
      current = { id, row, record, raw, memberRows: [], issues };
    } else {
      let blank = false;
      for (const { spec, index: col } of map.columns) {
        if (spec.level !== 'household') continue;
        const cellText = text(cells[col]).trim();
        const first = current.raw.get(spec) ?? '';
        if (cellText === '') {
          // Blank (a merged cell): the household's first row stands.
          if (first !== '') blank = true;
          continue;
        }
        if (cellText !== first && !current.issues.some((i) => i.code === group.codes.inconsistent && i.path.join('.') === spec.path.join('.'))) {
          current.issues.push(
            readIssue(group.codes.inconsistent, { row, column: spec.zh[0] ?? spec.key, key: spec.key, first: current.row }, [...spec.path]),
          );
        }
      }
      if (blank) carried++;
    }
    const members = current.record[items] as unknown[];
    const member: Record<string, unknown> = {};
    convert(member, 'member', current.issues, members.length);
    members.push(member);
    current.memberRows.push(row);
    if (extraIssue !== undefined) current.issues.push(extraIssue);
  }

  for await (const r of rows) {
    if (header === undefined) {
      if (r.tooLarge !== true && isBlank(r.cells)) continue;
      early.push(r);
      if (r.tooLarge !== true) scanned.push(r);
      if (scanned.length < HEADER_SCAN_ROWS) continue;
      chooseHeader();
      for (const e of early) if (e.row > (header as unknown as HeaderChoice).rows.at(-1)!) yield* dataRow(e);
      early.length = 0;
      continue;
    }
    yield* dataRow(r);
  }
  if (header === undefined) {
    if (scanned.length === 0) throw InputError.of(file, 'read/no-header');
    chooseHeader();
    for (const e of early) if (e.row > (header as unknown as HeaderChoice).rows.at(-1)!) yield* dataRow(e);
  }
  const item = flush();
  if (item) yield item;
  if (carried > 0) warn(readWarning(group.codes.carried, file, { count: carried }));
  if (apostropheCells > 0) {
    const names = (header as unknown as HeaderChoice).names;
    const shown = [...apostropheSeen].sort((a, b) => a - b).map((c) => printable(names[c]?.trim() || `#${c + 1}`, 40));
    warn(readWarning('warn/leading-apostrophe', file, { columns: shown, count: apostropheCells }));
  }
  if (excelCells > 0) {
    const names = (header as unknown as HeaderChoice).names;
    const shown = [...excelColumns].sort((a, b) => a - b).map((c) => printable(names[c]?.trim() || `#${c + 1}`, 40));
    warn(readWarning('warn/excel-text-formula', file, { columns: shown, count: excelCells }));
  }
}

async function* readCsv(file: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  let garbled: ReadWarning | undefined;
  const onWarning = (w: ReadWarning) => {
    if (w.code === 'warn/replacement-characters') garbled = w;
    options.onWarning?.(w);
  };
  try {
    yield* rowsToRecords(file, parseCsv(decodedChunks(file, { ...options, onWarning })), rowsOptions({ ...options, onWarning }));
  } catch (error) {
    // Columns "missing" from a garbled header: say which encoding was tried.
    if (error instanceof InputError && garbled !== undefined && error.code === 'read/missing-columns') {
      const g = garbled.message;
      throw new InputError(file, { 'zh-CN': `${error.detail['zh-CN']}；${g['zh-CN']}`, en: `${error.detail.en}; ${g.en}` }, error.row, error.code);
    }
    if (error instanceof CsvSyntaxError) {
      throw error.kind === 'unterminated'
        ? InputError.of(file, 'read/csv-unterminated', { row: error.row }, error.row)
        : InputError.of(file, 'read/csv-quote', { row: error.row, where: error.kind }, error.row);
    }
    throw error;
  }
}

function rowsOptions(options: ReadOptions): RowsOptions {
  return {
    columns: options.columns ?? HOUSEHOLD_COLUMNS,
    groupMembers: options.groupMembers ?? true,
    group: options.group,
    onWarning: options.onWarning,
    strictColumns: options.strictColumns,
    villageCodeOf: options.villageCodeOf,
  };
}

/** How well a sheet's first rows match the columns (the best header's matched columns). */
async function headerScore(sheet: Sheet, columns: readonly ColumnSpec[]): Promise<number> {
  const rows: { row: number; cells: readonly Cell[] }[] = [];
  const it = sheet.rows();
  try {
    for await (const r of it) {
      if (isBlank(r.cells)) continue;
      rows.push(r);
      if (rows.length >= HEADER_SCAN_ROWS) break;
    }
  } finally {
    await it.return(undefined);
  }
  return findHeader(rows, columns)?.map.columns.length ?? 0;
}

async function* readWorkbook(file: string, format: 'xlsx' | 'xls' | 'ods', size: number, options: ReadOptions, html?: Encoding): AsyncGenerator<SourceItem> {
  let workbook: Workbook | undefined;
  try {
    workbook = format === 'xlsx' ? await openXlsx(file) : await openLegacyWorkbook(file, size, options.timeLimitSeconds, html);
    options.onBytes?.(size, size);
    const sheets = workbook.sheets;
    if (sheets.length === 0) throw InputError.of(file, 'read/no-sheet');
    let sheet: Sheet | undefined;
    const names = sheets.map((s) => printable(s.name, 31));
    if (options.sheet !== undefined) {
      sheet = sheets.find((s) => s.name === options.sheet) ?? sheets.find((s) => s.name.trim() === options.sheet?.trim());
      if (sheet === undefined) throw InputError.of(file, 'read/sheet-not-found', { sheet: printable(options.sheet, 31), sheets: names });
    } else if (sheets.length === 1) {
      sheet = sheets[0] as Sheet;
    } else {
      // The sheet whose header matches the known columns best; hidden sheets only if no other.
      const columns = options.columns ?? HOUSEHOLD_COLUMNS;
      let bestScore = -1;
      for (const s of sheets) {
        const score = (await headerScore(s, columns)) - (s.hidden ? 0.5 : 0);
        if (score > bestScore) {
          bestScore = score;
          sheet = s;
        }
      }
      sheet ??= sheets[0] as Sheet;
      options.onWarning?.(readWarning('warn/sheet', file, { sheet: printable(sheet.name, 31), count: sheets.length, sheets: names }));
    }
    yield* rowsToRecords(file, sheet.rows(), rowsOptions(options));
  } catch (error) {
    if (error instanceof SpreadsheetError) {
      if (error.kind === 'inflate-limit') throw InputError.of(file, 'read/inflate-limit', error.evidence);
      if (error.kind === 'cell-reference') throw InputError.of(file, 'read/cell-reference', error.evidence, Number(error.evidence.row) || undefined);
      // The part's name and the library's words come from the file: made printable, bounded.
      const evidence: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(error.evidence)) evidence[key] = typeof value === 'string' ? printable(value, 160) : value;
      throw InputError.of(file, 'read/spreadsheet', evidence);
    }
    if (error instanceof ReaderMissingError) {
      if (html !== undefined) throw InputError.of(file, 'read/xls-is-html', { format: extname(file).toLowerCase() });
      throw InputError.of(file, 'read/reader-missing', { format: `.${format}` });
    }
    throw error;
  } finally {
    workbook?.close();
  }
}

/**
 * Reads the records of a file as a stream: NDJSON and CSV line by line, a JSON array element by
 * element (memory bounded by the largest record), XLSX row by row from the worksheet whose header
 * matches best (or `sheet`), XLS and ODS through SheetJS. Text is decoded from UTF-8 (with or
 * without BOM), GB18030/GBK or UTF-16, guessed or forced with `encoding`. Every record is yielded
 * in order, either readable (`record`) or with the `issues` that kept it from being read (a
 * malformed line, a row over the size limit): nothing is dropped. Warnings (header row used,
 * unrecognised and missing columns, the sheet chosen, the encoding) go to `onWarning`.
 * 以流的方式读取文件中的记录；每条记录要么可读，要么附带读取问题，绝不丢弃；版式与编码警告交给 onWarning。
 *
 * @throws {InputError} when the file does not exist or cannot be read, is empty, has an unknown
 *   format, or cannot be read as its format at all (a CSV without a required column or with a
 *   misplaced quote, a JSON document that is not an array, a damaged or oversized workbook)
 */
export async function* readRecords(file: string, options: ReadOptions & { format?: InputFormat } = {}): AsyncGenerator<SourceItem> {
  const format = options.format ?? formatOf(file);
  if (format === undefined) throw InputError.of(file, 'read/unknown-format');
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw InputError.of(file, 'read/not-a-file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw InputError.of(file, 'read/cannot-read', { reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  if (size === 0) throw InputError.of(file, 'read/empty');
  try {
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
      case 'xls': {
        // Web systems export an HTML table as .xls, and a CSV is often renamed .xls: say so, and
        // read the text as CSV, the HTML table through SheetJS with every cell as text.
        const content = await sniffWorkbook(file, options.encoding);
        const shown = extname(file).toLowerCase();
        if (content.kind === 'text') {
          options.onWarning?.(readWarning('warn/xls-is-text', file, { format: shown, encoding: content.encoding }));
          yield* readCsv(file, options);
          return;
        }
        if (content.kind === 'html') {
          options.onWarning?.(readWarning('warn/xls-is-html', file, { format: shown, encoding: content.encoding }));
          yield* readWorkbook(file, 'xls', size, options, content.encoding);
          return;
        }
        yield* readWorkbook(file, format, size, options);
        return;
      }
      case 'ods':
        yield* readWorkbook(file, format, size, options);
        return;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw InputError.of(file, 'read/cannot-read', { reason: code });
    throw error;
  }
}
