import { createPolicyComparison, type PolicyComparison } from '../../audit/compare-policies';
import { CHECK_NAMES } from '../../household/assessment';
import type { Policy } from '../../policy/schema';
import type { Rejection } from '../assess-records';
import type { CliIo } from '../cli-io';
import { createProgressBar } from '../progress';
import { csvField, textTable } from '../text-table';
import { CHECK_SHORT_ZH, rejectionLines } from './assess';
import { validHouseholds, type RegisterInputCounts } from './register-input';

/** The result of `tuopin assess FILE --compare-policy other.json`. 政策比较结果。 */
export interface CompareFileReport {
  readonly asOf: string;
  readonly input: RegisterInputCounts;
  readonly comparison: PolicyComparison;
  readonly rejections: readonly Rejection[];
}

/**
 * Reads a register file as a stream and assesses every valid household under both policies
 * (`createPolicyComparison`), on one thread. 流式读取户表，每户在两套政策下各评估一次。
 */
export async function compareFile(
  file: string,
  options: { readonly asOf: string; readonly policy: Policy; readonly other: Policy; readonly quiet?: boolean | undefined },
  io?: CliIo,
): Promise<CompareFileReport> {
  const compare = createPolicyComparison(options.policy, options.other, { asOf: options.asOf });
  const counts: RegisterInputCounts = { records: 0, valid: 0, rejected: 0 };
  const rejections: Rejection[] = [];
  const progress = io === undefined ? undefined : createProgressBar(io.stderr, { quiet: options.quiet === true, now: io.now });
  try {
    for await (const household of validHouseholds(file, counts, (r) => rejections.push(r), (b, t) => progress?.update(b, t, counts.records))) {
      compare.add(household);
    }
  } finally {
    progress?.finish();
  }
  return { asOf: options.asOf, input: counts, comparison: compare.result(), rejections };
}

/** Renders a comparison: JSON, CSV (one row per village) or a text table. 输出政策比较报告。 */
export function renderCompare(report: CompareFileReport, format: 'table' | 'json' | 'csv', names: ReadonlyMap<string, string>): { out: string; err: string } {
  if (format === 'json') return { out: JSON.stringify(report, null, 2), err: '' };
  const c = report.comparison;
  if (format === 'csv') {
    const header = ['villageCode', 'name', 'households', 'changed', 'noLongerCompliant', 'newlyCompliant', ...CHECK_NAMES.map((k) => `changed.${k}`)];
    const rows = c.villages.map((v) =>
      [v.villageCode, names.get(v.villageCode) ?? '', v.households, v.changed, v.noLongerCompliant, v.newlyCompliant, ...CHECK_NAMES.map((k) => v.byCheck[k])]
        .map((x) => csvField(x))
        .join(','),
    );
    const err = report.rejections.length > 0 ? `${rejectionLines(report.rejections).join('\n')}\n` : '';
    return { out: [header.join(','), ...rows].join('\n'), err };
  }
  const parts = [
    `政策比较 Policy comparison — ${c.policies.a} → ${c.policies.b}，评估日期 as of: ${report.asOf}`,
    `记录 records: ${report.input.records}   已评估 assessed: ${report.input.valid}   未通过校验 rejected: ${report.input.rejected}`,
    `判定变化 changed: ${c.changed}   不再达标 no longer compliant: ${c.noLongerCompliant}   新达标 newly compliant: ${c.newlyCompliant}`,
    '',
    textTable(
      ['村代码 village', '名称 name', '户 hh', '变化 changed', '不再达标 no longer', '新达标 newly', ...CHECK_NAMES.map((k) => `${CHECK_SHORT_ZH[k]}Δ`)],
      c.villages.map((v) => [v.villageCode, names.get(v.villageCode) ?? '', v.households, v.changed, v.noLongerCompliant, v.newlyCompliant, ...CHECK_NAMES.map((k) => v.byCheck[k])]),
    ),
  ];
  if (c.list.length > 0) {
    parts.push('', `判定变化的户 Households that change (${c.list.length})`);
    for (const h of c.list) {
      const checks = h.checks.map((k) => `${k.check} ${k.a}→${k.b}`).join('; ');
      parts.push(`${h.householdId} (${h.villageCode}): compliant ${h.compliant.a}→${h.compliant.b}${checks === '' ? '' : `; ${checks}`}`);
    }
  }
  if (report.rejections.length > 0) parts.push('', `未通过校验的记录 Rejected records (${report.rejections.length})`, ...rejectionLines(report.rejections));
  return { out: parts.join('\n'), err: '' };
}
