import { readFile } from 'node:fs/promises';
import { dateCell, type Cell } from './columns';
import { SpreadsheetError, type Sheet, type SheetRow, type Workbook } from './xlsx';

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

/**
 * Opens an .xls or .ods workbook with SheetJS. Cells keep their types: text, number, boolean,
 * and dates (a number whose format is a date) as calendar dates.
 * @throws {SpreadsheetError} when the file is not a readable workbook
 * @throws {ReaderMissingError} when the optional reader is not installed
 */
export async function openLegacyWorkbook(file: string, size: number): Promise<Workbook> {
  if (size > MAX_LEGACY_BYTES) throw new SpreadsheetError('inflate-limit', 'file too large', { part: file, limitMiB: MAX_LEGACY_BYTES / 1048576 });
  const XLSX = await load();
  const buffer = await readFile(file);
  let wb: ReturnType<SheetJs['read']>;
  // SheetJS writes notes on odd number formats to the console; they would pass into the
  // command's output unmasked, so they are held back while it reads.
  const { error: consoleError, warn: consoleWarn, log: consoleLog } = console;
  try {
    console.error = console.warn = console.log = () => {};
    wb = XLSX.read(buffer, { type: 'buffer', dense: true, cellDates: false, cellNF: true, cellHTML: false, cellFormula: false, WTF: false });
  } catch (error) {
    throw new SpreadsheetError('damaged', (error as Error).message, { detail: String((error as Error).message).split('\n')[0]?.slice(0, 120) ?? 'damaged' });
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
    console.log = consoleLog;
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const hiddenOf = new Map((wb.Workbook?.Sheets ?? []).map((s) => [s.name, (s.Hidden ?? 0) !== 0]));
  const sheets: Sheet[] = wb.SheetNames.map((name) => ({
    name,
    hidden: hiddenOf.get(name) === true,
    async *rows(): AsyncGenerator<SheetRow> {
      const ws = wb.Sheets[name] as { '!data'?: (SheetJsCell[] | undefined)[] } | undefined;
      const data = ws?.['!data'] ?? [];
      for (let r = 0; r < data.length; r++) {
        const row = data[r];
        if (row === undefined) continue;
        const cells: Cell[] = [];
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (cell === undefined) continue;
          cells[c] = cellValue(XLSX, cell, date1904);
        }
        yield { row: r + 1, cells };
      }
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
