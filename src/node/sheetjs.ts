import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { dateCell, type Cell } from './columns';
import type { Encoding } from './decode';
import { damaged, libraryLine, SpreadsheetError, type Sheet, type SheetRow, type Workbook } from './xlsx';

/**
 * The .xls (BIFF8, Excel 97–2003) and .ods (OpenDocument) reader, on SheetJS Community Edition
 * (`@e965/xlsx`, a republish of SheetJS CE 0.20.3: the `xlsx` 0.18.5 on npm has unfixed
 * advisories). It is an optional dependency, imported only when such a file is read, so neither
 * the core `tuopin` entry nor an .xlsx/CSV run loads it. The whole file is read into memory
 * (legacy .xls stops at 65,536 rows).
 * .xls 与 .ods 由 SheetJS CE（@e965/xlsx，可选依赖，读取时才动态加载）读取。
 * @internal
 */
export class ReaderMissingError extends Error {
  constructor() {
    super('@e965/xlsx is not installed');
    this.name = 'ReaderMissingError';
  }
}

/** The largest .xls or .ods file read whole: 256 MiB. */
export const MAX_LEGACY_BYTES = 256 * 1024 * 1024;

interface SheetJsCell {
  readonly t: string;
  readonly v?: unknown;
  readonly z?: string | number;
}

type SheetJs = typeof import('@e965/xlsx');

async function load(): Promise<SheetJs> {
  try {
    const mod = (await import('@e965/xlsx')) as SheetJs & { default?: SheetJs };
    return typeof mod.read === 'function' ? mod : (mod.default as SheetJs);
  } catch {
    throw new ReaderMissingError();
  }
}

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A legacy workbook read into plain rows (what the reading thread sends back). @internal */
export interface LegacySheets {
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean; readonly rows: readonly SheetRow[] }[];
}

/** Messages of the reading thread. @internal */
export type FromSheetWorker =
  | { readonly type: 'done'; readonly data: LegacySheets }
  | { readonly type: 'missing' }
  | { readonly type: 'error'; readonly kind: SpreadsheetError['kind']; readonly message: string; readonly evidence: Readonly<Record<string, string | number>> };

/** How long SheetJS may take on one file before the read is given up (it can loop for minutes on a damaged .xls). */
export const LEGACY_READ_SECONDS = 60;

/**
 * Reads an .xls or .ods workbook with SheetJS in this thread. Cells keep their types: text,
 * number, boolean, and dates (a number whose format is a date) as calendar dates.
 * @internal
 * @throws {SpreadsheetError} when the file is not a readable workbook
 * @throws {ReaderMissingError} when the optional reader is not installed
 */
export async function readLegacyWorkbook(file: string, html?: Encoding): Promise<LegacySheets> {
  const XLSX = await load();
  const buffer = await readFile(file);
  // An HTML table saved as .xls: decoded here as the CSV reader decodes text (SheetJS would
  // guess), and read with `raw` so that every cell stays the text shown (an ID number, 0012).
  const input = html === undefined ? buffer : new TextDecoder(html).decode(buffer);
  let wb: ReturnType<SheetJs['read']>;
  // SheetJS writes notes on odd number formats to the console; they would pass into the
  // command's output unmasked, so they are held back while it reads.
  const { error: consoleError, warn: consoleWarn, log: consoleLog } = console;
  try {
    console.error = console.warn = console.log = () => {};
    wb =
      typeof input === 'string'
        ? XLSX.read(input, { type: 'string', raw: true, dense: true, cellDates: false, cellNF: true, cellHTML: false, cellFormula: false, WTF: false })
        : XLSX.read(input, { type: 'buffer', dense: true, cellDates: false, cellNF: true, cellHTML: false, cellFormula: false, WTF: false });
  } catch (error) {
    throw damaged('legacy', { library: libraryLine(error) });
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
    console.log = consoleLog;
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const hiddenOf = new Map((wb.Workbook?.Sheets ?? []).map((s) => [s.name, (s.Hidden ?? 0) !== 0]));
  const sheets = wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name] as { '!data'?: (SheetJsCell[] | undefined)[] } | undefined;
    const data = ws?.['!data'] ?? [];
    const rows: SheetRow[] = [];
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (row === undefined) continue;
      const cells: Cell[] = [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell !== undefined) cells[c] = cellValue(XLSX, cell, date1904);
      }
      rows.push({ row: r + 1, cells });
    }
    return { name, hidden: hiddenOf.get(name) === true, rows };
  });
  return { sheets };
}

function startSheetWorker(file: string, html: Encoding | undefined): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: 2048 };
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = new URL('./sheetjs-worker.ts', here).href;
    const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
    return new Worker(code, { eval: true, workerData: { file, html }, resourceLimits });
  }
  return new Worker(new URL('./sheet-worker.js', here), { workerData: { file, html }, resourceLimits });
}

/**
 * Opens an .xls or .ods workbook (or, with `html`, an HTML table saved as .xls, decoded from that
 * encoding, every cell read as text): SheetJS reads it on a worker thread, which is given up after
 * {@link LEGACY_READ_SECONDS} (SheetJS can loop for minutes on a damaged file) or when it runs
 * out of memory, so a hostile file cannot hang or crash the command.
 * 在工作线程中用 SheetJS 读取 .xls/.ods；超时或内存不足时放弃，命令不会挂起或崩溃。
 * @throws {SpreadsheetError} when the file is not a readable workbook in time
 * @throws {ReaderMissingError} when the optional reader is not installed
 */
export async function openLegacyWorkbook(file: string, size: number, seconds = LEGACY_READ_SECONDS, html?: Encoding): Promise<Workbook> {
  if (size > MAX_LEGACY_BYTES) throw new SpreadsheetError('inflate-limit', 'file too large', { part: file, limitMiB: MAX_LEGACY_BYTES / 1048576 });
  const worker = startSheetWorker(file, html);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const data = await new Promise<LegacySheets>((resolve, reject) => {
    timer = setTimeout(() => {
      reject(damaged('legacy-timeout', { seconds }));
    }, seconds * 1000);
    worker.on('message', (message: FromSheetWorker) => {
      if (message.type === 'done') resolve(message.data);
      else if (message.type === 'missing') reject(new ReaderMissingError());
      else reject(new SpreadsheetError(message.kind, message.message, message.evidence));
    });
    worker.on('error', (error) => reject(damaged('legacy-failed', { library: libraryLine(error) })));
    worker.on('exit', (code) => reject(damaged('legacy-exit', { exit: code })));
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
  const sheets: Sheet[] = data.sheets.map(({ name, hidden, rows }) => ({
    name,
    hidden,
    async *rows(): AsyncGenerator<SheetRow> {
      yield* rows;
    },
  }));
  return { sheets, close: () => {} };
}

function cellValue(XLSX: SheetJs, cell: SheetJsCell, date1904: boolean): Cell {
  switch (cell.t) {
    case 's':
    case 'e':
      return cell.v === undefined ? undefined : String(cell.v);
    case 'b':
      return cell.v === true;
    case 'd':
      return cell.v instanceof Date ? { date: localDate(cell.v) } : { date: String(cell.v).slice(0, 10) };
    case 'n': {
      const n = cell.v as number;
      const format = cell.z;
      const isDate = format !== undefined && XLSX.SSF.is_date(format);
      return isDate ? dateCell(n, date1904) : n;
    }
    default:
      return undefined;
  }
}
