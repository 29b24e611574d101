import type { z } from 'zod';
import type { Evidence } from '../reasons/types';
import { maskName } from '../privacy/mask-name';
import { enumLabels } from './enum-labels';
import type { ValidationMessageCode } from './catalog';

// Which message of the validation catalog a zod issue gets, with its evidence: domain messages
// in both locales instead of zod's locale texts (whose zh-CN leaves type names in English:
// "期望 string，实际接收 undefined"). No input value is carried, except a rejected enum word
// that resembles one of the expected words (see {@link enumWord}).
// zod 自带问题对应的校验消息及证据（不回显输入值；仅近似期望取值的枚举写法除外）。

/** The pieces a word is compared by: two characters where one is not ASCII, else four. */
function pieces(word: string): Set<string> {
  const chars = [...word.normalize('NFKC').toLowerCase()];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const two = `${chars[i]}${chars[i + 1]}`;
    if (/[^\x00-\x7f]/.test(two)) out.add(two);
    else if (i + 3 < chars.length) {
      const four = chars.slice(i, i + 4).join('');
      if (!/[^\x00-\x7f]/.test(four)) out.add(four);
    }
  }
  return out;
}

/** Two to four Han characters (or a name with `·`): the shape of a person's name. */
const NAME_SHAPED = /^(?:\p{Script=Han}{2,4}|[\p{Script=Han}\p{L}]+(?:[·•][\p{Script=Han}\p{L}]+)+)$/u;

/**
 * The rejected value of an enum field as its message may show it, or `undefined`. Shown only when
 * it is a mistyped or shortened enum word rather than something personal: text of at most 20
 * characters, without digits (no ID, phone or account number, no date), sharing two consecutive
 * characters (four for ASCII, then a single word) with one of the expected labels or identifiers
 * (`突发困难户` with `突发严重困难户`); a value shaped like a name (two to four Han characters)
 * is shown masked as `maskName` masks a name (`突**`), since a name may share two characters with
 * a label too.
 * 被拒枚举取值可否回显：不超过 20 个字符、不含数字、与某个期望取值有两个连续相同的字（英文四个字母）；
 * 形似姓名（二至四个汉字）时按姓名脱敏。
 *
 * @example
 * enumWord('突发困难户', ['突发严重困难户', 'sudden-hardship']) //=> '突发困难户'
 * enumWord('突发户', ['突发严重困难户', 'sudden-hardship']) //=> '突**'
 * enumWord('张三', ['户主', 'head']) //=> undefined
 * enumWord('5299011980', ['户主', 'head']) //=> undefined
 * @internal
 */
export function enumWord(received: unknown, expected: readonly string[]): string | undefined {
  if (typeof received !== 'string') return undefined;
  const word = received.trim();
  if (word === '' || [...word].length > 20 || /[\p{Nd}\p{No}]/u.test(word.normalize('NFKC'))) return undefined;
  if (!/[^\x00-\x7f]/.test(word) && !/^[A-Za-z][A-Za-z_-]*$/.test(word)) return undefined;
  const own = pieces(word);
  if (!expected.some((e) => [...pieces(e)].some((p) => own.has(p)))) return undefined;
  return NAME_SHAPED.test(word) ? maskName(word) : word;
}

const bound = (value: unknown): number | string => (typeof value === 'number' ? value : String(value));

/**
 * The catalog key and evidence of one of zod's own issues, or `undefined` for a kind the catalog
 * does not know (then zod's locales render it). An enum's expected values are named by their
 * Chinese labels where the records have them (期望 户主、配偶、之子…之一); the value received is
 * named only when it is an enum word ({@link enumWord}).
 * @internal
 */
export function zodIssueMessage(issue: z.core.$ZodIssue): { readonly key: ValidationMessageCode; readonly evidence: Evidence } | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const missing = 'input' in issue && issue.input === undefined;
      return { key: missing ? 'zod/required' : 'zod/wrong-type', evidence: { expected: String(issue.expected) } };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const labels = enumLabels(issue.values) ?? values;
      const received = enumWord((issue as { input?: unknown }).input, [...labels, ...values]);
      if (received === undefined) return { key: 'zod/invalid-option', evidence: { values, labels } };
      return { key: 'zod/invalid-option-received', evidence: { values, labels, received } };
    }
    case 'too_small': {
      const origin = String(issue.origin);
      const evidence = { origin, minimum: bound(issue.minimum) };
      if (origin === 'array' || origin === 'set' || origin === 'string') return { key: 'zod/too-few', evidence };
      return { key: issue.inclusive !== false ? 'zod/at-least' : 'zod/above', evidence };
    }
    case 'too_big': {
      const origin = String(issue.origin);
      const evidence = { origin, maximum: bound(issue.maximum) };
      if (origin === 'array' || origin === 'set' || origin === 'string') return { key: 'zod/too-many', evidence };
      return { key: issue.inclusive !== false ? 'zod/at-most' : 'zod/below', evidence };
    }
    case 'invalid_format':
      return { key: 'zod/invalid-format', evidence: {} };
    case 'not_multiple_of':
      return { key: 'zod/not-multiple-of', evidence: { divisor: bound(issue.divisor) } };
    case 'invalid_union':
      return { key: 'zod/invalid-union', evidence: {} };
    case 'invalid_key':
      return { key: 'zod/invalid-key', evidence: {} };
    case 'invalid_element':
      return { key: 'zod/invalid-element', evidence: {} };
    case 'custom':
      return { key: 'zod/custom', evidence: { detail: issue.message } };
    case 'unrecognized_keys':
      return { key: 'zod/unrecognized-keys', evidence: { count: issue.keys.length } };
    default:
      return undefined;
  }
}
