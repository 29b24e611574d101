import { z } from 'zod';
import { isCalendarDate } from '../calendar/calendar-date';
import { isYuanAmount } from '../units/is-yuan-amount';
import { refinement } from '../validation/issues';

/** An exact ratio of two integers, used for every rate threshold (no float compares). 精确比率。 */
export const RatioSchema = z
  .object({
    numerator: z.number().int().nonnegative(),
    denominator: z.number().int().positive(),
  })
  .strict();
export type Ratio = z.infer<typeof RatioSchema>;

// Codes and messages of the refinements come from the validation catalog.
const CalendarDateSchema = z.string().refine(isCalendarDate, refinement('date/invalid'));

/** One dated value of a parameter, with where it comes from and whether that is confirmed. */
export function parameterValueSchema<T extends z.ZodType>(value: T) {
  return z
    .object({
      /** First day (China's calendar) the value is in force. 生效日期。 */
      from: CalendarDateSchema,
      value,
      /** Where the figure comes from. 出处。 */
      source: z.string().min(1),
      /** false for figures docs/domain.md marks unconfirmed. 是否已核实。 */
      confirmed: z.boolean(),
      note: z.string().optional(),
    })
    .strict();
}

/** A parameter: its dated values, in force from each `from` until the next one. 分期参数。 */
export function parameterSchema<T extends z.ZodType>(value: T) {
  return z
    .array(parameterValueSchema(value))
    .min(1)
    .refine((values) => values.every((v, i) => i === 0 || (values[i - 1] as { from: string }).from < v.from), refinement('policy/order'));
}

export type ParameterValue<T> = {
  readonly from: string;
  readonly value: T;
  readonly source: string;
  readonly confirmed: boolean;
  readonly note?: string | undefined;
};
export type Parameter<T> = readonly ParameterValue<T>[];

/** The national (or a province's) poverty line for one income year. 某年度贫困线。 */
export const PovertyLineSchema = z
  .object({
    year: z.number().int().min(1978).max(2100),
    /** Yuan per person per year, current prices. 元/人/年（当年价）。 */
    yuan: z.number().positive().refine(isYuanAmount, refinement('amount/decimals')),
    /** 纯收入 (to 2013) or 可支配收入 (from 2014). */
    basis: z.enum(['net-income', 'disposable-income']),
    source: z.string().min(1),
    confirmed: z.boolean(),
    note: z.string().optional(),
  })
  .strict();
export type PovertyLine = z.infer<typeof PovertyLineSchema>;

export const EducationAgeSchema = z
  .object({ min: z.number().int().min(0).max(30), max: z.number().int().min(0).max(30) })
  .strict()
  .refine((r) => r.min <= r.max, { ...refinement('policy/age-range'), path: ['max'] });
export type EducationAge = z.infer<typeof EducationAgeSchema>;

/** Thresholds of 《农村饮水安全评价准则》 T/CHES 18-2018. 饮水安全评价指标阈值。 */
export const WaterThresholdsSchema = z
  .object({
    minLitresPerPersonPerDay: z.number().nonnegative(),
    minLitresPerPersonPerDayWaterShort: z.number().nonnegative(),
    maxFetchMinutes: z.number().nonnegative(),
    maxHorizontalMetres: z.number().nonnegative(),
    maxVerticalMetres: z.number().nonnegative(),
    maxInterruptionDaysPerYear: z.number().int().nonnegative(),
  })
  .strict();
export type WaterThresholds = z.infer<typeof WaterThresholdsSchema>;

/**
 * Whether a value exactly at an exit threshold passes: `strict` (below / above, the wording
 * 必须低于2%、必须高于90%; the default) or `inclusive` (at the threshold passes, the wording
 * 高于2%的不得退出). 阈值边界：严格（默认）或含阈值。
 */
export const BoundarySchema = z.enum(['strict', 'inclusive']);
export type Boundary = z.infer<typeof BoundarySchema>;

/** Village exit: poverty incidence below the threshold (strict unless `boundaries` says otherwise). 贫困村退出阈值。 */
export const VillageExitThresholdsSchema = z
  .object({
    maxIncidence: RatioSchema,
    maxIncidenceWestern: RatioSchema,
    /** Boundary of each threshold (default `strict`). */
    boundaries: z.object({ incidence: BoundarySchema.optional() }).strict().optional(),
  })
  .strict();
export type VillageExitThresholds = z.infer<typeof VillageExitThresholdsSchema>;

/** County exit: 三率一度. Rates strictly below, approval strictly above. 贫困县退出阈值。 */
export const CountyExitThresholdsSchema = z
  .object({
    maxIncidence: RatioSchema,
    maxIncidenceWestern: RatioSchema,
    maxWrongfulExitRate: RatioSchema,
    maxMissedRate: RatioSchema,
    minApproval: RatioSchema,
    /** Boundary of each threshold (default `strict`). */
    boundaries: z
      .object({
        incidence: BoundarySchema.optional(),
        wrongfulExitRate: BoundarySchema.optional(),
        missedRate: BoundarySchema.optional(),
        approval: BoundarySchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type CountyExitThresholds = z.infer<typeof CountyExitThresholdsSchema>;

/** 防止返贫监测 triggers. `incomeDropShare` null: no default, the caller must set it. */
export const MonitoringThresholdsSchema = z
  .object({
    /** Flag when per-capita income is below this multiple of the line. 监测线倍数。 */
    incomeMultiple: RatioSchema,
    /** Flag when income fell by at least this share of the previous year's. 收入骤降比例。 */
    incomeDropShare: RatioSchema.nullable(),
  })
  .strict();
export type MonitoringThresholds = z.infer<typeof MonitoringThresholdsSchema>;

/**
 * How a monitoring identification is judged from a date on (防止返贫监测认定口径): `national-multiple`
 * (the 2020 rule: per-capita income below `monitoring.incomeMultiple` × the national line of the
 * year) or `province-line` (from 2021: each province's yearly 监测范围 from `monitoringLines`).
 * `spendingOverIncome`: under the 2020 rule, rigid spending counts as "clearly above" the income
 * when it exceeds this multiple of it. `observationMonths`: the months a household must have been
 * under monitoring before its risk may be eliminated; `null` = not set (no default: local
 * practice, unconfirmed).
 */
export const MonitoringRuleSchema = z
  .object({
    basis: z.enum(['national-multiple', 'province-line']),
    spendingOverIncome: RatioSchema,
    observationMonths: z.number().int().positive().max(120).nullable(),
  })
  .strict();
export type MonitoringRule = z.infer<typeof MonitoringRuleSchema>;

/**
 * One province's monitoring line (监测范围) for one year, yuan per person per year, with its source
 * and whether it is confirmed. The library ships none: the caller supplies them.
 * 某省某年度防返贫监测范围（元/人/年），注明出处及是否核实；本库不内置任何数字。
 */
export const MonitoringLineSchema = z
  .object({
    /** 2-digit province code (GB/T 2260), e.g. `52` for Guizhou. 省级区划代码。 */
    province: z.string().regex(/^[1-9]\d$/, { message: 'a 2-digit province code' }),
    year: z.number().int().min(2020).max(2100),
    yuan: z.number().positive().refine(isYuanAmount, { message: 'at most two decimals' }),
    source: z.string().min(1),
    confirmed: z.boolean(),
    note: z.string().optional(),
  })
  .strict();
export type MonitoringLine = z.infer<typeof MonitoringLineSchema>;

/** The default monitoring rule: the 2020 rule for 2020, provincial lines from 2021. @internal */
export const DEFAULT_MONITORING_RULE: readonly ParameterValue<MonitoringRule>[] = [
  {
    from: '2020-01-01',
    value: { basis: 'national-multiple', spendingOverIncome: { numerator: 1, denominator: 1 }, observationMonths: null },
    source: '人民日报 2020-06-30 on the 2020 防止返贫监测 rules: income below about 1.5 × the national line, rigid spending clearly above the income, or a sharp fall',
    confirmed: false,
    note: '"clearly above" is not quantified in the text we hold: spendingOverIncome 1/1 reads it as "above"; the observation period has no default',
  },
  {
    from: '2021-01-01',
    value: { basis: 'province-line', spendingOverIncome: { numerator: 1, denominator: 1 }, observationMonths: null },
    source: 'monitoring guidance from 2021: each province sets a yearly 监测范围; income over the 12 months before, compliant out-of-pocket spending, 两不愁三保障 and water',
    confirmed: true,
    note: 'the lines themselves are per province and year, supplied in monitoringLines; the observation period has no default (local, unconfirmed)',
  },
];

/**
 * Whether the medical check requires a member's enrolment in an insurance: `required` (not
 * recorded is unknown, `false` unmet), `where-recorded` (`false` unmet, not recorded passes) or
 * `not-required`. 基本医疗有保障所需参保项目。
 */
export const MedicalRequirementSchema = z.enum(['required', 'where-recorded', 'not-required']);
export type MedicalRequirement = z.infer<typeof MedicalRequirementSchema>;

/** The insurance items the medical check requires. 基本医疗有保障的检查项目。 */
export const MedicalItemsSchema = z
  .object({
    /** 城乡居民基本医疗保险（新农合）. */
    basicInsurance: MedicalRequirementSchema,
    /** 大病保险. */
    criticalIllnessInsurance: MedicalRequirementSchema,
  })
  .strict();
export type MedicalItems = z.infer<typeof MedicalItemsSchema>;

/**
 * Industry figures of Guizhou's plans: the 坝区 minimum area and the slope limits of crop choice.
 * 产业参数：坝区最小面积、按坡度选择作物的界限。
 */
export const IndustryParametersSchema = z
  .object({
    /** 坝区 minimum contiguous area (亩). */
    baziMinAreaMu: z.number().positive(),
    /** Below this slope (degrees): vegetables and edible fungi. */
    vegetablesFungiBelow: z.number().min(0).max(90),
    /** Up to and including this slope: herbs, tea, fruit; above it, forest or grassland. */
    herbsTeaFruitUpTo: z.number().min(0).max(90),
  })
  .strict()
  .refine((v) => v.vegetablesFungiBelow <= v.herbsTeaFruitUpTo, { message: 'vegetablesFungiBelow must not exceed herbsTeaFruitUpTo', path: ['herbsTeaFruitUpTo'] });
export type IndustryParameters = z.infer<typeof IndustryParametersSchema>;

/** A complete policy: every figure the rules use, dated and sourced. 政策参数表。 */
export const PolicySchema = z
  .object({
    name: z.string().min(1),
    povertyLines: z
      .array(PovertyLineSchema)
      .refine((lines) => new Set(lines.map((l) => l.year)).size === lines.length, refinement('policy/duplicate-year', 'policy/one-line-per-year')),
    educationAge: parameterSchema(EducationAgeSchema),
    water: parameterSchema(WaterThresholdsSchema),
    villageExit: parameterSchema(VillageExitThresholdsSchema),
    countyExit: parameterSchema(CountyExitThresholdsSchema),
    monitoring: parameterSchema(MonitoringThresholdsSchema),
    /** 防返贫监测认定口径 by date (absent in older policy files: the default rule). */
    monitoringRule: parameterSchema(MonitoringRuleSchema).default(() => DEFAULT_MONITORING_RULE as ParameterValue<MonitoringRule>[]),
    /** 各省年度监测范围 (none by default; absent in older policy files: none). */
    monitoringLines: z
      .array(MonitoringLineSchema)
      .refine((lines) => new Set(lines.map((l) => `${l.province}/${l.year}`)).size === lines.length, {
        message: 'one monitoring line per province and year',
      })
      .default(() => []),
    /** The insurance items of the medical check; `defaultPolicy`'s when absent. */
    medical: parameterSchema(MedicalItemsSchema).optional(),
    /** The 坝区 minimum and the slope limits; `defaultPolicy`'s when absent. */
    industry: parameterSchema(IndustryParametersSchema).optional(),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;

/** Names of the dated (non-line) parameters of a policy. */
export type ParameterName = Exclude<keyof Policy, 'name' | 'povertyLines' | 'monitoringLines'>;
