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

/**
 * Renders rows as a plain-text table with aligned columns (numbers to the right).
 * 以对齐的纯文本表格输出。
 */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toLocaleString('en') : tableCell(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(String(r[i] ?? '')))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === '' || r[i] === '-'));
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
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** A CSV field: quoted when needed (RFC 4180), formulas neutralised (see `csvCell`). */
export function csvField(value: string | number | boolean | undefined): string {
  return csvCell(value);
}
