import type { LabelledEnum } from './labels';

/** How a register cell is read into a record field. */
export type RegisterFieldKind =
  | { readonly type: 'text' }
  | { readonly type: 'status' }
  | { readonly type: 'enum'; readonly enum: LabelledEnum }
  | { readonly type: 'enum-list'; readonly enum: LabelledEnum }
  | { readonly type: 'boolean' }
  | { readonly type: 'yuan' }
  | { readonly type: 'number' }
  | { readonly type: 'integer' }
  | { readonly type: 'date' }
  | { readonly type: 'division-code' };

/** One record field a register column fills: its register name and how the cell is read. */
export interface RegisterField {
  /** The column name of the national register's export (全国扶贫开发信息系统). 登记字段名。 */
  readonly name: string;
  readonly kind: RegisterFieldKind;
}

const text = { type: 'text' } as const;
const bool = { type: 'boolean' } as const;
const yuan = { type: 'yuan' } as const;
const num = { type: 'number' } as const;
const int = { type: 'integer' } as const;
const e = (name: LabelledEnum) => ({ type: 'enum', enum: name }) as const;

/**
 * The household fields a register row fills, keyed by the record path (`income.perCapita`), with
 * the register's column name for each. A row of the register is one member; the household
 * fields repeat on every member's row.
 * 户级字段：记录路径 → 登记字段名及读取方式。
 */
export const REGISTER_HOUSEHOLD_FIELDS = {
  id: { name: '户编号', kind: text },
  villageCode: { name: '行政区划代码', kind: { type: 'division-code' } },
  status: { name: '脱贫状态', kind: { type: 'status' } },
  householdSize: { name: '家庭人口数', kind: int },
  identificationStandard: { name: '识别标准', kind: e('identificationStandard') },
  povertyAttribute: { name: '贫困户属性', kind: e('povertyAttribute') },
  mainCause: { name: '主要致贫原因', kind: e('povertyCause') },
  otherCauses: { name: '其他致贫原因', kind: { type: 'enum-list', enum: 'povertyCause' } },
  returnCause: { name: '返贫原因', kind: e('povertyCause') },
  identificationYear: { name: '新识别年度', kind: int },
  exitYear: { name: '脱贫年度', kind: int },
  plannedExitYear: { name: '计划脱贫年度', kind: int },
  'income.year': { name: '收入年度', kind: int },
  'income.perCapita': { name: '人均纯收入', kind: yuan },
  'income.wage': { name: '工资性收入', kind: yuan },
  'income.business': { name: '生产经营性收入', kind: yuan },
  'income.property': { name: '财产性收入', kind: yuan },
  'income.transfer': { name: '转移性收入', kind: yuan },
  'income.productionCosts': { name: '生产经营性支出', kind: yuan },
  'income.dibaoAllowance': { name: '低保金', kind: yuan },
  'income.destituteAllowance': { name: '五保金', kind: yuan },
  'income.pension': { name: '养老金', kind: yuan },
  'income.familyPlanningAllowance': { name: '计划生育金', kind: yuan },
  'income.ecologicalCompensation': { name: '生态补偿金', kind: yuan },
  foodSecure: { name: '不愁吃', kind: bool },
  clothingSecure: { name: '不愁穿', kind: bool },
  'housing.dangerous': { name: '是否危房户', kind: bool },
  'housing.grade': { name: '危房级别', kind: e('housingGrade') },
  'housing.renovation': { name: '危房改造情况', kind: e('renovation') },
  'housing.livesInSafeHousing': { name: '是否住进安全住房', kind: bool },
  'housing.noHouse': { name: '是否无房户', kind: bool },
  'housing.route': { name: '住房安全保障途径', kind: e('housingRoute') },
  'housing.guarantee': { name: '保障安全方式', kind: e('housingGuarantee') },
  'housing.relocated': { name: '是否易地扶贫搬迁', kind: bool },
  'housing.areaSquareMetres': { name: '住房面积', kind: num },
  'water.safe': { name: '饮水是否安全', kind: bool },
  'water.difficult': { name: '饮水是否困难', kind: bool },
  'conditions.cultivatedLandMu': { name: '耕地面积', kind: num },
  'conditions.forestLandMu': { name: '林地面积', kind: num },
  'conditions.productionElectricity': { name: '是否通生产用电', kind: bool },
  'conditions.domesticElectricity': { name: '是否通生活用电', kind: bool },
  'conditions.roadType': { name: '入户路类型', kind: e('roadType') },
  'conditions.fuel': { name: '主要燃料类型', kind: e('fuel') },
  'conditions.sanitaryToilet': { name: '有无卫生厕所', kind: bool },
  'conditions.cooperative': { name: '是否加入农民专业合作社', kind: bool },
  'responsiblePerson.name': { name: '帮扶责任人', kind: text },
  'responsiblePerson.unit': { name: '帮扶单位', kind: text },
  'responsiblePerson.post': { name: '帮扶责任人职务', kind: text },
  'responsiblePerson.phone': { name: '帮扶责任人联系电话', kind: text },
} as const satisfies Readonly<Record<string, RegisterField>>;

/**
 * The member fields a register row fills, keyed by the member's field name, with the register's
 * column name for each. 成员字段：字段名 → 登记字段名及读取方式。
 */
export const REGISTER_MEMBER_FIELDS = {
  idNumber: { name: '证件号码', kind: text },
  documentType: { name: '证件类型', kind: e('documentType') },
  name: { name: '姓名', kind: text },
  relation: { name: '与户主关系', kind: e('relation') },
  birthDate: { name: '出生日期', kind: { type: 'date' } },
  sex: { name: '性别', kind: e('sex') },
  ethnicity: { name: '民族', kind: e('ethnicity') },
  educationLevel: { name: '文化程度', kind: e('educationLevel') },
  schooling: { name: '就学状况', kind: e('schooling') },
  studentStatus: { name: '在校生状况', kind: e('studentStatus') },
  health: { name: '健康状况', kind: e('health') },
  labourSkill: { name: '劳动技能', kind: e('labourSkill') },
  employment: { name: '务工状况', kind: e('employment') },
  employmentMonths: { name: '务工时间', kind: int },
  medicalInsurance: { name: '是否参加城乡居民基本医疗保险', kind: bool },
  criticalIllnessInsurance: { name: '是否参加大病保险', kind: bool },
  pensionInsurance: { name: '是否参加城乡居民基本养老保险', kind: bool },
  minimumLivingAllowance: { name: '是否享受低保', kind: bool },
  activeServiceman: { name: '是否现役军人', kind: bool },
  disabilityGrade: { name: '残疾等级', kind: int },
  phone: { name: '联系电话', kind: text },
} as const satisfies Readonly<Record<string, RegisterField>>;

export type RegisterHouseholdField = keyof typeof REGISTER_HOUSEHOLD_FIELDS;
export type RegisterMemberField = keyof typeof REGISTER_MEMBER_FIELDS;
