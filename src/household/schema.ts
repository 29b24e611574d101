import { z } from 'zod';
import { isCalendarDate } from '../calendar/calendar-date';
import { idNumberProblem, validateIdNumber } from '../codes/validate-id-number';
import { maskIdNumber } from '../codes/mask-id-number';
import {
  CalendarDateSchema,
  DocumentNumberSchema,
  NonNegativeYuanSchema,
  TextSchema,
  divisionCodeSchema,
} from '../validation/fields';
import { addIssue } from '../validation/issues';
import { refineWithTwin } from '../validation/fast-path';
import { withGeneratedParser } from '../validation/parser-plan';
import { createHouseholdParser, HOUSEHOLD_PARSER_HASH } from '../validation/generated/household-parser';

/** 未脱贫 / 已脱贫 / 监测户 / 返贫. */
export const HouseholdStatusSchema = z.enum(['poor', 'exited', 'monitored', 'returned']);
export type HouseholdStatus = z.infer<typeof HouseholdStatusSchema>;

/**
 * 已脱贫户是否仍享受政策 (register 脱贫状态 1 已脱贫（享受政策） / 4 已脱贫（不再享受政策）).
 * Recorded only with `status: 'exited'`.
 */
export const PolicySupportSchema = z.enum(['continuing', 'ended']);
export type PolicySupport = z.infer<typeof PolicySupportSchema>;

/**
 * 与户主关系, as the national register writes it (户主, 配偶, 之子, 之女 …). `child`, `parent` and
 * `grandchild` are the coarse values of earlier records, still valid; `relationGroup` folds the
 * register's values onto them.
 */
export const RelationSchema = z.enum([
  'head',
  'spouse',
  'child',
  'son',
  'daughter',
  'daughter-in-law',
  'son-in-law',
  'grandchild',
  'grandson',
  'granddaughter',
  'daughters-son',
  'daughters-daughter',
  'parent',
  'father',
  'mother',
  'wifes-father',
  'wifes-mother',
  'husbands-father',
  'husbands-mother',
  'grandfather',
  'grandmother',
  'sibling',
  'great-grandson',
  'great-granddaughter',
  'other',
]);
export type Relation = z.infer<typeof RelationSchema>;

/** 在校 / 送教上门 / 免学缓学 / 已毕业 / 辍学 / 不适用. */
export const SchoolingSchema = z.enum(['enrolled', 'home-taught', 'exempt', 'graduated', 'dropped-out', 'not-applicable']);
export type Schooling = z.infer<typeof SchoolingSchema>;

/** 性别: 男 / 女. */
export const SexSchema = z.enum(['male', 'female']);
export type Sex = z.infer<typeof SexSchema>;

/** 民族 (GB/T 3304 codes 01–56, 97 未识别民族, 98 外国血统中国籍人士). */
export const EthnicitySchema = z.enum([
  'han', 'mongol', 'hui', 'tibetan', 'uyghur', 'miao', 'yi', 'zhuang', 'buyei', 'korean',
  'manchu', 'dong', 'yao', 'bai', 'tujia', 'hani', 'kazakh', 'dai', 'li', 'lisu',
  'va', 'she', 'gaoshan', 'lahu', 'sui', 'dongxiang', 'naxi', 'jingpo', 'kyrgyz', 'tu',
  'daur', 'mulao', 'qiang', 'blang', 'salar', 'maonan', 'gelao', 'xibe', 'achang', 'pumi',
  'tajik', 'nu', 'uzbek', 'russian', 'evenki', 'deang', 'bonan', 'yugur', 'gin', 'tatar',
  'derung', 'oroqen', 'hezhen', 'monba', 'lhoba', 'jino', 'unrecognised', 'foreign-origin',
]);
export type Ethnicity = z.infer<typeof EthnicitySchema>;

/** 文化程度: 文盲或半文盲 / 小学 / 初中 / 高中 / 中专 / 大专及以上 / 学龄前儿童. */
export const EducationLevelSchema = z.enum([
  'illiterate',
  'primary',
  'junior-secondary',
  'senior-secondary',
  'secondary-vocational',
  'tertiary',
  'preschool',
]);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

/**
 * 在校生状况: the stage a member is enrolled in, or 非在校生 / 失学或辍学. Read by the education
 * check when `schooling` is not recorded.
 */
export const StudentStatusSchema = z.enum([
  'preschool',
  'primary',
  'junior-secondary',
  'senior-secondary',
  'secondary-vocational',
  'higher-vocational',
  'undergraduate',
  'postgraduate',
  'not-a-student',
  'dropped-out',
]);
export type StudentStatus = z.infer<typeof StudentStatusSchema>;

/** 健康状况: 健康 / 长期慢性病 / 患有大病 / 残疾. */
export const HealthSchema = z.enum(['healthy', 'chronic-illness', 'serious-illness', 'disabled']);
export type Health = z.infer<typeof HealthSchema>;

/** 劳动技能: 普通劳动力 / 技能劳动力 / 弱劳动力或半劳动力 / 丧失劳动力 / 无劳动力. */
export const LabourSkillSchema = z.enum(['ordinary', 'skilled', 'weak', 'lost', 'none']);
export type LabourSkill = z.infer<typeof LabourSkillSchema>;

/** 务工状况: 乡（镇）内务工 / 乡（镇）外县内务工 / 县外省内务工 / 省外务工 / 其他 / 未务工. */
export const EmploymentSchema = z.enum(['in-township', 'in-county', 'in-province', 'out-of-province', 'other', 'none']);
export type Employment = z.infer<typeof EmploymentSchema>;

/**
 * 证件类型. Only a resident ID (`resident-id`, the default) is checked (GB 11643-1999 18 digits
 * or GB 11643-1989 15 digits); any other document's number is carried unchecked, masked like an
 * ID number.
 */
export const DocumentTypeSchema = z.enum([
  'resident-id',
  'disability-certificate',
  'household-register',
  'military-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'other',
]);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** 识别标准: 国家标准 / 省定标准 / 市定标准. */
export const IdentificationStandardSchema = z.enum(['national', 'provincial', 'municipal']);
export type IdentificationStandard = z.infer<typeof IdentificationStandardSchema>;

/**
 * 贫困户属性: 一般 / 低保 / 特困供养 / 低保特困供养, each as a 贫困户 and a 脱贫户 version.
 */
export const PovertyAttributeSchema = z.enum([
  'general-poor',
  'dibao-poor',
  'destitute-poor',
  'dibao-destitute-poor',
  'general-exited',
  'dibao-exited',
  'destitute-exited',
  'dibao-destitute-exited',
]);
export type PovertyAttribute = z.infer<typeof PovertyAttributeSchema>;

/** 致贫原因 / 返贫原因. */
export const PovertyCauseSchema = z.enum([
  'illness',
  'disability',
  'schooling',
  'disaster',
  'lack-of-land',
  'lack-of-water',
  'lack-of-skills',
  'lack-of-labour',
  'lack-of-funds',
  'poor-transport',
  'lack-of-motivation',
  'marriage',
  'accident',
  'other',
]);
export type PovertyCause = z.infer<typeof PovertyCauseSchema>;

/** 入户路类型: 泥土路 / 砂石路 / 水泥路 / 柏油（沥青）路 / 其他. */
export const RoadTypeSchema = z.enum(['earth', 'gravel', 'cement', 'asphalt', 'other']);
export type RoadType = z.infer<typeof RoadTypeSchema>;

/** 燃料类型: 柴草 / 煤炭 / 燃气（液化气、天然气）/ 电 / 沼气 / 其他. */
export const FuelSchema = z.enum(['firewood', 'coal', 'gas', 'electricity', 'biogas', 'other']);
export type Fuel = z.infer<typeof FuelSchema>;

/** 住房安全保障途径: 鉴定安全 / 改造安全 / 保障安全. */
export const HousingRouteSchema = z.enum(['appraised-safe', 'renovated-safe', 'guaranteed-safe']);
export type HousingRoute = z.infer<typeof HousingRouteSchema>;

/** 保障安全的方式: 公租房 / 敬老院（集中供养）/ 租住 / 投亲靠友 / 其他. */
export const HousingGuaranteeSchema = z.enum(['public-rental', 'care-home', 'rented', 'with-relatives', 'other']);
export type HousingGuarantee = z.infer<typeof HousingGuaranteeSchema>;

const YearSchema = z.number().int().min(1978).max(2100);
const MuSchema = z.number().nonnegative();

/** 家庭成员. A household member. */
export const MemberSchema = refineWithTwin(
  z
  .object({
    /**
     * 证件号码: a resident ID number (GB 11643-1999 18 digits, or GB 11643-1989 15 digits) unless
     * `documentType` names another document. Personal data: masked in every output.
     */
    idNumber: DocumentNumberSchema,
    /** 证件类型 (default 居民身份证). */
    documentType: DocumentTypeSchema.optional(),
    /** 姓名. Personal data: masked in every output. */
    name: TextSchema,
    /** 与户主关系. */
    relation: RelationSchema,
    /** 出生日期 YYYY-MM-DD; when absent it comes from a resident ID number. */
    birthDate: CalendarDateSchema.optional(),
    /** 性别. */
    sex: SexSchema.optional(),
    /** 民族. */
    ethnicity: EthnicitySchema.optional(),
    /** 文化程度. */
    educationLevel: EducationLevelSchema.optional(),
    /** 就学状况 (read by the education check). */
    schooling: SchoolingSchema.optional(),
    /** 在校生状况 (register). */
    studentStatus: StudentStatusSchema.optional(),
    /** 健康状况. */
    health: HealthSchema.optional(),
    /** 劳动技能. */
    labourSkill: LabourSkillSchema.optional(),
    /** 务工状况. */
    employment: EmploymentSchema.optional(),
    /** 务工时间 (months in the year, 0–12). */
    employmentMonths: z.number().int().min(0).max(12).optional(),
    /** 是否参加城乡居民基本医疗保险（新农合）. */
    medicalInsurance: z.boolean().optional(),
    /** 是否参加大病保险. */
    criticalIllnessInsurance: z.boolean().optional(),
    /** 是否参加城乡居民基本养老保险. */
    pensionInsurance: z.boolean().optional(),
    /** 是否享受低保. */
    minimumLivingAllowance: z.boolean().optional(),
    /** 是否现役军人. */
    activeServiceman: z.boolean().optional(),
    /** 残疾等级 1–4. */
    disabilityGrade: z.number().int().min(1).max(4).optional(),
    /** 联系电话. Personal data: masked in every output. */
    phone: z.string().regex(/^\+?[\d\s-]{5,20}$/).optional(),
  })
  .strict(),
  (member, ctx) => {
    if (member.documentType !== undefined && member.documentType !== 'resident-id') return;
    const id = member.idNumber;
    const problem = idNumberProblem(id);
    if (problem !== undefined) {
      const result = validateIdNumber(id);
      if (!result.ok) addIssue(ctx, `id/${result.reason}`, ['idNumber']);
      return;
    }
    const birth = member.birthDate;
    // A cross-field rule runs once its fields are valid: an invalid birth date is `date/invalid`
    // alone, never also a mismatch.
    if (birth === undefined || !isCalendarDate(birth)) return;
    // The birth date of the ID number against YYYY-MM-DD, character by character: digits 7–14 of
    // an 18-digit number, or 19 + digits 7–12 of a 15-digit one.
    const agrees =
      id.length === 18
        ? id.startsWith(birth.slice(0, 4), 6) && id.startsWith(birth.slice(5, 7), 10) && id.startsWith(birth.slice(8, 10), 12)
        : birth.startsWith('19') && id.startsWith(birth.slice(2, 4), 6) && id.startsWith(birth.slice(5, 7), 8) && id.startsWith(birth.slice(8, 10), 10);
    if (!agrees) {
      addIssue(ctx, 'member/birth-date-mismatch', ['birthDate'], { idNumber: maskIdNumber(id) });
    }
  },
);
/** A household member, as {@link MemberSchema} validates it. 家庭成员。 Declared as an interface so that editors show its name; `test/records/named-types.test-d.ts` checks it against the schema both ways. */
export interface Member extends z.infer<typeof MemberSchema> {}

/**
 * 家庭年收入 (yuan). Net income = wage + business + property + transfer − productionCosts; or the
 * register's per-capita figure 人均纯收入 (`perCapita`) when no component is recorded.
 */
export const IncomeSchema = z
  .object({
    /** 收入年度. */
    year: YearSchema,
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
    /** 人均纯收入 (yuan per person), as the register records it. */
    perCapita: NonNegativeYuanSchema.optional(),
    /** 低保金 (part of transfer income). */
    dibaoAllowance: NonNegativeYuanSchema.optional(),
    /** 五保金 / 特困供养金 (part of transfer income). */
    destituteAllowance: NonNegativeYuanSchema.optional(),
    /** 养老金 (part of transfer income). */
    pension: NonNegativeYuanSchema.optional(),
    /** 计划生育金 (part of transfer income). */
    familyPlanningAllowance: NonNegativeYuanSchema.optional(),
    /** 生态补偿金 (part of transfer income). */
    ecologicalCompensation: NonNegativeYuanSchema.optional(),
  })
  .strict();
/** A household's income of one year, as {@link IncomeSchema} validates it. 家庭收入。 */
export interface Income extends z.infer<typeof IncomeSchema> {}

/**
 * 住房安全. Either the dangerous-house grade A–D (农村危险房屋鉴定等级), or the register's findings
 * 是否危房户 / 危房级别, or a household without a house of its own (无房户) and the route by which
 * it is safely housed. At least one of `grade`, `dangerous`, `noHouse` or `route` is recorded.
 */
export const HousingSchema = refineWithTwin(
  z
  .object({
    /** 房屋安全等级 / 危房级别 (A 安全, B 基本安全, C 局部危险, D 整体危险). */
    grade: z.enum(['A', 'B', 'C', 'D']).optional(),
    /** 是否危房户 (register). */
    dangerous: z.boolean().optional(),
    /** 危房改造: none / in-progress / accepted (竣工验收). */
    renovation: z.enum(['none', 'in-progress', 'accepted']).optional(),
    /** 已住进其他安全住房 (e.g. 易地扶贫搬迁). */
    livesInSafeHousing: z.boolean().optional(),
    /** 无房户: no house of its own. */
    noHouse: z.boolean().optional(),
    /** 住房安全保障途径: 鉴定安全 / 改造安全 / 保障安全. */
    route: HousingRouteSchema.optional(),
    /** 保障安全的方式. */
    guarantee: HousingGuaranteeSchema.optional(),
    /** 易地扶贫搬迁. */
    relocated: z.boolean().optional(),
    /** 住房面积 (m²). */
    areaSquareMetres: z.number().nonnegative().optional(),
  })
  .strict(),
  (housing, ctx) => {
    if (housing.grade === undefined && housing.dangerous === undefined && housing.noHouse === undefined && housing.route === undefined) {
      addIssue(ctx, 'housing/nothing-recorded', []);
    }
  },
);
/** A household's housing, as {@link HousingSchema} validates it. 住房。 */
export interface Housing extends z.infer<typeof HousingSchema> {}

/** 饮水安全 (T/CHES 18-2018 indicators, or the register's two findings). */
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
    /** 饮水是否安全 (register finding of the visit). */
    safe: z.boolean().optional(),
    /** 饮水是否困难 (register finding of the visit). */
    difficult: z.boolean().optional(),
  })
  .strict();
/** A household's drinking water, as {@link WaterSchema} validates it. 饮水。 */
export interface Water extends z.infer<typeof WaterSchema> {}

/** 生产生活条件 (register). */
export const LivingConditionsSchema = z
  .object({
    /** 耕地面积 (亩). */
    cultivatedLandMu: MuSchema.optional(),
    /** 林地面积 (亩). */
    forestLandMu: MuSchema.optional(),
    /** 是否通生产用电. */
    productionElectricity: z.boolean().optional(),
    /** 是否通生活用电. */
    domesticElectricity: z.boolean().optional(),
    /** 入户路类型. */
    roadType: RoadTypeSchema.optional(),
    /** 主要燃料类型. */
    fuel: FuelSchema.optional(),
    /** 有无卫生厕所. */
    sanitaryToilet: z.boolean().optional(),
    /** 是否加入农民专业合作社. */
    cooperative: z.boolean().optional(),
  })
  .strict();
export type LivingConditions = z.infer<typeof LivingConditionsSchema>;

/** 帮扶责任人. Personal data: the name and phone are masked in every output. */
export const ResponsiblePersonSchema = z
  .object({
    /** 姓名. */
    name: TextSchema,
    /** 帮扶单位. */
    unit: TextSchema.optional(),
    /** 职务. */
    post: TextSchema.optional(),
    /** 联系电话. */
    phone: z.string().regex(/^\+?[\d\s-]{5,20}$/).optional(),
  })
  .strict();
export type ResponsiblePerson = z.infer<typeof ResponsiblePersonSchema>;

/**
 * `a.toUpperCase() === b.toUpperCase()` without upper-casing ASCII text: ASCII letters are folded
 * by character code; only a non-ASCII character (whose upper case may change the length, ß → SS)
 * falls back to `toUpperCase`.
 */
function sameIgnoringCase(a: string, b: string): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return !isAscii(a) || !isAscii(b) ? a.toUpperCase() === b.toUpperCase() : false;
  // From the end: two ID numbers of one household nearly always differ in the check character.
  for (let i = n - 1; i >= 0; i--) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Everything after i is identical. With a non-ASCII character here, only toUpperCase can
    // tell (it may change lengths). With two ASCII characters that fold apart, the upper cases
    // differ whatever comes before: each ends in the fold of its own character at i followed by
    // the same upper-cased remainder.
    if (x > 127 || y > 127) return a.toUpperCase() === b.toUpperCase();
    if (x >= 97 && x <= 122) x -= 32;
    if (y >= 97 && y <= 122) y -= 32;
    if (x !== y) return false;
  }
  return true;
}

// Stryker disable next-line BlockStatement: a body that returns nothing reads as "not ASCII", which only sends two numbers of different lengths to toUpperCase, whose answer is the right one for any text
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  // Stryker disable next-line BooleanLiteral: as above: "not ASCII" only sends the pair to toUpperCase, never to a wrong answer
  return true;
}

/**
 * 建档立卡户. A household in the poverty register. Validated first by a parser generated from this
 * schema (`npm run generate:parsers`, src/validation/parser-plan.ts), then, for a record it does
 * not accept, by the schema itself.
 */
export const HouseholdSchema = withGeneratedParser(refineWithTwin(
  z
  .object({
    /** 户编号. */
    id: TextSchema,
    /** 所在村 12 位统计用区划代码. */
    villageCode: divisionCodeSchema('village'),
    /** 户状态. */
    status: HouseholdStatusSchema,
    /** 已脱贫户是否享受政策 (only with `status: 'exited'`). */
    policySupport: PolicySupportSchema.optional(),
    /** 家庭成员 (at least one). */
    members: z.array(MemberSchema).min(1),
    /** 家庭人口数 as the register records it (the checks count `members`). */
    householdSize: z.number().int().min(1).max(99).optional(),
    /** 识别标准. */
    identificationStandard: IdentificationStandardSchema.optional(),
    /** 贫困户属性. */
    povertyAttribute: PovertyAttributeSchema.optional(),
    /** 主要致贫原因. */
    mainCause: PovertyCauseSchema.optional(),
    /** 其他致贫原因. */
    otherCauses: z.array(PovertyCauseSchema).optional(),
    /** 返贫原因. */
    returnCause: PovertyCauseSchema.optional(),
    /** 新识别年度 (the year the household entered the register). */
    identificationYear: YearSchema.optional(),
    /** 脱贫年度. */
    exitYear: YearSchema.optional(),
    /** 计划脱贫年度. */
    plannedExitYear: YearSchema.optional(),
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
    /** 生产生活条件. */
    conditions: LivingConditionsSchema.optional(),
    /** 帮扶责任人. Personal data. */
    responsiblePersons: z.array(ResponsiblePersonSchema).optional(),
  })
  .strict(),
  (household, ctx) => {
    if (household.policySupport !== undefined && household.status !== 'exited') {
      addIssue(ctx, 'household/policy-support-not-exited', ['policySupport']);
    }
    const members = household.members;
    // Two members are the same person when their ID numbers are equal ignoring case (an 18th
    // character x or X). Linear: a member is compared with the earlier ones without upper-casing
    // (no allocation) up to 16 members, and beyond that (a mis-mapped column can make a whole
    // county one "household") looked up in a map of the IDs upper-cased once each.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: either route finds the same duplicates with the same first index (the map's key is the upper case sameIgnoringCase compares by); only the time differs
    const seen = members.length > 16 ? new Map<string, number>() : undefined;
    for (let index = 0; index < members.length; index++) {
      const id = (members[index] as Member).idNumber;
      let first = -1;
      if (seen === undefined) {
        for (let j = 0; j < index; j++) {
          if (sameIgnoringCase((members[j] as Member).idNumber, id)) {
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
        addIssue(ctx, 'household/duplicate-member', ['members', index, 'idNumber'], { index, first, idNumber: maskIdNumber(id) });
      }
    }
  },
), HOUSEHOLD_PARSER_HASH, createHouseholdParser);
/**
 * A household record, as {@link HouseholdSchema} validates it (the output of `validate`). 建档立卡户。
 * Declared as an interface (its members, income, housing and water by name) so that editors show
 * `Household`, not the whole object; `test/records/named-types.test-d.ts` checks it against the
 * schema both ways.
 */
export interface Household extends Omit<z.infer<typeof HouseholdSchema>, 'members' | 'income' | 'housing' | 'water'> {
  members: Member[];
  income?: Income | undefined;
  housing?: Housing | undefined;
  water?: Water | undefined;
}
/** A household as an application may write it before validation. */
export type HouseholdInput = z.input<typeof HouseholdSchema>;
