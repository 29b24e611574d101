import type { DateInput } from '../calendar/china-date';
import type { Policy } from '../policy/schema';
import type { Check } from '../reasons/types';
import { baziAreaCheck, type BaziAreaCode } from './bazi-area';
import { decimalToNumber, fenToYuanExact, sumDecimals, type Decimal } from './exact';
import { INDUSTRIES, type Industry, type IndustryPlan, type ZoneKind } from './schema';
import { assessFigures, type ZoneTargetAssessment } from './target-figures';
import { outputOf, perMuFen, zoneFigures, type ZoneOutput } from './zone-figures';
import { INDUSTRY_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * Per-亩 targets (yuan per 亩) by zone kind and by zone id; a zone id's target wins over its kind's.
 * There is no default figure: a zone with no target is reported as `'no-target'`.
 * 各类区块或各区块的亩均产值目标（元/亩）；按区块编号给出的优先。没有默认目标。
 */
export interface PlanTargets {
  readonly byKind?: Readonly<Partial<Record<ZoneKind, number>>>;
  readonly byZoneId?: Readonly<Record<string, number>>;
}

/** 达标 / 未达标 / 无目标. */
export type TargetStatus = 'met' | 'unmet' | 'no-target';

/** One zone of a plan summary. 区块汇总。 */
export interface ZoneSummary extends ZoneOutput {
  readonly zoneId: string;
  readonly name: string;
  readonly kind: ZoneKind;
  /** The target applied (元/亩), `undefined` when none. */
  readonly targetPerMu: number | undefined;
  /** Whether the target is reached (≥); `undefined` when there is no target. */
  readonly met: boolean | undefined;
  readonly status: TargetStatus;
  /** The full assessment (gaps, conversion, reasons) when there is a target. */
  readonly assessment: ZoneTargetAssessment | undefined;
  /** For a 坝区: whether it reaches the policy's minimum area (`baziAreaCheck`); `undefined` for other zones. */
  readonly baziArea: Check<BaziAreaCode> | undefined;
}

/** Options of {@link planSummary}. */
export interface PlanSummaryOptions {
  /** Per-亩 targets by zone id and by zone kind (no default). */
  readonly targets?: PlanTargets | undefined;
  /** The policy whose 坝区 minimum area applies (default {@link defaultPolicy}). */
  readonly policy?: Policy | undefined;
  /** The day whose policy applies (default the last day of the plan's year). */
  readonly asOf?: DateInput | undefined;
}

/** Area and output value of one industry across the plan. 分产业汇总。 */
export interface IndustrySummary {
  readonly industry: Industry;
  /** 播种面积（亩）. */
  readonly sownMu: number;
  /** 产值（元）. */
  readonly outputValue: number;
}

/** The plan's totals. 规划合计。 */
export interface PlanTotals {
  readonly landMu: number;
  readonly sownMu: number;
  readonly outputValue: number;
  /** Total output value ÷ total land, rounded to the fen; `null` for a plan without zones. */
  readonly outputValuePerMu: number | null;
  /** Zones that have a target, and how many of them reach it. */
  readonly zonesWithTarget: number;
  readonly zonesMet: number;
  /** Every zone with a target reaches it; `undefined` when no zone has a target. */
  readonly met: boolean | undefined;
  readonly status: TargetStatus;
}

/** A plan summary. 产业规划汇总。 */
export interface PlanSummary {
  readonly planId: string;
  readonly zones: readonly ZoneSummary[];
  readonly totals: PlanTotals;
  /** By industry, in the order of `INDUSTRIES`; only industries present; no industry → `other`. */
  readonly byIndustry: readonly IndustrySummary[];
}

function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Summarises an industry plan: for each zone and for the whole plan, land area, sown area, output
 * value, output value per 亩 (output ÷ land) and whether the per-亩 target is reached (≥, decided
 * exactly as in `assessZoneTarget`); by industry, sown area and output value. Targets are inputs:
 * by zone id, else by zone kind, else none (`'no-target'`). The plan `met` is true when every zone
 * with a target reaches it. Areas are added exactly as decimals and returned as the nearest number
 * (0.1 + 0.2 亩 gives 0.3); money is added in integer fen.
 *
 * 产业规划汇总：各区块及全规划的土地面积、播种面积、产值、亩均产值（产值 ÷ 土地面积）以及是否
 * 达到亩均产值目标（≥，精确判定）；分产业的播种面积和产值（未填产业的计入 `other`）。目标为输入：
 * 先按区块编号，再按区块类型，都没有则为“无目标”。全规划 `met` 为所有有目标的区块均达标。
 *
 * @param plan - a validated industry plan
 * @param options - `targets`: per-亩 targets by zone id and by zone kind; `policy` and `asOf`
 *   (default the plan year's last day) for the 坝区 minimum area, reported per zone as `baziArea`
 * @returns `{ planId, zones, totals, byIndustry }`
 * @throws {DomainError} as `zoneOutput` and `assessZoneTarget`; `industry/unknown-target-zone`
 *   when `targets.byZoneId` names a zone the plan does not have (a mistyped id would otherwise
 *   drop a target silently)
 * @example
 * planSummary(plan, { targets: { byKind: { bazi: 8000 } } }).totals
 * //=> { landMu: 600, sownMu: 600, outputValue: 2280000, outputValuePerMu: 3800,
 * //     zonesWithTarget: 1, zonesMet: 0, met: false, status: 'unmet' }
 */
export function planSummary(plan: IndustryPlan, options: PlanSummaryOptions = {}): PlanSummary {
  const asOf = options.asOf ?? `${plan.year}-12-31`;
  const targets = options.targets ?? {};
  const ids = new Set(plan.zones.map((zone) => zone.id));
  for (const id of Object.keys(targets.byZoneId ?? {})) {
    if (!ids.has(id)) {
      throw catalogError(INDUSTRY_ERRORS, 'industry/unknown-target-zone', { plan: plan.id, zone: id });
    }
  }

  const figures = plan.zones.map(zoneFigures);
  const zones = figures.map((f): ZoneSummary => {
    const targetPerMu = ownValue(targets.byZoneId, f.zone.id) ?? ownValue(targets.byKind, f.zone.kind);
    const assessment = targetPerMu === undefined ? undefined : assessFigures(f, targetPerMu);
    return {
      zoneId: f.zone.id,
      name: f.zone.name,
      kind: f.zone.kind,
      ...outputOf(f),
      targetPerMu: assessment?.targetPerMu,
      met: assessment?.met,
      status: assessment === undefined ? 'no-target' : assessment.met ? 'met' : 'unmet',
      assessment,
      baziArea: baziAreaCheck(f.zone, { policy: options.policy, asOf }),
    };
  });

  const land = sumDecimals(figures.map((f) => f.land));
  let totalFen = 0n;
  for (const f of figures) totalFen += f.totalFen;
  const withTarget = zones.filter((z) => z.met !== undefined);
  const zonesMet = withTarget.filter((z) => z.met === true).length;
  const met = withTarget.length === 0 ? undefined : zonesMet === withTarget.length;
  const totals: PlanTotals = {
    landMu: decimalToNumber(land),
    sownMu: decimalToNumber(sumDecimals(figures.map((f) => f.sown))),
    outputValue: fenToYuanExact(totalFen, 'output-value', { plan: plan.id }),
    outputValuePerMu: land.n === 0n ? null : fenToYuanExact(perMuFen(totalFen, land), 'output-value-per-mu', { plan: plan.id }),
    zonesWithTarget: withTarget.length,
    zonesMet,
    met,
    status: met === undefined ? 'no-target' : met ? 'met' : 'unmet',
  };

  const byIndustry = new Map<Industry, { sown: Decimal[]; fen: bigint }>();
  for (const f of figures) {
    for (const p of f.plantings) {
      const industry = p.planting.industry ?? 'other';
      const entry = byIndustry.get(industry) ?? { sown: [], fen: 0n };
      entry.sown.push(p.area);
      entry.fen += p.totalFen;
      byIndustry.set(industry, entry);
    }
  }
  const industries = INDUSTRIES.flatMap((industry): IndustrySummary[] => {
    const entry = byIndustry.get(industry);
    if (entry === undefined) return [];
    return [
      {
        industry,
        sownMu: decimalToNumber(sumDecimals(entry.sown)),
        outputValue: fenToYuanExact(entry.fen, 'industry-output-value', { plan: plan.id, industry }),
      },
    ];
  });

  return { planId: plan.id, zones, totals, byIndustry: industries };
}
