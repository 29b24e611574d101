import { InputError } from '../input-error';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assessHousehold } from '../../household/assess-household';
import type { Household } from '../../household/schema';
import type { Policy } from '../../policy/schema';
import { createRollup } from '../../region/create-rollup';
import { exitBlockers, type ExitBlockers } from '../../region/exit-blockers';
import { assessItemsSync, type Rejection } from '../assess-records';
import { HOUSEHOLD_COLUMNS, VILLAGE_COLUMNS, type ColumnSpec } from '../columns';
import { sampleCounty, type SampleCounty } from '../sample-county';
import type { CheckName } from '../../household/assessment';
import { formatPercent } from '../../region/exact-rate';
import { formatCount } from '../../report/format';
import { bilingual } from '../../report/catalog';
import { csvField } from '../text-table';
import { CHECK_SHORT_ZH, summaryRows, type AssessReport } from './assess';
import { ledgerReport, type LedgerReport } from './ledger';
import { planReport, type PlanReport } from './plan';
import { tableLabel } from '../tables/catalog';

/** The demo's 坝区 target (yuan per 亩): an example figure for the fictional county, not a policy. */
export const DEMO_BAZI_TARGET = 8000;

/** Broken copies of sample records, so the demo shows how rejections are reported. */
function brokenRecords(county: SampleCounty): unknown[] {
  const first = county.households[0] as Household;
  const head = first.members[0]!;
  const wrongCheck = head.idNumber.slice(0, 17) + (head.idNumber.endsWith('0') ? '1' : '0');
  return [
    { ...first, id: `${first.id}-X1`, members: [{ ...head, idNumber: wrongCheck }] },
    { ...first, id: `${first.id}-X2`, income: { year: 2019, wage: 100.123 } },
    { ...first, id: `${first.id}-X3`, members: [] },
  ];
}

export interface DemoReport {
  readonly assess: AssessReport;
  readonly blockers: ExitBlockers;
  readonly ledger: LedgerReport;
  readonly plan: PlanReport;
}

/**
 * Runs every report on the bundled fictional county. 在内置虚构样例县上运行全部报告。
 */
export function demoReport(options: { readonly asOf: string; readonly policy: Policy }): DemoReport {
  const county = sampleCounty();
  const records: unknown[] = [...county.households, ...brokenRecords(county)];
  const rollup = createRollup({ villages: county.villages, townships: county.townships });
  const rejections: Rejection[] = [];
  const input = assessItemsSync(
    records.map((record, index) => ({ index, row: index + 1, record })),
    { asOf: options.asOf, policy: options.policy, rollup, onRejection: (r) => rejections.push(r) },
  );
  const valid = county.households as readonly Household[];
  const assessments = valid.map((h) => assessHousehold(h, { asOf: options.asOf, policy: options.policy }));
  const blockers = exitBlockers(county.county, valid, assessments, {
    villages: county.villages,
    ledger: county.ledger,
    policy: options.policy,
    asOf: options.asOf,
  });
  return {
    assess: { asOf: options.asOf, input, summary: summaryRows(rollup), rejections, warnings: [] },
    blockers,
    ledger: ledgerReport(county.ledger, { asOf: options.asOf, by: 'responsibleUnit' }),
    plan: planReport(county.plan, { byKind: { bazi: DEMO_BAZI_TARGET } }, 520),
  };
}

/** Names of the sample county's units, by code. */
export function demoNames(): Map<string, string> {
  const county = sampleCounty();
  return new Map<string, string>([
    [county.county.code, county.county.name],
    ...county.townships.map((t) => [t.code, t.name] as [string, string]),
    ...county.villages.map((v) => [v.code, v.name] as [string, string]),
  ]);
}

/** Renders the exit blockers as text: each blocking village with its households and open entries. */
export function renderBlockers(blockers: ExitBlockers, names: ReadonlyMap<string, string>, limit = 5): string {
  if (blockers.villages.length === 0) return `${tableLabel('demo/blockers')}: ${tableLabel('demo/no-blockers')}`;
  const parts = [`${tableLabel('demo/blockers')}: ${tableLabel('demo/villages-over', { n: blockers.villages.length })}`];
  const checks = (list: readonly CheckName[]) => list.map((c) => `${CHECK_SHORT_ZH[c]} ${c}`).join(', ');
  for (const v of blockers.villages) {
    const incidence =
      v.incidence === undefined
        ? '?'
        : `${formatCount(v.incidence.numerator)}/${formatCount(v.incidence.denominator)} = ${formatPercent(v.incidence.numerator, v.incidence.denominator)}`;
    const threshold = v.threshold === undefined ? '?' : formatPercent(v.threshold.numerator, v.threshold.denominator);
    parts.push(`- ${v.code} ${v.name ?? names.get(v.code) ?? ''}: ${tableLabel('demo/incidence')} ${incidence} ≥ ${tableLabel('demo/threshold')} ${threshold}`);
    parts.push(`  ${tableLabel('demo/non-compliant')} ${formatCount(v.households.length)}; ${tableLabel('demo/open-entries')} ${formatCount(v.openLedgerEntries.length)}`);
    for (const h of v.households.slice(0, limit)) {
      const said = [
        h.unmetChecks.length > 0 ? `${tableLabel('demo/unmet')}: ${checks(h.unmetChecks)}` : '',
        h.unknownChecks.length > 0 ? `${tableLabel('demo/unknown')}: ${checks(h.unknownChecks)}` : '',
      ].filter((s) => s !== '');
      parts.push(`    · ${h.id}: ${said.join('; ')}`);
    }
    if (v.households.length > limit) parts.push(`    · … ${bilingual('report/more', { n: formatCount(v.households.length - limit) })}`);
    for (const e of v.openLedgerEntries) {
      parts.push(`    ▸ ${e.id} ${bilingual(`ledger-category/${e.category}`)} · ${bilingual(`ledger-status/${e.status}`)} · ${tableLabel('demo/deadline')} ${e.deadline}`);
    }
  }
  return parts.join('\n');
}

function sheet(columns: readonly ColumnSpec[], rows: readonly Record<string, unknown>[]): string {
  const header = columns.map((c) => c.zh[0] ?? c.key);
  const body = rows.map((row) => columns.map((c) => csvField(row[c.key] as string | number | boolean | undefined)).join(','));
  return `${[header.join(','), ...body].join('\n')}\n`;
}

function flatMembers(h: Household): Record<string, unknown>[] {
  return h.members.map((m) => ({
    householdId: h.id,
    villageCode: h.villageCode,
    status: h.status,
    ...m,
    incomeYear: h.income?.year,
    ...h.income,
    foodSecure: h.foodSecure,
    clothingSecure: h.clothingSecure,
    housingGrade: h.housing?.grade,
    renovation: h.housing?.renovation,
    livesInSafeHousing: h.housing?.livesInSafeHousing,
    ...h.water,
  }));
}

/**
 * Writes the sample county's files to a folder: households.csv (one row per member, Chinese
 * headers), villages.csv, ledger.json, plan.json and county.json (the county and its townships,
 * for `tuopin report --county`), to try the other commands on.
 * 将样例县写成文件，供其他命令试用。
 */
export async function writeSampleFiles(dir: string): Promise<string[]> {
  const county = sampleCounty();
  const failed = (path: string) => (error: unknown) => {
    throw InputError.of(path, 'read/cannot-write', { reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  };
  await mkdir(dir, { recursive: true }).catch(failed(dir));
  const files = {
    'households.csv': sheet(HOUSEHOLD_COLUMNS, (county.households as Household[]).flatMap(flatMembers)),
    'villages.csv': sheet(VILLAGE_COLUMNS, county.villages as unknown as Record<string, unknown>[]),
    'ledger.json': `${JSON.stringify(county.ledger, null, 2)}\n`,
    'plan.json': `${JSON.stringify(county.plan, null, 2)}\n`,
    'county.json': `${JSON.stringify({ county: county.county, townships: county.townships }, null, 2)}\n`,
  };
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, text, 'utf8').catch(failed(path));
    written.push(path);
  }
  return written;
}

