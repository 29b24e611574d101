import { CsvError, parse } from 'csv-parse/sync';

/**
 * CSV rows from decoded text chunks, parsed by `csv-parse` (RFC 4180) in its strict quote mode:
 * a quote may only open a field, and a closing quote must be followed by a separator or a line
 * end. The one exception is Excel's text convention `="0012"`: a record refused only for such
 * fields is read again with csv-parse's `relax_quotes`, and every cell of exactly that form
 * (`excelText` gives their columns) is read as the text inside. Before the parser, one linear pass splits the text into records (quote parity tells a line
 * break inside quotes from one between records), so that memory is bounded by the largest row, a
 * row over {@link MAX_ROW_CHARS} characters becomes a rejected record instead of an
 * out-of-memory, and every row keeps its 1-based row number as a spreadsheet shows it (the
 * header is row 1; a line break inside quotes counts, as in a text editor).
 * 由 csv-parse（严格引号模式）解析 CSV；先以一次线性扫描按引号奇偶切分记录，
 * 因此内存只与最大一行有关，超长行成为被拒记录，行号与电子表格一致。
 * @internal
 */
export type CsvRow =
  | { readonly row: number; readonly cells: readonly string[]; readonly tooLarge?: undefined; readonly excelText?: readonly number[] }
  | { readonly row: number; readonly tooLarge: true; readonly cells?: undefined; readonly excelText?: undefined };

/** The largest CSV row read, in characters (1 MiB); a longer row is a rejected record. */
export const MAX_ROW_CHARS = 1 << 20;

/** A CSV structure error: a misplaced or unterminated quote. The command exits 2 naming the row. */
export class CsvSyntaxError extends Error {
  readonly row: number;
  /** A misplaced quote (`after-closing`: text after a closing quote; `inside`: a quote inside a field), or a quote never closed. */
  readonly kind: 'after-closing' | 'inside' | 'unterminated';
  // The reader turns it into a catalogued InputError (read/csv-quote, read/csv-unterminated): the
  // message is the kind and row only, for a stack trace, never shown to a user.
  constructor(row: number, kind: 'after-closing' | 'inside' | 'unterminated') {
    super(`${kind}:${row}`);
    this.name = 'CsvSyntaxError';
    this.row = row;
    this.kind = kind;
  }
}

interface Pending {
  readonly row: number;
  readonly text: string;
}

/** Records of the parser are batched: one csv-parse call per ~256 KiB of text. */
const BATCH_CHARS = 1 << 18;

/** Excel's text convention, `="0012"`: a formula whose result is the text between the quotes. */
const EXCEL_TEXT = /^="([^"]*)"$/;

/**
 * A record with Excel's `="…"` cells unquoted (`a,="0012",b`), read by csv-parse with
 * `relax_quotes` (quotes kept inside an unquoted field); `undefined` unless every field holding a
 * quote is of exactly that form, so any other misplaced quote is still refused (and so is a
 * record that mixes one with a quoted field holding doubled quotes, `"say ""hi"""`: a rare case
 * refused rather than guessed).
 */
function excelTextRecord(text: string, options: Record<string, unknown>): string[] | undefined {
  let ok = true;
  const cast = (value: string) => {
    // A quoted field may be ="…" with its quotes doubled; a malformed one keeps its opening quote.
    if (value.includes('"') && !EXCEL_TEXT.test(value)) ok = false;
    return value;
  };
  try {
    const one = parse(text, { ...options, relax_quotes: true, cast }) as string[][];
    return ok && one.length === 1 ? (one[0] as string[]) : undefined;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return undefined;
  }
}

function parseBatch(batch: readonly Pending[], delimiter: string): string[][] {
  const options = { delimiter, record_delimiter: '\n', relax_quotes: false, relax_column_count: true, skip_empty_lines: false, bom: false };
  try {
    const rows = parse(batch.map((p) => p.text).join('\n'), options) as string[][];
    if (rows.length === batch.length) return rows;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
  }
  // Find the record at fault, one at a time (only on the error path).
  const rows: string[][] = [];
  for (const p of batch) {
    try {
      const one = parse(p.text, options) as string[][];
      rows.push(one[0] ?? ['']);
    } catch (error) {
      // csv-parse's message quotes the field, which may hold personal data: only the kind is kept.
      const code = error instanceof CsvError ? error.code : 'error';
      if (code === 'INVALID_OPENING_QUOTE') {
        const excel = excelTextRecord(p.text, options);
        if (excel !== undefined) {
          rows.push(excel);
          continue;
        }
      }
      // A record reaches the parser whole (line breaks inside quotes kept), so a quote not closed
      // can only be the last record's, at the end of the input.
      throw new CsvSyntaxError(p.row, code === 'CSV_INVALID_CLOSING_QUOTE' ? 'after-closing' : code === 'CSV_QUOTE_NOT_CLOSED' ? 'unterminated' : 'inside');
    }
  }
  return rows;
}

/**
 * Parses CSV text arriving in chunks of any size; the separator is a comma, or a tab when the
 * first line has more tabs than commas (Excel's "Unicode text").
 *
 * @throws {CsvSyntaxError} on a misplaced quote, or a quote left open at the end of the input
 * @example
 * for await (const { row, cells } of parseCsv(chunks)) console.log(row, cells);
 */
export async function* parseCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: { readonly maxRowChars?: number } = {},
): AsyncGenerator<CsvRow> {
  const max = options.maxRowChars ?? MAX_ROW_CHARS;
  let pieces: string[] = [];
  let length = 0;
  let tooLarge = false;
  let inQuotes = false;
  let line = 1;
  let recordRow = 1;
  let first = true;
  let delimiter: string | undefined;
  let batch: Pending[] = [];
  let batchChars = 0;
  const out: CsvRow[] = [];

  const flushBatch = () => {
    if (batch.length === 0) return;
    const rows = parseBatch(batch, delimiter ?? ',');
    for (let i = 0; i < batch.length; i++) {
      const cells = rows[i] as string[];
      // Excel's ="…" cells, unquoted or quoted (quotes doubled), read as the text inside.
      let excelText: number[] | undefined;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c] as string;
        if (cell.charCodeAt(0) !== 61) continue;
        const m = EXCEL_TEXT.exec(cell);
        if (m === null) continue;
        cells[c] = m[1] as string;
        (excelText ??= []).push(c);
      }
      const row = (batch[i] as Pending).row;
      out.push(excelText === undefined ? { row, cells } : { row, cells, excelText });
    }
    batch = [];
    batchChars = 0;
  };
  const take = (piece: string) => {
    length += piece.length;
    if (length > max) {
      tooLarge = true;
      pieces = [];
    } else if (piece !== '') pieces.push(piece);
  };
  const endRecord = () => {
    if (tooLarge) {
      flushBatch();
      out.push({ row: recordRow, tooLarge: true });
    } else {
      let text = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (delimiter === undefined && text !== '') {
        let tabs = 0;
        let commas = 0;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 9) tabs++;
          else if (c === 44) commas++;
        }
        delimiter = tabs > commas ? '\t' : ',';
      }
      if (text !== '') {
        batch.push({ row: recordRow, text });
        batchChars += text.length;
        if (batchChars >= BATCH_CHARS) flushBatch();
      }
    }
    pieces = [];
    length = 0;
    tooLarge = false;
  };

  for await (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    const n = chunk.length;
    let pos = 0;
    // Positions of the next quote and the next line break, each searched for once.
    let quote = chunk.indexOf('"');
    let nl = chunk.indexOf('\n');
    while (pos < n) {
      if (quote >= 0 && (nl < 0 || quote < nl)) {
        inQuotes = !inQuotes;
        quote = chunk.indexOf('"', quote + 1);
        continue;
      }
      if (nl < 0) {
        take(chunk.slice(pos));
        break;
      }
      if (inQuotes) {
        take(chunk.slice(pos, nl + 1));
      } else {
        take(chunk.slice(pos, nl));
        endRecord();
        recordRow = line + 1;
      }
      line++;
      pos = nl + 1;
      nl = chunk.indexOf('\n', pos);
    }
    flushBatch();
    for (const r of out) yield r;
    out.length = 0;
  }
  if (inQuotes) {
    flushBatch();
    for (const r of out) yield r;
    // A quote misplaced further up (text after a closing quote) is the likelier cause: say so.
    if (!tooLarge) parseBatch([{ row: recordRow, text: pieces.join('') }], delimiter ?? ',');
    throw new CsvSyntaxError(recordRow, 'unterminated');
  }
  if (length > 0 || tooLarge) endRecord();
  flushBatch();
  for (const r of out) yield r;
}
