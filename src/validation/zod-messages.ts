import type { z } from 'zod';
import type { Evidence } from '../reasons/types';
import { enumLabels } from './enum-labels';
import type { ValidationMessageCode } from './catalog';

// Which message of the validation catalog a zod issue gets, with its evidence: domain messages
// in both locales instead of zod's locale texts (whose zh-CN leaves type names in English:
// "期望 string，实际接收 undefined"). No input value is ever carried.
// zod 自带问题对应的校验消息及证据（不回显输入值）。

const bound = (value: unknown): number | string => (typeof value === 'number' ? value : String(value));

/**
 * The catalog key and evidence of one of zod's own issues, or `undefined` for a kind the catalog
 * does not know (then zod's locales render it). An enum's expected values are named by their
 * Chinese labels where the records have them (期望 户主、配偶、之子…之一).
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
      return { key: 'zod/invalid-option', evidence: { values, labels: enumLabels(issue.values) ?? values } };
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
