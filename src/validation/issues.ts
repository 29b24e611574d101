import { z } from 'zod';
import type { Household, HouseholdSchema, Member, MemberSchema } from '../household/schema';
import type { LedgerEntry, LedgerEntrySchema, LedgerEvent, LedgerEventSchema } from '../ledger/schema';
import type { Evidence, Message, Path } from '../reasons/types';
import type { County, CountySchema, Township, TownshipSchema, Village, VillageSchema } from '../region/schema';
import { VALIDATION_CATALOG, type ValidationMessageCode } from './catalog';
import { zodIssueMessage } from './zod-messages';
import { fastParse, NOT_ACCEPTED } from './fast-path';
import { generatedParserFor, INVALID } from './parser-plan';

/**
 * A problem with an untrusted record: the field path, a stable code, the evidence its message was
 * rendered from (what the rule expected, a count, a masked ID number: never an input value) and
 * the message in every locale. Personal data never appears in it.
 * 外部记录的校验问题：字段路径、稳定代码、证据（不含输入值）、中英文消息；不含个人信息。
 */
export interface ValidationIssue {
  readonly path: Path;
  readonly code: string;
  readonly evidence: Evidence;
  readonly message: Message;
}

/** A record that passed validation: `value` is the parsed record. 校验通过。 */
export interface ValidationSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

/** A record that failed validation, with every problem. 校验未通过及全部问题。 */
export interface ValidationFailure {
  readonly ok: false;
  readonly issues: readonly ValidationIssue[];
}

/**
 * The result of validating an untrusted record: `ValidationResult<Household>` for
 * `validate(HouseholdSchema, …)`, and so on for each record schema of the library. 校验结果。
 */
export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;

/** `Then` when `S` is exactly `T` (a schema extended or narrowed from `T` is not), else `Else`. */
type IfExactly<S, T, Then, Else> = [S] extends [T] ? ([T] extends [S] ? Then : Else) : Else;

/**
 * What `validate(schema, …)` gives: the named type of each record schema of the library
 * (`Household` for `HouseholdSchema`, `Member`, `LedgerEntry`, `LedgerEvent`, `County`,
 * `Township`, `Village`), so that editors show the name; `z.output` of any other schema (one
 * extended from a record schema included).
 */
export type ValidatedValue<S extends z.ZodType> = IfExactly<S, typeof HouseholdSchema, Household,
  IfExactly<S, typeof MemberSchema, Member,
  IfExactly<S, typeof LedgerEntrySchema, LedgerEntry,
  IfExactly<S, typeof LedgerEventSchema, LedgerEvent,
  IfExactly<S, typeof CountySchema, County,
  IfExactly<S, typeof TownshipSchema, Township,
  IfExactly<S, typeof VillageSchema, Village, z.output<S>>>>>>>>;

/** Parameters tuopin's own refinements put on a custom zod issue. */
export interface TuopinIssueParams {
  /** The issue's code. */
  readonly tuopinCode: string;
  /** Its message in the validation catalog (default: the code). */
  readonly messageKey?: ValidationMessageCode | undefined;
  readonly evidence: Evidence;
}

/** The minimal context of zod's `superRefine` that {@link addIssue} needs. */
interface RefinementContext {
  addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[]; params?: Record<string, unknown> }): void;
}

const EMPTY: Evidence = Object.freeze({});

/**
 * Adds a custom issue with a stable tuopin code whose messages come from the validation catalog.
 * zod's own `message` is the English text, for callers that parse with zod directly.
 * 添加带稳定代码的自定义校验问题，消息取自校验目录。
 * @internal
 */
export function addIssue(ctx: RefinementContext, code: ValidationMessageCode, path: PropertyKey[], evidence: Evidence = EMPTY): void {
  ctx.addIssue({ code: 'custom', message: VALIDATION_CATALOG.render(code, evidence, 'en'), path, params: { tuopinCode: code, evidence } });
}

/**
 * The options of a zod `.refine` whose issue gets a tuopin code and the catalog's messages:
 * `schema.refine(check, refinement('policy/order'))`.
 * 供 zod `.refine` 使用：稳定代码与目录消息。
 * @internal
 */
export function refinement(code: ValidationMessageCode, evidence?: Evidence): { message: string; params: TuopinIssueParams };
export function refinement(code: string, messageKey: ValidationMessageCode, evidence?: Evidence): { message: string; params: TuopinIssueParams };
export function refinement(code: string, keyOrEvidence?: ValidationMessageCode | Evidence, evidence: Evidence = EMPTY): { message: string; params: TuopinIssueParams } {
  const messageKey = typeof keyOrEvidence === 'string' ? keyOrEvidence : (code as ValidationMessageCode);
  const shown = typeof keyOrEvidence === 'object' ? keyOrEvidence : evidence;
  return { message: VALIDATION_CATALOG.render(messageKey, shown, 'en'), params: { tuopinCode: code, messageKey, evidence: shown } };
}

/** A validation issue whose message is the catalog's (rendered in both locales). @internal */
export function catalogIssue(code: string, key: ValidationMessageCode, path: Path, evidence: Evidence = EMPTY): ValidationIssue {
  return { path, code, evidence, message: VALIDATION_CATALOG.message(key, evidence) };
}

/**
 * @internal
 * The issues of one record (or one policy table) as one message per locale: each issue after its
 * path, or after `whole` (the label of the record as a whole, per locale) where its path is empty;
 * joined by `；` in Chinese and `; ` in English. 多个问题合为一条消息（路径为空时用 whole）。
 * @example
 * issuesMessage([catalogIssue('custom', 'date/invalid', ['asOf'])], { 'zh-CN': '整条记录', en: '(record)' }).en //=> 'asOf: expected a real date written YYYY-MM-DD'
 */
export function issuesMessage(issues: readonly Pick<ValidationIssue, 'path' | 'message'>[], whole: Message): Message {
  const line = (i: Pick<ValidationIssue, 'path' | 'message'>, locale: keyof Message) => `${i.path.join('.') || whole[locale]}: ${i.message[locale]}`;
  return { 'zh-CN': issues.map((i) => line(i, 'zh-CN')).join('；'), en: issues.map((i) => line(i, 'en')).join('; ') };
}

/**
 * @internal
 * The issues on one line, each after its path (or `whole`'s English label) in both languages:
 * `path: 中文 / English; …`, the `message` of a `PolicyError` whose `localized` is
 * {@link issuesMessage}. 一行列出全部问题（中英文）。
 */
export function issuesLine(issues: readonly Pick<ValidationIssue, 'path' | 'message'>[], whole: Message): string {
  return issues.map((i) => `${i.path.join('.') || whole.en}: ${i.message['zh-CN']} / ${i.message.en}`).join('; ');
}

const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

function render(map: typeof en, issue: z.core.$ZodRawIssue, fallback: string): string {
  const out = map(issue);
  if (typeof out === 'string') return out;
  if (out !== undefined && out !== null && typeof out.message === 'string') return out.message;
  return fallback;
}

/**
 * Turns a zod error into tuopin validation issues with messages in zh-CN and English, rendered
 * per call with zod's own locales (no global `z.config`). Inputs are not carried over.
 * Unknown keys are counted, not named: a key can hold anything, personal data included.
 * 将 zod 错误转换为带中英文消息的校验问题（按次渲染，不修改全局配置）；未知字段只计数、不列名。
 */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const params = (issue as { params?: Partial<TuopinIssueParams> }).params;
    const key = params?.messageKey ?? params?.tuopinCode;
    if (issue.code === 'custom' && params?.tuopinCode !== undefined && key !== undefined && VALIDATION_CATALOG.has(key)) {
      return catalogIssue(params.tuopinCode, key, path, params.evidence ?? EMPTY);
    }
    // zod's own issues get domain messages in both locales (enum values named in Chinese);
    // unknown keys are counted, never named (zod's message quotes them).
    const domain = zodIssueMessage(issue);
    if (domain !== undefined) return catalogIssue(issue.code, domain.key, path, domain.evidence);
    const raw = issue as unknown as z.core.$ZodRawIssue;
    return catalogIssue(issue.code, 'zod/other', path, { zh: render(zhCN, raw, issue.message), en: render(en, raw, issue.message) });
  });
}

/**
 * Compiled clones of the schemas `validate` has seen (zod's explicit, per-schema `z.compile`: a
 * generated parser for valid input that hands invalid input to the ordinary parser, so results
 * and issues are the same, two to three times faster). A memo only: no global zod setting is
 * touched, the caller's schema is not modified, and where code generation is unavailable
 * (`new Function` forbidden, or a zod without `compile`) the schema is used as it is.
 */
const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();

function compiled<S extends z.ZodType>(schema: S): S {
  let fast = compiledSchemas.get(schema);
  if (fast === undefined) {
    const compile = (z as { compile?: <T extends z.ZodType>(s: T) => T }).compile;
    fast = typeof compile === 'function' ? compile(schema) : schema;
    compiledSchemas.set(schema, fast);
  }
  return fast as S;
}

/**
 * The issue of a record that zod could not even inspect (it threw while reading a value).
 * 校验器读取记录时出错（值的类型或 toString 被篡改）。
 */
const UNREADABLE_VALUE: ValidationIssue = catalogIssue('record/unreadable-value', 'record/unreadable-value', []);

/**
 * Validates an untrusted value against a schema and returns every problem with its path, in
 * Chinese and English, instead of throwing.
 * 用 schema 校验外部数据，返回全部问题（含路径、中英文消息），不抛异常。
 *
 * The library's record schemas give their named types: `validate(HouseholdSchema, x)` is a
 * `ValidationResult<Household>` (`value: Household`), likewise `Member`, `LedgerEntry`,
 * `LedgerEvent`, `County`, `Township` and `Village`; any other zod schema gives its `z.output`.
 *
 * @example
 * validate(HouseholdSchema, { id: 'H-1', villageCode: '522601101201', status: 'poor',
 *   members: [{ idNumber: '110105194912310021', name: '张三', relation: 'head' }] })
 * //=> { ok: false, issues: [{ path: ['members', 0, 'idNumber'], code: 'id/check-character', evidence: {}, message: {…} }] }
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<ValidatedValue<S>> {
  // The allocation-free twin first (src/validation/fast-path.ts); a record it does not accept is
  // validated by the schema itself below, so its issues are the schema's.
  const generated = generatedParserFor(schema);
  if (generated !== undefined) {
    let parsed: unknown = INVALID;
    try {
      parsed = generated(input);
    } catch {
      // A throwing getter or refinement: the schema below gives the result.
    }
    if (parsed !== INVALID) return { ok: true, value: parsed as ValidatedValue<S> };
  } else {
    const fast = fastParse(schema, input);
    if (fast !== NOT_ACCEPTED) return { ok: true, value: fast as ValidatedValue<S> };
  }
  // reportInput lets zod's locales describe what was received; the input itself is dropped.
  let result: ReturnType<S['safeParse']>;
  try {
    result = compiled(schema).safeParse(input, { reportInput: true }) as ReturnType<S['safeParse']>;
  } catch {
    // A hostile value (an object whose `toString` is not a function, a throwing getter or proxy)
    // can make zod's safeParse itself throw, or its locales while rendering; untrusted input
    // gets a result, never an exception. The error's message is dropped: it may quote the value.
    return { ok: false, issues: [UNREADABLE_VALUE] };
  }
  if (result.success) return { ok: true, value: result.data as ValidatedValue<S> };
  try {
    return { ok: false, issues: toValidationIssues(result.error as z.ZodError) };
  } catch {
    return { ok: false, issues: [UNREADABLE_VALUE] };
  }
}
