import { z } from 'zod';
import { NonNegativeYuanSchema, TextSchema, divisionCodeSchema } from '../validation/fields';
import { addIssue } from '../validation/issues';

/**
 * Guizhou's twelve priority industries, then `grain` and `other`.
 * 十二大特色产业：茶、蔬菜、食用菌、辣椒、水果、刺梨、竹、油茶、中药材、石斛、生态畜牧、生态渔业；另有粮食、其他。
 */
export const INDUSTRIES = [
  'tea',
  'vegetables',
  'edible-fungi',
  'chili',
  'fruit',
  'rosa-roxburghii',
  'bamboo',
  'camellia-oil',
  'herbal-medicine',
  'dendrobium',
  'livestock',
  'fishery',
  'grain',
  'other',
] as const;
export const IndustrySchema = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof IndustrySchema>;

/** The default minimum area of a 坝区 (contiguous flat farmland), in 亩; the policy's `industry.baziMinAreaMu` is the one applied (`baziAreaCheck`). */
export const BAZI_MIN_AREA_MU = 500;

/** 种植（养殖）项目. One crop or industry on a zone. */
export const PlantingSchema = z
  .object({
    /** 作物. */
    crop: TextSchema,
    /** 产业. */
    industry: IndustrySchema.optional(),
    /** 面积（亩）. */
    areaMu: z.number().positive().finite(),
    /** 季节 (e.g. 'spring', '春季'); plantings of one season share the land once. */
    season: z.string().min(1).optional(),
    /** 短 / 中 / 长 (staged income). */
    horizon: z.enum(['short', 'medium', 'long']).optional(),
    /** 亩产（公斤）. */
    yieldKgPerMu: z.number().nonnegative().finite().optional(),
    /** 单价（元/公斤）. */
    priceYuanPerKg: NonNegativeYuanSchema.optional(),
    /** 亩产值（元/亩）; when absent, yield × price. */
    outputValuePerMu: NonNegativeYuanSchema.optional(),
    /** 低效作物. */
    lowValue: z.boolean().optional(),
  })
  .strict()
  .superRefine((planting, ctx) => {
    const hasValue = planting.outputValuePerMu !== undefined;
    const hasYieldPrice = planting.yieldKgPerMu !== undefined && planting.priceYuanPerKg !== undefined;
    if (!hasValue && !hasYieldPrice) {
      addIssue(ctx, 'planting/no-output-value', ['outputValuePerMu']);
    }
  });
export type Planting = z.infer<typeof PlantingSchema>;

/** 坝区 / 坡地 / 林地 / 水域 / 其他. */
export const ZoneKindSchema = z.enum(['bazi', 'slope', 'forest', 'water', 'other']);
export type ZoneKind = z.infer<typeof ZoneKindSchema>;

/** Tolerance for comparing sums of areas written with decimals. */
const AREA_EPSILON = 1e-9;

/** 产业区块. A zone of an industry plan. */
export const ZoneSchema = z
  .object({
    id: TextSchema,
    /** 区块名称. */
    name: TextSchema,
    kind: ZoneKindSchema,
    /** 土地面积（亩）. */
    areaMu: z.number().positive().finite(),
    /** 坡度（度）. */
    slopeDegrees: z.number().min(0).max(90).optional(),
    /** 覆盖村（12 位代码）. */
    villageCodes: z.array(divisionCodeSchema('village')).optional(),
    /** 种植结构. */
    plantings: z.array(PlantingSchema),
  })
  .strict()
  .superRefine((zone, ctx) => {
    // The 坝区 minimum area is a dated policy parameter, so `baziAreaCheck` judges it, not the schema.
    const bySeason = new Map<string, number>();
    for (const planting of zone.plantings) {
      const season = planting.season ?? '';
      bySeason.set(season, (bySeason.get(season) ?? 0) + planting.areaMu);
    }
    for (const [season, sown] of bySeason) {
      if (sown > zone.areaMu * (1 + AREA_EPSILON)) {
        const label = season === '' ? '(no season)' : season;
        addIssue(ctx, 'zone/season-over-area', ['plantings'], { season, sownMu: sown, areaMu: zone.areaMu });
      }
    }
  });
export type Zone = z.infer<typeof ZoneSchema>;

/** 低效作物调减图斑. A mapped patch of low-value crop to replace. */
export const ReductionPatchSchema = z
  .object({
    id: TextSchema,
    zoneId: z.string().min(1).optional(),
    villageCode: divisionCodeSchema('village').optional(),
    /** 面积（亩）. */
    areaMu: z.number().positive().finite(),
    /** 原作物 (mostly maize). */
    crop: TextSchema,
    /** 待调减 / 已调减 / 已核验. Only `verified` counts as cleared (清零). */
    status: z.enum(['pending', 'converted', 'verified']),
    /** 替代作物. */
    replacement: z.string().min(1).optional(),
  })
  .strict();
export type ReductionPatch = z.infer<typeof ReductionPatchSchema>;

/** The eight elements of the rural industry revolution, in canonical order. 八要素。 */
export const EIGHT_ELEMENTS = [
  { key: 'industryChoice', zh: '产业选择' },
  { key: 'farmerTraining', zh: '培训农民' },
  { key: 'technicalService', zh: '技术服务' },
  { key: 'funding', zh: '资金筹措' },
  { key: 'organisation', zh: '组织方式' },
  { key: 'marketLinkage', zh: '产销对接' },
  { key: 'benefitLinkage', zh: '利益联结' },
  { key: 'partyBuilding', zh: '基层党建' },
] as const;
export type ElementKey = (typeof EIGHT_ELEMENTS)[number]['key'];

/** State of one element: 已落实 / 部分落实 / 缺失. */
export const ElementStateSchema = z
  .object({ status: z.enum(['done', 'partial', 'missing']), note: z.string().optional() })
  .strict();
export type ElementState = z.infer<typeof ElementStateSchema>;

/** 八要素落实情况; an element left out counts as `missing`. */
export const ElementsSchema = z
  .object({
    industryChoice: ElementStateSchema.optional(),
    farmerTraining: ElementStateSchema.optional(),
    technicalService: ElementStateSchema.optional(),
    funding: ElementStateSchema.optional(),
    organisation: ElementStateSchema.optional(),
    marketLinkage: ElementStateSchema.optional(),
    benefitLinkage: ElementStateSchema.optional(),
    partyBuilding: ElementStateSchema.optional(),
  })
  .strict();
export type Elements = z.infer<typeof ElementsSchema>;

/** 利益联结机制: 合作社 / 订单 / 分红 / 务工 / 土地流转 / 其他. */
export const LinkageSchema = z
  .object({
    mode: z.enum(['cooperative', 'order', 'dividend', 'employment', 'land-rent', 'other']),
    /** 联结农户数. */
    households: z.number().int().nonnegative(),
    /** 其中贫困户数. */
    poorHouseholds: z.number().int().nonnegative(),
  })
  .strict()
  .superRefine((linkage, ctx) => {
    if (linkage.poorHouseholds > linkage.households) {
      addIssue(ctx, 'linkage/poor-over-total', ['poorHouseholds']);
    }
  });
export type Linkage = z.infer<typeof LinkageSchema>;

/** 县产业发展规划. A county's industry plan for a year. */
export const IndustryPlanSchema = z
  .object({
    id: TextSchema,
    /** 6 位县级代码. */
    countyCode: divisionCodeSchema('county'),
    /** 规划年度. */
    year: z.number().int().min(2000).max(2100),
    zones: z.array(ZoneSchema),
    elements: ElementsSchema.optional(),
    patches: z.array(ReductionPatchSchema).optional(),
    linkages: z.array(LinkageSchema).optional(),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.zones.forEach((zone, index) => {
      if (seen.has(zone.id)) {
        addIssue(ctx, 'plan/duplicate-zone', ['zones', index, 'id'], { zoneId: zone.id });
      }
      seen.add(zone.id);
    });
  });
export type IndustryPlan = z.infer<typeof IndustryPlanSchema>;
