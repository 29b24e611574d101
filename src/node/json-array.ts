/**
 * Splits a JSON array arriving in text chunks into the source text of its elements, without
 * holding the whole document: memory stays bounded by the largest element.
 * 流式拆分 JSON 数组的元素文本，内存只与最大元素有关。
 */
export class JsonArraySyntaxError extends Error {
  readonly offset: number;
  /** What is wrong, as the node catalog's `read/json-array` names it. */
  readonly kind: JsonArrayProblem;
  constructor(offset: number, kind: JsonArrayProblem) {
    super(kind);
    this.name = 'JsonArraySyntaxError';
    this.offset = offset;
    this.kind = kind;
  }
}

/** The ways a JSON document is not a readable array. */
export type JsonArrayProblem = 'not-array' | 'missing-value' | 'after-end' | 'not-closed';

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Stands in for an element over the size limit. */
export const TOO_LARGE: unique symbol = Symbol('too large');

/**
 * @throws {JsonArraySyntaxError} when the document is not an array or is cut short
 */
export async function* splitJsonArray(chunks: AsyncIterable<string>, maxElementChars = Infinity): AsyncGenerator<string | typeof TOO_LARGE> {
  // An element over the limit is not kept: the TOO_LARGE marker stands in for it.
  let tooLarge = false;
  const append = (text: string) => {
    if (tooLarge) return;
    if (element.length + text.length > maxElementChars) {
      tooLarge = true;
      element = '';
    } else element += text;
  };
  const finish = (out: (string | typeof TOO_LARGE)[]) => {
    out.push(tooLarge ? TOO_LARGE : element);
    element = '';
    tooLarge = false;
  };
  let state: 'before' | 'between' | 'element' | 'after' = 'before';
  let depth = 0;
  let inString = false;
  let escape = false;
  let element = '';
  let offset = 0;
  let first = true;
  let expectValue = false;

  for await (let chunk of chunks) {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    const out: (string | typeof TOO_LARGE)[] = [];
    let start = state === 'element' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (state === 'element') {
        if (inString) {
          if (escape) escape = false;
          else if (c === 92) escape = true;
          else if (c === 34) inString = false;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (depth === 0 && c === 93) {
            // The closing bracket of the array.
            append(chunk.slice(start, i));
            finish(out);
            start = -1;
            state = 'after';
            continue;
          }
          if (depth > 0) depth--;
        } else if (c === 44 && depth === 0) {
          append(chunk.slice(start, i));
          finish(out);
          start = -1;
          state = 'between';
          expectValue = true;
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (state === 'before') {
        if (c !== 91) throw new JsonArraySyntaxError(offset + i, 'not-array');
        state = 'between';
        expectValue = false;
      } else if (state === 'between') {
        if (c === 93 && !expectValue) {
          state = 'after';
        } else if (c === 44 || c === 93) {
          throw new JsonArraySyntaxError(offset + i, 'missing-value');
        } else {
          state = 'element';
          start = i;
          i--; // re-read this character as part of the element
        }
      } else if (state === 'after') {
        throw new JsonArraySyntaxError(offset + i, 'after-end');
      }
    }
    if (state === 'element' && start >= 0) {
      append(chunk.slice(start));
    }
    offset += chunk.length;
    for (const e of out) yield e;
  }
  if ((state as string) !== 'after') throw new JsonArraySyntaxError(offset, 'not-closed');
}
