import type { CalendarDate } from '../calendar/calendar-date';
import type { CheckName } from '../household/assessment';
import type { HouseholdStatus } from '../household/schema';
import type { Ratio } from '../policy/schema';
import type { CheckStatus } from '../reasons/types';

/** A household named in a diff: its id (masked with `maskIdentifier`), village and status. */
export interface DiffHousehold {
  readonly householdId: string;
  readonly villageCode: string;
  readonly status: HouseholdStatus;
}

/** A member named in a diff: masked ID number and name, and the household (masked id). */
export interface DiffMember {
  readonly idNumber: string;
  readonly name: string;
  readonly householdId: string;
}

/** A member found in another household: where from and where to (masked ids). 成员迁移。 */
export interface DiffMove {
  readonly idNumber: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** A household whose members went to several households (分户). */
export interface DiffSplit {
  readonly from: string;
  /** The households that hold its members afterwards, in id order (itself included when kept). */
  readonly into: readonly string[];
}

/** A household whose members came from several households (合户). */
export interface DiffMerge {
  readonly into: string;
  /** The households its members came from, in id order (itself included when kept). */
  readonly from: readonly string[];
}

/**
 * A status change of a household in both registers: `exited` 脱贫 (from poor or returned to
 * exited), `returned` 返贫 (from exited or monitored to returned), `other` any other change.
 */
export interface DiffStatusChange {
  readonly householdId: string;
  readonly villageCode: string;
  readonly from: HouseholdStatus;
  readonly to: HouseholdStatus;
  readonly kind: 'exited' | 'returned' | 'other';
}

/** The checks of one household whose verdict changed (met → unmet, unknown → met …). 判定变化。 */
export interface DiffVerdictChange {
  readonly householdId: string;
  readonly villageCode: string;
  readonly compliant: { readonly from: boolean; readonly to: boolean };
  readonly checks: readonly { readonly check: CheckName; readonly from: CheckStatus; readonly to: CheckStatus }[];
}

/**
 * Per-capita net income as an exact fraction of fen: `netFen / members`. When the register holds
 * only the per-capita figure 人均纯收入 (no income component), `netFen` is that figure × members.
 * 人均纯收入（分，精确分数）。
 */
export interface PerCapitaFen {
  readonly netFen: number;
  readonly members: number;
}

/** A household whose per-capita income fell by more than the share set. 人均收入降幅超限的户。 */
export interface DiffIncomeFall {
  readonly householdId: string;
  readonly villageCode: string;
  readonly before: PerCapitaFen & { readonly year: number };
  readonly after: PerCapitaFen & { readonly year: number };
  /** The fall as an exact share of the income before: (before − after) ÷ before. */
  readonly fall: Ratio;
  /** `fall` in percent, for display only. 仅供显示。 */
  readonly fallPercent: number;
}

/** Counts of a diff; each equals the length of the list it counts. 差异计数。 */
export interface DiffCounts {
  readonly householdsBefore: number;
  readonly householdsAfter: number;
  readonly newHouseholds: number;
  readonly removedHouseholds: number;
  readonly splits: number;
  readonly merges: number;
  readonly membersAdded: number;
  readonly membersRemoved: number;
  readonly membersMoved: number;
  readonly statusChanges: number;
  readonly newlyIdentified: number;
  readonly verdictChanges: number;
  readonly incomeRose: number;
  readonly incomeFell: number;
  readonly incomeUnchanged: number;
  readonly incomeFellByMoreThanShare: number;
}

/** What changed between two snapshots of a register. 两期户表的差异。 */
export interface RegisterDiff {
  readonly asOf: CalendarDate;
  readonly counts: DiffCounts;
  readonly households: {
    /** In the second register only. 新增户。 */
    readonly new: readonly DiffHousehold[];
    /** In the first register only. 减少户。 */
    readonly removed: readonly DiffHousehold[];
    readonly split: readonly DiffSplit[];
    readonly merged: readonly DiffMerge[];
  };
  readonly members: {
    /** ID numbers in the second register only. 新增人口。 */
    readonly added: readonly DiffMember[];
    /** ID numbers in the first register only. 减少人口。 */
    readonly removed: readonly DiffMember[];
    /** ID numbers found in another household. 迁移人口。 */
    readonly moved: readonly DiffMove[];
  };
  readonly statusChanges: readonly DiffStatusChange[];
  /** 新识别: new households recorded `poor` none of whose members was in the first register. */
  readonly newlyIdentified: readonly DiffHousehold[];
  readonly verdictChanges: readonly DiffVerdictChange[];
  readonly income: {
    /** The share a fall must exceed to be listed; `null` when none was set (nothing listed). */
    readonly share: Ratio | null;
    readonly fellByMoreThanShare: readonly DiffIncomeFall[];
  };
}
