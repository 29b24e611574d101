import type { z } from 'zod';
import type { Message } from '../reasons/types';
import { labelsForValues } from '../register/labels';

// Domain messages for zod's own issues, in both locales, instead of zod's locale texts (whose
// zh-CN leaves type names in English: "期望 string，实际接收 undefined"). No input value is
// ever repeated. zod 自带问题的中英文领域消息（不回显输入值）。

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否（布尔值）',
  array: '列表',
  object: '对象',
  bigint: '整数',
  date: '日期',
  null: '空值',
};

const TYPE_EN: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  bigint: 'a whole number',
  date: 'a date',
  null: 'null',
};

function sizeZh(origin: string, bound: unknown): string {
  if (origin === 'array' || origin === 'set') return `${String(bound)} 项`;
  if (origin === 'string') return `${String(bound)} 个字符`;
  return String(bound);
}
function sizeEn(origin: string, bound: unknown): string {
  if (origin === 'array' || origin === 'set') return `${String(bound)} item${bound === 1 ? '' : 's'}`;
  if (origin === 'string') return `${String(bound)} character${bound === 1 ? '' : 's'}`;
  return String(bound);
}

/**
 * The message of one zod issue in zh-CN and English, or `undefined` for issues tuopin leaves to
 * its caller (its own custom issues, unknown keys). An enum's expected values are named by their
 * Chinese labels where the records have them (期望 户主、配偶、之子…之一).
 * @internal
 */
export function zodIssueMessage(issue: z.core.$ZodIssue): Message | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      const missing = 'input' in issue && issue.input === undefined;
      if (missing) return { 'zh-CN': `缺少必填字段（应为${TYPE_ZH[expected] ?? expected}）`, en: `required: expected ${TYPE_EN[expected] ?? expected}` };
      return { 'zh-CN': `类型不符：应为${TYPE_ZH[expected] ?? expected}`, en: `wrong type: expected ${TYPE_EN[expected] ?? expected}` };
    }
    case 'invalid_value': {
      const labels = labelsForValues(issue.values);
      const zh = labels ?? issue.values.map(String);
      return {
        'zh-CN': `无效的取值：期望 ${zh.join('、')} 之一`,
        en: `Invalid option: expected one of ${issue.values.map(String).join(', ')}`,
      };
    }
    case 'too_small': {
      const origin = String(issue.origin);
      const { minimum } = issue;
      const inclusive = issue.inclusive !== false;
      if (origin === 'array' || origin === 'set' || origin === 'string') {
        return { 'zh-CN': `至少应有 ${sizeZh(origin, minimum)}`, en: `expected at least ${sizeEn(origin, minimum)}` };
      }
      return inclusive
        ? { 'zh-CN': `数值应不小于 ${String(minimum)}`, en: `expected a number of at least ${String(minimum)}` }
        : { 'zh-CN': `数值应大于 ${String(minimum)}`, en: `expected a number above ${String(minimum)}` };
    }
    case 'too_big': {
      const origin = String(issue.origin);
      const { maximum } = issue;
      const inclusive = issue.inclusive !== false;
      if (origin === 'array' || origin === 'set' || origin === 'string') {
        return { 'zh-CN': `至多应有 ${sizeZh(origin, maximum)}`, en: `expected at most ${sizeEn(origin, maximum)}` };
      }
      return inclusive
        ? { 'zh-CN': `数值应不大于 ${String(maximum)}`, en: `expected a number of at most ${String(maximum)}` }
        : { 'zh-CN': `数值应小于 ${String(maximum)}`, en: `expected a number below ${String(maximum)}` };
    }
    case 'invalid_format':
      return { 'zh-CN': '格式不正确', en: 'the value is not in the expected format' };
    case 'not_multiple_of':
      return { 'zh-CN': `应为 ${String(issue.divisor)} 的整数倍`, en: `expected a multiple of ${String(issue.divisor)}` };
    case 'invalid_union':
      return { 'zh-CN': '取值不符合任何允许的形式', en: 'the value matches none of the allowed forms' };
    case 'invalid_key':
      return { 'zh-CN': '字段名无效', en: 'invalid key' };
    case 'invalid_element':
      return { 'zh-CN': '集合中有无效的元素', en: 'invalid element' };
    case 'custom':
      return { 'zh-CN': '取值无效', en: issue.message };
    default:
      return undefined;
  }
}
