import { z } from 'zod';
import { isCalendarDate } from '../calendar/calendar-date';
import { CalendarDateSchema, NonNegativeYuanSchema, TextSchema, YuanSchema, divisionCodeSchema } from '../validation/fields';
import { addIssue } from '../validation/issues';
import { jsonSchemaExtras } from '../validation/fields';
import { isMonth } from './month';

// 防止返贫监测 records: the monitoring record of a household and the events of its workflow.
// Chinese labels of every value: ./labels.ts. Rules and sources: docs/monitoring.md.

/** A month written `YYYY-MM` (首次识别时间, 风险识别时间, 风险消除时间). 月份。 */
export const MonthSchema = z.string().superRefine((value, ctx) => {
  if (!isMonth(value)) addIssue(ctx, 'month/invalid', []);
});
jsonSchemaExtras.add(MonthSchema, { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });

/** 监测对象类型: 脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户. */
export const MonitoringTypeSchema = z.enum(['unstable-exited', 'marginal', 'sudden-hardship']);
export type MonitoringType = z.infer<typeof MonitoringTypeSchema>;

/**
 * 风险类型: 因病 / 因残 / 因学 / 因灾 / 因意外事故 / 因产业失败 / 因务工就业不稳 / 缺劳动力 /
 * 住房出现安全问题 / 饮水安全问题 / 其他.
 */
export const RiskTypeSchema = z.enum([
  'illness',
  'disability',
  'schooling',
  'disaster',
  'accident',
  'industry-failure',
  'unstable-employment',
  'labour-shortage',
  'housing-safety',
  'water-safety',
  'other',
]);
export type RiskType = z.infer<typeof RiskTypeSchema>;

/** One risk of a household: its type and, for 因灾, the kind of disaster (e.g. 洪涝). 风险。 */
export const RiskSchema = z
  .object({
    type: RiskTypeSchema,
    /** 灾害类型 (因灾 only), as the register words it. */
    disasterKind: TextSchema.optional(),
  })
  .strict()
  .superRefine((risk, ctx) => {
    if (risk.type === 'disaster' && risk.disasterKind === undefined) {
      addIssue(ctx, 'risk/disaster-kind-required', ['disasterKind']);
    }
    if (risk.type !== 'disaster' && risk.disasterKind !== undefined) {
      addIssue(ctx, 'risk/disaster-kind-unexpected', ['disasterKind']);
    }
  });
export type Risk = z.infer<typeof RiskSchema>;

/** 发现方式: 农户自主申报 / 干部排查 / 部门筛查预警. */
export const FoundBySchema = z.enum(['self-reported', 'cadre-screening', 'department-warning']);
export type FoundBy = z.infer<typeof FoundBySchema>;

/**
 * 监测流程状态: 已识别（待村评议） / 村评议 / 乡镇审核 / 县确定 / 帮扶中 / 风险已消除 / 未纳入.
 */
export const MonitoringStateSchema = z.enum([
  'identified',
  'village-reviewed',
  'township-checked',
  'county-decided',
  'under-assistance',
  'risk-eliminated',
  'not-included',
]);
export type MonitoringState = z.infer<typeof MonitoringStateSchema>;

/** 帮扶措施类别: 产业 / 就业 / 综合保障 / 健康 / 教育 / 住房 / 饮水 / 其他. */
export const MeasureKindSchema = z.enum(['industry', 'employment', 'social-protection', 'health', 'education', 'housing', 'water', 'other']);
export type MeasureKind = z.infer<typeof MeasureKindSchema>;

/** 综合保障 kinds: 低保 / 特困供养 / 残疾人补贴 / 其他. */
export const ProtectionKindSchema = z.enum(['dibao', 'tekun', 'disability-allowance', 'other']);
export type ProtectionKind = z.infer<typeof ProtectionKindSchema>;

/** One assistance measure with the day it started. 帮扶措施。 */
export const MeasureSchema = z
  .object({
    kind: MeasureKindSchema,
    /** 综合保障的具体项目 (social-protection only). */
    protection: ProtectionKindSchema.optional(),
    /** 开始日期 (China's calendar). */
    startedOn: CalendarDateSchema,
    /** 措施说明. */
    description: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((measure, ctx) => {
    if (measure.kind === 'social-protection' && measure.protection === undefined) {
      addIssue(ctx, 'measure/protection-required', ['protection']);
    }
    if (measure.kind !== 'social-protection' && measure.protection !== undefined) {
      addIssue(ctx, 'measure/protection-unexpected', ['protection']);
    }
  });
export type Measure = z.infer<typeof MeasureSchema>;

/** 风险消除方式: 帮扶消除 / 自然消除. */
export const EliminationWaySchema = z.enum(['assisted', 'natural']);
export type EliminationWay = z.infer<typeof EliminationWaySchema>;

/** 风险消除: how and in which month. */
export const EliminationSchema = z.object({ way: EliminationWaySchema, month: MonthSchema }).strict();
export type Elimination = z.infer<typeof EliminationSchema>;

/**
 * Income and spending over the 12 months up to and including `through` (yuan, the household's
 * totals). 近 12 个月家庭收支：纯收入、上一个 12 个月纯收入、合规自付医疗支出、其他刚性支出。
 */
export const TwelveMonthsSchema = z
  .object({
    /** Last month of the 12. 统计截至月份。 */
    through: MonthSchema,
    /** 家庭纯收入 over the 12 months (may be negative after production costs). */
    netIncome: YuanSchema.optional(),
    /** 家庭纯收入 over the 12 months before those, for the sharp-drop test. */
    previousNetIncome: YuanSchema.optional(),
    /** 合规自付医疗支出 (after insurance and assistance). */
    compliantMedicalSpending: NonNegativeYuanSchema.optional(),
    /** 其他刚性支出 (e.g. schooling, disaster repair). */
    otherRigidSpending: NonNegativeYuanSchema.optional(),
  })
  .strict();
export type TwelveMonths = z.infer<typeof TwelveMonthsSchema>;

/** 监测流程事件类型: 村评议 / 乡镇审核 / 县确定 / 落实帮扶措施 / 风险消除 / 不予纳入. */
export const MonitoringEventTypeSchema = z.enum(['village-review', 'township-check', 'county-decision', 'add-measure', 'eliminate-risk', 'reject']);
export type MonitoringEventType = z.infer<typeof MonitoringEventTypeSchema>;

/** 监测流程事件. One step of a monitoring record's workflow. */
export const MonitoringEventSchema = z
  .object({
    type: MonitoringEventTypeSchema,
    /** 日期 (China's calendar). */
    at: CalendarDateSchema,
    /** 经办人 / 决定人. Personal data: masked in every output. */
    by: TextSchema,
    /** 帮扶措施 (add-measure). */
    measure: MeasureSchema.optional(),
    /** 风险消除 (eliminate-risk). */
    elimination: EliminationSchema.optional(),
    /** 理由 (reject). */
    reason: z.string().optional(),
  })
  .strict();
export type MonitoringEvent = z.infer<typeof MonitoringEventSchema>;

/** 防止返贫监测对象记录. The monitoring record of one household. */
export const MonitoringRecordSchema = z
  .object({
    /** 户编号 (the register's household id). */
    householdId: TextSchema,
    /** 所在村 12 位统计用区划代码. */
    villageCode: divisionCodeSchema('village'),
    /** 监测对象类型. */
    type: MonitoringTypeSchema,
    /** 风险类型 1–5. */
    risks: z.array(RiskSchema).min(1).max(5),
    /** 首次识别时间 YYYY-MM. */
    firstIdentifiedMonth: MonthSchema,
    /** 风险识别时间 YYYY-MM (this monitoring period). */
    riskIdentifiedMonth: MonthSchema,
    /** 发现方式. */
    foundBy: FoundBySchema,
    /** 流程状态. */
    state: MonitoringStateSchema,
    /** 信息采集人. Personal data: masked in every output. */
    recordedBy: TextSchema.optional(),
    /** 帮扶措施. */
    measures: z.array(MeasureSchema).default(() => []),
    /** 风险消除 (present exactly when `state` is `risk-eliminated`). */
    elimination: EliminationSchema.optional(),
    /** 近 12 个月收支. */
    twelveMonths: TwelveMonthsSchema.optional(),
    /** 流程事件 (oldest first). */
    history: z.array(MonitoringEventSchema).default(() => []),
  })
  .strict()
  .superRefine((record, ctx) => {
    const seen = new Set<string>();
    record.risks.forEach((risk, index) => {
      const key = `${risk.type}/${risk.disasterKind ?? ''}`;
      if (seen.has(key)) addIssue(ctx, 'monitoring/duplicate-risk', ['risks', index]);
      seen.add(key);
    });
    if (isMonth(record.firstIdentifiedMonth) && isMonth(record.riskIdentifiedMonth) && record.riskIdentifiedMonth < record.firstIdentifiedMonth) {
      addIssue(ctx, 'monitoring/risk-before-first', ['riskIdentifiedMonth']);
    }
    const eliminated = record.state === 'risk-eliminated';
    if (eliminated && record.elimination === undefined) {
      addIssue(ctx, 'monitoring/elimination-missing', ['elimination']);
    }
    if (!eliminated && record.elimination !== undefined) {
      addIssue(ctx, 'monitoring/elimination-unexpected', ['elimination']);
    }
    if (
      record.elimination !== undefined &&
      isMonth(record.elimination.month) &&
      isMonth(record.riskIdentifiedMonth) &&
      record.elimination.month < record.riskIdentifiedMonth
    ) {
      addIssue(ctx, 'monitoring/elimination-before-identification', ['elimination', 'month']);
    }
    // Only real dates are compared, as the months above: an invalid `at` has its own date/invalid
    // and is skipped, so each event is compared with the last real date before it.
    let previous: string | undefined;
    record.history.forEach((event, index) => {
      if (!isCalendarDate(event.at)) return;
      if (previous !== undefined && event.at < previous) {
        addIssue(ctx, 'monitoring/history-order', ['history', index, 'at']);
      }
      previous = event.at;
    });
  });
export type MonitoringRecord = z.infer<typeof MonitoringRecordSchema>;
/** A monitoring record as an application may write it before validation (`measures`, `history` optional). */
export type MonitoringRecordInput = z.input<typeof MonitoringRecordSchema>;
