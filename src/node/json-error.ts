/**
 * What went wrong in a JSON text, without quoting it: V8's messages may quote the text itself,
 * which can hold personal data, so only the kind and the position are kept, as evidence for the
 * node catalog's JSON messages: `{ syntax: 'at', char }` (1-based), `{ syntax: 'end' }` for a
 * text cut short, `{ syntax: 'other' }`.
 * @internal
 */
export function jsonErrorDetail(error: unknown): { readonly syntax: 'at'; readonly char: number } | { readonly syntax: 'end' | 'other' } {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position !== null) return { syntax: 'at', char: Number(position[1]) + 1 };
  if (/end of (JSON )?input/i.test(message)) return { syntax: 'end' };
  return { syntax: 'other' };
}
