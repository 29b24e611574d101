import { chinaDate } from '../calendar/china-date';
import { assessHouseholds } from '../household/assess-households';
import type { HouseholdAssessment } from '../household/assessment';
import type { Household } from '../household/schema';
import { defaultPolicy } from '../policy/default-policy';
import { rejectionOf, type Rejection } from './assess-records';
import type { AssessFileOptions } from './commands/assess';
import { HOUSEHOLD_COLUMNS } from './columns';
import { readRecords, type SourceItem } from './read-records';

/**
 * One household of a file, assessed: its 0-based `index` among the file's records, the `row` (or
 * line) it starts on, the validated `household` and its `assessment`.
 * 文件中一户的评估结果：序号、起始行号、校验后的记录与评估结果。
 */
export interface AssessedFileRecord {
  readonly index: number;
  readonly row: number;
  readonly ok: true;
  readonly household: Household;
  readonly assessment: HouseholdAssessment;
}

/**
 * One record of a file that was not assessed, with its {@link Rejection} (every reading and
 * validation issue, with rows; the household id masked).
 * 文件中未能评估的一条记录及其全部问题。
 */
export interface RejectedFileRecord {
  readonly index: number;
  readonly row: number;
  readonly ok: false;
  readonly rejection: Rejection;
}

/** A per-household result of {@link assessFileRecords}. 逐户结果。 */
export type FileRecordResult = AssessedFileRecord | RejectedFileRecord;

/** Options of {@link assessFileRecords}: those of `assessFile`; `villages` and `workers` only matter to its roll-up. */
export type AssessFileRecordsOptions = AssessFileOptions;

const NOT_READ = Symbol('not read');

/**
 * Reads a register file as a stream and yields every record's result in input order: the
 * household and its assessment, or the rejection with every issue. Nothing is dropped (one result
 * per record), and a record is read only when its result is asked for, so memory does not grow
 * with the file. The per-household view of `assessFile`, for an application that wants each
 * verdict (a dashboard, a field app syncing results); single-threaded.
 * 流式读取户表，按输入顺序逐条给出结果：评估结果或被拒原因，绝不丢弃。
 *
 * @param file - a `.ndjson`, `.jsonl`, `.json`, `.csv` or `.xlsx` register (one row per member)
 * @param options - `asOf` (a `Date` or ISO string, read in China's calendar) and `policy`
 *   (default `defaultPolicy`), as for `assessFile`
 * @returns an async iterable of {@link FileRecordResult}
 * @throws {InvalidDateError} when `asOf` is not a valid date (on the first `next()`)
 * @throws {InputError} when the file cannot be read as its format at all (as `readRecords`)
 * @example
 * const [households] = await writeSampleFiles(dir);
 * for await (const r of assessFileRecords(households, { asOf: '2020-03-31' })) {
 *   if (r.ok) sync(r.household.id, r.assessment.compliant);
 *   else report(r.row, r.rejection.issues);
 * }
 */
export async function* assessFileRecords(
  file: string,
  options: AssessFileRecordsOptions,
): AsyncGenerator<FileRecordResult, void, undefined> {
  const asOf = chinaDate(options.asOf);
  const policy = options.policy ?? defaultPolicy;
  const pending: SourceItem[] = [];
  async function* records(): AsyncGenerator<unknown> {
    for await (const item of readRecords(file, { columns: HOUSEHOLD_COLUMNS })) {
      pending.push(item);
      yield item.record !== undefined ? item.record : NOT_READ;
    }
  }
  for await (const result of assessHouseholds(records(), { asOf, policy })) {
    const item = pending.shift() as SourceItem;
    if (item.issues === undefined && result.ok) {
      yield { index: item.index, row: item.row, ok: true, household: result.household, assessment: result.assessment };
    } else {
      const more = item.record !== undefined && !result.ok ? result.issues : [];
      yield { index: item.index, row: item.row, ok: false, rejection: rejectionOf(item, [...(item.issues ?? []), ...more]) };
    }
  }
}
