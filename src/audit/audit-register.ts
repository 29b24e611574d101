import type { Household } from '../household/schema';
import { createAudit, type AuditOptions, type AuditSummary } from './create-audit';
import type { AuditFinding } from './finding';

/** The result of {@link auditRegister}: the counts and every finding, in register order. 核查结果。 */
export interface AuditReport extends AuditSummary {
  readonly list: readonly AuditFinding[];
}

/**
 * Audits a whole register in one pass (数据核查, the yearly data cleaning): every household is
 * checked on its own (exactly one head, ages against relations and the age limit, birth date
 * against the ID number, school-age members without a schooling status, an exited household
 * failing the exit test) and against the households before it (one person in two households,
 * one household id used twice). Findings are data: a stable code, the household (position,
 * masked id, village) and member involved, the evidence (masked) and the message in zh-CN and
 * English; every finding is counted per village. Records are typed `Household`s as the
 * application holds them and are not re-validated. Memory: a hash per ID number and per household
 * id, the counts per village and the findings. Codes and rules: docs/audit.md.
 *
 * 一次遍历核查整本户表：逐户检查（户主唯一、年龄与关系、年龄上限、出生日期与身份证号、学龄成员
 * 在校生状况、已脱贫户未达标），并与此前各户比对（一人多户、一号多户）；发现按村计数。
 *
 * @param register - the households, in any order (an array or a generator)
 * @param options - `asOf`, an optional `policy` and optional dated `thresholds`
 * @returns `{ asOf, households, members, findings, byCode, villages, list }`
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {PolicyError} `audit/invalid-thresholds` when `thresholds` is not a valid dated table
 * @example
 * const report = auditRegister([household, { ...household, members: [spouse, child] }], { asOf: '2020-12-31' });
 * report.list.map((f) => f.code)
 * //=> ['audit/household-id-reused', 'audit/person-in-two-households', 'audit/person-in-two-households', 'audit/no-head']
 * report.villages[0].householdsWithFindings //=> 1
 */
export function auditRegister(register: Iterable<Household>, options: AuditOptions): AuditReport {
  const audit = createAudit(options);
  const list: AuditFinding[] = [];
  for (const household of register) for (const f of audit.add(household)) list.push(f);
  return { ...audit.summary(), list };
}
