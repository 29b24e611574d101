// The same package from a CommonJS module (node16 resolution: `require` condition, .d.cts types).
// Type-checked by scripts/check-consumer.mjs; see app.mts.
import {
  HouseholdSchema,
  assessHousehold,
  rollup,
  applyEvent,
  validate,
  type Household,
  type HouseholdAssessment,
  type LedgerEntry,
  type RollupRow,
} from 'tuopin';
import { assessFileRecords, readRecords, type FileRecordResult } from 'tuopin/node';

export function assessAll(records: readonly unknown[]): readonly RollupRow[] {
  const households: Household[] = [];
  const assessments: HouseholdAssessment[] = [];
  for (const record of records) {
    const parsed = validate(HouseholdSchema, record);
    if (!parsed.ok) continue;
    households.push(parsed.value);
    assessments.push(assessHousehold(parsed.value, { asOf: '2020-12-31' }));
  }
  return rollup(households, assessments, { level: 'county' });
}

export function submit(entry: LedgerEntry): LedgerEntry | undefined {
  const result = applyEvent(entry, { type: 'submit', at: '2020-03-01', by: '王五', evidence: ['photo.jpg'] });
  return result.ok ? result.entry : undefined;
}

export async function verdicts(file: string): Promise<readonly boolean[]> {
  const out: boolean[] = [];
  for await (const r of assessFileRecords(file, { asOf: new Date() })) {
    const result: FileRecordResult = r;
    out.push(result.ok && result.assessment.compliant);
  }
  for await (const item of readRecords(file)) {
    // @ts-expect-error a read item's row is a number
    const row: string = item.row;
    void row;
  }
  return out;
}
