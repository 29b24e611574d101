import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { maskIdentifier } from '../privacy/mask-identifier';
import { maskName } from '../privacy/mask-name';
import { isOverdue } from './is-overdue';
import type { LedgerCategory, LedgerEntry, LedgerSource, LedgerStatus } from './schema';

/** A row of the 问题清单 (problem list). */
export interface ProblemListRow {
  /** The entry id, masked by `maskIdentifier`. */
  readonly id: string;
  readonly unitCode: string;
  readonly category: LedgerCategory;
  readonly source: LedgerSource;
  readonly description: string;
  readonly status: LedgerStatus;
}

/** One responsible person in the 责任清单, with the entries they answer for. */
export interface ResponsiblePersonRow {
  /** 责任人, masked (`李*`). Two people whose masked names coincide keep separate rows. */
  readonly responsiblePerson: string;
  /** Ids of their entries, sorted, each masked by `maskIdentifier`. */
  readonly entryIds: readonly string[];
  /** How many of them are not closed. 未销号 */
  readonly unclosed: number;
  /** How many of them are overdue on `asOf`; absent when no `asOf` is given. 逾期 */
  readonly overdue?: number;
}

/** One responsible unit of the 责任清单 (responsibility list). */
export interface ResponsibilityListRow {
  readonly responsibleUnit: string;
  readonly persons: readonly ResponsiblePersonRow[];
}

/** A row of the 整改清单 (rectification list). */
export interface RectificationListRow {
  /** The entry id, masked by `maskIdentifier`. */
  readonly id: string;
  /** 整改措施; `null` when none is recorded yet. */
  readonly measures: string | null;
  readonly deadline: CalendarDate;
  readonly status: LedgerStatus;
  /** Overdue on `asOf` (see `isOverdue`); absent when no `asOf` is given. */
  readonly overdue?: boolean;
}

/** Options of {@link threeLists}. */
export interface ThreeListsOptions {
  /** The day the overdue flags are for (China's calendar); without it there are none. 逾期判定日期 */
  readonly asOf?: DateInput | undefined;
}

/** The three lists (三单) of {@link threeLists}. */
export interface ThreeLists {
  readonly problems: readonly ProblemListRow[];
  readonly responsibilities: readonly ResponsibilityListRow[];
  readonly rectifications: readonly RectificationListRow[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The three lists (三单) of a ledger. 问题清单: every entry's id, unit code, category,
 * source, description and status, sorted by unit code then id. 责任清单: entries grouped by
 * responsible unit, then by responsible person (masked), with their entry ids and how many are
 * unclosed and overdue, units and persons sorted. 整改清单: id, measures, deadline, status and
 * whether overdue, sorted by deadline then id. The overdue counts and flags are for `asOf`; without
 * `asOf` (no options, as in `threeLists(entries)`) they are left out of the rows, since overdue
 * has no meaning without a day. Orders never depend on the input order. Entry ids
 * are shown through `maskIdentifier` (registers sometimes build them from the head's ID number or
 * name), sorted on the ids as they are.
 * 台账“三单”：问题清单（按单位代码、编号排序）、责任清单（按责任单位、责任人分组，责任人脱敏）、
 * 整改清单（措施、时限、状态、是否逾期，按时限排序）。条目编号中的身份证号、姓名脱敏。
 * 不传 asOf 时不给出逾期数与逾期标记。
 *
 * @param entries - valid ledger entries
 * @param options - optional `asOf`, the day the overdue flags are for
 * @returns `{ problems, responsibilities, rectifications }`, with `overdue` only when `asOf` is given
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @example
 * threeLists([entry], { asOf: '2020-04-01' }).responsibilities
 * //=> [{ responsibleUnit: '住建局', persons: [{ responsiblePerson: '李*', entryIds: ['L-1'], unclosed: 1, overdue: 1 }] }]
 * threeLists([entry]).rectifications
 * //=> [{ id: 'L-1', measures: '实施危房改造并验收', deadline: '2020-03-31', status: 'open' }]
 */
export function threeLists(entries: readonly LedgerEntry[], options: ThreeListsOptions = {}): ThreeLists {
  const asOf: CalendarDate | undefined = options.asOf === undefined ? undefined : chinaDate(options.asOf);

  // Sorted on the ids as they are, shown masked (two ids may mask alike).
  const problems = [...entries]
    .sort((a, b) => byText(a.unitCode, b.unitCode) || byText(a.id, b.id))
    .map((e): ProblemListRow => ({
      id: maskIdentifier(e.id),
      unitCode: e.unitCode,
      category: e.category,
      source: e.source,
      description: e.description,
      status: e.status,
    }));

  const units = new Map<string, Map<string, LedgerEntry[]>>();
  for (const entry of entries) {
    const unit = entry.responsibleUnit.trim();
    const person = entry.responsiblePerson.trim();
    let persons = units.get(unit);
    if (persons === undefined) units.set(unit, (persons = new Map()));
    const list = persons.get(person);
    if (list === undefined) persons.set(person, [entry]);
    else list.push(entry);
  }
  const responsibilities = [...units.keys()].sort(byText).map((unit): ResponsibilityListRow => {
    const persons = units.get(unit) as Map<string, LedgerEntry[]>;
    return {
      responsibleUnit: unit,
      persons: [...persons.keys()].sort(byText).map((person): ResponsiblePersonRow => {
        const own = persons.get(person) as LedgerEntry[];
        const row: ResponsiblePersonRow = {
          responsiblePerson: maskName(person),
          entryIds: own.map((e) => e.id).sort(byText).map(maskIdentifier),
          unclosed: own.filter((e) => e.status !== 'closed').length,
        };
        return asOf === undefined ? row : { ...row, overdue: own.filter((e) => isOverdue(e, { asOf })).length };
      }),
    };
  });

  const rectifications = [...entries]
    .sort((a, b) => byText(a.deadline, b.deadline) || byText(a.id, b.id))
    .map((e): RectificationListRow => {
      const row: RectificationListRow = { id: maskIdentifier(e.id), measures: e.measures ?? null, deadline: e.deadline, status: e.status };
      return asOf === undefined ? row : { ...row, overdue: isOverdue(e, { asOf }) };
    });

  return { problems, responsibilities, rectifications };
}
