import { createPolicyComparison, type PolicyComparison } from '../../audit/compare-policies';
import { CHECK_NAMES } from '../../household/assessment';
import type { Policy } from '../../policy/schema';
import type { Rejection } from '../assess-records';
import type { CliIo } from '../cli-io';
import { createProgressBar } from '../progress';
import { csvField, textTable } from '../text-table';
import type { ReadWarning } from '../messages';
import { CHECK_SHORT_ZH, rejectionLines, warningSection } from './assess';
import { validHouseholds, type RegisterInputCounts, type FileReadOptions } from './register-input';
import { tableLabel, tableZh } from '../tables/catalog';
import { reportText } from '../../report/catalog';

/** The result of `tuopin assess FILE --compare-policy other.json`. 政策比较结果。 */
export interface CompareFileReport {
  readonly asOf: string;
  readonly input: RegisterInputCounts;
  readonly comparison: PolicyComparison;
  readonly rejections: readonly Rejection[];
  /** Warnings about the file's layout or encoding, as `tuopin assess` gives them. */
  readonly warnings: readonly ReadWarning[];
}

/**
 * Reads a register file as a stream and assesses every valid household under both policies
 * (`createPolicyComparison`), on one thread. 流式读取户表，每户在两套政策下各评估一次。
 */
export async function compareFile(
  file: string,
  options: {
    readonly asOf: string;
    readonly policy: Policy;
    readonly other: Policy;
    readonly quiet?: boolean | undefined;
  } & FileReadOptions,
  io?: CliIo,
): Promise<CompareFileReport> {
  const compare = createPolicyComparison(options.policy, options.other, { asOf: options.asOf });
  const counts: RegisterInputCounts = { records: 0, valid: 0, rejected: 0 };
  const rejections: Rejection[] = [];
  const warnings: ReadWarning[] = [];
  const progress = io === undefined ? undefined : createProgressBar(io.stderr, { quiet: options.quiet === true, now: io.now });
  try {
    const households = validHouseholds(file, counts, (r) => rejections.push(r), {
      onBytes: (b, t) => progress?.update(b, t, counts.records),
      onWarning: (w) => warnings.push(w),
      encoding: options.encoding,
      sheet: options.sheet,
      strictColumns: options.strictColumns,
    });
    for await (const household of households) {
      compare.add(household);
    }
  } finally {
    progress?.finish();
  }
  return { asOf: options.asOf, input: counts, comparison: compare.result(), rejections, warnings };
}

/** Renders a comparison: JSON, CSV (one row per village) or a text table. 输出政策比较报告。 */
export function renderCompare(report: CompareFileReport, format: 'table' | 'json' | 'csv', names: ReadonlyMap<string, string>): { out: string; err: string } {
  if (format === 'json') return { out: JSON.stringify({ ...report, warnings: report.warnings ?? [] }, null, 2), err: '' };
  const c = report.comparison;
  if (format === 'csv') {
    const header = ['villageCode', 'name', 'households', 'changed', 'noLongerCompliant', 'newlyCompliant', ...CHECK_NAMES.map((k) => `changed.${k}`)];
    const rows = c.villages.map((v) =>
      [v.villageCode, names.get(v.villageCode) ?? '', v.households, v.changed, v.noLongerCompliant, v.newlyCompliant, ...CHECK_NAMES.map((k) => v.byCheck[k])]
        .map((x) => csvField(x))
        .join(','),
    );
    const lines = [...warningSection([[undefined, report.warnings]]), ...rejectionLines(report.rejections)];
    const err = lines.length > 0 ? `${lines.join('\n')}\n` : '';
    return { out: [header.join(','), ...rows].join('\n'), err };
  }
  const parts = [
    `${tableLabel('compare/title')} — ${c.policies.a} → ${c.policies.b}，${tableLabel('table/as-of')}: ${report.asOf}`,
    `${tableLabel('table/records')}: ${report.input.records}   ${tableLabel('table/assessed')}: ${report.input.valid}   ${tableLabel('table/rejected')}: ${report.input.rejected}`,
    `${tableLabel('compare/changed')}: ${c.changed}   ${tableLabel('compare/no-longer-compliant')}: ${c.noLongerCompliant}   ${tableLabel('compare/newly-compliant')}: ${c.newlyCompliant}`,
    '',
    textTable(
      [...(['col/village-code', 'col/name', 'col/hh', 'compare/col-changed', 'compare/col-no-longer', 'compare/col-newly'] as const).map((k) => tableLabel(k)), ...CHECK_NAMES.map((k) => `${CHECK_SHORT_ZH[k]}Δ`)],
      c.villages.map((v) => [v.villageCode, names.get(v.villageCode) ?? '', v.households, v.changed, v.noLongerCompliant, v.newlyCompliant, ...CHECK_NAMES.map((k) => v.byCheck[k])]),
    ),
  ];
  if (c.list.length > 0) {
    parts.push('', `${tableLabel('compare/households')} (${c.list.length})`);
    for (const h of c.list) {
      // Checks and verdicts by their Chinese labels, as tuopin diff's table shows them.
      const checks = h.checks.map((k) => `${reportText(`check/${k.check}`)['zh-CN']} ${reportText(`check-status/${k.a}`)['zh-CN']}→${reportText(`check-status/${k.b}`)['zh-CN']}`).join('; ');
      const yes = (b: boolean) => tableZh(b ? 'diff/yes' : 'diff/no');
      parts.push(`${h.householdId} (${h.villageCode}): ${tableLabel('diff/compliant')} ${yes(h.compliant.a)}→${yes(h.compliant.b)}${checks === '' ? '' : `; ${checks}`}`);
    }
  }
  const warned = warningSection([[undefined, report.warnings]]);
  if (warned.length > 0) parts.push('', ...warned);
  if (report.rejections.length > 0) parts.push('', `${tableLabel('table/rejected-records')} (${report.rejections.length})`, ...rejectionLines(report.rejections));
  return { out: parts.join('\n'), err: '' };
}
