import { z } from 'zod';
import { isWithin } from '../codes/is-within';
import { TextSchema, divisionCodeSchema } from '../validation/fields';
import { addIssue } from '../validation/issues';

function insideParent(childKey: string, parentKey: 'prefectureCode' | 'countyCode' | 'townshipCode') {
  return (record: Record<string, unknown>, ctx: Parameters<typeof addIssue>[0]) => {
    const child = record[childKey];
    const parent = record[parentKey];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: zod runs the refinements only once every field has its type (an invalid_type issue stops them), so both codes are strings here; the guard is for the compiler
    if (typeof child === 'string' && typeof parent === 'string' && !isWithin(child, parent)) {
      addIssue(ctx, 'division/not-within-parent', [childKey], { child, parent, parentKey });
    }
  };
}

/** 未摘帽 / 拟摘帽 / 已摘帽. */
export const CountyStatusSchema = z.enum(['not-exited', 'proposed', 'exited']);
export type CountyStatus = z.infer<typeof CountyStatusSchema>;

/** 贫困县. A county in the campaign. */
export const CountySchema = z
  .object({
    /** 6 位县级区划代码. */
    code: divisionCodeSchema('county'),
    /** 县名. */
    name: TextSchema,
    /** 4 位市（州）代码. */
    prefectureCode: divisionCodeSchema('prefecture'),
    /** 西部地区 (thresholds 3% instead of 2%). */
    western: z.boolean(),
    /** 深度贫困县. */
    deepPoverty: z.boolean(),
    /** 摘帽状态. */
    status: CountyStatusSchema,
    /** 摘帽年度. */
    exitYear: z.number().int().min(1986).max(2100).optional(),
    /** 挂牌督战. */
    supervised: z.boolean(),
  })
  .strict()
  .superRefine(insideParent('code', 'prefectureCode'));
/** A county, as {@link CountySchema} validates it. 县。 Declared as an interface so that editors show its name; `test/records/named-types.test-d.ts` checks it against the schema both ways. */
export interface County extends z.infer<typeof CountySchema> {}

/**
 * 乡（镇）. A township belongs to its county (`countyCode`), except in the prefecture-level cities
 * that have no counties (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202), whose township codes have the
 * county part `00` (`441900003`): those name their city in `prefectureCode` and have no `countyCode`.
 * 乡（镇）：属于县；不设区县的地级市（东莞、中山、儋州、嘉峪关）所辖乡镇代码县级段为 00，填所属市代码，不填县代码。
 */
export const TownshipSchema = z
  .object({
    /** 9 位乡级区划代码. */
    code: divisionCodeSchema('township'),
    name: TextSchema,
    /** 所属县代码（不设区县的地级市所辖乡镇不填）. */
    countyCode: divisionCodeSchema('county').optional(),
    /** 所属地级市代码（4 位），仅不设区县的地级市所辖乡镇填写. */
    prefectureCode: divisionCodeSchema('prefecture').optional(),
  })
  .strict()
  .superRefine((township, ctx) => {
    const countyless = township.code.slice(4, 6) === '00';
    if (countyless) {
      if (township.countyCode !== undefined) addIssue(ctx, 'township/county-less', ['countyCode'], { prefectureCode: township.code.slice(0, 4) });
      if (township.prefectureCode === undefined) addIssue(ctx, 'township/prefecture-required', ['prefectureCode'], { prefectureCode: township.code.slice(0, 4) });
      else insideParent('code', 'prefectureCode')(township, ctx);
      return;
    }
    if (township.countyCode === undefined) addIssue(ctx, 'township/county-required', ['countyCode']);
    else insideParent('code', 'countyCode')(township, ctx);
    if (township.prefectureCode !== undefined) addIssue(ctx, 'township/prefecture-unexpected', ['prefectureCode']);
  });
/** A township, as {@link TownshipSchema} validates it. 乡镇。 Declared as an interface so that editors show its name; `test/records/named-types.test-d.ts` checks it against the schema both ways. */
export interface Township extends z.infer<typeof TownshipSchema> {}

/** 行政村. */
export const VillageSchema = z
  .object({
    /** 12 位村级统计用区划代码. */
    code: divisionCodeSchema('village'),
    name: TextSchema,
    /** 所属乡（镇）代码. */
    townshipCode: divisionCodeSchema('township'),
    /** 农村户籍人口. */
    ruralPopulation: z.number().int().nonnegative(),
    /** 贫困村. */
    registeredPoor: z.boolean().optional(),
    /** 已出列. */
    exited: z.boolean().optional(),
  })
  .strict()
  .superRefine(insideParent('code', 'townshipCode'));
/** A village, as {@link VillageSchema} validates it. 村。 Declared as an interface so that editors show its name; `test/records/named-types.test-d.ts` checks it against the schema both ways. */
export interface Village extends z.infer<typeof VillageSchema> {}
