import type {
  DocumentType,
  EducationLevel,
  Employment,
  Ethnicity,
  Fuel,
  Health,
  HouseholdStatus,
  HousingGuarantee,
  HousingRoute,
  IdentificationStandard,
  LabourSkill,
  PolicySupport,
  PovertyAttribute,
  PovertyCause,
  Relation,
  RoadType,
  Schooling,
  Sex,
  StudentStatus,
} from '../household/schema';

// Chinese labels of every enum of the household and member records, as the national register
// (全国扶贫开发信息系统) words them where it has a wording. One table per enum, keyed by the
// record's stable English identifier. 户、成员记录各枚举值的中文名称（按全国扶贫开发信息系统的写法）。

/** 户状态. */
export const HOUSEHOLD_STATUS_LABELS: Readonly<Record<HouseholdStatus, string>> = {
  poor: '未脱贫',
  exited: '已脱贫',
  monitored: '监测户',
  returned: '返贫',
};

/** 已脱贫户享受政策情况. */
export const POLICY_SUPPORT_LABELS: Readonly<Record<PolicySupport, string>> = {
  continuing: '享受政策',
  ended: '不再享受政策',
};

/** 与户主关系, the register's wordings (户主, 配偶, 之子 …); the coarse values of earlier records as 子女, 父母, 孙辈. */
export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  son: '之子',
  daughter: '之女',
  'daughter-in-law': '之儿媳',
  'son-in-law': '之女婿',
  grandchild: '孙辈',
  grandson: '之孙子',
  granddaughter: '之孙女',
  'daughters-son': '之外孙子',
  'daughters-daughter': '之外孙女',
  parent: '父母',
  father: '之父',
  mother: '之母',
  'wifes-father': '之岳父',
  'wifes-mother': '之岳母',
  'husbands-father': '之公公',
  'husbands-mother': '之婆婆',
  grandfather: '之祖父',
  grandmother: '之祖母',
  sibling: '之兄弟姐妹',
  'great-grandson': '之曾孙子',
  'great-granddaughter': '之曾孙女',
  other: '其他',
};

/** 就学状况. */
export const SCHOOLING_LABELS: Readonly<Record<Schooling, string>> = {
  enrolled: '在校',
  'home-taught': '送教上门',
  exempt: '免学缓学',
  graduated: '已毕业',
  'dropped-out': '辍学',
  'not-applicable': '不适用',
};

/** 性别. */
export const SEX_LABELS: Readonly<Record<Sex, string>> = { male: '男', female: '女' };

/** 民族 (GB/T 3304 order). */
export const ETHNICITY_LABELS: Readonly<Record<Ethnicity, string>> = {
  han: '汉族',
  mongol: '蒙古族',
  hui: '回族',
  tibetan: '藏族',
  uyghur: '维吾尔族',
  miao: '苗族',
  yi: '彝族',
  zhuang: '壮族',
  buyei: '布依族',
  korean: '朝鲜族',
  manchu: '满族',
  dong: '侗族',
  yao: '瑶族',
  bai: '白族',
  tujia: '土家族',
  hani: '哈尼族',
  kazakh: '哈萨克族',
  dai: '傣族',
  li: '黎族',
  lisu: '傈僳族',
  va: '佤族',
  she: '畲族',
  gaoshan: '高山族',
  lahu: '拉祜族',
  sui: '水族',
  dongxiang: '东乡族',
  naxi: '纳西族',
  jingpo: '景颇族',
  kyrgyz: '柯尔克孜族',
  tu: '土族',
  daur: '达斡尔族',
  mulao: '仫佬族',
  qiang: '羌族',
  blang: '布朗族',
  salar: '撒拉族',
  maonan: '毛南族',
  gelao: '仡佬族',
  xibe: '锡伯族',
  achang: '阿昌族',
  pumi: '普米族',
  tajik: '塔吉克族',
  nu: '怒族',
  uzbek: '乌孜别克族',
  russian: '俄罗斯族',
  evenki: '鄂温克族',
  deang: '德昂族',
  bonan: '保安族',
  yugur: '裕固族',
  gin: '京族',
  tatar: '塔塔尔族',
  derung: '独龙族',
  oroqen: '鄂伦春族',
  hezhen: '赫哲族',
  monba: '门巴族',
  lhoba: '珞巴族',
  jino: '基诺族',
  unrecognised: '其他（未识别民族）',
  'foreign-origin': '外国血统中国籍人士',
};

/** 文化程度. */
export const EDUCATION_LEVEL_LABELS: Readonly<Record<EducationLevel, string>> = {
  illiterate: '文盲或半文盲',
  primary: '小学',
  'junior-secondary': '初中',
  'senior-secondary': '高中',
  'secondary-vocational': '中专',
  tertiary: '大专及以上',
  preschool: '学龄前儿童',
};

/** 在校生状况. */
export const STUDENT_STATUS_LABELS: Readonly<Record<StudentStatus, string>> = {
  preschool: '学前教育',
  primary: '小学',
  'junior-secondary': '初中',
  'senior-secondary': '高中',
  'secondary-vocational': '中职',
  'higher-vocational': '高职高专',
  undergraduate: '本科',
  postgraduate: '研究生',
  'not-a-student': '非在校生',
  'dropped-out': '失学或辍学',
};

/** 健康状况. */
export const HEALTH_LABELS: Readonly<Record<Health, string>> = {
  healthy: '健康',
  'chronic-illness': '长期慢性病',
  'serious-illness': '患有大病',
  disabled: '残疾',
};

/** 劳动技能. */
export const LABOUR_SKILL_LABELS: Readonly<Record<LabourSkill, string>> = {
  ordinary: '普通劳动力',
  skilled: '技能劳动力',
  weak: '弱劳动力或半劳动力',
  lost: '丧失劳动力',
  none: '无劳动力',
};

/** 务工状况. */
export const EMPLOYMENT_LABELS: Readonly<Record<Employment, string>> = {
  'in-township': '乡（镇）内务工',
  'in-county': '乡（镇）外县内务工',
  'in-province': '县外省内务工',
  'out-of-province': '省外务工',
  other: '其他',
  none: '未务工',
};

/** 证件类型. */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  'resident-id': '居民身份证',
  'disability-certificate': '残疾人证',
  'household-register': '户口簿',
  'military-id': '军人证件',
  passport: '护照',
  'hk-macao-permit': '港澳居民来往内地通行证',
  'taiwan-permit': '台湾居民来往大陆通行证',
  other: '其他证件',
};

/** 识别标准. */
export const IDENTIFICATION_STANDARD_LABELS: Readonly<Record<IdentificationStandard, string>> = {
  national: '国家标准',
  provincial: '省定标准',
  municipal: '市定标准',
};

/** 贫困户属性. */
export const POVERTY_ATTRIBUTE_LABELS: Readonly<Record<PovertyAttribute, string>> = {
  'general-poor': '一般贫困户',
  'dibao-poor': '低保贫困户',
  'destitute-poor': '特困供养贫困户',
  'dibao-destitute-poor': '低保特困供养贫困户',
  'general-exited': '一般脱贫户',
  'dibao-exited': '低保脱贫户',
  'destitute-exited': '特困供养脱贫户',
  'dibao-destitute-exited': '低保特困供养脱贫户',
};

/** 致贫原因 / 返贫原因. */
export const POVERTY_CAUSE_LABELS: Readonly<Record<PovertyCause, string>> = {
  illness: '因病',
  disability: '因残',
  schooling: '因学',
  disaster: '因灾',
  'lack-of-land': '缺土地',
  'lack-of-water': '缺水',
  'lack-of-skills': '缺技术',
  'lack-of-labour': '缺劳力',
  'lack-of-funds': '缺资金',
  'poor-transport': '交通条件落后',
  'lack-of-motivation': '自身发展动力不足',
  marriage: '因婚',
  accident: '因意外事故',
  other: '其他',
};

/** 入户路类型. */
export const ROAD_TYPE_LABELS: Readonly<Record<RoadType, string>> = {
  earth: '泥土路',
  gravel: '砂石路',
  cement: '水泥路',
  asphalt: '沥青（柏油）路',
  other: '其他',
};

/** 燃料类型. */
export const FUEL_LABELS: Readonly<Record<Fuel, string>> = {
  firewood: '柴草',
  coal: '煤炭',
  gas: '燃气',
  electricity: '电',
  biogas: '沼气',
  other: '其他',
};

/** 危房级别 / 房屋安全等级. */
export const HOUSING_GRADE_LABELS: Readonly<Record<'A' | 'B' | 'C' | 'D', string>> = {
  A: 'A 级（安全）',
  B: 'B 级（基本安全）',
  C: 'C 级（局部危险）',
  D: 'D 级（整体危险）',
};

/** 危房改造状态. */
export const RENOVATION_LABELS: Readonly<Record<'none' | 'in-progress' | 'accepted', string>> = {
  none: '未改造',
  'in-progress': '改造中',
  accepted: '已竣工验收',
};

/** 住房安全保障途径. */
export const HOUSING_ROUTE_LABELS: Readonly<Record<HousingRoute, string>> = {
  'appraised-safe': '鉴定安全',
  'renovated-safe': '改造安全',
  'guaranteed-safe': '保障安全',
};

/** 保障安全的方式. */
export const HOUSING_GUARANTEE_LABELS: Readonly<Record<HousingGuarantee, string>> = {
  'public-rental': '公租房',
  'care-home': '敬老院（集中供养）',
  rented: '租住',
  'with-relatives': '投亲靠友',
  other: '其他',
};

/**
 * Every label table by the name of its enum: the Chinese label of each value of the household and
 * member records. 各枚举的中文名称表。
 *
 * @example
 * REGISTER_LABELS.relation['daughter-in-law'] //=> '之儿媳'
 * REGISTER_LABELS.status.exited //=> '已脱贫'
 */
export const REGISTER_LABELS = {
  status: HOUSEHOLD_STATUS_LABELS,
  policySupport: POLICY_SUPPORT_LABELS,
  relation: RELATION_LABELS,
  schooling: SCHOOLING_LABELS,
  sex: SEX_LABELS,
  ethnicity: ETHNICITY_LABELS,
  educationLevel: EDUCATION_LEVEL_LABELS,
  studentStatus: STUDENT_STATUS_LABELS,
  health: HEALTH_LABELS,
  labourSkill: LABOUR_SKILL_LABELS,
  employment: EMPLOYMENT_LABELS,
  documentType: DOCUMENT_TYPE_LABELS,
  identificationStandard: IDENTIFICATION_STANDARD_LABELS,
  povertyAttribute: POVERTY_ATTRIBUTE_LABELS,
  povertyCause: POVERTY_CAUSE_LABELS,
  roadType: ROAD_TYPE_LABELS,
  fuel: FUEL_LABELS,
  housingGrade: HOUSING_GRADE_LABELS,
  renovation: RENOVATION_LABELS,
  housingRoute: HOUSING_ROUTE_LABELS,
  housingGuarantee: HOUSING_GUARANTEE_LABELS,
} as const;

/** The name of an enum with a label table. 有中文名称表的枚举名。 */
export type LabelledEnum = keyof typeof REGISTER_LABELS;

/** The values of a labelled enum. */
export type LabelledValue<K extends LabelledEnum> = keyof (typeof REGISTER_LABELS)[K] & string;
