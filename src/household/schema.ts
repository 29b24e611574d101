import { z } from 'zod';
import { idNumberProblem } from '../codes/validate-id-number';
import { maskIdNumber } from '../codes/mask-id-number';
import {
  CalendarDateSchema,
  IdNumberSchema,
  NonNegativeYuanSchema,
  TextSchema,
  divisionCodeSchema,
} from '../validation/fields';
import { addIssue } from '../validation/issues';

/** 未脱贫 / 已脱贫 / 监测户 / 返贫. */
export const HouseholdStatusSchema = z.enum(['poor', 'exited', 'monitored', 'returned']);
export type HouseholdStatus = z.infer<typeof HouseholdStatusSchema>;

/** 户主 / 配偶 / 子女 / 父母 / 孙辈 / 其他. */
export const RelationSchema = z.enum(['head', 'spouse', 'child', 'parent', 'grandchild', 'other']);
export type Relation = z.infer<typeof RelationSchema>;

/** 在校 / 送教上门 / 免学缓学 / 已毕业 / 辍学 / 不适用. */
export const SchoolingSchema = z.enum(['enrolled', 'home-taught', 'exempt', 'graduated', 'dropped-out', 'not-applicable']);
export type Schooling = z.infer<typeof SchoolingSchema>;

/** 家庭成员. A household member. */
export const MemberSchema = z
  .object({
    /** 公民身份号码 (GB 11643-1999). Personal data: masked in every output. */
    idNumber: IdNumberSchema,
    /** 姓名. Personal data: masked in every output. */
    name: TextSchema,
    /** 与户主关系. */
    relation: RelationSchema,
    /** 出生日期 YYYY-MM-DD; when absent it comes from the ID number. */
    birthDate: CalendarDateSchema.optional(),
    /** 就学状况. */
    schooling: SchoolingSchema.optional(),
    /** 是否参加城乡居民基本医疗保险. */
    medicalInsurance: z.boolean().optional(),
    /** 残疾等级 1–4. */
    disabilityGrade: z.number().int().min(1).max(4).optional(),
    /** 联系电话. Personal data: masked in every output. */
    phone: z.string().regex(/^\+?[\d\s-]{5,20}$/).optional(),
  })
  .strict()
  .superRefine((member, ctx) => {
    const birth = member.birthDate;
    if (birth === undefined || idNumberProblem(member.idNumber) !== undefined) return;
    // Digits 7–14 of the ID number against YYYY-MM-DD, character by character.
    const id = member.idNumber;
    const agrees =
      id.startsWith(birth.slice(0, 4), 6) && id.startsWith(birth.slice(5, 7), 10) && id.startsWith(birth.slice(8, 10), 12);
    if (!agrees) {
      addIssue(
        ctx,
        'member/birth-date-mismatch',
        ['birthDate'],
        `出生日期与身份证号码（${maskIdNumber(member.idNumber)}）不一致`,
        `the birth date disagrees with the ID number (${maskIdNumber(member.idNumber)})`,
      );
    }
  });
export type Member = z.infer<typeof MemberSchema>;

/** 家庭年收入 (yuan). Net income = wage + business + property + transfer − productionCosts. */
export const IncomeSchema = z
  .object({
    /** 收入年度. */
    year: z.number().int().min(1978).max(2100),
    /** 工资性收入. */
    wage: NonNegativeYuanSchema.optional(),
    /** 经营性收入. */
    business: NonNegativeYuanSchema.optional(),
    /** 财产性收入. */
    property: NonNegativeYuanSchema.optional(),
    /** 转移性收入. */
    transfer: NonNegativeYuanSchema.optional(),
    /** 生产经营性支出. */
    productionCosts: NonNegativeYuanSchema.optional(),
  })
  .strict();
export type Income = z.infer<typeof IncomeSchema>;

/** 住房安全: 农村危险房屋鉴定等级 A–D. */
export const HousingSchema = z
  .object({
    /** 房屋安全等级 (A 安全, B 基本安全, C 局部危险, D 整体危险). */
    grade: z.enum(['A', 'B', 'C', 'D']),
    /** 危房改造: none / in-progress / accepted (竣工验收). */
    renovation: z.enum(['none', 'in-progress', 'accepted']).optional(),
    /** 已住进其他安全住房 (e.g. 易地扶贫搬迁). */
    livesInSafeHousing: z.boolean().optional(),
  })
  .strict();
export type Housing = z.infer<typeof HousingSchema>;

/** 饮水安全 (T/CHES 18-2018 indicators). */
export const WaterSchema = z
  .object({
    /** 水量: litres per person per day. */
    litresPerPersonPerDay: z.number().nonnegative().optional(),
    /** 供水入户. */
    piped: z.boolean().optional(),
    /** 取水往返时间 (minutes). */
    fetchMinutes: z.number().nonnegative().optional(),
    /** 取水水平距离 (m). */
    horizontalMetres: z.number().nonnegative().optional(),
    /** 取水垂直距离 (m). */
    verticalMetres: z.number().nonnegative().optional(),
    /** 年供水中断或不足天数. */
    interruptionDaysPerYear: z.number().int().min(0).max(366).optional(),
    /** 水质达标. */
    qualityOk: z.boolean().optional(),
    /** 缺水地区. */
    waterShortArea: z.boolean().optional(),
  })
  .strict();
export type Water = z.infer<typeof WaterSchema>;

/** 建档立卡户. A household in the poverty register. */
export const HouseholdSchema = z
  .object({
    /** 户编号. */
    id: TextSchema,
    /** 所在村 12 位统计用区划代码. */
    villageCode: divisionCodeSchema('village'),
    /** 户状态. */
    status: HouseholdStatusSchema,
    /** 家庭成员 (at least one). */
    members: z.array(MemberSchema).min(1),
    /** 年收入. */
    income: IncomeSchema.optional(),
    /** 不愁吃 (recorded at the household visit). */
    foodSecure: z.boolean().optional(),
    /** 不愁穿. */
    clothingSecure: z.boolean().optional(),
    /** 住房安全. */
    housing: HousingSchema.optional(),
    /** 饮水安全. */
    water: WaterSchema.optional(),
  })
  .strict()
  .superRefine((household, ctx) => {
    const members = household.members;
    // Households are small: comparing pairs beats building a map for up to 32 members. Beyond
    // that (a mis-mapped column can make a whole county one "household") a map of upper-cased
    // IDs keeps the check linear.
    const sameId = (a: string, b: string) => a === b || a.toUpperCase() === b.toUpperCase();
    const seen = members.length > 32 ? new Map<string, number>() : undefined;
    if (seen !== undefined && members.length > 0) seen.set((members[0] as Member).idNumber.toUpperCase(), 0);
    for (let index = 1; index < members.length; index++) {
      const id = (members[index] as Member).idNumber;
      let first = -1;
      if (seen === undefined) {
        for (let j = 0; j < index; j++) {
          const other = (members[j] as Member).idNumber;
          if (other.length === id.length && other.charCodeAt(0) === id.charCodeAt(0) && sameId(other, id)) {
            first = j;
            break;
          }
        }
      } else {
        const key = id.toUpperCase();
        first = seen.get(key) ?? -1;
        if (first < 0) seen.set(key, index);
      }
      if (first >= 0) {
        addIssue(
          ctx,
          'household/duplicate-member',
          ['members', index, 'idNumber'],
          `成员 ${index} 与成员 ${first} 身份证号码重复（${maskIdNumber(id)}）`,
          `member ${index} has the same ID number as member ${first} (${maskIdNumber(id)})`,
        );
      }
    }
  });
export type Household = z.infer<typeof HouseholdSchema>;
/** A household as an application may write it before validation. */
export type HouseholdInput = z.input<typeof HouseholdSchema>;
