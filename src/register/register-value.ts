import { registerMessage } from './catalog';
import type { Evidence, Message } from '../reasons/types';
import { REGISTER_LABELS, type LabelledEnum, type LabelledValue } from './labels';

// The register's own wordings and codes for each enum, beyond the label itself and the English
// identifier (both always accepted). Keys are written normalised (see `normalise`).
// 各枚举在登记系统中的其他写法与代码。

type Aliases = { readonly [K in LabelledEnum]?: Readonly<Record<string, LabelledValue<K>>> };

const ALIASES: Aliases = {
  relation: {
    本人: 'head',
    户主本人: 'head',
    妻子: 'spouse',
    丈夫: 'spouse',
    妻: 'spouse',
    夫: 'spouse',
    之妻: 'spouse',
    之夫: 'spouse',
    儿子: 'son',
    子: 'son',
    长子: 'son',
    次子: 'son',
    女儿: 'daughter',
    女: 'daughter',
    长女: 'daughter',
    次女: 'daughter',
    儿媳: 'daughter-in-law',
    之媳: 'daughter-in-law',
    女婿: 'son-in-law',
    孙子: 'grandson',
    孙女: 'granddaughter',
    外孙子: 'daughters-son',
    之外孙: 'daughters-son',
    外孙: 'daughters-son',
    外孙女: 'daughters-daughter',
    父亲: 'father',
    父: 'father',
    母亲: 'mother',
    母: 'mother',
    岳父: 'wifes-father',
    岳母: 'wifes-mother',
    公公: 'husbands-father',
    婆婆: 'husbands-mother',
    祖父: 'grandfather',
    爷爷: 'grandfather',
    祖母: 'grandmother',
    奶奶: 'grandmother',
    兄弟姐妹: 'sibling',
    之兄弟: 'sibling',
    之姐妹: 'sibling',
    兄弟: 'sibling',
    姐妹: 'sibling',
    曾孙子: 'great-grandson',
    曾孙女: 'great-granddaughter',
    子女: 'child',
    父母: 'parent',
    孙辈: 'grandchild',
    之孙: 'grandchild',
  },
  status: { 已脱贫享受政策: 'exited', 已脱贫不再享受政策: 'exited', 脱贫: 'exited', 贫困: 'poor', 监测: 'monitored', 监测对象: 'monitored' },
  schooling: { 在读: 'enrolled', 毕业: 'graduated', 失学或辍学: 'dropped-out', 失学: 'dropped-out' },
  ethnicity: { 其他: 'unrecognised', 未识别民族: 'unrecognised', 穿青人: 'unrecognised' },
  sex: { 男性: 'male', 女性: 'female', '1': 'male', '2': 'female' },
  educationLevel: {
    文盲: 'illiterate',
    半文盲: 'illiterate',
    初级中学: 'junior-secondary',
    高级中学: 'senior-secondary',
    中职: 'secondary-vocational',
    中等职业教育: 'secondary-vocational',
    大专: 'tertiary',
    本科: 'tertiary',
    本科及以上: 'tertiary',
    研究生: 'tertiary',
    学龄前: 'preschool',
  },
  studentStatus: {
    学前: 'preschool',
    幼儿园: 'preschool',
    学前班: 'preschool',
    七年级: 'junior-secondary',
    八年级: 'junior-secondary',
    九年级: 'junior-secondary',
    中专: 'secondary-vocational',
    中等职业教育: 'secondary-vocational',
    高职: 'higher-vocational',
    大专: 'higher-vocational',
    高职大专: 'higher-vocational',
    本科及以上: 'undergraduate',
    大学本科: 'undergraduate',
    硕士: 'postgraduate',
    博士: 'postgraduate',
    硕士研究生: 'postgraduate',
    博士研究生: 'postgraduate',
    非在校: 'not-a-student',
    否: 'not-a-student',
    辍学: 'dropped-out',
    失学: 'dropped-out',
  },
  health: { 大病: 'serious-illness', 慢性病: 'chronic-illness', 残疾人: 'disabled' },
  labourSkill: { 弱劳动力: 'weak', 半劳动力: 'weak', 弱劳动力半劳动力: 'weak', 技能: 'skilled', 普通: 'ordinary' },
  employment: {
    乡镇内务工: 'in-township',
    乡镇外县内务工: 'in-county',
    县内务工: 'in-county',
    省内县外务工: 'in-province',
    省内务工: 'in-province',
    省外: 'out-of-province',
    无: 'none',
    否: 'none',
    不务工: 'none',
    未外出务工: 'none',
  },
  documentType: {
    身份证: 'resident-id',
    居民身份证户口簿: 'resident-id',
    户口本: 'household-register',
    残疾证: 'disability-certificate',
    军官证: 'military-id',
    士兵证: 'military-id',
    港澳通行证: 'hk-macao-permit',
    台胞证: 'taiwan-permit',
    其他: 'other',
  },
  identificationStandard: { 国家: 'national', 国定标准: 'national', 国家扶贫标准: 'national', 省定: 'provincial', 市定: 'municipal' },
  povertyAttribute: {
    五保贫困户: 'destitute-poor',
    五保户: 'destitute-poor',
    特困供养户: 'destitute-poor',
    低保户: 'dibao-poor',
    一般户: 'general-poor',
    五保脱贫户: 'destitute-exited',
  },
  povertyCause: { 病: 'illness', 残: 'disability', 学: 'schooling', 灾: 'disaster', 缺劳动力: 'lack-of-labour', 交通落后: 'poor-transport', 意外事故: 'accident', 因意外: 'accident' },
  roadType: { 土路: 'earth', 泥土: 'earth', 砂石: 'gravel', 水泥: 'cement', 硬化路: 'cement', 沥青路: 'asphalt', 柏油路: 'asphalt' },
  fuel: { 柴: 'firewood', 柴草: 'firewood', 柴火: 'firewood', 煤: 'coal', 液化气: 'gas', 天然气: 'gas', 煤气: 'gas', 电力: 'electricity', 用电: 'electricity' },
  housingGrade: { A级: 'A', B级: 'B', C级: 'C', D级: 'D' },
  renovation: { 无: 'none', 否: 'none', 施工中: 'in-progress', 在建: 'in-progress', 已验收: 'accepted', 竣工验收: 'accepted', 已改造: 'accepted' },
  housingRoute: {},
  housingGuarantee: { 公共租赁住房: 'public-rental', 敬老院: 'care-home', 集中供养: 'care-home', 福利院: 'care-home', 租房: 'rented', 租赁住房: 'rented', 借住亲友: 'with-relatives', 亲友家: 'with-relatives' },
};

/**
 * 贫困户属性 codes 01–08 as read by default. **Unconfirmed**: the register's code list was seen
 * only in secondary sources without its numbering; this order (the four 贫困户 kinds, then the
 * four 脱贫户 kinds) is an assumption. Pass the county's own table as
 * `options.povertyAttributeCodes`.
 * 贫困户属性代码 01–08 的默认对应（**未核实**：可通过 `povertyAttributeCodes` 传入实际代码表）。
 */
export const POVERTY_ATTRIBUTE_CODES: Readonly<Record<string, LabelledValue<'povertyAttribute'>>> = {
  '01': 'general-poor',
  '02': 'dibao-poor',
  '03': 'destitute-poor',
  '04': 'dibao-destitute-poor',
  '05': 'general-exited',
  '06': 'dibao-exited',
  '07': 'destitute-exited',
  '08': 'dibao-destitute-exited',
};

/** 民族 codes of GB/T 3304 (01 汉族 … 56 基诺族, 97 未识别, 98 外国血统), in the table's order. */
const ETHNICITY_CODES: Readonly<Record<string, LabelledValue<'ethnicity'>>> = Object.fromEntries(
  Object.keys(REGISTER_LABELS.ethnicity).map((value, i) => [i < 56 ? String(i + 1).padStart(2, '0') : i === 56 ? '97' : '98', value]),
) as Record<string, LabelledValue<'ethnicity'>>;

/** Options of {@link registerValue}. 登记值转换选项。 */
export interface RegisterValueOptions {
  /** The county's table of 贫困户属性 codes (default {@link POVERTY_ATTRIBUTE_CODES}, unconfirmed). */
  readonly povertyAttributeCodes?: Readonly<Record<string, LabelledValue<'povertyAttribute'>>> | undefined;
}

/** A register value read into a record value, or why it could not be. 登记值转换结果。 */
export type RegisterValueResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: 'register/unknown-value' | 'register/empty'; readonly message: Message };

/**
 * A register cell written the way tools write it: surrounding and inner spaces dropped,
 * full-width forms folded (NFKC: `（` → `(`, `Ａ` → `A`), brackets removed, ASCII lower-cased.
 * @internal
 */
export function normalise(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s()[\]【】〔〕]/g, '')
    .toLowerCase();
}

const TABLES = new Map<LabelledEnum, Map<string, string>>();

function table(kind: LabelledEnum): Map<string, string> {
  let map = TABLES.get(kind);
  if (map !== undefined) return map;
  map = new Map();
  const labels = REGISTER_LABELS[kind] as Readonly<Record<string, string>>;
  for (const [value, label] of Object.entries(labels)) {
    map.set(normalise(value), value);
    map.set(normalise(label), value);
  }
  const aliases = (ALIASES[kind] ?? {}) as Readonly<Record<string, string>>;
  for (const [alias, value] of Object.entries(aliases)) map.set(normalise(alias), value);
  if (kind === 'ethnicity') {
    for (const [code, value] of Object.entries(ETHNICITY_CODES)) map.set(code, value);
    for (const [value, label] of Object.entries(labels)) if (label.endsWith('族')) map.set(normalise(label.slice(0, -1)), value);
  }
  TABLES.set(kind, map);
  return map;
}

const KIND_ZH: Readonly<Record<LabelledEnum, string>> = {
  status: '脱贫状态',
  policySupport: '享受政策情况',
  relation: '与户主关系',
  schooling: '就学状况',
  sex: '性别',
  ethnicity: '民族',
  educationLevel: '文化程度',
  studentStatus: '在校生状况',
  health: '健康状况',
  labourSkill: '劳动技能',
  employment: '务工状况',
  documentType: '证件类型',
  identificationStandard: '识别标准',
  povertyAttribute: '贫困户属性',
  povertyCause: '致贫原因',
  roadType: '入户路类型',
  fuel: '燃料类型',
  housingGrade: '危房级别',
  renovation: '危房改造情况',
  housingRoute: '住房安全保障途径',
  housingGuarantee: '保障安全方式',
};

/** Folds a register stage with a year (小学三年级, 初中一年级, 高中二年级 …) onto the stage. */
function studentStage(key: string): string {
  return key.replace(/(?:[一二三四五六七八九]|[1-9])年级$/, '').replace(/^初[一二三]$/, '初中').replace(/^高[一二三]$/, '高中');
}

const SEVERITY = ['serious-illness', 'disabled', 'chronic-illness', 'healthy'] as const;

/**
 * Reads one register cell of an enum field into the record's stable English identifier: the
 * register's wording (`之儿媳`, `已脱贫（享受政策）`, `省外务工`), its other common wordings
 * (`儿子`, `女儿`), its code where it has one (民族 `01`–`98`, 贫困户属性 `01`–`08`), or the
 * identifier itself in any case (`Head`, `exited`). Spaces and full-width forms do not matter.
 * 在校生状况 with a year (`小学三年级`) reads as its stage; 健康状况 listing several conditions
 * (`残疾,长期慢性病`) reads as the gravest (患有大病, then 残疾, then 长期慢性病). The message of a
 * value that cannot be read names the expected values in Chinese and never repeats the cell.
 * 将登记系统的一个取值转换为记录中的英文标识：接受登记写法、常见写法、代码及标识本身；无法识别时
 * 消息列出中文的期望值（不回显原值）。
 *
 * @param kind - the enum, e.g. `'relation'`
 * @param raw - the register cell (a number is read as its decimal digits)
 * @param options - `povertyAttributeCodes`, the county's own code table
 * @returns `{ ok: true, value }` or `{ ok: false, code, message }`
 * @example
 * registerValue('relation', '之儿媳') //=> { ok: true, value: 'daughter-in-law' }
 * registerValue('relation', 'Head') //=> { ok: true, value: 'head' }
 * registerValue('ethnicity', '06') //=> { ok: true, value: 'miao' }
 * registerValue('studentStatus', '小学三年级') //=> { ok: true, value: 'primary' }
 * registerValue('sex', '未知').ok //=> false
 */
/** What the `register/unknown-value` message of a kind names: the kind and the values it takes. @internal */
export function unknownValueEvidence(kind: LabelledEnum): Evidence {
  return { kind, kindZh: KIND_ZH[kind], labels: Object.values(REGISTER_LABELS[kind] as Readonly<Record<string, string>>), values: Object.keys(REGISTER_LABELS[kind]) };
}

export function registerValue<K extends LabelledEnum>(
  kind: K,
  raw: string | number,
  options: RegisterValueOptions = {},
): RegisterValueResult<LabelledValue<K>> {
  const key = normalise(String(raw));
  if (key === '') {
    return {
      ok: false,
      code: 'register/empty',
      message: registerMessage('register/empty', { kind, kindZh: KIND_ZH[kind] }),
    };
  }
  const map = table(kind);
  let value = map.get(key);
  if (value === undefined && kind === 'povertyAttribute') {
    const codes = options.povertyAttributeCodes ?? POVERTY_ATTRIBUTE_CODES;
    value = codes[key.padStart(2, '0')];
  }
  if (value === undefined && kind === 'studentStatus') value = map.get(studentStage(key));
  if (value === undefined && kind === 'relation' && key.startsWith('之')) value = map.get(key.slice(1));
  if (value === undefined && kind === 'ethnicity' && /^\d$/.test(key)) value = map.get(`0${key}`);
  if (value === undefined && kind === 'health') {
    const parts = key.split(/[,，、;；/]/).map((p) => map.get(p));
    if (parts.length > 1 && parts.every((p) => p !== undefined)) value = SEVERITY.find((s) => parts.includes(s));
  }
  if (value !== undefined) return { ok: true, value: value as LabelledValue<K> };
  return {
    ok: false,
    code: 'register/unknown-value',
    message: registerMessage('register/unknown-value', unknownValueEvidence(kind)),
  };
}
