import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { PolicyError } from '../errors';
import { assessOn } from '../household/assess-on';
import { CHECK_NAMES, CHECK_NAMES_ZH, type CheckName } from '../household/assessment';
import { memberEvidence } from '../household/reasons';
import type { Household, Member } from '../household/schema';
import { defaultPolicy } from '../policy/default-policy';
import { inForceOn } from '../policy/parameter-on';
import type { Parameter, Policy } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import { defaultAuditThresholds } from './default-audit-thresholds';
import { finding, type AuditFinding, type FindingSubject } from './finding';
import { createHashTable, hashInto, type Hash53 } from './hash-table';
import { AUDIT_CODES, type AuditCode } from './messages';
import { AuditThresholdTableSchema, type AuditThresholds } from './schema';

/** Options of {@link createAudit} and `auditRegister`. 核查选项。 */
export interface AuditOptions {
  /** The day of the audit (ages, school age), read in China's calendar. 核查日期。 */
  readonly asOf: DateInput;
  /** The policy whose exit test and school-age range apply (default `defaultPolicy`). 政策参数表。 */
  readonly policy?: Policy | undefined;
  /** Dated plausibility thresholds (default {@link defaultAuditThresholds}). 合理性阈值。 */
  readonly thresholds?: Parameter<AuditThresholds> | undefined;
}

/** Findings of one village. 一个村的核查发现计数。 */
export interface AuditVillageCounts {
  readonly villageCode: string;
  readonly households: number;
  /** Households with at least one finding. 有问题的户数。 */
  readonly householdsWithFindings: number;
  readonly findings: number;
  /** Findings per code; codes with none are left out. 按代码计数（为 0 的代码省略）。 */
  readonly byCode: Readonly<Partial<Record<AuditCode, number>>>;
}

/** Counts of an audit: the whole register and every village, in code order. 核查汇总。 */
export interface AuditSummary {
  readonly asOf: CalendarDate;
  readonly households: number;
  readonly members: number;
  readonly findings: number;
  /** Findings per code, every code listed (0 when none). 按代码计数（列出全部代码）。 */
  readonly byCode: Readonly<Record<AuditCode, number>>;
  readonly villages: readonly AuditVillageCounts[];
}

/**
 * A streaming audit: add households one at a time, in register order; each call returns the
 * findings about that household, including those it makes with households added before (a
 * person or a household id seen again). Memory: one 53-bit hash per ID number and per household
 * id (about 16 bytes each in typed arrays) and the counts per village, not the households.
 * 流式核查：逐户添加，返回本户的发现（含与此前各户的重复）；内存只随身份证号和户编号的哈希增长。
 */
export interface RegisterAudit {
  add(household: Household): readonly AuditFinding[];
  summary(): AuditSummary;
}

interface VillageTally {
  households: number;
  withFindings: number;
  findings: number;
  readonly byCode: Int32Array;
}

/** The record field each check of the exit test rests on. */
const CHECK_FIELD: Readonly<Record<CheckName, string>> = {
  income: 'income',
  food: 'foodSecure',
  clothing: 'clothingSecure',
  education: 'members',
  medical: 'members',
  housing: 'housing',
  water: 'water',
};

const CODE_INDEX: ReadonlyMap<AuditCode, number> = new Map(AUDIT_CODES.map((c, i) => [c, i]));

/** The relation the age rules read. Register relations are folded onto the coarse ones here. */
function relationOf(member: Member): Member['relation'] {
  return member.relation;
}

/** The key an ID number is compared by (upper-case `X`, by the hash). */
function personKey(member: Member): string {
  return member.idNumber;
}

/** The digits of `text` from `start` to `end` as a number, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A member's birth date as the number YYYYMMDD (from `birthDate`, else the ID number), or -1 when
 * none can be read: ages are then whole-number arithmetic, `floor((on − birth) / 10000)`
 * completed years (a birthday is reached on its month and day, as `ageOn` has it).
 */
function birthNumber(member: Member): number {
  const birth = member.birthDate;
  if (birth !== undefined) {
    const y = digits(birth, 0, 4);
    const m = digits(birth, 5, 7);
    const d = digits(birth, 8, 10);
    return y < 0 || m < 1 || m > 12 || d < 1 || d > 31 ? -1 : y * 10000 + m * 100 + d;
  }
  const id = member.idNumber;
  if (id.length !== 18) return -1;
  const n = digits(id, 6, 14);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return n < 0 || m < 1 || m > 12 || d < 1 || d > 31 ? -1 : n;
}

/** Completed years from birth to `on`, both YYYYMMDD numbers, `on` not before `birth`. */
const yearsBetween = (birth: number, on: number): number => Math.floor((on - birth) / 10000);

/** YYYYMMDD as YYYY-MM-DD, for evidence. */
const dateText = (n: number): string => `${Math.floor(n / 10000)}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;

/** The birth date written in characters 7–14 of an 18-character ID number, if they are digits. */
function idBirthDate(id: string): string | undefined {
  if (id.length !== 18) return undefined;
  for (let i = 6; i < 14; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

function readThresholds(given: Parameter<AuditThresholds> | undefined): Parameter<AuditThresholds> {
  if (given === undefined) return defaultAuditThresholds;
  const parsed = AuditThresholdTableSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(thresholds)'}: ${i.message}`).join('; ');
    throw new PolicyError('audit/invalid-thresholds', problems);
  }
  return parsed.data;
}

/**
 * Creates a streaming register audit (see {@link RegisterAudit}); `auditRegister` runs one over
 * an iterable. The rules and their codes are listed in docs/audit.md.
 * 创建流式户表核查（规则与代码见 docs/audit.md）。
 *
 * @param options - `asOf`, an optional `policy` and optional dated `thresholds`
 * @returns `{ add(household), summary() }`
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {PolicyError} `audit/invalid-thresholds` when `thresholds` is not a valid dated table
 * @example
 * const audit = createAudit({ asOf: '2020-12-31' });
 * for (const household of register) for (const f of audit.add(household)) console.log(f.code);
 * audit.summary().findings //=> 0 (for a clean register)
 */
export function createAudit(options: AuditOptions): RegisterAudit {
  const day = chinaDate(options.asOf);
  const policy = options.policy ?? defaultPolicy;
  const thresholds = inForceOn(readThresholds(options.thresholds), day)?.value;
  const schoolAge = inForceOn(policy.educationAge, day)?.value;
  const today = digits(day, 0, 4) * 10000 + digits(day, 5, 7) * 100 + digits(day, 8, 10);
  const people = createHashTable(1 << 14);
  const householdIds = createHashTable(1 << 12);
  const hash: Hash53 = { hi: 0, lo: 0 };
  const villages = new Map<string, VillageTally>();
  const totals = new Int32Array(AUDIT_CODES.length);
  let households = 0;
  let members = 0;
  let findingCount = 0;

  function add(household: Household): readonly AuditFinding[] {
    const index = households++;
    const list = household.members;
    members += list.length;
    let subject: FindingSubject | undefined;
    let out: AuditFinding[] | undefined;
    const report = (code: AuditCode, path: (string | number)[], evidence: Record<string, unknown>, member?: number) => {
      subject ??= { index, householdId: maskIdentifier(household.id), villageCode: household.villageCode };
      (out ??= []).push(finding(code, subject, path, evidence as AuditFinding['evidence'], member));
    };

    // 一号多户: the household id seen before.
    hashInto(household.id, hash);
    const sameId = householdIds.putIfAbsent(hash, index);
    if (sameId >= 0) report('audit/household-id-reused', ['id'], { householdId: maskIdentifier(household.id), otherIndex: sameId });

    // 一人多户 and members listed twice; heads; ages.
    let heads = 0;
    let head = -1;
    for (let i = 0; i < list.length; i++) {
      const member = list[i] as Member;
      hashInto(personKey(member), hash);
      const seen = people.putIfAbsent(hash, index);
      if (seen === index) report('audit/member-listed-twice', ['members', i, 'idNumber'], memberEvidence(member, i), i);
      else if (seen >= 0) report('audit/person-in-two-households', ['members', i, 'idNumber'], { ...memberEvidence(member, i), otherIndex: seen }, i);
      if (relationOf(member) === 'head') {
        heads++;
        head = i;
      }
    }
    if (heads === 0) report('audit/no-head', ['members'], { members: list.length });
    else if (heads > 1) {
      const memberIndexes: number[] = [];
      for (let i = 0; i < list.length; i++) if (relationOf(list[i] as Member) === 'head') memberIndexes.push(i);
      report('audit/several-heads', ['members'], { heads, memberIndexes });
    }

    const headBirth = heads === 1 ? birthNumber(list[head] as Member) : -1;
    for (let i = 0; i < list.length; i++) {
      const member = list[i] as Member;
      if (member.birthDate !== undefined) {
        const fromId = idBirthDate(member.idNumber);
        if (fromId !== undefined && fromId !== member.birthDate) {
          report('audit/birth-date-mismatch', ['members', i, 'birthDate'], { ...memberEvidence(member, i), birthDate: member.birthDate, idBirthDate: fromId }, i);
        }
      }
      const birth = birthNumber(member);
      if (birth < 0) continue;
      if (birth > today) {
        report('audit/born-after-as-of', ['members', i, 'birthDate'], { ...memberEvidence(member, i), birthDate: dateText(birth), asOf: day }, i);
        continue;
      }
      const age = yearsBetween(birth, today);
      if (thresholds !== undefined && age > thresholds.maxAge) {
        report('audit/age-over-limit', ['members', i, 'birthDate'], { ...memberEvidence(member, i), age, max: thresholds.maxAge, asOf: day }, i);
      }
      if (schoolAge !== undefined && member.schooling === undefined && age >= schoolAge.min && age <= schoolAge.max) {
        report('audit/schooling-missing', ['members', i, 'schooling'], { ...memberEvidence(member, i), age, min: schoolAge.min, max: schoolAge.max }, i);
      }
      if (thresholds === undefined || i === head) continue;
      const relation = relationOf(member);
      if (relation === 'spouse') {
        if (age < thresholds.minSpouseAge) {
          report('audit/spouse-too-young', ['members', i, 'relation'], { ...memberEvidence(member, i), age, min: thresholds.minSpouseAge, asOf: day }, i);
        }
        continue;
      }
      if (headBirth < 0) continue;
      if (relation === 'child' || relation === 'grandchild') {
        // Negative when the child was born before the head: floor keeps it below any minimum.
        const gap = yearsBetween(headBirth, birth);
        const min = relation === 'child' ? thresholds.minParentAgeAtBirth : thresholds.minGrandparentAgeAtBirth;
        if (gap < min) {
          report(relation === 'child' ? 'audit/child-too-old' : 'audit/grandchild-too-old', ['members', i, 'relation'], { ...memberEvidence(member, i), gap, min }, i);
        }
      } else if (relation === 'parent') {
        const gap = yearsBetween(birth, headBirth);
        if (gap < thresholds.minParentAgeAtBirth) {
          report('audit/parent-too-young', ['members', i, 'relation'], { ...memberEvidence(member, i), gap, min: thresholds.minParentAgeAtBirth }, i);
        }
      }
    }

    // 错退风险: an exited household that fails the exit test.
    if (household.status === 'exited' && list.length > 0) {
      const assessment = assessOn(household, day, policy);
      if (!assessment.compliant) {
        for (const check of CHECK_NAMES) {
          const verdict = assessment.checks[check];
          if (verdict.status !== 'unmet') continue;
          if (check === 'income') {
            const e = verdict.reasons[0]?.evidence ?? {};
            report('audit/exited-income-not-above-line', ['income'], { year: e.year ?? null, perCapitaYuan: e.perCapitaYuan ?? null, lineYuan: e.lineYuan ?? null });
          } else {
            report('audit/exited-check-unmet', [CHECK_FIELD[check]], {
              check,
              checkZh: CHECK_NAMES_ZH[check],
              reasons: verdict.reasons.map((r) => r.code),
            });
          }
        }
      }
    }

    let village = villages.get(household.villageCode);
    if (village === undefined) {
      village = { households: 0, withFindings: 0, findings: 0, byCode: new Int32Array(AUDIT_CODES.length) };
      villages.set(household.villageCode, village);
    }
    village.households++;
    if (out === undefined) return NONE;
    village.withFindings++;
    village.findings += out.length;
    findingCount += out.length;
    for (const f of out) {
      const at = CODE_INDEX.get(f.code) as number;
      village.byCode[at] = (village.byCode[at] as number) + 1;
      totals[at] = (totals[at] as number) + 1;
    }
    return out;
  }

  function summary(): AuditSummary {
    const byCode = {} as Record<AuditCode, number>;
    AUDIT_CODES.forEach((code, i) => (byCode[code] = totals[i] as number));
    const rows: AuditVillageCounts[] = [...villages.keys()].sort().map((villageCode) => {
      const tally = villages.get(villageCode) as VillageTally;
      const codes: Partial<Record<AuditCode, number>> = {};
      AUDIT_CODES.forEach((code, i) => {
        const n = tally.byCode[i] as number;
        if (n > 0) codes[code] = n;
      });
      return { villageCode, households: tally.households, householdsWithFindings: tally.withFindings, findings: tally.findings, byCode: codes };
    });
    return { asOf: day, households, members, findings: findingCount, byCode, villages: rows };
  }

  return { add, summary };
}

const NONE: readonly AuditFinding[] = Object.freeze([]);
