/**
 * A streaming CSV parser (RFC 4180): quoted fields with doubled quotes, commas and line breaks
 * inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark. Yields one row at a time with its
 * 1-based row number as a spreadsheet shows it (the header is row 1), so memory does not grow with
 * the file.
 * 流式 CSV 解析器：逐行产出，行号与电子表格一致（表头为第 1 行）。
 */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A CSV structure error (an unterminated quote). */
export class CsvSyntaxError extends Error {
  readonly row: number;
  constructor(row: number, message: string) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.row = row;
  }
}

/**
 * Parses CSV text arriving in chunks of any size.
 *
 * @throws {CsvSyntaxError} on a quote left open at the end of the input
 * @example
 * for await (const { row, cells } of parseCsv(chunks)) console.log(row, cells);
 */
export async function* parseCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRow> {
  let field = '';
  let cells: string[] = [];
  let inQuotes = false;
  let afterQuote = false; // the previous character closed a quoted field
  let quoteAtChunkEnd = false; // ... and it was the last character of its chunk
  let row = 1;
  let rowStart = 1;
  let first = true;
  let pendingCR = false;
  let quotedCR = false;
  let any = false;

  for await (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    const out: CsvRow[] = [];
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        if (c === 10) {
          i++;
          continue;
        }
      }
      if (inQuotes) {
        if (c === 34) {
          if (i + 1 < n) {
            if (chunk.charCodeAt(i + 1) === 34) {
              field += '"';
              i += 2;
              continue;
            }
            inQuotes = false;
            afterQuote = true;
            quoteAtChunkEnd = false;
            i++;
            continue;
          }
          // Quote at the chunk end: a doubled quote or a closing one, decided on the next chunk.
          inQuotes = false;
          afterQuote = true;
          quoteAtChunkEnd = true;
          i++;
          continue;
        }
        if (c === 10 || c === 13) {
          // A CR LF pair inside quotes is one line break, even split across chunks.
          if (!(c === 10 && quotedCR)) row++;
          quotedCR = c === 13;
          field += chunk[i];
          i++;
          continue;
        }
        quotedCR = false;
        // Take the longest run without a quote or line break in one slice.
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === 34 || d === 10 || d === 13) break;
          j++;
        }
        field += chunk.slice(i, j);
        i = j;
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (c === 34 && quoteAtChunkEnd) {
          // A doubled quote split across chunks: `""` inside a quoted field.
          field += '"';
          inQuotes = true;
          i++;
          continue;
        }
        if (c !== 44 && c !== 10 && c !== 13) {
          // RFC 4180: a closing quote ends the field. Text after it means a quote was left open
          // earlier, which would silently swallow rows: refuse the file instead.
          throw new CsvSyntaxError(rowStart, `row ${rowStart}: text after a closing quote (a quote left open?)`);
        }
      }
      if (c === 44) {
        cells.push(field);
        field = '';
        any = true;
        i++;
      } else if (c === 10 || c === 13) {
        cells.push(field);
        out.push({ row: rowStart, cells });
        cells = [];
        field = '';
        any = false;
        row++;
        rowStart = row;
        if (c === 13) pendingCR = true;
        i++;
      } else if (c === 34 && field === '') {
        inQuotes = true;
        any = true;
        i++;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === 44 || d === 10 || d === 13) break;
          j++;
        }
        field += chunk.slice(i, j);
        any = true;
        i = j;
      }
    }
    for (const r of out) yield r;
  }
  if (inQuotes) throw new CsvSyntaxError(rowStart, `unterminated quoted field starting in row ${rowStart}`);
  if (any || field !== '' || cells.length > 0) {
    cells.push(field);
    yield { row: rowStart, cells };
  }
}
