import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { parseDivisionCode } from '../codes/parse-division-code';
import { CHECK_NAMES, type CheckName, type HouseholdAssessment } from '../household/assessment';
import type { LedgerCategory, LedgerEntry, LedgerStatus } from '../ledger/schema';
import { defaultPolicy } from '../policy/default-policy';
import type { Policy } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import type { Reason } from '../reasons/types';
import { villageIncidence, villageThreshold } from './assess-village-exit';
import { createRollup, type RollupHousehold } from './create-rollup';
import { rateOf, type ExactRate } from './exact-rate';
import type { ExitCheck } from './exit-check';
import { assertWestern } from './exit-options';
import { REGION_CATALOG } from './catalog';
import type { County, Village } from './schema';
import { REGION_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

/** Options of {@link exitBlockers}. 查找退出障碍的选项。 */
export interface ExitBlockersOptions {
  /** Villages (others than the county's are ignored); their rural population gives the incidence. */
  readonly villages: readonly Village[];
  /** The issue ledger, when the open entries of each blocking village are wanted. */
  readonly ledger?: readonly Pick<LedgerEntry, 'id' | 'unitCode' | 'category' | 'deadline' | 'status'>[] | undefined;
  /** 西部地区; defaults to `county.western`. */
  readonly western?: boolean | undefined;
  /** The policy whose village-exit thresholds apply (default {@link defaultPolicy}). */
  readonly policy?: Policy | undefined;
  /** The day whose thresholds apply; the latest when omitted. */
  readonly asOf?: DateInput | undefined;
}

/**
 * The second argument of the old `exitBlockers(county, { households, assessments, … })`.
 * @deprecated Call `exitBlockers(county, households, assessments, { villages, … })` (data first,
 * options last: docs/api-conventions.md); removed in 0.3.0.
 */
export interface ExitBlockersInput extends ExitBlockersOptions {
  /** The register (households outside the county are ignored). */
  readonly households: Iterable<RollupHousehold>;
  /** Assessments of the households (those of other households are ignored). */
  readonly assessments: Iterable<HouseholdAssessment>;
}

/** A household standing in the way: not compliant, with the checks it fails. 未达标农户。 */
export interface ExitBlockerHousehold {
  /** The household id, masked by `maskIdentifier` (ID-number runs and names hidden). */
  readonly id: string;
  readonly unmetChecks: readonly CheckName[];
  /** Checks that could not be judged (every check when the household has no assessment). */
  readonly unknownChecks: readonly CheckName[];
}

/** An open ledger entry of a blocking village. 未销号的台账条目。 */
export interface ExitBlockerLedgerEntry {
  /** The entry id, masked by `maskIdentifier`. */
  readonly id: string;
  readonly category: LedgerCategory;
  readonly deadline: CalendarDate;
  readonly status: Exclude<LedgerStatus, 'closed'>;
}

/** A village that blocks the county's exit. 阻碍摘帽的村。 */
export interface ExitBlockerVillage {
  readonly code: string;
  /** The village name; `undefined` for a village that has households but is not listed. */
  readonly name: string | undefined;
  /** `unmet`: incidence at or over the threshold; `unknown`: it cannot be computed. */
  readonly status: 'unmet' | 'unknown';
  /** Remaining poor persons of the register ÷ rural population, when it can be computed. */
  readonly incidence: ExactRate | undefined;
  readonly threshold: ExactRate | undefined;
  readonly reasons: readonly Reason[];
  /** Households not compliant, in id order. */
  readonly households: readonly ExitBlockerHousehold[];
  /** Ledger entries of the village not yet closed, by deadline then id. */
  readonly openLedgerEntries: readonly ExitBlockerLedgerEntry[];
}

/** The work list of a county under supervision. 县级挂牌督战工作清单。 */
export interface ExitBlockers {
  readonly countyCode: string;
  readonly villages: readonly ExitBlockerVillage[];
}

type BlockerLedgerInput = NonNullable<ExitBlockersOptions['ledger']>[number];

/**
 * The open entries (status not `closed`) of the county's villages, grouped once by village code.
 * An entry belongs to a village when its unit code is within the village (`isWithin`): villages
 * are the lowest level, so only an entry whose unit code is a village code (in the county) belongs
 * to one, that village; an entry of a township or the county itself belongs to no village.
 */
function openEntriesByVillage(ledger: readonly BlockerLedgerInput[], countyCode: string): Map<string, BlockerLedgerInput[]> {
  const byVillage = new Map<string, BlockerLedgerInput[]>();
  // An id names one entry: the same id twice among the county's entries (closed or not) is a
  // malformed ledger, whose entries would otherwise be listed twice or hide each other.
  const ids = new Set<string>();
  for (const entry of ledger) {
    if (typeof entry.unitCode === 'string' && entry.unitCode.startsWith(countyCode)) {
      if (ids.has(entry.id)) throw catalogError(REGION_ERRORS, 'blockers/duplicate-ledger-entry', { entry: maskIdentifier(entry.id) });
      ids.add(entry.id);
    }
    if (entry.status === 'closed') continue;
    const unit = parseDivisionCode(entry.unitCode);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the map is read only with the code of a village row of the county, so an entry kept under the code of another level (or with no valid code, whose level is undefined) would never be read
    if (!unit.ok || unit.level !== 'village' || !unit.code.startsWith(countyCode)) continue;
    const list = byVillage.get(unit.code);
    if (list === undefined) byVillage.set(unit.code, [entry]);
    else list.push(entry);
  }
  return byVillage;
}

/** Orders households by id; ids are distinct (a repeated one is refused), so two never compare equal. */
function byDistinctId(a: RollupHousehold, b: RollupHousehold): number {
  // Stryker disable next-line EqualityOperator: the ids are distinct, so `<` and `<=` agree
  return a.id < b.id ? -1 : 1;
}

function householdBlocker(household: RollupHousehold, assessment: HouseholdAssessment | undefined): ExitBlockerHousehold {
  const unmetChecks: CheckName[] = [];
  const unknownChecks: CheckName[] = [];
  for (const name of CHECK_NAMES) {
    // Stryker disable next-line StringLiteral: any status but 'met' and 'unmet' counts as unknown, so the default's text is not read
    const status = assessment?.checks[name]?.status ?? 'unknown';
    if (status === 'unmet') unmetChecks.push(name);
    else if (status !== 'met') unknownChecks.push(name);
  }
  return { id: maskIdentifier(household.id), unmetChecks, unknownChecks };
}

/**
 * The list a county works down during supervision (挂牌督战): the villages whose poverty incidence
 * is not strictly below the village-exit threshold (at the threshold counts as blocking), or
 * cannot be computed; in each, the households not compliant with their unmet and unknown checks,
 * and the open ledger entries of the village (status not `closed`, unit code within the village).
 * Household and entry ids are shown through `maskIdentifier`: a run of 15 or more digits is masked
 * as an ID number, an id with Chinese characters as a name; ordering uses the ids as they are. Villages in code order. The incidence is the register's: remaining poor persons
 * (members of `poor` and `returned` households) ÷ the village's rural population. A household with
 * no assessment counts as not compliant with every check unknown.
 * 列出阻碍县摘帽的村（贫困发生率未低于出列阈值或无法计算），及各村未达标农户与未销号台账条目
 * （户编号、条目编号中的身份证号和姓名均脱敏），供挂牌督战逐项清零。
 *
 * Source: village exit by 《关于建立贫困退出机制的意见》 (2016); thresholds from
 * `policy.villageExit` (2%, western regions 3%).
 *
 * Arguments as everywhere in the library: the data first (the county, its households, their
 * assessments), the options object last. The old `exitBlockers(county, { households,
 * assessments, … })` still works, deprecated until 0.3.0.
 *
 * @param county - the county
 * @param households - the register (households outside the county are ignored)
 * @param assessments - assessments of the households (those of other households are ignored)
 * @param options - `villages`, and optionally `ledger`, `western`, `policy`, `asOf`
 * @returns `{ countyCode, villages: [{ code, name, status, incidence, threshold, reasons,
 *   households, openLedgerEntries }] }`
 * @throws {DomainError} `blockers/invalid-county-code` when the county code is not a 6-digit
 *   county code; `blockers/duplicate-household` or `blockers/duplicate-assessment` when an id of
 *   the county comes twice; `blockers/duplicate-ledger-entry` when two ledger entries of the
 *   county share an id; the errors of {@link createRollup} for bad village codes;
 *   `exit/western-required` when `western` (given or the county's) is not a boolean and a village
 *   has a known population
 * @throws {InvalidDateError} when `asOf` is not a valid date
 * @example
 * exitBlockers(county, households, assessments, { villages, ledger }).villages[0]
 * //=> { code: '522601101202', name: '乙村', status: 'unmet',
 * //     incidence: { numerator: 9, denominator: 300, percent: 3 }, threshold: { numerator: 3, denominator: 100, percent: 3 },
 * //     reasons: [{ code: 'exit/incidence-not-below', … }], households: [{ id: '5226************12', unmetChecks: ['housing'], unknownChecks: [] }],
 * //     openLedgerEntries: [{ id: 'L-7', category: 'housing', deadline: '2020-03-31', status: 'rectifying' }] }
 */
export function exitBlockers(
  county: Pick<County, 'code' | 'western'>,
  households: Iterable<RollupHousehold>,
  assessments: Iterable<HouseholdAssessment>,
  options: ExitBlockersOptions,
): ExitBlockers;
/**
 * @deprecated Call `exitBlockers(county, households, assessments, { villages, … })` (data first,
 * options last); removed in 0.3.0.
 */
export function exitBlockers(county: Pick<County, 'code' | 'western'>, input: ExitBlockersInput): ExitBlockers;
export function exitBlockers(
  county: Pick<County, 'code' | 'western'>,
  second: Iterable<RollupHousehold> | ExitBlockersInput,
  third?: Iterable<HouseholdAssessment>,
  fourth?: ExitBlockersOptions,
): ExitBlockers {
  if (fourth === undefined) {
    const input = second as ExitBlockersInput;
    return blockersOf(county, input.households, input.assessments, input);
  }
  return blockersOf(county, second as Iterable<RollupHousehold>, third as Iterable<HouseholdAssessment>, fourth);
}

function blockersOf(
  county: Pick<County, 'code' | 'western'>,
  register: Iterable<RollupHousehold>,
  registerAssessments: Iterable<HouseholdAssessment>,
  input: ExitBlockersOptions,
): ExitBlockers {
  const parsed = parseDivisionCode(county.code);
  if (typeof county.code !== 'string' || county.code.length !== 6 || !parsed.ok || parsed.level !== 'county') {
    throw catalogError(REGION_ERRORS, 'blockers/invalid-county-code', { given: given(county.code) });
  }
  const countyCode = county.code;
  const western = input.western ?? county.western;
  const policy = input.policy ?? defaultPolicy;
  // The day named in `exit/no-threshold`; reading it also rejects a bad `asOf` up front.
  const day = input.asOf === undefined ? 'latest' : chinaDate(input.asOf);

  const villages = input.villages.filter((v) => v.code.startsWith(countyCode));
  const names = new Map(villages.map((v) => [v.code, v.name]));

  // One pass over the county's households: ids, then the assessments that belong to them.
  const households: RollupHousehold[] = [];
  const assessmentOf = new Map<string, HouseholdAssessment | undefined>();
  for (const household of register) {
    if (!household.villageCode.startsWith(countyCode)) continue;
    if (assessmentOf.has(household.id)) {
      throw catalogError(REGION_ERRORS, 'blockers/duplicate-household', { household: maskIdentifier(household.id) });
    }
    assessmentOf.set(household.id, undefined);
    households.push(household);
  }
  for (const assessment of registerAssessments) {
    if (!assessmentOf.has(assessment.householdId)) continue;
    if (assessmentOf.get(assessment.householdId) !== undefined) {
      throw catalogError(REGION_ERRORS, 'blockers/duplicate-assessment', { household: maskIdentifier(assessment.householdId) });
    }
    assessmentOf.set(assessment.householdId, assessment);
  }

  const accumulator = createRollup({ villages });
  const notCompliant = new Map<string, RollupHousehold[]>();
  for (const household of households) {
    const assessment = assessmentOf.get(household.id);
    accumulator.add(household, assessment);
    if (assessment?.compliant !== true) {
      const list = notCompliant.get(household.villageCode);
      if (list === undefined) notCompliant.set(household.villageCode, [household]);
      else list.push(household);
    }
  }

  // The threshold, looked up once for every village.
  const ratio = villageThreshold(policy, input.asOf, western);
  // Stryker disable next-line ArrayDeclaration: an entry that is not an object has no unit code and is skipped
  const openLedger = openEntriesByVillage(input.ledger ?? [], countyCode);

  const blocking: ExitBlockerVillage[] = [];
  for (const row of accumulator.rows('village')) {
    let check: ExitCheck;
    if (row.ruralPopulation === undefined) {
      check = {
        status: 'unknown',
        value: undefined,
        threshold: ratio === undefined ? undefined : rateOf(ratio),
        reasons: [REGION_CATALOG.reason('exit/population-missing', ['ruralPopulation'], { villageCode: row.code })],
      };
    } else {
      // What assessVillageExit would check: the figures are counts already (createRollup checks the
      // population; poor persons are a sum of member counts), `western` must be a boolean.
      assertWestern(western);
      check = villageIncidence({ ruralPopulation: row.ruralPopulation, remainingPoor: row.poorPersons }, ratio, western, day);
    }
    if (check.status === 'met') continue;
    const stuck = [...(notCompliant.get(row.code) ?? [])]
      .sort(byDistinctId)
      .map((h) => householdBlocker(h, assessmentOf.get(h.id)));
    const entries = (openLedger.get(row.code) ?? [])
      .sort((a, b) => {
        if (a.deadline !== b.deadline) {
          // Stryker disable next-line EqualityOperator: reached only when the deadlines differ, so `<` and `<=` agree
          return a.deadline < b.deadline ? -1 : 1;
        }
        // Two entries of the county never share an id (refused above), so ids never tie here.
        // Stryker disable next-line EqualityOperator: the ids differ, so `<` and `<=` agree
        return a.id < b.id ? -1 : 1;
      })
      .map((entry) => ({
        id: maskIdentifier(entry.id),
        category: entry.category,
        deadline: entry.deadline,
        status: entry.status as Exclude<LedgerStatus, 'closed'>,
      }));
    blocking.push({
      code: row.code,
      name: names.get(row.code),
      status: check.status,
      incidence: check.value,
      threshold: check.threshold,
      reasons: check.reasons,
      households: stuck,
      openLedgerEntries: entries,
    });
  }
  return { countyCode, villages: blocking };
}
