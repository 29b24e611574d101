import { z } from 'zod';
import { isCalendarDate } from '../calendar/calendar-date';
import { divisionDepth } from '../codes/parse-division-code';
import { DIVISION_CODE_LENGTH, DIVISION_LEVELS, type DivisionLevel } from '../codes/division-level';
import { idNumberProblem, validateIdNumber } from '../codes/validate-id-number';
import { isYuanAmount } from '../units/is-yuan-amount';
import { addIssue } from './issues';
import { refineWithTwin } from './fast-path';

/**
 * Extra JSON Schema keywords (patterns) for fields whose checks are refinements, used only when
 * writing `dist/schemas/*.json`. A registry of tuopin's own: zod's global registry is untouched.
 * @internal
 */
export const jsonSchemaExtras = z.registry<{ pattern?: string; format?: string }>();

function withPattern<S extends z.ZodType>(schema: S, pattern: string, format?: string): S {
  jsonSchemaExtras.add(schema, format === undefined ? { pattern } : { pattern, format });
  return schema;
}

/** A calendar date `YYYY-MM-DD` in China's calendar. 日期（YYYY-MM-DD）。 */
export const CalendarDateSchema = withPattern(
  refineWithTwin(z.string(), (value, ctx) => {
    if (!isCalendarDate(value)) {
      addIssue(ctx, 'date/invalid', []);
    }
  }),
  '^\\d{4}-\\d{2}-\\d{2}$',
  'date',
);

/** Yuan with at most two decimals (may be negative). 金额（元，至多两位小数）。 */
export const YuanSchema = refineWithTwin(z.number(), (value, ctx) => {
  if (!isYuanAmount(value)) {
    addIssue(ctx, 'amount/decimals', []);
  }
});

/**
 * Yuan, zero or more. 非负金额（元）。 One number schema with the decimals refinement (not a pipe
 * of two schemas, which zod's compiler handles several times slower).
 */
export const NonNegativeYuanSchema = refineWithTwin(z.number().nonnegative(), (value, ctx) => {
  if (!isYuanAmount(value)) {
    addIssue(ctx, 'amount/decimals', []);
  }
});

const LEVEL_ZH: Readonly<Record<DivisionLevel, string>> = {
  province: '省级',
  prefecture: '市级',
  county: '县级',
  township: '乡级',
  village: '村级',
};

/**
 * A division code of one level in its short form (2, 4, 6, 9 or 12 digits).
 * 指定层级的行政区划代码。
 */
export function divisionCodeSchema(level: DivisionLevel) {
  const length = DIVISION_CODE_LENGTH[level];
  const depth = DIVISION_LEVELS.indexOf(level) + 1;
  const schema = refineWithTwin(z.string(), (value, ctx) => {
    // The level a code names without building its parse: this runs for every record.
    if (value.length !== length || divisionDepth(value) !== depth) {
      addIssue(ctx, 'division/level', [], { length, level });
    }
  });
  return withPattern(schema, `^\\d{${length}}$`);
}

/**
 * A resident ID number: GB 11643-1999 (18 characters) or the older GB 11643-1989 (15 digits).
 * 公民身份号码（18 位，或 15 位旧号码）。
 */
export const IdNumberSchema = withPattern(
  refineWithTwin(z.string(), (value, ctx) => {
    // The allocation-free check first: this runs for every member of every record.
    if (idNumberProblem(value) === undefined) return;
    const result = validateIdNumber(value);
    if (!result.ok) addIssue(ctx, `id/${result.reason}`, []);
  }),
  '^(\\d{17}[\\dXx]|\\d{15})$',
);

/**
 * 证件号码: the number of an identity document, 1–40 characters without spaces. A resident ID
 * number is checked by the member it belongs to (other documents are carried unchecked).
 * 证件号码（身份证由成员校验，其他证件不校验）。
 */
export const DocumentNumberSchema = z.string().regex(/^\S{1,40}$/);

/** A non-empty trimmed text. 非空文本。 */
export const TextSchema = z.string().trim().min(1);
