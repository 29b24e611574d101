/**
 * Column names of the one-row-per-member household spreadsheet (CSV or XLSX), in Chinese or
 * English, and how each cell becomes a field of a `Household` record. Household fields are
 * repeated on every member's row; they must agree across the rows of one household.
 * 每行一人的户表列名（中文或英文）及其对应的 Household 字段。
 */
export type CellKind = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'enum';

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
  readonly required?: boolean;
}

export const HOUSEHOLD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'householdId', zh: ['户编号', '户码'], level: 'household', path: ['id'], kind: 'string', required: true },
  { key: 'villageCode', zh: ['村代码', '村级区划代码'], level: 'household', path: ['villageCode'], kind: 'string', required: true },
  {
    key: 'status',
    zh: ['户状态', '脱贫状态'],
    level: 'household',
    path: ['status'],
    kind: 'enum',
    labels: { 未脱贫: 'poor', 贫困户: 'poor', 已脱贫: 'exited', 脱贫: 'exited', 监测户: 'monitored', 返贫: 'returned' },
    required: true,
  },
  { key: 'idNumber', zh: ['身份证号', '身份证号码', '证件号码'], level: 'member', path: ['idNumber'], kind: 'string', required: true },
  { key: 'name', zh: ['姓名'], level: 'member', path: ['name'], kind: 'string', required: true },
  {
    key: 'relation',
    zh: ['与户主关系'],
    level: 'member',
    path: ['relation'],
    kind: 'enum',
    labels: {
      户主: 'head',
      本人: 'head',
      配偶: 'spouse',
      子女: 'child',
      之子: 'child',
      之女: 'child',
      父母: 'parent',
      父亲: 'parent',
      母亲: 'parent',
      孙辈: 'grandchild',
      孙子: 'grandchild',
      孙女: 'grandchild',
      其他: 'other',
    },
    required: true,
  },
  { key: 'birthDate', zh: ['出生日期'], level: 'member', path: ['birthDate'], kind: 'date' },
  {
    key: 'schooling',
    zh: ['就学状况', '在校生状况'],
    level: 'member',
    path: ['schooling'],
    kind: 'enum',
    labels: {
      在校: 'enrolled',
      在校生: 'enrolled',
      送教上门: 'home-taught',
      免学: 'exempt',
      缓学: 'exempt',
      免学缓学: 'exempt',
      已毕业: 'graduated',
      毕业: 'graduated',
      辍学: 'dropped-out',
      不适用: 'not-applicable',
    },
  },
  { key: 'medicalInsurance', zh: ['参加医保', '基本医疗保险'], level: 'member', path: ['medicalInsurance'], kind: 'boolean' },
  { key: 'disabilityGrade', zh: ['残疾等级'], level: 'member', path: ['disabilityGrade'], kind: 'integer' },
  { key: 'phone', zh: ['联系电话'], level: 'member', path: ['phone'], kind: 'string' },
  { key: 'incomeYear', zh: ['收入年度'], level: 'household', path: ['income', 'year'], kind: 'integer' },
  { key: 'wage', zh: ['工资性收入'], level: 'household', path: ['income', 'wage'], kind: 'number' },
  { key: 'business', zh: ['经营性收入'], level: 'household', path: ['income', 'business'], kind: 'number' },
  { key: 'property', zh: ['财产性收入'], level: 'household', path: ['income', 'property'], kind: 'number' },
  { key: 'transfer', zh: ['转移性收入'], level: 'household', path: ['income', 'transfer'], kind: 'number' },
  { key: 'productionCosts', zh: ['生产经营性支出'], level: 'household', path: ['income', 'productionCosts'], kind: 'number' },
  { key: 'foodSecure', zh: ['不愁吃'], level: 'household', path: ['foodSecure'], kind: 'boolean' },
  { key: 'clothingSecure', zh: ['不愁穿'], level: 'household', path: ['clothingSecure'], kind: 'boolean' },
  {
    key: 'housingGrade',
    zh: ['住房安全等级', '房屋等级'],
    level: 'household',
    path: ['housing', 'grade'],
    kind: 'enum',
    labels: { A级: 'A', B级: 'B', C级: 'C', D级: 'D' },
  },
  {
    key: 'renovation',
    zh: ['危房改造'],
    level: 'household',
    path: ['housing', 'renovation'],
    kind: 'enum',
    labels: { 无: 'none', 未改造: 'none', 改造中: 'in-progress', 施工中: 'in-progress', 已验收: 'accepted', 竣工验收: 'accepted' },
  },
  { key: 'livesInSafeHousing', zh: ['已住安全住房'], level: 'household', path: ['housing', 'livesInSafeHousing'], kind: 'boolean' },
  { key: 'litresPerPersonPerDay', zh: ['人均日用水量'], level: 'household', path: ['water', 'litresPerPersonPerDay'], kind: 'number' },
  { key: 'piped', zh: ['供水入户'], level: 'household', path: ['water', 'piped'], kind: 'boolean' },
  { key: 'fetchMinutes', zh: ['取水往返时间'], level: 'household', path: ['water', 'fetchMinutes'], kind: 'number' },
  { key: 'horizontalMetres', zh: ['取水水平距离'], level: 'household', path: ['water', 'horizontalMetres'], kind: 'number' },
  { key: 'verticalMetres', zh: ['取水垂直距离'], level: 'household', path: ['water', 'verticalMetres'], kind: 'number' },
  { key: 'interruptionDaysPerYear', zh: ['年停水天数'], level: 'household', path: ['water', 'interruptionDaysPerYear'], kind: 'integer' },
  { key: 'qualityOk', zh: ['水质达标'], level: 'household', path: ['water', 'qualityOk'], kind: 'boolean' },
  { key: 'waterShortArea', zh: ['缺水地区'], level: 'household', path: ['water', 'waterShortArea'], kind: 'boolean' },
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

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '有', '√', '✓']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '无', '×', '✗']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Days from 1899-12-30 (Excel's 1900 date system, after its leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * Converts one cell to the field's value. A cell that cannot be converted is kept as written, so
 * that validation names the field and the problem; an empty cell is absent (`undefined`).
 * 单元格转为字段值；无法转换时保留原文，由校验报告字段与问题；空单元格视为缺失。
 */
export function convertCell(spec: ColumnSpec, raw: string | number | boolean | undefined): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    raw = raw.trim();
    if (raw === '') return undefined;
  }
  switch (spec.kind) {
    case 'string':
      // Spreadsheets store long digit strings as numbers; keep the digits.
      return typeof raw === 'number' ? (Number.isInteger(raw) ? BigInt(raw).toString() : String(raw)) : String(raw);
    case 'number':
    case 'integer':
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'string' && NUMBER.test(raw.replaceAll(',', ''))) return Number(raw.replaceAll(',', ''));
      return raw;
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).toLowerCase();
      if (TRUE.has(text)) return true;
      if (FALSE.has(text)) return false;
      return raw;
    }
    case 'date': {
      if (typeof raw === 'number' && raw > 0 && raw < 2_958_466) {
        const ms = Math.round((raw - EXCEL_EPOCH_OFFSET) * 86_400_000);
        return new Date(ms).toISOString().slice(0, 10);
      }
      const text = String(raw);
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
      return text;
    }
    case 'enum': {
      const text = String(raw);
      return spec.labels?.[text] ?? text;
    }
  }
}

/** A header row matched to columns: the column index of each spec found, and the problems. */
export interface HeaderMap {
  readonly columns: readonly { readonly spec: ColumnSpec; readonly index: number }[];
  readonly missing: readonly ColumnSpec[];
  readonly unknown: readonly string[];
  readonly duplicate: readonly string[];
}

/**
 * Matches a header row against column specs: each header cell may be the English key or one of
 * the Chinese names (surrounding spaces and a trailing `*` ignored).
 * 匹配表头：英文名或中文名均可。
 */
export function mapHeader(header: readonly string[], specs: readonly ColumnSpec[]): HeaderMap {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    byName.set(spec.key.toLowerCase(), spec);
    for (const zh of spec.zh) byName.set(zh, spec);
  }
  const columns: { spec: ColumnSpec; index: number }[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const found = new Set<ColumnSpec>();
  header.forEach((cell, index) => {
    const name = cell.trim().replace(/\*$/, '').trim();
    if (name === '') return;
    const spec = byName.get(name) ?? byName.get(name.toLowerCase());
    if (spec === undefined) unknown.push(name);
    else if (found.has(spec)) duplicate.push(name);
    else {
      found.add(spec);
      columns.push({ spec, index });
    }
  });
  const missing = specs.filter((s) => s.required === true && !found.has(s));
  return { columns, missing, unknown, duplicate };
}

/** The header text to show for a column: Chinese name, then the English key. */
export function columnLabel(spec: ColumnSpec): string {
  return `${spec.zh[0] ?? spec.key} (${spec.key})`;
}
