import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { elementGaps, type ElementGap } from '../../industry/element-gaps';
import { linkageCoverage, type LinkageCoverage } from '../../industry/linkage-coverage';
import { planSummary, type PlanSummary, type PlanTargets, type TargetStatus } from '../../industry/plan-summary';
import { formatPercent } from '../../region/exact-rate';
import { formatCount } from '../../report/format';
import { bilingual, reportText } from '../../report/catalog';
import { reductionProgress, type ReductionProgress } from '../../industry/reduction-progress';
import { IndustryPlanSchema, ZoneKindSchema, ZoneSchema, type IndustryPlan, type Zone, type ZoneKind } from '../../industry/schema';
import { NonNegativeYuanSchema, TextSchema, divisionCodeSchema } from '../../validation/fields';
import { validate, type ValidationIssue } from '../../validation/issues';
import { rejectionOf, type Rejection } from '../assess-records';
import { UsageError } from '../cli-io';
import { PLAN_COLUMNS } from '../columns';
import { InputError } from '../input-error';
import { nodeMessage, printable, readWarning, type ReadWarning } from '../messages';
import { formatOf, jsonErrorDetail, readRecords, type ReadOptions, type RowGroup } from '../read-records';
import { TABLE_WIDTH, textTable, wrapText } from '../text-table';
import { rejectionLines, warningLines } from './assess';
import { tableHeader, tableLabel, tableZh } from '../tables/catalog';

export interface PlanReport {
  readonly summary: PlanSummary;
  readonly reduction: ReductionProgress;
  readonly elementGaps: readonly ElementGap[];
  readonly linkage?: LinkageCoverage;
  /** Warnings about the file's layout or encoding (a plan table); none for a JSON plan. */
  readonly warnings?: readonly ReadWarning[];
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
    if (m === null) throw UsageError.of('usage/target', { value: printable(JSON.stringify(value), 40) }, 'plan');
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

/** Options of {@link readPlanFile}: the reader's, and the plan fields a table may lack. */
export interface PlanReadOptions extends Pick<ReadOptions, 'encoding' | 'sheet' | 'strictColumns' | 'onWarning'> {
  /** 县代码 (6 digits) of a plan table; wins over a 县代码 column. */
  readonly countyCode?: string | undefined;
  /** 规划年度 of a plan table; wins over a 规划年度 column. */
  readonly year?: number | undefined;
}

/** A plan read from a file, with the per-zone targets its table gives (目标亩产值) and the warnings. */
export interface PlanFile {
  readonly plan: IndustryPlan;
  readonly targets: PlanTargets;
  readonly warnings: readonly ReadWarning[];
}

/** Zones of plantings: one row per planting, the zone's cells on its first row or merged. */
const ZONE_GROUP: RowGroup = {
  idKey: 'zoneId',
  itemsKey: 'plantings',
  codes: { split: 'input/split-zone', inconsistent: 'input/inconsistent-zone-rows', carried: 'warn/zone-carried-down', absent: 'warn/missing-plan-columns' },
};

/** The plan-level and target cells of a table row, beside the zone's own fields. */
const PlanRowSchema = z.object({
  targetPerMu: NonNegativeYuanSchema.optional(),
  countyCode: divisionCodeSchema('county').optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  planId: TextSchema.optional(),
});

const PLAN_FIELDS = [
  ['countyCode', '县代码'],
  ['year', '规划年度'],
  ['planId', '规划编号'],
] as const;

function invalidPlan(file: string, rejections: readonly Rejection[]): InputError {
  const count = rejections.reduce((n, r) => n + r.issues.length, 0);
  const head = nodeMessage('read/plan-invalid', { count });
  const lines = rejectionLines(rejections).join('\n');
  return new InputError(file, { 'zh-CN': head['zh-CN'], en: `${head.en}\n${lines}` }, undefined, 'read/plan-invalid');
}

async function readPlanJson(file: string): Promise<IndustryPlan> {
  let json: unknown;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw InputError.of(file, 'read/cannot-read', { reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw InputError.of(file, 'read/plan-json', jsonErrorDetail(error));
  }
  const result = validate(IndustryPlanSchema, json);
  if (!result.ok) throw invalidPlan(file, [{ index: 0, issues: result.issues }]);
  return result.value;
}

async function readPlanTable(file: string, options: PlanReadOptions): Promise<PlanFile> {
  const warnings: ReadWarning[] = [];
  const onWarning = (w: ReadWarning) => {
    warnings.push(w);
    options.onWarning?.(w);
  };
  const zones: Zone[] = [];
  const rejections: Rejection[] = [];
  const byZoneId: Record<string, number> = {};
  const fields: Record<string, { value: string | number; row: number }> = {};
  const read = readRecords(file, {
    columns: PLAN_COLUMNS,
    group: ZONE_GROUP,
    encoding: options.encoding,
    sheet: options.sheet,
    strictColumns: options.strictColumns,
    onWarning,
  });
  for await (const item of read) {
    const issues: ValidationIssue[] = [...(item.issues ?? [])];
    const record = (item.record ?? {}) as Record<string, unknown>;
    // Place names are recognised columns, not fields of a zone (its villages are codes).
    const { targetPerMu, countyCode, year, planId, townshipName: _t, villageName: _v, ...zone } = record;
    const meta = validate(PlanRowSchema, { targetPerMu, countyCode, year, planId });
    if (!meta.ok) issues.push(...meta.issues);
    const result = validate(ZoneSchema, zone);
    if (!result.ok) issues.push(...result.issues);
    if (issues.length > 0 || !result.ok || !meta.ok) {
      rejections.push(rejectionOf(item, issues));
      continue;
    }
    zones.push(result.value);
    if (meta.value.targetPerMu !== undefined) byZoneId[result.value.id] = meta.value.targetPerMu;
    for (const [key, column] of PLAN_FIELDS) {
      const value = meta.value[key];
      if (value === undefined) continue;
      const seen = fields[key];
      if (seen === undefined) fields[key] = { value, row: item.row };
      else if (seen.value !== value) throw InputError.of(file, 'read/plan-conflict', { row: item.row, first: seen.row, column, key }, item.row);
    }
  }
  if (rejections.length > 0) throw invalidPlan(file, rejections);
  onWarning(readWarning('warn/plan-table-parts', file));
  const county = options.countyCode ?? (fields.countyCode?.value as string | undefined);
  const year = options.year ?? (fields.year?.value as number | undefined);
  const column = Object.fromEntries(PLAN_FIELDS) as Readonly<Record<(typeof PLAN_FIELDS)[number][0], string>>;
  const lacking = [...(county === undefined ? [`${column.countyCode} (countyCode)`] : []), ...(year === undefined ? [`${column.year} (year)`] : [])];
  if (lacking.length > 0) throw InputError.of(file, 'read/plan-county-year', { fields: lacking });
  const candidate = { id: (fields.planId?.value as string | undefined) ?? `${county}-${year}`, countyCode: county, year, zones };
  const plan = validate(IndustryPlanSchema, candidate);
  if (!plan.ok) throw invalidPlan(file, [{ index: 0, issues: plan.issues }]);
  return { plan: plan.value, targets: { byZoneId }, warnings };
}

/**
 * Reads an industry plan: a JSON object (the `IndustryPlan` record), or a table (.csv, .xlsx,
 * .xls, .ods) of one row per planting, with Chinese or English columns (`PLAN_COLUMNS`), read by
 * the same readers as the register: encoding guessed (GBK, GB18030, UTF-16) or forced, title rows
 * and two-row headers found, merged zone cells carried down, unknown and missing columns reported
 * as warnings (errors with `strictColumns`). A table gives zones and plantings; its 目标亩产值
 * column becomes per-zone `targets`; county code and year come from columns or the options.
 * 读取产业规划：JSON 对象，或每行一个种植项目的表格（中文或英文列名），与户表使用同一读取器。
 *
 * @throws {InputError} when the file is unreadable, a table lacks a required column, names two
 *   counties or years, or the plan is invalid (every issue listed, with its row)
 */
export async function readPlanFile(file: string, options: PlanReadOptions = {}): Promise<PlanFile> {
  const format = formatOf(file);
  if (format === 'csv' || format === 'xlsx' || format === 'xls' || format === 'ods') return readPlanTable(file, options);
  return { plan: await readPlanJson(file), targets: {}, warnings: [] };
}

/**
 * Reads a plan file (a JSON object, or a table as {@link readPlanFile} reads it) and validates it.
 * @throws {InputError} when the file is unreadable or the plan invalid (every issue listed)
 */
export async function loadPlan(file: string, options: PlanReadOptions = {}): Promise<IndustryPlan> {
  return (await readPlanFile(file, options)).plan;
}

/**
 * Reads a plan file and builds its report: the table's per-zone targets (目标亩产值) under the
 * `targets` given (a `--target ZONE_ID=YUAN` wins over the table's; a zone's own target wins over
 * one for its kind). 读取规划文件并生成报告。
 * @throws {InputError} as {@link readPlanFile}
 */
export async function planFile(
  file: string,
  options: PlanReadOptions & { readonly targets?: PlanTargets; readonly poorHouseholds?: number | undefined } = {},
): Promise<PlanReport> {
  const read = await readPlanFile(file, options);
  const given = options.targets ?? {};
  const targets: PlanTargets = { byKind: given.byKind ?? {}, byZoneId: { ...read.targets.byZoneId, ...given.byZoneId } };
  return { ...planReport(read.plan, targets, options.poorHouseholds), warnings: read.warnings };
}

/** Renders a plan report as JSON or text (warnings in a section of their own). 输出规划报告。 */
export function renderPlan(report: PlanReport, format: 'table' | 'json'): string {
  if (format === 'json') return JSON.stringify({ ...report, warnings: report.warnings ?? [] }, null, 2);
  const warnings = report.warnings ?? [];
  const section = warnings.length === 0 ? '' : `\n\n${tableLabel('table/warnings')} (${warnings.length})\n${warningLines(warnings).join('\n')}`;
  return renderPlanTable(report) + section;
}

/** Renders a plan report as text. */
export function renderPlanTable(report: PlanReport): string {
  const s = report.summary;
  const status = (st: TargetStatus) => bilingual(`target-status/${st}`);
  const mu = tableZh('unit/mu');
  const yuan = tableZh('unit/yuan');
  const share = (r: { numerator: number; denominator: number } | null | undefined) => (r === null || r === undefined || r.denominator === 0 ? '-' : formatPercent(r.numerator, r.denominator));
  const parts = [
    `${tableLabel('plan/title')} ${s.planId}`,
    '',
    textTable(
      (['plan/zone', 'col/name', 'plan/kind', 'plan/land-mu', 'plan/sown-mu', 'plan/output-yuan', 'plan/per-mu-yuan', 'plan/target', 'plan/verdict', 'plan/gap-yuan', 'plan/conversion'] as const).map((c) => tableHeader(c)),
      s.zones.map((z) => {
        const a = z.assessment;
        const conversion =
          a?.conversion === undefined
            ? ''
            : `${a.conversion.fromCrop}→${a.conversion.toCrop} ${formatCount(a.conversion.mu)} ${mu}${a.conversion.sufficient ? '' : `（${tableLabel('plan/insufficient')}）`}`;
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
    // 坝区 under the policy's minimum area: said under the table, in the catalog's words.
    ...s.zones.flatMap((z) => (z.baziArea?.status === 'unmet' ? z.baziArea.reasons.map((r) => `  ! ${z.zoneId}: ${r.message['zh-CN']} / ${r.message.en}`) : [])),
    '',
    `${tableLabel('plan/total')}: ${tableLabel('plan/land')} ${formatCount(s.totals.landMu)} ${mu}, ${tableLabel('plan/sown')} ${formatCount(s.totals.sownMu)} ${mu}, ${tableLabel('plan/output')} ${formatCount(s.totals.outputValue)} ${yuan}, ${tableLabel('plan/per-mu')} ${s.totals.outputValuePerMu === null ? '-' : formatCount(s.totals.outputValuePerMu)} ${yuan}; ${status(s.totals.status)}`,
    '',
    textTable(
      (['plan/industry', 'plan/sown-mu', 'plan/output-yuan'] as const).map((c) => tableLabel(c)),
      s.byIndustry.map((i) => [bilingual(`industry/${i.industry}`), i.sownMu, i.outputValue]),
    ),
    '',
    `${tableLabel('plan/reduction')}: ${tableLabel('plan/patches')} ${formatCount(report.reduction.total)} (${bilingual('patch-status/pending')} ${formatCount(report.reduction.pending)}, ${bilingual('patch-status/converted')} ${formatCount(report.reduction.converted)}, ${bilingual('patch-status/verified')} ${formatCount(report.reduction.verified)})`,
    `  ${tableLabel('plan/cleared-area')} ${formatCount(report.reduction.clearedAreaMu)}/${formatCount(report.reduction.areaMu)} ${mu} (${share(report.reduction.clearedShare)}); ${tableLabel(report.reduction.cleared ? 'plan/all-cleared' : 'plan/not-cleared')}`,
    `${tableLabel('plan/elements')}: ${report.elementGaps.length === 0 ? tableLabel('plan/all-done') : report.elementGaps.map((g) => `${g.zh}(${bilingual(`element-status/${g.status}`)})`).join('、')}`,
  ];
  if (report.linkage !== undefined) {
    parts.push(
      `${tableLabel('plan/linkage')}: ${formatCount(report.linkage.linkedPoorHouseholds)}/${formatCount(report.linkage.poorHouseholds)} ${tableLabel('plan/poor-households')} (${share(report.linkage.share)})${report.linkage.capped ? `（${tableLabel('plan/capped')}）` : ''}`,
      ...wrapText(report.linkage.note['zh-CN'], TABLE_WIDTH, '  '),
    );
  }
  return parts.join('\n');
}
