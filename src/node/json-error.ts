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

