import { registerBoolean } from '../register/register-boolean';
import { registerStatus } from '../register/register-status';
import { registerValue } from '../register/register-value';
import type { LabelledEnum } from '../register/labels';

/**
 * Column names of the one-row-per-member household spreadsheet (CSV or XLSX), in Chinese or
 * English, and how each cell becomes a field of a `Household` record. Household fields are
 * repeated on every member's row; they must agree across the rows of one household.
 * 每行一人的户表列名（中文或英文）及其对应的 Household 字段。
 */
export type CellKind = 'string' | 'id' | 'number' | 'integer' | 'boolean' | 'date' | 'enum' | 'status' | 'list';

/**
 * A date cell of a spreadsheet (an ISO `t="d"` cell, or a number whose format is a date), as the
 * calendar date it shows (`YYYY-MM-DD`). 电子表格中的日期单元格。
 */
export interface CellDate {
  readonly date: string;
}

/** One cell as the readers give it: text, a number, a boolean, a date, or empty (`undefined`). */
export type Cell = string | number | boolean | CellDate | undefined;

export interface ColumnSpec {
  /** English name, also accepted as a header. */
  readonly key: string;
  /** Chinese header names accepted (first one is the documented one). */
  readonly zh: readonly string[];
  /** Where the value goes: on the household or on the member of the row. */
  readonly level: 'household' | 'member';
  /** Field path inside the household or the member. */
  readonly path: readonly string[];
  readonly kind: CellKind;
  /** For enums: Chinese labels accepted for each value (English values are always accepted). */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * For enums and lists: the register enum whose wordings and codes `registerValue` reads
   * (`之儿媳`, `01`…); `labels` then only add older wordings.
   */
  readonly register?: LabelledEnum;
  readonly required?: boolean;
  /** The unit a bracket in the header may name (`工资性收入（元）`); another unit does not match. */
  readonly unit?: string;
  /**
   * Every unit a header may name, exactly (lower-cased): any other unit in the header leaves the
   * column unrecognised, so that `亩产（斤）` or `单价（元/斤）` is reported, never read as kilograms.
   */
  readonly units?: readonly string[];
  /** An optional column whose absence is not reported (a field an option may give instead). */
  readonly quietWhenAbsent?: boolean;
}

/**
 * Place names, for a table without village codes (a register, a monitoring table): the village
 * name is mapped to its code through the village table (--villages); the township's name is only
 * recognised. Never written into a record.
 */
const PLACE_NAME_COLUMNS: readonly ColumnSpec[] = [
  { key: 'villageName', zh: ['村', '村名', '行政村', '所在村', '村名称'], level: 'household', path: ['villageName'], kind: 'string' },
  { key: 'townshipName', zh: ['乡镇', '乡（镇）', '乡镇名称', '所在乡镇'], level: 'household', path: ['townshipName'], kind: 'string' },
];

export const HOUSEHOLD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'householdId', zh: ['户编号', '户码'], level: 'household', path: ['id'], kind: 'string', required: true },
  { key: 'villageCode', zh: ['村代码', '村级区划代码', '村区划代码'], level: 'household', path: ['villageCode'], kind: 'string', required: true },
  // Place names, for a register without village codes: mapped to codes through --villages.
  ...PLACE_NAME_COLUMNS,
  {
    // 脱贫状态 codes 0/1/3/4 and wordings through registerStatus (also sets policySupport).
    key: 'status',
    zh: ['户状态', '脱贫状态', '贫困户状态'],
    level: 'household',
    path: ['status'],
    kind: 'status',
    labels: { 贫困户: 'poor', 脱贫: 'exited' },
    required: true,
  },
  { key: 'idNumber', zh: ['身份证号', '身份证号码', '证件号码', '公民身份号码'], level: 'member', path: ['idNumber'], kind: 'id', required: true },
  { key: 'name', zh: ['姓名'], level: 'member', path: ['name'], kind: 'string', required: true },
  { key: 'relation', zh: ['与户主关系'], level: 'member', path: ['relation'], kind: 'enum', register: 'relation', required: true },
  { key: 'birthDate', zh: ['出生日期'], level: 'member', path: ['birthDate'], kind: 'date' },
  {
    key: 'schooling',
    zh: ['就学状况'],
    level: 'member',
    path: ['schooling'],
    kind: 'enum',
    register: 'schooling',
    labels: { 在校: 'enrolled', 在校生: 'enrolled', 免学: 'exempt', 缓学: 'exempt', 毕业: 'graduated' },
  },
  { key: 'medicalInsurance', zh: ['参加医保', '基本医疗保险', '参加城乡居民基本医疗保险', '参加新农合', '参加基本医疗保险'], level: 'member', path: ['medicalInsurance'], kind: 'boolean' },
  { key: 'studentStatus', zh: ['在校生状况'], level: 'member', path: ['studentStatus'], kind: 'enum', register: 'studentStatus' },
  { key: 'documentType', zh: ['证件类型'], level: 'member', path: ['documentType'], kind: 'enum', register: 'documentType' },
  { key: 'sex', zh: ['性别'], level: 'member', path: ['sex'], kind: 'enum', register: 'sex' },
  { key: 'ethnicity', zh: ['民族'], level: 'member', path: ['ethnicity'], kind: 'enum', register: 'ethnicity' },
  { key: 'educationLevel', zh: ['文化程度'], level: 'member', path: ['educationLevel'], kind: 'enum', register: 'educationLevel' },
  { key: 'health', zh: ['健康状况'], level: 'member', path: ['health'], kind: 'enum', register: 'health' },
  { key: 'labourSkill', zh: ['劳动技能'], level: 'member', path: ['labourSkill'], kind: 'enum', register: 'labourSkill' },
  { key: 'employment', zh: ['务工状况'], level: 'member', path: ['employment'], kind: 'enum', register: 'employment' },
  { key: 'employmentMonths', zh: ['务工时间'], level: 'member', path: ['employmentMonths'], kind: 'integer', unit: '月' },
  { key: 'criticalIllnessInsurance', zh: ['参加大病保险'], level: 'member', path: ['criticalIllnessInsurance'], kind: 'boolean' },
  { key: 'pensionInsurance', zh: ['参加城乡居民基本养老保险', '参加养老保险'], level: 'member', path: ['pensionInsurance'], kind: 'boolean' },
  { key: 'minimumLivingAllowance', zh: ['享受低保'], level: 'member', path: ['minimumLivingAllowance'], kind: 'boolean' },
  { key: 'activeServiceman', zh: ['现役军人'], level: 'member', path: ['activeServiceman'], kind: 'boolean' },
  { key: 'disabilityGrade', zh: ['残疾等级'], level: 'member', path: ['disabilityGrade'], kind: 'integer' },
  { key: 'phone', zh: ['联系电话'], level: 'member', path: ['phone'], kind: 'string' },
  { key: 'householdSize', zh: ['家庭人口数', '家庭人口'], level: 'household', path: ['householdSize'], kind: 'integer' },
  { key: 'identificationStandard', zh: ['识别标准'], level: 'household', path: ['identificationStandard'], kind: 'enum', register: 'identificationStandard' },
  { key: 'povertyAttribute', zh: ['贫困户属性'], level: 'household', path: ['povertyAttribute'], kind: 'enum', register: 'povertyAttribute' },
  { key: 'mainCause', zh: ['主要致贫原因'], level: 'household', path: ['mainCause'], kind: 'enum', register: 'povertyCause' },
  { key: 'otherCauses', zh: ['其他致贫原因'], level: 'household', path: ['otherCauses'], kind: 'list', register: 'povertyCause' },
  { key: 'returnCause', zh: ['返贫原因'], level: 'household', path: ['returnCause'], kind: 'enum', register: 'povertyCause' },
  { key: 'identificationYear', zh: ['新识别年度', '识别年度'], level: 'household', path: ['identificationYear'], kind: 'integer' },
  { key: 'exitYear', zh: ['脱贫年度'], level: 'household', path: ['exitYear'], kind: 'integer' },
  { key: 'plannedExitYear', zh: ['计划脱贫年度'], level: 'household', path: ['plannedExitYear'], kind: 'integer' },
  { key: 'incomeYear', zh: ['收入年度'], level: 'household', path: ['income', 'year'], kind: 'integer' },
  { key: 'wage', zh: ['工资性收入'], level: 'household', path: ['income', 'wage'], kind: 'number', unit: '元' },
  { key: 'business', zh: ['经营性收入', '生产经营性收入'], level: 'household', path: ['income', 'business'], kind: 'number', unit: '元' },
  { key: 'property', zh: ['财产性收入'], level: 'household', path: ['income', 'property'], kind: 'number', unit: '元' },
  { key: 'transfer', zh: ['转移性收入'], level: 'household', path: ['income', 'transfer'], kind: 'number', unit: '元' },
  { key: 'productionCosts', zh: ['生产经营性支出'], level: 'household', path: ['income', 'productionCosts'], kind: 'number', unit: '元' },
  { key: 'perCapita', zh: ['人均纯收入', '人均可支配收入'], level: 'household', path: ['income', 'perCapita'], kind: 'number', unit: '元' },
  { key: 'dibaoAllowance', zh: ['低保金'], level: 'household', path: ['income', 'dibaoAllowance'], kind: 'number', unit: '元' },
  { key: 'destituteAllowance', zh: ['五保金', '特困供养金'], level: 'household', path: ['income', 'destituteAllowance'], kind: 'number', unit: '元' },
  { key: 'pension', zh: ['养老金'], level: 'household', path: ['income', 'pension'], kind: 'number', unit: '元' },
  { key: 'familyPlanningAllowance', zh: ['计划生育金'], level: 'household', path: ['income', 'familyPlanningAllowance'], kind: 'number', unit: '元' },
  { key: 'ecologicalCompensation', zh: ['生态补偿金'], level: 'household', path: ['income', 'ecologicalCompensation'], kind: 'number', unit: '元' },
  { key: 'foodSecure', zh: ['不愁吃'], level: 'household', path: ['foodSecure'], kind: 'boolean' },
  { key: 'clothingSecure', zh: ['不愁穿'], level: 'household', path: ['clothingSecure'], kind: 'boolean' },
  { key: 'housingGrade', zh: ['住房安全等级', '房屋等级', '危房级别', '房屋安全等级'], level: 'household', path: ['housing', 'grade'], kind: 'enum', register: 'housingGrade', labels: { A级: 'A', B级: 'B', C级: 'C', D级: 'D' } },
  {
    key: 'renovation',
    zh: ['危房改造', '危房改造情况'],
    level: 'household',
    path: ['housing', 'renovation'],
    kind: 'enum',
    register: 'renovation',
    labels: { 无: 'none', 施工中: 'in-progress', 已验收: 'accepted', 竣工验收: 'accepted' },
  },
  { key: 'livesInSafeHousing', zh: ['已住安全住房', '已住进其他安全住房'], level: 'household', path: ['housing', 'livesInSafeHousing'], kind: 'boolean' },
  { key: 'dangerous', zh: ['危房户'], level: 'household', path: ['housing', 'dangerous'], kind: 'boolean' },
  { key: 'noHouse', zh: ['无房户'], level: 'household', path: ['housing', 'noHouse'], kind: 'boolean' },
  { key: 'housingRoute', zh: ['住房安全保障途径'], level: 'household', path: ['housing', 'route'], kind: 'enum', register: 'housingRoute' },
  { key: 'housingGuarantee', zh: ['保障安全方式'], level: 'household', path: ['housing', 'guarantee'], kind: 'enum', register: 'housingGuarantee' },
  { key: 'relocated', zh: ['易地扶贫搬迁', '易地搬迁'], level: 'household', path: ['housing', 'relocated'], kind: 'boolean' },
  { key: 'areaSquareMetres', zh: ['住房面积'], level: 'household', path: ['housing', 'areaSquareMetres'], kind: 'number' },
  { key: 'litresPerPersonPerDay', zh: ['人均日用水量'], level: 'household', path: ['water', 'litresPerPersonPerDay'], kind: 'number', unit: '升' },
  { key: 'piped', zh: ['供水入户'], level: 'household', path: ['water', 'piped'], kind: 'boolean' },
  { key: 'fetchMinutes', zh: ['取水往返时间'], level: 'household', path: ['water', 'fetchMinutes'], kind: 'number', unit: '分钟' },
  { key: 'horizontalMetres', zh: ['取水水平距离'], level: 'household', path: ['water', 'horizontalMetres'], kind: 'number', unit: '米' },
  { key: 'verticalMetres', zh: ['取水垂直距离'], level: 'household', path: ['water', 'verticalMetres'], kind: 'number', unit: '米' },
  { key: 'interruptionDaysPerYear', zh: ['年停水天数'], level: 'household', path: ['water', 'interruptionDaysPerYear'], kind: 'integer', unit: '天' },
  { key: 'qualityOk', zh: ['水质达标'], level: 'household', path: ['water', 'qualityOk'], kind: 'boolean' },
  { key: 'waterShortArea', zh: ['缺水地区'], level: 'household', path: ['water', 'waterShortArea'], kind: 'boolean' },
  { key: 'waterSafe', zh: ['饮水是否安全', '饮水安全'], level: 'household', path: ['water', 'safe'], kind: 'boolean' },
  { key: 'waterDifficult', zh: ['饮水是否困难', '饮水困难'], level: 'household', path: ['water', 'difficult'], kind: 'boolean' },
  { key: 'cultivatedLandMu', zh: ['耕地面积'], level: 'household', path: ['conditions', 'cultivatedLandMu'], kind: 'number', unit: '亩' },
  { key: 'forestLandMu', zh: ['林地面积'], level: 'household', path: ['conditions', 'forestLandMu'], kind: 'number', unit: '亩' },
  { key: 'productionElectricity', zh: ['通生产用电'], level: 'household', path: ['conditions', 'productionElectricity'], kind: 'boolean' },
  { key: 'domesticElectricity', zh: ['通生活用电'], level: 'household', path: ['conditions', 'domesticElectricity'], kind: 'boolean' },
  { key: 'roadType', zh: ['入户路类型'], level: 'household', path: ['conditions', 'roadType'], kind: 'enum', register: 'roadType' },
  { key: 'fuel', zh: ['主要燃料类型', '燃料类型'], level: 'household', path: ['conditions', 'fuel'], kind: 'enum', register: 'fuel' },
  { key: 'sanitaryToilet', zh: ['有无卫生厕所', '卫生厕所'], level: 'household', path: ['conditions', 'sanitaryToilet'], kind: 'boolean' },
  { key: 'cooperative', zh: ['加入农民专业合作社', '加入合作社'], level: 'household', path: ['conditions', 'cooperative'], kind: 'boolean' },
];

/** Village table columns for `--villages`. 村表列名。 */
export const VILLAGE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'code', zh: ['村代码', '村级区划代码'], level: 'household', path: ['code'], kind: 'string', required: true },
  { key: 'name', zh: ['村名', '村名称'], level: 'household', path: ['name'], kind: 'string', required: true },
  { key: 'townshipCode', zh: ['乡镇代码', '乡级区划代码'], level: 'household', path: ['townshipCode'], kind: 'string', required: true },
  { key: 'ruralPopulation', zh: ['农村人口', '农村户籍人口'], level: 'household', path: ['ruralPopulation'], kind: 'integer', required: true },
  { key: 'registeredPoor', zh: ['贫困村'], level: 'household', path: ['registeredPoor'], kind: 'boolean' },
  { key: 'exited', zh: ['已出列'], level: 'household', path: ['exited'], kind: 'boolean' },
];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Days from 1899-12-30 (Excel's 1900 date system, after its leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

function registerEnum(spec: ColumnSpec, raw: string | number): string | undefined {
  if (spec.register === undefined) return undefined;
  const read = registerValue(spec.register, raw);
  return read.ok ? read.value : undefined;
}

/**
 * The record fields of a status cell: `status` and, for the register's codes 1 and 4 and their
 * wordings, `policySupport` (registerStatus).
 * @internal
 */
export function statusFields(raw: Cell): { status: string; policySupport?: string } | undefined {
  if (raw === undefined || typeof raw === 'object' || typeof raw === 'boolean') return undefined;
  const read = registerStatus(raw);
  return read.ok ? read.value : undefined;
}

/** Scientific notation, as a spreadsheet shows a long number it stored (`1.10105E+17`). */
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

/**
 * Whether an ID-number cell lost its digits: a number cell, or text in scientific notation. Such
 * a cell is rejected, never converted (an ID of 18 digits cannot survive a double: about 8% of
 * the rounded numbers are another valid ID).
 * 身份证号单元格是否被存为数字（数字单元格或科学计数法文本）。
 * @internal
 */
export function idStoredAsNumber(raw: Cell): boolean {
  return typeof raw === 'number' || (typeof raw === 'string' && SCIENTIFIC.test(raw.trim()));
}

/**
 * Whether a household-id cell may have lost digits: a number cell of 16 digits or more (a
 * spreadsheet keeps 15 significant digits: 5299011012010001 becomes 5299011012010000, and two
 * households become one), or text in scientific notation. Such a cell is rejected, never read: the
 * id cannot be trusted. A number of 15 digits or fewer is exact and read as its digits.
 * 户编号单元格是否可能丢失位数（16 位及以上的数字单元格，或科学计数法文本）。
 * @internal
 */
export function householdIdStoredAsNumber(raw: Cell): boolean {
  return (typeof raw === 'number' && !(Math.abs(raw) < 1e15)) || (typeof raw === 'string' && SCIENTIFIC.test(raw.trim()));
}

function serialDate(serial: number, date1904 = false): string {
  const ms = Math.round((serial - EXCEL_EPOCH_OFFSET + (date1904 ? 1462 : 0)) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A spreadsheet date serial (days since 1899-12-30, Excel's 1900 system after its leap-year bug;
 * or since 1904-01-01) as the calendar date it shows.
 * @internal
 */
export function dateCell(serial: number, date1904 = false): CellDate | number {
  return serial > 0 && serial < 2_958_466 ? { date: serialDate(serial, date1904) } : serial;
}

/**
 * Converts one cell to the field's value. A cell that cannot be converted is kept as written, so
 * that validation names the field and the problem; an empty cell is absent (`undefined`).
 * 单元格转为字段值；无法转换时保留原文，由校验报告字段与问题；空单元格视为缺失。
 */
export function convertCell(spec: ColumnSpec, raw: Cell): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    raw = raw.trim();
    if (raw === '') return undefined;
  }
  if (typeof raw === 'object') {
    // A date cell: its calendar date, for a date column or any text column.
    return raw.date;
  }
  switch (spec.kind) {
    case 'string':
    case 'id':
      // Spreadsheets store long digit strings as numbers; keep the digits. (ID columns never get
      // here with a number: the reader rejects the cell first.)
      return typeof raw === 'number' ? (Number.isInteger(raw) && Math.abs(raw) <= Number.MAX_SAFE_INTEGER ? String(raw) : String(raw)) : String(raw);
    case 'number':
    case 'integer':
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'string' && NUMBER.test(raw.replaceAll(',', ''))) return Number(raw.replaceAll(',', ''));
      return raw;
    case 'boolean': {
      // The register's yes/no wordings (是/否, 有/无, 已参加/未参加, √/×…) through registerBoolean.
      const read = registerBoolean(raw);
      return read.ok ? read.value : raw;
    }
    case 'status': {
      // Only the status; the reader sets policySupport from registerStatus as well.
      const read = registerStatus(typeof raw === 'boolean' ? String(raw) : raw);
      return read.ok ? read.value.status : (spec.labels?.[String(raw)] ?? String(raw));
    }
    case 'list': {
      const parts = String(raw).split(/[,，、;；/]/).map((p) => p.trim()).filter((p) => p !== '');
      return parts.map((p) => (spec.register === undefined ? p : (registerEnum(spec, p) ?? p)));
    }
    case 'date': {
      // A number in a date column: a date serial whose cell lost its format (CSV), or YYYYMMDD.
      if (typeof raw === 'number' && raw > 0 && raw < 2_958_466) return serialDate(raw);
      const text = String(raw);
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
      return text;
    }
    case 'enum': {
      const text = String(raw);
      return spec.labels?.[text] ?? registerEnum(spec, typeof raw === 'number' ? raw : text) ?? text;
    }
  }
}

/** A header row matched to columns: the column index of each spec found, and the problems. */
export interface HeaderMap {
  readonly columns: readonly { readonly spec: ColumnSpec; readonly index: number }[];
  readonly missing: readonly ColumnSpec[];
  /** Expected (optional) columns that are not there. */
  readonly absent: readonly ColumnSpec[];
  readonly unknown: readonly string[];
  readonly duplicate: readonly string[];
}

/** Units a header may name in brackets or after a slash; only the column's own unit matches. */
const UNIT_WORDS = /^(元|万元|千元|元\/人|元\/年|升|升\/人\/日|升\/人·日|分钟|分|米|公里|千米|天|日|亩|人|户|%|％|岁|年|月)$/;

/**
 * A header as it is matched: full-width forms made half-width (NFKC: `（元）` → `(元)`), spaces,
 * a marking `*` or `※` and line breaks dropped, a bracketed part or a `/unit` tail set apart as
 * the unit (`工资性收入（元）` → `工资性收入`, unit `元`), a leading `是否` dropped
 * (`是否参加医保` → `参加医保`), English lower-cased without `_`, `-` or spaces.
 * 列名规范化：全角转半角，去空格与 * 号，括号或斜杠后的单位单列，去掉开头的“是否”。
 *
 * @example
 * normalizeHeader('工资性收入（元）') //=> { name: '工资性收入', unit: '元' }
 * normalizeHeader('* 是否参加医保') //=> { name: '参加医保', unit: undefined }
 */
export function normalizeHeader(header: string): { name: string; unit: string | undefined } {
  let text = String(header).normalize('NFKC').replace(/\s+/g, '').replace(/^[*※]+|[*※]+$/g, '');
  let unit: string | undefined;
  const bracket = /^(.*?)[([【{](.*?)[)\]】}]$/.exec(text);
  if (bracket !== null && bracket[1] !== '') {
    text = bracket[1] as string;
    unit = bracket[2];
  } else {
    const slash = /^(.+?)\/([^/]{1,6})$/.exec(text);
    if (slash !== null && UNIT_WORDS.test(slash[2] as string)) {
      text = slash[1] as string;
      unit = slash[2];
    }
  }
  text = text.replace(/^[*※]+|[*※]+$/g, '');
  if (text.startsWith('是否') && text.length > 3) text = text.slice(2);
  if (/^[\x20-\x7e]+$/.test(text)) text = text.toLowerCase().replace(/[_\- ]/g, '');
  return { name: text, unit };
}

function nameKey(name: string): string {
  return normalizeHeader(name).name;
}

/**
 * Matches a header row against column specs after {@link normalizeHeader}: each header cell may
 * be the English key or one of the Chinese names; a unit in brackets must be the column's own
 * (`工资性收入（万元）` does not match: the amounts would be read 10,000 times too small).
 * 匹配表头（先规范化）：英文名或中文名均可；括号中的单位须与该列一致。
 */
export function mapHeader(header: readonly string[], specs: readonly ColumnSpec[]): HeaderMap {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    byName.set(nameKey(spec.key), spec);
    for (const zh of spec.zh) byName.set(nameKey(zh), spec);
  }
  const columns: { spec: ColumnSpec; index: number }[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const found = new Set<ColumnSpec>();
  header.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const { name, unit } = normalizeHeader(cell);
    const spec = byName.get(name);
    const listed = spec?.units !== undefined && unit !== undefined;
    const unitOk = listed
      ? (spec.units as readonly string[]).includes(unit.toLowerCase())
      : spec === undefined || unit === undefined || !UNIT_WORDS.test(unit) || spec.unit === undefined || unit.startsWith(spec.unit);
    const wrongUnit = !listed && spec !== undefined && spec.unit !== undefined && unit !== undefined && /^[万千]/.test(unit);
    if (spec === undefined || !unitOk || wrongUnit) unknown.push(cell.trim());
    else if (found.has(spec)) duplicate.push(cell.trim());
    else {
      found.add(spec);
      columns.push({ spec, index });
    }
  });
  const missing = specs.filter((s) => s.required === true && !found.has(s));
  const absent = specs.filter((s) => s.required !== true && !found.has(s));
  return { columns, missing, absent, unknown, duplicate };
}

/** The header text to show for a column: Chinese name, then the English key. */
export function columnLabel(spec: ColumnSpec): string {
  return `${spec.zh[0] ?? spec.key} (${spec.key})`;
}

/**
 * Ledger columns for a CSV or spreadsheet ledger (问题台账), one entry per row; the history of
 * events is not a column (a ledger read from a table starts with an empty history).
 * 台账列名（每行一条）；事件记录不在表中，读入时为空。
 */
export const LEDGER_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', zh: ['编号', '问题编号', '序号'], level: 'household', path: ['id'], kind: 'string', required: true },
  { key: 'unitCode', zh: ['区划代码', '单位代码', '村代码'], level: 'household', path: ['unitCode'], kind: 'string', required: true },
  { key: 'householdId', zh: ['户编号'], level: 'household', path: ['householdId'], kind: 'string' },
  {
    key: 'category',
    zh: ['问题类别', '类别'],
    level: 'household',
    path: ['category'],
    kind: 'enum',
    labels: {
      收入: 'income', 吃: 'food', 不愁吃: 'food', 穿: 'clothing', 不愁穿: 'clothing', 教育: 'education', 义务教育: 'education',
      医疗: 'medical', 基本医疗: 'medical', 住房: 'housing', 住房安全: 'housing', 饮水: 'water', 饮水安全: 'water', 产业: 'industry',
      基础设施: 'infrastructure', 数据质量: 'data-quality', 作风: 'work-style', 其他: 'other',
    },
    required: true,
  },
  {
    key: 'source',
    zh: ['问题来源', '来源'],
    level: 'household',
    path: ['source'],
    kind: 'enum',
    labels: {
      巡视巡察: 'inspection', 成效考核: 'assessment', 交叉检查: 'cross-check', 第三方评估: 'third-party', 暗访督查: 'unannounced-visit',
      专项治理: 'special-campaign', 自查: 'self-check',
    },
    required: true,
  },
  { key: 'description', zh: ['问题描述', '问题'], level: 'household', path: ['description'], kind: 'string', required: true },
  { key: 'responsibleUnit', zh: ['责任单位'], level: 'household', path: ['responsibleUnit'], kind: 'string', required: true },
  { key: 'responsiblePerson', zh: ['责任人'], level: 'household', path: ['responsiblePerson'], kind: 'string', required: true },
  { key: 'leadUnit', zh: ['牵头单位'], level: 'household', path: ['leadUnit'], kind: 'string' },
  { key: 'measures', zh: ['整改措施'], level: 'household', path: ['measures'], kind: 'string' },
  { key: 'openedOn', zh: ['建账日期', '发现日期'], level: 'household', path: ['openedOn'], kind: 'date', required: true },
  { key: 'deadline', zh: ['整改时限', '整改期限'], level: 'household', path: ['deadline'], kind: 'date', required: true },
  {
    key: 'status',
    zh: ['状态', '整改状态'],
    level: 'household',
    path: ['status'],
    kind: 'enum',
    labels: { 待整改: 'open', 整改中: 'rectifying', 待验收: 'awaiting-acceptance', 已销号: 'closed', 已整改: 'closed' },
    required: true,
  },
];

/**
 * Industry plan columns (产业规划表): one row per planting, the zone's cells on its first row (or
 * merged over its rows, or repeated); rows of one zone are consecutive. `zone` columns become the
 * zone (`level: 'household'`: the group), `planting` columns one planting of it. County code,
 * plan year and plan id may be columns (on any row of the plan) or options; the per-亩 target
 * (目标亩产值) becomes the zone's target, not a plan field. 乡镇 and 村 names are recognised and not
 * read (a zone's villages are its 村代码, 12 digits).
 * 产业规划表列名：每行一个种植项目，区块字段在区块首行（或合并、重复）；同一区块的行相邻。
 */
/** Units of the plan's areas and per-亩 values. */
const MU = ['亩'];
const YUAN_PER_MU = ['元', '元/亩'];

export const PLAN_COLUMNS: readonly ColumnSpec[] = [
  { key: 'zoneId', zh: ['区块编号', '片区编号', '坝区编号', '区块代码'], level: 'household', path: ['id'], kind: 'string', required: true },
  { key: 'zoneName', zh: ['区块名称', '片区名称', '坝区名称', '区块', '片区'], level: 'household', path: ['name'], kind: 'string', required: true },
  {
    key: 'kind',
    zh: ['区块类型', '片区类型', '类型'],
    level: 'household',
    path: ['kind'],
    kind: 'enum',
    labels: {
      坝区: 'bazi', 坡地: 'slope', 山区: 'slope', 山地: 'slope', 坡耕地: 'slope', 林地: 'forest', 林区: 'forest',
      水域: 'water', 水面: 'water', 库区: 'water', 其他: 'other',
    },
    required: true,
  },
  { key: 'areaMu', zh: ['区块面积', '片区面积', '土地面积', '面积'], level: 'household', path: ['areaMu'], kind: 'number', units: MU, required: true },
  { key: 'slopeDegrees', zh: ['坡度'], level: 'household', path: ['slopeDegrees'], kind: 'number', units: ['度', '°'] },
  { key: 'villageCodes', zh: ['村代码', '覆盖村代码', '村级区划代码'], level: 'household', path: ['villageCodes'], kind: 'list' },
  { key: 'townshipName', zh: ['乡镇', '乡（镇）', '乡镇名称', '所在乡镇'], level: 'household', path: ['townshipName'], kind: 'string' },
  { key: 'villageName', zh: ['村', '村名', '行政村', '所在村', '覆盖村'], level: 'household', path: ['villageName'], kind: 'string' },
  { key: 'targetPerMu', zh: ['目标亩产值', '亩产值目标', '目标亩均产值'], level: 'household', path: ['targetPerMu'], kind: 'number', units: YUAN_PER_MU },
  { key: 'countyCode', zh: ['县代码', '县级区划代码', '县区划代码'], level: 'household', path: ['countyCode'], kind: 'string', quietWhenAbsent: true },
  { key: 'year', zh: ['规划年度', '年度'], level: 'household', path: ['year'], kind: 'integer', quietWhenAbsent: true },
  { key: 'planId', zh: ['规划编号'], level: 'household', path: ['planId'], kind: 'string', quietWhenAbsent: true },
  { key: 'crop', zh: ['作物', '品种', '作物品种', '种植品种', '产品'], level: 'member', path: ['crop'], kind: 'string', required: true },
  {
    key: 'industry',
    zh: ['产业', '产业类别', '所属产业'],
    level: 'member',
    path: ['industry'],
    kind: 'enum',
    labels: {
      茶: 'tea', 茶叶: 'tea', 蔬菜: 'vegetables', 食用菌: 'edible-fungi', 辣椒: 'chili', 水果: 'fruit', 精品水果: 'fruit',
      刺梨: 'rosa-roxburghii', 竹: 'bamboo', 竹子: 'bamboo', 竹笋: 'bamboo', 油茶: 'camellia-oil', 中药材: 'herbal-medicine',
      石斛: 'dendrobium', 生态畜牧: 'livestock', 生态畜牧业: 'livestock', 畜牧: 'livestock', 畜牧业: 'livestock',
      生态渔业: 'fishery', 渔业: 'fishery', 粮食: 'grain', 其他: 'other',
    },
  },
  { key: 'plantingAreaMu', zh: ['种植面积', '播种面积', '种植规模', '养殖面积'], level: 'member', path: ['areaMu'], kind: 'number', units: MU, required: true },
  { key: 'season', zh: ['季节', '种植季节', '茬口'], level: 'member', path: ['season'], kind: 'string' },
  {
    key: 'horizon',
    zh: ['周期', '产业周期', '长中短'],
    level: 'member',
    path: ['horizon'],
    kind: 'enum',
    labels: { 短: 'short', 短期: 'short', 中: 'medium', 中期: 'medium', 长: 'long', 长期: 'long' },
  },
  { key: 'yieldKgPerMu', zh: ['亩产', '亩产量', '单产'], level: 'member', path: ['yieldKgPerMu'], kind: 'number', units: ['公斤', '千克', 'kg', '公斤/亩', '千克/亩', 'kg/亩'] },
  { key: 'priceYuanPerKg', zh: ['单价', '价格', '销售单价'], level: 'member', path: ['priceYuanPerKg'], kind: 'number', units: ['元/公斤', '元/千克', '元/kg'] },
  { key: 'outputValuePerMu', zh: ['亩产值', '亩均产值'], level: 'member', path: ['outputValuePerMu'], kind: 'number', units: YUAN_PER_MU },
  { key: 'lowValue', zh: ['低效作物', '属低效作物'], level: 'member', path: ['lowValue'], kind: 'boolean' },
];

/** Amount columns of the monitoring table: yuan (a header naming 万元 is not matched). */
const MONEY = { kind: 'number', unit: '元' } as const;
const RISK_COLUMNS: readonly ColumnSpec[] = [1, 2, 3, 4, 5].map((n) => ({
  key: `risk${n}`,
  zh: [`风险类型${n}`, `致贫风险${n}`, `返贫致贫风险${n}`, `风险类别${n}`],
  level: 'household',
  path: [`risk${n}`],
  kind: 'string',
  quietWhenAbsent: true,
}));

/**
 * Monitoring record columns (防止返贫监测对象表, the export of 全国防返贫监测信息系统) for
 * `--monitoring`: one row per monitoring record, in Chinese or English (the record's field names;
 * nested fields also as their path, `twelveMonths.netIncome`). Cells are read by the monitoring
 * reader (`readMonitoring`) through the core's `monitoringValue`, `monitoringMonth`,
 * `monitoringRisks` and `monitoringMeasures`: enum cells in the system's wordings, months as
 * `2021-03`, `2021年3月`, `202103` or a date cell, risks as one cell listing them (`因病、因灾（洪涝）`)
 * or in numbered columns 风险类型1…5 (a 灾害类型 column names the kind of disaster of 因灾),
 * measures as one cell `产业帮扶（2021-04-15）、综合保障-低保（2021-05-01）`, amounts in yuan.
 * 监测对象表列名（每行一条监测记录）：中文或英文字段名；单元格按监测系统的写法读取。
 */
export const MONITORING_COLUMNS: readonly ColumnSpec[] = [
  { key: 'householdId', zh: ['户编号', '户码'], level: 'household', path: ['householdId'], kind: 'string', required: true },
  { key: 'villageCode', zh: ['村代码', '村级区划代码', '村区划代码', '所在村代码'], level: 'household', path: ['villageCode'], kind: 'string', required: true },
  // Place names, for a table without village codes: mapped to codes through --villages.
  ...PLACE_NAME_COLUMNS,
  { key: 'type', zh: ['监测对象类型', '监测对象类别', '监测类型', '对象类别'], level: 'household', path: ['type'], kind: 'string', required: true },
  { key: 'risks', zh: ['风险类型', '致贫风险', '返贫致贫风险', '风险类别', '返贫致贫风险类型'], level: 'household', path: ['risks'], kind: 'string', quietWhenAbsent: true },
  ...RISK_COLUMNS,
  { key: 'disasterKind', zh: ['灾害类型', '受灾类型'], level: 'household', path: ['disasterKind'], kind: 'string', quietWhenAbsent: true },
  { key: 'firstIdentifiedMonth', zh: ['首次识别时间', '首次识别月份', '首次纳入监测时间'], level: 'household', path: ['firstIdentifiedMonth'], kind: 'string', required: true },
  { key: 'riskIdentifiedMonth', zh: ['风险识别时间', '风险识别月份', '识别时间', '识别月份', '纳入监测时间'], level: 'household', path: ['riskIdentifiedMonth'], kind: 'string', required: true },
  { key: 'foundBy', zh: ['识别方式', '发现方式', '识别途径', '发现途径', '风险发现方式'], level: 'household', path: ['foundBy'], kind: 'string', required: true },
  { key: 'state', zh: ['流程状态', '监测流程状态', '监测状态', '当前状态', '状态'], level: 'household', path: ['state'], kind: 'string', required: true },
  { key: 'recordedBy', zh: ['信息采集人', '采集人'], level: 'household', path: ['recordedBy'], kind: 'string' },
  { key: 'measures', zh: ['帮扶措施', '落实帮扶措施', '已落实帮扶措施'], level: 'household', path: ['measures'], kind: 'string' },
  // 风险是否消除 (是/否) is not a field: it is checked against 流程状态.
  { key: 'riskEliminated', zh: ['风险是否消除', '是否风险消除', '已消除风险'], level: 'household', path: ['riskEliminated'], kind: 'boolean', quietWhenAbsent: true },
  { key: 'eliminationWay', zh: ['风险消除方式', '消除方式', 'elimination.way'], level: 'household', path: ['elimination', 'way'], kind: 'string' },
  { key: 'eliminationMonth', zh: ['风险消除时间', '风险消除月份', '消除时间', '消除月份', 'elimination.month'], level: 'household', path: ['elimination', 'month'], kind: 'string' },
  { key: 'through', zh: ['统计截至月份', '收支统计截至月份', '收入统计截至月份', 'twelveMonths.through'], level: 'household', path: ['twelveMonths', 'through'], kind: 'string' },
  { key: 'netIncome', zh: ['近12个月家庭纯收入', '家庭纯收入', 'twelveMonths.netIncome'], level: 'household', path: ['twelveMonths', 'netIncome'], ...MONEY },
  {
    key: 'previousNetIncome',
    zh: ['上一个12个月家庭纯收入', '前12个月家庭纯收入', '上期家庭纯收入', 'twelveMonths.previousNetIncome'],
    level: 'household',
    path: ['twelveMonths', 'previousNetIncome'],
    ...MONEY,
  },
  {
    key: 'compliantMedicalSpending',
    zh: ['合规自付医疗支出', '近12个月合规自付医疗支出', '合规自付医疗费用', 'twelveMonths.compliantMedicalSpending'],
    level: 'household',
    path: ['twelveMonths', 'compliantMedicalSpending'],
    ...MONEY,
  },
  { key: 'otherRigidSpending', zh: ['其他刚性支出', '近12个月其他刚性支出', 'twelveMonths.otherRigidSpending'], level: 'household', path: ['twelveMonths', 'otherRigidSpending'], ...MONEY },
];
