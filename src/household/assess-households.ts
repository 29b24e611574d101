import { TuopinError } from '../errors';
import { defaultPolicy } from '../policy/default-policy';
import { catalogIssue, validate, type ValidationIssue } from '../validation/issues';
import type { AssessHouseholdOptions } from './assess-household';
import { assessWith } from './assess-on';
import { valuesInForce, type ValuesInForce } from './values-in-force';
import type { HouseholdAssessment } from './assessment';
import { HouseholdSchema, type Household } from './schema';
import { HOUSEHOLD_ERRORS } from './catalog';
import { tuopinError } from '../reasons/catalog-error';

/**
 * One record of a batch: assessed, with the validated household and its assessment, or rejected
 * with every validation issue. `index` is the record's position in the input (from 0).
 * 批量评估的一条结果：已评估（含校验后的记录与评估结果）或被拒（含全部校验问题）。
 */
export type BatchResult =
  | {
      readonly index: number;
      readonly ok: true;
      readonly household: Household;
      readonly assessment: HouseholdAssessment;
    }
  | { readonly index: number; readonly ok: false; readonly issues: readonly ValidationIssue[] };

function failed(error: unknown): ValidationIssue {
  // Only a tuopin error code is carried over: an error message could hold record values.
  const code = error instanceof TuopinError ? error.code : 'unexpected';
  return catalogIssue('assessment/failed', 'assessment/failed', [], { error: code });
}

function one(record: unknown, index: number, values: ValuesInForce): BatchResult {
  const parsed = validate(HouseholdSchema, record);
  if (!parsed.ok) return { index, ok: false, issues: parsed.issues };
  try {
    return { index, ok: true, household: parsed.value, assessment: assessWith(parsed.value, values) };
  } catch (error) {
    return { index, ok: false, issues: [failed(error)] };
  }
}

function* assessSync(records: Iterable<unknown>, values: ValuesInForce): Generator<BatchResult, void, undefined> {
  let index = 0;
  for (const record of records) yield one(record, index++, values);
}

async function* assessAsync(
  records: AsyncIterable<unknown>,
  values: ValuesInForce,
): AsyncGenerator<BatchResult, void, undefined> {
  let index = 0;
  for await (const record of records) yield one(record, index++, values);
}

/**
 * Validates and assesses untrusted household records one by one (streaming: a record is read
 * only when its result is asked for) and yields, for every input record in order, either
 * `{ index, ok: true, household, assessment }` or `{ index, ok: false, issues }` with every
 * validation issue (path, code, zh-CN and English message, no personal data). Nothing is dropped:
 * assessed + rejected = input count. A valid record whose assessment throws (it should not) is
 * rejected with the issue code `assessment/failed`. `asOf` and the policy values in force on
 * it are read once for the whole batch, at the call.
 *
 * 逐条校验并评估外部户记录（流式），按输入顺序为每条记录产出“已评估”或“被拒（含全部校验问题）”，
 * 不丢弃任何记录：已评估 + 被拒 = 输入条数。同步可迭代对象得到同步生成器，异步可迭代对象得到异步生成器。
 *
 * @param records - an `Iterable` (array, generator) or an `AsyncIterable` (a stream of parsed lines)
 * @param options - `asOf` and an optional `policy`, as for `assessHousehold`
 * @returns a `Generator<BatchResult>` for an `Iterable`, an `AsyncGenerator<BatchResult>` for an
 *   `AsyncIterable` (an object that is both is read asynchronously)
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date (at the call)
 * @throws {TuopinError} `batch/not-iterable` when `records` is neither iterable nor async iterable
 *   (at the call); an error thrown by the input iterator itself is passed on unchanged
 * @example
 * const results = [...assessHouseholds([validRecord, { id: 'x' }], { asOf: '2020-12-31' })];
 * results.map((r) => [r.index, r.ok]) //=> [[0, true], [1, false]]
 * // for await (const r of assessHouseholds(lines, { asOf: '2020-12-31' })) …: an AsyncIterable gives an AsyncGenerator
 */
export function assessHouseholds(
  records: AsyncIterable<unknown>,
  options: AssessHouseholdOptions,
): AsyncGenerator<BatchResult, void, undefined>;
export function assessHouseholds(records: Iterable<unknown>, options: AssessHouseholdOptions): Generator<BatchResult, void, undefined>;
export function assessHouseholds(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: AssessHouseholdOptions,
): Generator<BatchResult, void, undefined> | AsyncGenerator<BatchResult, void, undefined>;
export function assessHouseholds(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: AssessHouseholdOptions,
): Generator<BatchResult, void, undefined> | AsyncGenerator<BatchResult, void, undefined> {
  // Read once for the whole batch: the day and the policy values in force on it.
  const values = valuesInForce(options?.policy ?? defaultPolicy, options?.asOf);
  if (records !== null && typeof records === 'object' && Symbol.asyncIterator in records) {
    return assessAsync(records as AsyncIterable<unknown>, values);
  }
  if (records !== null && records !== undefined && typeof (records as Iterable<unknown>)[Symbol.iterator] === 'function') {
    return assessSync(records as Iterable<unknown>, values);
  }
  throw tuopinError(HOUSEHOLD_ERRORS, 'batch/not-iterable', { argument: 'records' });
}
