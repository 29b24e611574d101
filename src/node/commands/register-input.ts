import { HouseholdSchema, type Household } from '../../household/schema';
import { validate } from '../../validation/issues';
import { rejectionOf, type Rejection } from '../assess-records';
import { HOUSEHOLD_COLUMNS } from '../columns';
import type { Encoding } from '../decode';
import type { ReadWarning } from '../messages';
import { readRecords, type SourceItem } from '../read-records';

/** Counts of a register file read by {@link validHouseholds}. 户表读取计数。 */
export interface RegisterInputCounts {
  records: number;
  valid: number;
  rejected: number;
}

/** How {@link validHouseholds} reads its file: the reader options of `tuopin assess`. 读取选项。 */
export interface RegisterReadOptions extends FileReadOptions {
  readonly onBytes?: ((bytes: number, total: number) => void) | undefined;
  /** Every layout or encoding warning of the file, as `tuopin assess` collects them. */
  readonly onWarning?: ((warning: ReadWarning) => void) | undefined;
  /** Called with the record of each valid household (its index and rows) just before it is yielded. */
  readonly onValid?: ((item: SourceItem) => void) | undefined;
}

/** The reader options a command takes for its register file(s): `--encoding`, `--sheet`, `--strict-columns`. */
export interface FileReadOptions {
  readonly encoding?: Encoding | undefined;
  readonly sheet?: string | undefined;
  readonly strictColumns?: boolean | undefined;
}

/**
 * The valid households of a register file, streamed in file order through the same reader and
 * validation as `tuopin assess` (every format, the same columns); every other record goes to
 * `onRejection` with all its issues, as `assess` reports it, and every warning to `onWarning`.
 * Nothing is dropped: valid + rejected = records.
 * 以与 assess 相同的读取与校验流式产出户表中的有效户；其余记录连同全部问题交给 onRejection。
 */
export async function* validHouseholds(
  file: string,
  counts: RegisterInputCounts,
  onRejection: (r: Rejection) => void,
  options: RegisterReadOptions = {},
): AsyncGenerator<Household> {
  const { onBytes, onWarning, onValid, encoding, sheet, strictColumns } = options;
  const read = {
    columns: HOUSEHOLD_COLUMNS,
    ...(onBytes === undefined ? {} : { onBytes }),
    ...(onWarning === undefined ? {} : { onWarning }),
    ...(encoding === undefined ? {} : { encoding }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(strictColumns === undefined ? {} : { strictColumns }),
  };
  for await (const item of readRecords(file, read)) {
    counts.records++;
    const result = item.record === undefined ? undefined : validate(HouseholdSchema, item.record);
    if (item.issues !== undefined) {
      counts.rejected++;
      onRejection(rejectionOf(item, [...item.issues, ...(result !== undefined && !result.ok ? result.issues : [])]));
    } else if (result === undefined || !result.ok) {
      counts.rejected++;
      onRejection(rejectionOf(item, result === undefined ? [] : result.issues));
    } else {
      counts.valid++;
      onValid?.(item);
      yield result.value;
    }
  }
}
