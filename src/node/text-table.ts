import { formatCount } from '../report/format';
import { csvCell, tableCell } from './output-safety';

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    width +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}

/** The widest line of a text, in terminal columns. 文本最宽一行的列数。 */
export function textWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

/** The default width of the command's tables (`--wide` lifts it). */
export const TABLE_WIDTH = 120;

/**
 * A header cell: one line, or several lines stacked (Chinese over English), which keeps narrow
 * columns narrow. 表头单元格：一行，或多行（中文在上、英文在下）。
 */
export type HeaderCell = string | readonly string[];

const FIGURE = /^[≈-]?[\d,]+(\.\d+)?(%|\/[\d,]+)$/;

/**
 * Renders rows as a plain-text table with aligned columns (numbers to the right, with thousands
 * separators by `formatCount`).
 * 以对齐的纯文本表格输出（数字右对齐，带千位分隔符）。
 */
export function textTable(header: readonly HeaderCell[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = Math.max(1, ...header.map((h) => (typeof h === 'string' ? 1 : h.length)));
  const headerRows = Array.from({ length: lines }, (_, l) => header.map((h) => (typeof h === 'string' ? (l === 0 ? h : '') : (h[l] ?? ''))));
  // Text cells come from files: control and bidi characters are escaped.
  const body = rows.map((r) => r.map((c) => (typeof c === 'number' ? formatCount(c) : tableCell(c))));
  const cells = [...headerRows, ...body];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(String(r[i] ?? '')))));
  // Numbers, rates (`1.74%`) and counts pairs (`280/12`) align right.
  const figure = (c: string | number | undefined) => typeof c === 'number' || c === '' || c === '-' || (typeof c === 'string' && FIGURE.test(c));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => figure(r[i])));
  const line = (r: readonly (string | number)[]) =>
    r
      .map((c, i) => {
        const text = String(c ?? '');
        const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(text));
        return numeric[i] ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [...headerRows.map(line), rule, ...body.map(line)].join('\n');
}

/** A CSV field: quoted when needed (RFC 4180), formulas neutralised (see `csvCell`). */
export function csvField(value: string | number | boolean | undefined): string {
  return csvCell(value);
}

/**
 * Cuts a line of Chinese text into lines of at most `width` columns (between characters; a
 * run of Latin letters or digits is kept whole). 把中文长句按列宽折行。
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const token of text.match(/[A-Za-z0-9,.%()]+|./gu) ?? []) {
    if (displayWidth(line) + displayWidth(token) > width && line.trim() !== '') {
      lines.push(line);
      line = indent;
    }
    line += token;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}
