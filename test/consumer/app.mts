// A consumer of the BUILT package, as an application using tuopin would write it (ESM). Type-checked
// by scripts/check-consumer.mjs, once after the build, under node16 and bundler resolution with
// `strict` and `exactOptionalPropertyTypes`; `tuopin` resolves through package.json `exports`
// (test/consumer/node_modules/tuopin is a link to the package root made by that script).
// Every `@ts-expect-error` below is a claim too: if a type degrades to `any`, it fails.
import {
  HouseholdSchema,
  LedgerEntrySchema,
  applyEvent,
  assessHousehold,
  defaultPolicy,
  exitBlockers,
  isOverdue,
  parseDivisionCode,
  rollup,
  validate,
  type ApplyEventResult,
  type CheckStatus,
  type County,
  type DivisionLevel,
  type Household,
  type HouseholdAssessment,
  type LedgerEntry,
  type Policy,
  type RollupRow,
  type ValidationIssue,
  type Village,
} from 'tuopin';
import {
  assessFile,
  assessFileRecords,
  readRecords,
  type AssessReport,
  type FileRecordResult,
  type SourceItem,
} from 'tuopin/node';

/** Validates a record from a form or a file and assesses it; issues go back to the user. */
export function assessUntrusted(record: unknown, policy: Policy | undefined): HouseholdAssessment | readonly ValidationIssue[] {
  const parsed = validate(HouseholdSchema, record);
  if (!parsed.ok) {
    const paths: string[] = parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.message['zh-CN']} / ${issue.message.en}`);
    void paths;
    return parsed.issues;
  }
  const household: Household = parsed.value;
  // `policy` may be undefined under exactOptionalPropertyTypes: the option says `| undefined`.
  const assessment = assessHousehold(household, { asOf: new Date(Date.UTC(2020, 11, 31)), policy });
  const status: CheckStatus = assessment.checks.income.status;
  const reasons: readonly string[] = assessment.checks.housing.reasons.map((r) => r.message['zh-CN']);
  void status;
  void reasons;
  // @ts-expect-error a verdict is a status word, not a number
  const wrong: number = assessment.status;
  void wrong;
  return assessment;
}

/** The township table of a dashboard. */
export function townshipTable(households: readonly Household[], villages: readonly Village[] | undefined): readonly RollupRow[] {
  const assessments = households.map((h) => assessHousehold(h, { asOf: '2020-12-31', policy: defaultPolicy }));
  const rows = rollup(households, assessments, { villages, level: 'township' });
  const first = rows[0];
  if (first !== undefined) {
    const compliant: number = first.compliantHouseholds;
    const percent: number | undefined = first.incidence?.percent;
    void compliant;
    void percent;
  }
  // @ts-expect-error there is no 'province' level
  rollup(households, assessments, { level: 'province' });
  return rows;
}

/** The villages a county still has to clear. */
export function blockers(county: County, households: readonly Household[], villages: readonly Village[]): readonly string[] {
  const assessments = households.map((h) => assessHousehold(h, { asOf: '2020-12-31' }));
  const list = exitBlockers(county, households, assessments, { villages, asOf: '2020-12-31' });
  return list.villages.map((v) => `${v.code} ${v.name ?? ''} ${v.status}: ${v.households.length}`);
}

/** A ledger entry moved along its workflow by an event from a request; a refusal is a result, never an exception. */
export function onEvent(stored: unknown, requestBody: string): LedgerEntry | string {
  const entry = validate(LedgerEntrySchema, stored);
  if (!entry.ok) return entry.issues.map((i) => i.code).join(', ');
  // The event is untrusted: `applyEvent` takes it as `unknown` and validates it itself.
  const event: unknown = JSON.parse(requestBody);
  const result: ApplyEventResult = applyEvent(entry.value, event);
  if (result.ok) return result.entry;
  const code: string = result.error.code;
  return `${code}: ${result.error.message['zh-CN']}`;
}

/** The entries past their deadline today, and the level of a unit code typed in a form. */
export function overdue(entries: readonly LedgerEntry[], asOf: Date): readonly LedgerEntry[] {
  return entries.filter((entry) => isOverdue(entry, { asOf }));
}

export function levelOf(code: unknown): DivisionLevel | string {
  const parsed = parseDivisionCode(code);
  return parsed.ok ? parsed.level : parsed.message['zh-CN'];
}

/** A file of households: the roll-up, and each household's verdict as it streams. */
export async function fromFile(file: string, asOf: Date | string): Promise<number> {
  const report: AssessReport = await assessFile(file, { asOf, encoding: undefined, villages: undefined });
  let compliant = 0;
  for await (const r of assessFileRecords(file, { asOf })) {
    const result: FileRecordResult = r;
    if (result.ok) {
      const id: string = result.household.id;
      void id;
      if (result.assessment.compliant) compliant += 1;
    } else {
      const rows: number = result.row;
      void rows;
    }
  }
  for await (const item of readRecords(file, { groupMembers: true, onWarning: (w) => void w.code })) {
    const read: SourceItem = item;
    if (read.issues !== undefined) return -1;
    const record: unknown = read.record;
    void record;
  }
  return report.input.assessed + compliant;
}
