import { assessHouseholds, type BatchResult } from '../household/assess-households';
import type { Policy } from '../policy/schema';
import type { RollupAccumulator } from '../region/create-rollup';
import type { Path } from '../reasons/types';
import type { ValidationIssue } from '../validation/issues';
import { maskIdentifier } from '../privacy/mask-identifier';
import type { SourceItem } from './read-records';

/** A problem with a rejected record, with the spreadsheet row of the member it concerns. */
export interface RejectionIssue extends ValidationIssue {
  /** The row (or line) the problem sits on, where it is known. */
  readonly row?: number;
}

/**
 * A record that was not assessed: its 0-based index among the input records, the row or line it
 * starts on, its household id when it has one (masked with `maskIdentifier`, since registers
 * sometimes key households by an ID number or a name), and every issue.
 * 未能评估的记录：序号、行号、户编号及全部问题。
 */
export interface Rejection {
  readonly index: number;
  readonly row?: number;
  readonly householdId?: string;
  readonly issues: readonly RejectionIssue[];
}

const NOT_READ = Symbol('not read');

function memberRow(item: SourceItem, path: Path): number | undefined {
  // A household's members, or an industry plan zone's plantings: one row each.
  if (item.memberRows !== undefined && (path[0] === 'members' || path[0] === 'plantings') && typeof path[1] === 'number') {
    return item.memberRows[path[1]] ?? item.row;
  }
  return item.row;
}

function householdIdOf(record: unknown): string | undefined {
  if (record !== null && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string') {
    const id = maskIdentifier((record as { id: string }).id);
    return id.length <= 64 ? id : `${id.slice(0, 61)}...`;
  }
  return undefined;
}

/** @internal builds the rejection of a source item from its reading and validation issues */
export function rejectionOf(item: SourceItem, issues: readonly ValidationIssue[]): Rejection {
  const householdId = householdIdOf(item.record);
  const withRows = issues.map((issue) => {
    const row = memberRow(item, issue.path);
    return row === undefined ? issue : { ...issue, row };
  });
  return householdId === undefined
    ? { index: item.index, row: item.row, issues: withRows }
    : { index: item.index, row: item.row, householdId, issues: withRows };
}

interface AssessItemsOptions {
  readonly asOf: string;
  readonly policy: Policy;
  readonly rollup: RollupAccumulator;
  readonly onRejection: (r: Rejection) => void;
}

interface Tally {
  assessed: number;
  rejected: number;
}

function take(item: SourceItem, result: BatchResult, options: AssessItemsOptions, tally: Tally): void {
  if (item.issues !== undefined) {
    // A record read with problems (rows that disagree) is rejected; its validation issues join.
    const more = item.record !== undefined && !result.ok ? result.issues : [];
    tally.rejected++;
    options.onRejection(rejectionOf(item, [...item.issues, ...more]));
  } else if (!result.ok) {
    tally.rejected++;
    options.onRejection(rejectionOf(item, result.issues));
  } else {
    tally.assessed++;
    options.rollup.add(result.household, result.assessment);
  }
}

/**
 * Streams source items through {@link assessHouseholds}, one at a time and in order: each record
 * is either added to the roll-up or rejected with every issue (a record the reader could not read
 * keeps the reader's issues). Nothing is dropped: assessed + rejected = items.
 * 将读取的记录逐条送入 assessHouseholds：要么计入汇总，要么连同全部问题被拒绝，绝不丢弃。
 */
export async function assessItems(
  items: AsyncIterable<SourceItem>,
  options: AssessItemsOptions,
): Promise<{ records: number; assessed: number; rejected: number }> {
  const pending: SourceItem[] = [];
  async function* records(): AsyncGenerator<unknown> {
    for await (const item of items) {
      pending.push(item);
      yield item.record !== undefined ? item.record : NOT_READ;
    }
  }
  const tally: Tally = { assessed: 0, rejected: 0 };
  for await (const result of assessHouseholds(records(), { asOf: options.asOf, policy: options.policy })) {
    take(pending.shift() as SourceItem, result, options, tally);
  }
  return { records: tally.assessed + tally.rejected, ...tally };
}

/** The same as {@link assessItems} for items already in memory or made on the fly, synchronously. */
export function assessItemsSync(
  items: Iterable<SourceItem>,
  options: AssessItemsOptions,
): { records: number; assessed: number; rejected: number } {
  const pending: SourceItem[] = [];
  function* records(): Generator<unknown> {
    for (const item of items) {
      pending.push(item);
      yield item.record !== undefined ? item.record : NOT_READ;
    }
  }
  const tally: Tally = { assessed: 0, rejected: 0 };
  for (const result of assessHouseholds(records(), { asOf: options.asOf, policy: options.policy })) {
    take(pending.shift() as SourceItem, result, options, tally);
  }
  return { records: tally.assessed + tally.rejected, ...tally };
}
