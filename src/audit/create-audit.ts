import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { PolicyError } from '../errors';
import { assessOn } from '../household/assess-on';
import { CHECK_NAMES, CHECK_NAMES_ZH, type CheckName } from '../household/assessment';
import { memberEvidence } from '../household/reasons';
import type { Household, Member, Relation } from '../household/schema';
import { defaultPolicy } from '../policy/default-policy';
import { inForceOn } from '../policy/parameter-on';
import type { Parameter, Policy } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import { HOUSEHOLD_STATUS_LABELS, POVERTY_ATTRIBUTE_LABELS } from '../register/labels';
import { relationGroup } from '../register/relation-group';
import { idNumberProblem } from '../codes/validate-id-number';
import { upgradeIdNumber } from '../codes/upgrade-id-number';
import { defaultAuditThresholds } from './default-audit-thresholds';
import { finding, type AuditFinding, type FindingSubject } from './finding';
import { createHashTable, hashInto, type Hash53 } from './hash-table';
import { AUDIT_CODES, type AuditCode } from './messages';
import { AuditThresholdTableSchema, type AuditThresholds } from './schema';
import { issuesLine, issuesMessage, validate } from '../validation/issues';
import { AUDIT_ERRORS } from './catalog';

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

/** The spouse's parents (wife's or husband's): held to the parent gap at the spouse's birth. */
const PARENTS_IN_LAW: ReadonlySet<Relation> = new Set(['wifes-father', 'wifes-mother', 'husbands-father', 'husbands-mother']);

const CODE_INDEX: ReadonlyMap<AuditCode, number> = new Map(AUDIT_CODES.map((c, i) => [c, i]));

/** Whether a member's number is a resident ID number (no `documentType`, or `resident-id`). */
const isResidentId = (member: Member): boolean => member.documentType === undefined || member.documentType === 'resident-id';

/**
 * The key a person is compared by: a valid resident ID number in its 18-digit form
 * (`upgradeIdNumber`, so that a 15-digit number and its upgrade are one person; the hash reads
 * `x` as `X`), another document's number prefixed by its type.
 */
function personKey(member: Member): string {
  const id = member.idNumber;
  if (!isResidentId(member)) return `${member.documentType}:${id}`;
  return id.length === 15 && idNumberProblem(id) === undefined ? upgradeIdNumber(id) : id;
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
  if (!isResidentId(member)) return -1;
  const id = member.idNumber;
  const n = id.length === 18 ? digits(id, 6, 14) : id.length === 15 && digits(id, 6, 12) >= 0 ? 19000000 + digits(id, 6, 12) : -1;
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return n < 0 || m < 1 || m > 12 || d < 1 || d > 31 ? -1 : n;
}

/** Completed years from birth to `on`, both YYYYMMDD numbers, `on` not before `birth`. */
const yearsBetween = (birth: number, on: number): number => Math.floor((on - birth) / 10000);

/** YYYYMMDD as YYYY-MM-DD, for evidence. */
const dateText = (n: number): string => `${Math.floor(n / 10000)}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;

/** The birth date written in a resident ID number (18 or 15 digits), if those are digits. */
function idBirthDate(member: Member): string | undefined {
  if (!isResidentId(member)) return undefined;
  const id = member.idNumber;
  if (id.length === 18) return digits(id, 6, 14) < 0 ? undefined : `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (id.length === 15) return digits(id, 6, 12) < 0 ? undefined : `19${id.slice(6, 8)}-${id.slice(8, 10)}-${id.slice(10, 12)}`;
  return undefined;
}

/** The sex a resident ID number's sequence gives (odd male, even female), if readable. */
function idSex(member: Member): 'male' | 'female' | undefined {
  if (!isResidentId(member)) return undefined;
  const id = member.idNumber;
  const at = id.length === 18 ? 16 : id.length === 15 ? 14 : -1;
  if (at < 0) return undefined;
  const c = id.charCodeAt(at) - 48;
  return c < 0 || c > 9 ? undefined : c % 2 === 1 ? 'male' : 'female';
}

const DIBAO_ATTRIBUTES: ReadonlySet<string> = new Set(['dibao-poor', 'dibao-destitute-poor', 'dibao-exited', 'dibao-destitute-exited']);

function readThresholds(given: Parameter<AuditThresholds> | undefined): Parameter<AuditThresholds> {
  if (given === undefined) return defaultAuditThresholds;
  const parsed = validate(AuditThresholdTableSchema, given);
  if (!parsed.ok) {
    // The validation catalog's words (never zod's default text), as definePolicy gives them:
    // `message` names each problem in both languages, `localized` all of them in each.
    const whole = AUDIT_ERRORS.message('audit/whole-thresholds', {});
    throw new PolicyError('audit/invalid-thresholds', issuesLine(parsed.issues, whole), parsed.issues, { evidence: { count: parsed.issues.length }, localized: issuesMessage(parsed.issues, whole) });
  }
  return parsed.value as Parameter<AuditThresholds>;
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
 * for (const h of [household]) for (const f of audit.add(h)) console.log(f.code);
 * audit.summary().findings //=> 0
 */
export function createAudit(options: AuditOptions): RegisterAudit {
  const day = chinaDate(options?.asOf);
  const policy = options?.policy ?? defaultPolicy;
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

  // The household being added and its findings so far: one function reports for every rule
  // (no closure made per household on the hot path).
  let current: Household | undefined;
  let index = -1;
  let subject: FindingSubject | undefined;
  let out: AuditFinding[] | undefined;
  function report(code: AuditCode, path: (string | number)[], evidence: Record<string, unknown>, member?: number): void {
    const household = current as Household;
    subject ??= { index, householdId: maskIdentifier(household.id), villageCode: household.villageCode };
    (out ??= []).push(finding(code, subject, path, evidence as AuditFinding['evidence'], member));
  }

  function add(household: Household): readonly AuditFinding[] {
    current = household;
    index = households++;
    subject = undefined;
    out = undefined;
    const list = household.members;
    members += list.length;

    // 一号多户: the household id seen before.
    hashInto(household.id, hash);
    const sameId = householdIds.putIfAbsent(hash, index);
    if (sameId >= 0) report('audit/household-id-reused', ['id'], { householdId: maskIdentifier(household.id), otherIndex: sameId });

    // 一人多户 and members listed twice; heads; ages.
    let heads = 0;
    let head = -1;
    for (let i = 0; i < list.length; i++) {
      const member = list[i] as Member;
      const fifteen = member.idNumber.length === 15 ? 1 : 0;
      hashInto(personKey(member), hash);
      // The value is the household's position × 2, plus 1 when the number was written in 15 digits.
      const seen = people.putIfAbsent(hash, index * 2 + fifteen);
      if (seen >= 0) {
        const other = seen >>> 1;
        if (other === index) report('audit/member-listed-twice', ['members', i, 'idNumber'], memberEvidence(member, i), i);
        else {
          const upgraded = ((seen & 1) ^ fifteen) === 1;
          report('audit/person-in-two-households', ['members', i, 'idNumber'], { ...memberEvidence(member, i), otherIndex: other, upgraded }, i);
        }
      }
      if (member.relation === 'head') {
        heads++;
        head = i;
      }
    }
    if (household.householdSize !== undefined && household.householdSize !== list.length) {
      report('audit/household-size-mismatch', ['householdSize'], { householdSize: household.householdSize, members: list.length });
    }
    if (heads === 0) report('audit/no-head', ['members'], { members: list.length });
    else if (heads > 1) {
      const memberIndexes: number[] = [];
      for (let i = 0; i < list.length; i++) if ((list[i] as Member).relation === 'head') memberIndexes.push(i);
      report('audit/several-heads', ['members'], { heads, memberIndexes });
    }

    const headBirth = heads === 1 ? birthNumber(list[head] as Member) : -1;
    // Parents-in-law are compared with the one spouse, when there is one.
    let spouse = -1;
    for (let i = 0; i < list.length; i++) {
      if ((list[i] as Member).relation !== 'spouse') continue;
      spouse = spouse === -1 ? i : -2;
    }
    const spouseBirth = spouse >= 0 ? birthNumber(list[spouse] as Member) : -1;
    for (let i = 0; i < list.length; i++) {
      const member = list[i] as Member;
      if (member.sex !== undefined) {
        const fromId = idSex(member);
        if (fromId !== undefined && fromId !== member.sex) {
          report('audit/sex-mismatch', ['members', i, 'sex'], { ...memberEvidence(member, i), sex: member.sex, idSex: fromId }, i);
        }
      }
      if (member.health === 'disabled' && member.disabilityGrade === undefined) {
        report('audit/disability-grade-missing', ['members', i, 'disabilityGrade'], memberEvidence(member, i), i);
      }
      if (member.birthDate !== undefined) {
        const fromId = idBirthDate(member);
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
      if (schoolAge !== undefined && member.schooling === undefined && member.studentStatus === undefined && age >= schoolAge.min && age <= schoolAge.max) {
        report('audit/schooling-missing', ['members', i, 'schooling'], { ...memberEvidence(member, i), age, min: schoolAge.min, max: schoolAge.max }, i);
      }
      if (thresholds === undefined || i === head) continue;
      // Folded relations (relationGroup); in-laws are held to the spouse rule only, grandparents
      // to the grandparent gap.
      const relation = member.relation;
      const group = relationGroup(relation);
      const inLaw = relation === 'daughter-in-law' || relation === 'son-in-law';
      if (relation === 'spouse' || inLaw) {
        if (age < thresholds.minSpouseAge) {
          report('audit/spouse-too-young', ['members', i, 'relation'], { ...memberEvidence(member, i), age, min: thresholds.minSpouseAge, asOf: day }, i);
        }
        continue;
      }
      if (PARENTS_IN_LAW.has(relation)) {
        if (spouseBirth >= 0) {
          const gap = yearsBetween(birth, spouseBirth);
          if (gap < thresholds.minParentAgeAtBirth) {
            report(
              'audit/parent-in-law-too-young',
              ['members', i, 'relation'],
              { ...memberEvidence(member, i), relation, gap, min: thresholds.minParentAgeAtBirth },
              i,
            );
          }
        }
        continue;
      }
      if (headBirth < 0) continue;
      if (group === 'child' || group === 'grandchild') {
        // Negative when the child was born before the head: floor keeps it below any minimum.
        const gap = yearsBetween(headBirth, birth);
        const min = group === 'child' ? thresholds.minParentAgeAtBirth : thresholds.minGrandparentAgeAtBirth;
        if (gap < min) {
          report(group === 'child' ? 'audit/child-too-old' : 'audit/grandchild-too-old', ['members', i, 'relation'], { ...memberEvidence(member, i), gap, min }, i);
        }
      } else if (relation === 'parent' || relation === 'father' || relation === 'mother' || relation === 'grandfather' || relation === 'grandmother') {
        const gap = yearsBetween(birth, headBirth);
        const grand = relation === 'grandfather' || relation === 'grandmother';
        const min = grand ? thresholds.minGrandparentAgeAtBirth : thresholds.minParentAgeAtBirth;
        if (gap < min) {
          report('audit/parent-too-young', ['members', i, 'relation'], { ...memberEvidence(member, i), gap, min }, i);
        }
      }
    }

    // 逻辑矛盾: the household's attribute and cause against its members.
    const attribute = household.povertyAttribute;
    if (attribute !== undefined) {
      const attributeZh = POVERTY_ATTRIBUTE_LABELS[attribute];
      if (DIBAO_ATTRIBUTES.has(attribute) && list.length > 0 && list.every((m) => m.minimumLivingAllowance === false)) {
        report('audit/dibao-without-recipient', ['povertyAttribute'], { attribute, attributeZh, members: list.length });
      }
      const exitedAttribute = attribute.endsWith('-exited');
      const status = household.status;
      if ((exitedAttribute && (status === 'poor' || status === 'returned')) || (!exitedAttribute && status === 'exited')) {
        report('audit/attribute-status-mismatch', ['povertyAttribute'], { attribute, attributeZh, status, statusZh: HOUSEHOLD_STATUS_LABELS[status] });
      }
    }
    const cause = household.mainCause;
    if ((cause === 'illness' || cause === 'disability') && list.length > 0 && list.every((m) => m.health !== undefined)) {
      if (cause === 'illness' && !list.some((m) => m.health === 'chronic-illness' || m.health === 'serious-illness')) {
        report('audit/illness-cause-without-ill-member', ['mainCause'], { members: list.length });
      }
      if (cause === 'disability' && !list.some((m) => m.health === 'disabled' || m.disabilityGrade !== undefined)) {
        report('audit/disability-cause-without-disabled-member', ['mainCause'], { members: list.length });
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
              // The check's own reasons in words, from the household catalog, for the finding's
              // message in each language (the evidence is masked already).
              reasonsZh: verdict.reasons.map((r) => r.message['zh-CN']),
              reasonsEn: verdict.reasons.map((r) => r.message.en),
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
    const found = out as AuditFinding[] | undefined;
    current = undefined;
    if (found === undefined) return NONE;
    village.withFindings++;
    village.findings += found.length;
    findingCount += found.length;
    for (const f of found) {
      const at = CODE_INDEX.get(f.code) as number;
      village.byCode[at] = (village.byCode[at] as number) + 1;
      totals[at] = (totals[at] as number) + 1;
    }
    return found;
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
