import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import {
  ELIMINATION_WAY_ZH,
  FOUND_BY_ZH,
  MEASURE_KIND_ZH,
  MONITORING_ALIASES,
  MONITORING_STATE_ZH,
  MONITORING_TYPE_ZH,
  PROTECTION_KIND_ZH,
  RISK_TYPE_ZH,
} from './labels';
import { isMonth, type Month } from './month';
import type { EliminationWay, FoundBy, MeasureKind, MonitoringState, MonitoringType, ProtectionKind, RiskType } from './schema';

// Reading the cells of the monitoring system's exports (全国防返贫监测信息系统) into the values of a
// monitoring record: the wordings of each enum, months, the risk and measure lists. Pure: the
// spreadsheet readers of tuopin/node use them, and so can a browser app.
// 读取防返贫监测系统导出表的单元格：各枚举的写法、月份、风险与帮扶措施列表。

/** The enums of a monitoring record that a cell may word. 可由单元格写出的监测记录枚举。 */
export interface MonitoringEnumValues {
  readonly type: MonitoringType;
  readonly riskType: RiskType;
  readonly foundBy: FoundBy;
  readonly state: MonitoringState;
  readonly measureKind: MeasureKind;
  readonly protection: ProtectionKind;
  readonly eliminationWay: EliminationWay;
}

/** The name of one of those enums. */
export type MonitoringEnum = keyof MonitoringEnumValues;

const LABELS: { readonly [K in MonitoringEnum]: Readonly<Record<MonitoringEnumValues[K], string>> } = {
  type: MONITORING_TYPE_ZH,
  riskType: RISK_TYPE_ZH,
  foundBy: FOUND_BY_ZH,
  state: MONITORING_STATE_ZH,
  measureKind: MEASURE_KIND_ZH,
  protection: PROTECTION_KIND_ZH,
  eliminationWay: ELIMINATION_WAY_ZH,
};

/** A wording as it is compared: spaces dropped, full-width forms folded, brackets removed, ASCII lower-cased. */
function key(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s()[\]【】〔〕]/g, '')
    .toLowerCase();
}

const TABLES = new Map<MonitoringEnum, Map<string, string>>();

function table(kind: MonitoringEnum): Map<string, string> {
  let map = TABLES.get(kind);
  // Stryker disable next-line ConditionalExpression: the table is only a cache; building it again on every call gives the same map
  if (map !== undefined) return map;
  map = new Map();
  const aliases: Readonly<Record<string, string>> = MONITORING_ALIASES[kind];
  for (const [alias, value] of Object.entries(aliases)) map.set(key(alias), value);
  for (const [value, label] of Object.entries(LABELS[kind] as Readonly<Record<string, string>>)) {
    map.set(key(label), value);
    map.set(key(value), value);
  }
  TABLES.set(kind, map);
  return map;
}

/**
 * Reads a wording of the monitoring system into the record's value: the Chinese label
 * (`MONITORING_TYPE_ZH`…), its common other wordings (`边缘户`, `干部走访排查`, `县级确定`), or the
 * English identifier in any case; spaces, full-width forms and brackets do not matter. A risk type
 * may be written with or without its leading 因 (`因病`, `病`). `undefined` when the wording is not
 * known (the reader then keeps the cell as written, so that validation names the field).
 * 将监测系统的一个写法转换为记录取值（中文名称、常见写法或英文标识）；无法识别时为 undefined。
 *
 * @param kind - the enum, e.g. `'type'`
 * @param raw - the cell
 * @example
 * monitoringValue('type', '边缘易致贫户') //=> 'marginal'
 * monitoringValue('state', '已识别(待村评议)') //=> 'identified'
 * monitoringValue('riskType', '意外事故') //=> 'accident'
 * monitoringValue('foundBy', 'Cadre-Screening') //=> 'cadre-screening'
 * monitoringValue('type', '一般农户') //=> undefined
 */
export function monitoringValue<K extends MonitoringEnum>(kind: K, raw: string): MonitoringEnumValues[K] | undefined {
  const k = key(raw);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut only; no label, alias or identifier has an empty key, nor is 因 alone one, so the lookups below give undefined too
  if (k === '') return undefined;
  const map = table(kind);
  let value = map.get(k);
  if (value === undefined && kind === 'riskType') value = k.startsWith('因') ? map.get(k.slice(1)) : map.get(`因${k}`);
  return value as MonitoringEnumValues[K] | undefined;
}

/**
 * Reads a month cell as `YYYY-MM`: `2021-03`, `2021-3`, `2021/3`, `2021.3`, `2021年3月`, `202103`
 * (also as a number, the system's YYYYMM), or a day (`2021-03-15`, `2021/3/15`, `2021年3月15日`,
 * a spreadsheet date cell as the readers give it) for its month. `undefined` otherwise.
 * 读取月份单元格（多种写法，或某日所在月份），返回 YYYY-MM。
 *
 * @example
 * monitoringMonth('2021年3月') //=> '2021-03'
 * monitoringMonth(202103) //=> '2021-03'
 * monitoringMonth('2021/11/30') //=> '2021-11'
 * monitoringMonth('2021-13') //=> undefined
 */
export function monitoringMonth(raw: string | number): Month | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) ? monitoringMonth(String(raw)) : undefined;
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  let month: string | undefined;
  const m = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月|(\d{2}))$/.exec(text);
  if (m !== null) month = `${m[1]}-${(m[2] ?? m[3] ?? m[4] ?? '').padStart(2, '0')}`;
  else {
    const day = monitoringDate(text);
    if (day !== undefined) month = day.slice(0, 7);
  }
  return isMonth(month) ? month : undefined;
}

/**
 * Reads a day cell as `YYYY-MM-DD`: `2021-04-15`, `2021/4/15`, `2021.4.15`, `2021年4月15日` or
 * `20210415`; `undefined` when it is no real day.
 * 读取日期单元格，返回 YYYY-MM-DD。
 *
 * @example
 * monitoringDate('2021年4月5日') //=> '2021-04-05'
 * monitoringDate('2021-02-30') //=> undefined
 */
export function monitoringDate(raw: string): CalendarDate | undefined {
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  const m = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日|(\d{2})(\d{2}))$/.exec(text);
  if (m === null) return undefined;
  const date = `${m[1]}-${(m[3] ?? m[5] ?? m[7] ?? '').padStart(2, '0')}-${(m[4] ?? m[6] ?? m[8] ?? '').padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

const OPENING = '(（[【';
const CLOSING = ')）]】';
const SEPARATORS = '、,，;；\n\r';

/**
 * Splits a cell that lists several items: items are separated by `、` `,` `，` `;` `；` or line
 * breaks, never inside brackets (`因灾（洪涝、滑坡）` is one item); blank items are left out.
 * 拆分一格多项的单元格（以、，；或换行分隔，括号内不拆）。
 *
 * @example
 * splitMonitoringList('因病、因灾（洪涝、滑坡）；缺劳动力') //=> ['因病', '因灾（洪涝、滑坡）', '缺劳动力']
 */
export function splitMonitoringList(cell: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch) && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.includes(ch)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((i) => i.trim()).filter((i) => i !== '');
}

/** `label（inside）` or `label(inside)` at the end of an item: the label and what the brackets hold. */
function bracketed(item: string): { head: string; inside: string } | undefined {
  const m = /^(.*?)\s*[(（[【]([^()（）[\]【】]*)[)）\]】]\s*$/s.exec(item);
  return m === null ? undefined : { head: (m[1] as string).trim(), inside: (m[2] as string).trim() };
}

/** A risk as read from a cell: its type (as written when the wording is not known) and kind of disaster. */
export interface RiskCell {
  readonly type: RiskType | string;
  readonly disasterKind?: string;
}

/**
 * Reads a 风险类型 cell: one risk or several (see {@link splitMonitoringList}), each a wording of
 * the risk type, the kind of disaster of 因灾 in brackets or after a colon (`因灾（洪涝）`,
 * `因灾：洪涝`). A wording that is not known is kept as written, so that validation names it.
 * 读取风险类型单元格：一项或多项；因灾的灾害类型写在括号内或冒号后。
 *
 * @example
 * monitoringRisks('因病、因灾（洪涝）') //=> [{ type: 'illness' }, { type: 'disaster', disasterKind: '洪涝' }]
 * monitoringRisks('缺劳力；因学') //=> [{ type: 'labour-shortage' }, { type: 'schooling' }]
 */
export function monitoringRisks(cell: string): RiskCell[] {
  return splitMonitoringList(cell).map((item) => {
    const b = bracketed(item);
    const colon = b === undefined ? /^(.*?)[:：](.*)$/s.exec(item) : null;
    const head = b?.head ?? (colon === null ? item : (colon[1] as string).trim());
    const inside = b?.inside ?? (colon === null ? '' : (colon[2] as string).trim());
    const type = monitoringValue('riskType', head) ?? head;
    return inside === '' ? { type } : { type, disasterKind: inside };
  });
}

/** A measure as read from a cell; wordings that are not known are kept as written. */
export interface MeasureCell {
  readonly kind: MeasureKind | string;
  readonly protection?: ProtectionKind | string;
  readonly startedOn?: CalendarDate | string;
  readonly description?: string;
}

/**
 * Reads a 帮扶措施 cell: one measure or several (see {@link splitMonitoringList}), each written
 * `类别（开始日期）`, e.g. `产业帮扶（2021-04-15）`. The category is a wording of
 * `MEASURE_KIND_ZH` (`产业帮扶`, `就业`…); 综合保障 names its item after a `-`
 * (`综合保障-低保（2021-05-01）`), or the item alone stands for it (`低保（2021-05-01）`). A
 * description may follow the category after a colon (`就业帮扶：公益性岗位（2021-05-01）`). The
 * start date is any form {@link monitoringDate} reads; a measure without one is kept without it,
 * and validation says it is required.
 * 读取帮扶措施单元格：每项写作“类别（开始日期）”，综合保障以“-”接具体项目，说明写在冒号后。
 *
 * @example
 * monitoringMeasures('产业帮扶（2021-04-15）、低保（2021/5/1）')
 * //=> [{ kind: 'industry', startedOn: '2021-04-15' }, { kind: 'social-protection', protection: 'dibao', startedOn: '2021-05-01' }]
 * monitoringMeasures('就业帮扶：公益性岗位（2021年6月1日）')
 * //=> [{ kind: 'employment', description: '公益性岗位', startedOn: '2021-06-01' }]
 */
export function monitoringMeasures(cell: string): MeasureCell[] {
  return splitMonitoringList(cell).map((item) => {
    const b = bracketed(item);
    let head = b?.head ?? item;
    let description: string | undefined;
    const colon = /^(.*?)[:：](.*)$/s.exec(head);
    if (colon !== null) {
      head = (colon[1] as string).trim();
      description = (colon[2] as string).trim() || undefined;
    }
    const dash = /^(.*?)\s*[-－—·]\s*(.+)$/s.exec(head);
    let kind: string | undefined = monitoringValue('measureKind', head);
    let protection: string | undefined;
    if (kind === undefined && dash !== null) {
      kind = monitoringValue('measureKind', dash[1] as string) ?? (dash[1] as string).trim();
      protection = monitoringValue('protection', dash[2] as string) ?? (dash[2] as string).trim();
    } else if (kind === undefined) {
      protection = monitoringValue('protection', head);
      kind = protection === undefined ? head : 'social-protection';
    }
    const measure: { kind: string; protection?: string; description?: string; startedOn?: string } = { kind };
    if (protection !== undefined) measure.protection = protection;
    if (description !== undefined) measure.description = description;
    if (b !== undefined && b.inside !== '') measure.startedOn = monitoringDate(b.inside) ?? b.inside;
    return measure;
  });
}
