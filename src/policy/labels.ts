import type { Boundary, MedicalRequirement } from './schema';

// Chinese labels of the policy tables' enum values, for messages that name them.
// 政策参数表各取值的中文名称。

/** 收入口径 of a poverty line. */
export const INCOME_BASIS_ZH: Readonly<Record<'net-income' | 'disposable-income', string>> = {
  'net-income': '纯收入',
  'disposable-income': '可支配收入',
};

/** 阈值边界. */
export const BOUNDARY_ZH: Readonly<Record<Boundary, string>> = { strict: '严格（达到阈值不通过）', inclusive: '含阈值（达到阈值即通过）' };

/** 防止返贫监测认定口径. */
export const MONITORING_BASIS_ZH: Readonly<Record<'national-multiple' | 'province-line', string>> = {
  'national-multiple': '国家贫困线倍数',
  'province-line': '省定监测范围',
};

/** 基本医疗有保障所需参保项目. */
export const MEDICAL_REQUIREMENT_ZH: Readonly<Record<MedicalRequirement, string>> = {
  required: '必须参保',
  'where-recorded': '有记录时核查',
  'not-required': '不要求',
};
