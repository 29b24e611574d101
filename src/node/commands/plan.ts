import { readFile } from 'node:fs/promises';
import { elementGaps, type ElementGap } from '../../industry/element-gaps';
import { linkageCoverage, type LinkageCoverage } from '../../industry/linkage-coverage';
import { planSummary, type PlanSummary, type PlanTargets, type TargetStatus } from '../../industry/plan-summary';
import { formatPercent } from '../../region/exact-rate';
import { formatCount } from '../../report/format';
import { bilingual, reportText } from '../../report/messages';
import { reductionProgress, type ReductionProgress } from '../../industry/reduction-progress';
import { IndustryPlanSchema, ZoneKindSchema, type IndustryPlan, type ZoneKind } from '../../industry/schema';
import { validate } from '../../validation/issues';
import { UsageError } from '../cli-io';
import { InputError } from '../input-error';
import { jsonErrorDetail } from '../read-records';
import { TABLE_WIDTH, textTable, wrapText } from '../text-table';

export interface PlanReport {
  readonly summary: PlanSummary;
  readonly reduction: ReductionProgress;
  readonly elementGaps: readonly ElementGap[];
  readonly linkage?: LinkageCoverage;
}

/**
 * Parses `--target` values: `KIND=YUAN` for a zone kind (`bazi=8000`) or `ZONE_ID=YUAN` for one
 * zone. 解析 --target 参数。
 * @throws {UsageError} on a malformed value
 */
export function parseTargets(values: readonly string[]): PlanTargets {
  const byKind: Partial<Record<ZoneKind, number>> = {};
  const byZoneId: Record<string, number> = {};
  for (const value of values) {
    const m = /^([^=]+)=(\d+(?:\.\d{1,2})?)$/.exec(value.trim());
    if (m === null) throw new UsageError(`--target takes KIND=YUAN or ZONE_ID=YUAN, e.g. bazi=8000 (got ${JSON.stringify(value)})`);
    const key = m[1]!.trim();
    const yuan = Number(m[2]);
    if (ZoneKindSchema.safeParse(key).success) byKind[key as ZoneKind] = yuan;
    else byZoneId[key] = yuan;
  }
  return { byKind, byZoneId };
}

/** Builds the plan report. 生成产业规划报告。 */
export function planReport(plan: IndustryPlan, targets: PlanTargets, poorHouseholds?: number): PlanReport {
  const report = {
    summary: planSummary(plan, { targets }),
    reduction: reductionProgress(plan.patches ?? []),
    elementGaps: elementGaps(plan),
  };
  return poorHouseholds === undefined ? report : { ...report, linkage: linkageCoverage(plan, { poorHouseholds }) };
}

/**
 * Reads a plan file (one JSON object) and validates it.
 * @throws {InputError} when the file is unreadable or the plan invalid (every issue listed)
 */
export async function loadPlan(file: string): Promise<IndustryPlan> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code !== undefined ? `cannot read the file / 无法读取文件 (${code})` : `not valid JSON / 不是合法的 JSON: ${jsonErrorDetail(error)}`);
  }
  const result = validate(IndustryPlanSchema, json);
  if (!result.ok) {
    throw new InputError(
      file,
      `invalid plan / 规划无效:\n${result.issues.map((i) => `  - ${i.path.join('.') || '(plan)'} [${i.code}] ${i.message['zh-CN']} / ${i.message.en}`).join('\n')}`,
    );
  }
  return result.value;
}

/** Renders a plan report as text. */
export function renderPlanTable(report: PlanReport): string {
  const s = report.summary;
  const status = (st: TargetStatus) => bilingual(`target-status/${st}`);
  const share = (r: { numerator: number; denominator: number } | null | undefined) => (r === null || r === undefined || r.denominator === 0 ? '-' : formatPercent(r.numerator, r.denominator));
  const parts = [
    `产业规划 Industry plan ${s.planId}`,
    '',
    textTable(
      [['区块', 'zone'], ['名称', 'name'], ['类型', 'kind'], ['土地(亩)', 'land'], ['播种(亩)', 'sown'], ['产值(元)', 'output'], ['亩均(元)', 'per mu'], ['目标', 'target'], ['结论', 'verdict'], ['缺口(元)', 'gap'], ['调减建议', 'conversion']],
      s.zones.map((z) => {
        const a = z.assessment;
        const conversion =
          a?.conversion === undefined
            ? ''
            : `${a.conversion.fromCrop}→${a.conversion.toCrop} ${formatCount(a.conversion.mu)} 亩${a.conversion.sufficient ? '' : '（不足 insufficient）'}`;
        return [
          z.zoneId,
          z.name,
          reportText(`zone-kind/${z.kind}`)['zh-CN'],
          z.landMu,
          z.sownMu,
          z.outputValue,
          z.outputValuePerMu ?? '-',
          z.targetPerMu ?? '-',
          status(z.status),
          a === undefined ? '-' : a.gapPerMu,
          conversion,
        ];
      }),
    ),
    '',
    `合计 total: 土地 land ${formatCount(s.totals.landMu)} 亩, 播种 sown ${formatCount(s.totals.sownMu)} 亩, 产值 output ${formatCount(s.totals.outputValue)} 元, 亩均 per mu ${s.totals.outputValuePerMu === null ? '-' : formatCount(s.totals.outputValuePerMu)} 元; ${status(s.totals.status)}`,
    '',
    textTable(
      ['产业 industry', '播种(亩) sown', '产值(元) output'],
      s.byIndustry.map((i) => [bilingual(`industry/${i.industry}`), i.sownMu, i.outputValue]),
    ),
    '',
    `低效作物调减 Reduction: 图斑 patches ${formatCount(report.reduction.total)} (待调减 pending ${formatCount(report.reduction.pending)}, 已调减 converted ${formatCount(report.reduction.converted)}, 已核验 verified ${formatCount(report.reduction.verified)})`,
    `  清零面积 cleared ${formatCount(report.reduction.clearedAreaMu)}/${formatCount(report.reduction.areaMu)} 亩 (${share(report.reduction.clearedShare)}); ${report.reduction.allCleared ? '已清零 all cleared' : '未清零 not cleared'}`,
    `八要素 Eight elements: ${report.elementGaps.length === 0 ? '全部落实 all done' : report.elementGaps.map((g) => `${g.zh}(${bilingual(`element-status/${g.status}`)})`).join('、')}`,
  ];
  if (report.linkage !== undefined) {
    parts.push(
      `利益联结 Benefit linkage: ${formatCount(report.linkage.linkedPoorHouseholds)}/${formatCount(report.linkage.poorHouseholds)} 贫困户 poor households (${share(report.linkage.share)})${report.linkage.capped ? ' capped' : ''}`,
      ...wrapText(report.linkage.note['zh-CN'], TABLE_WIDTH, '  '),
    );
  }
  return parts.join('\n');
}
