import { defineCatalog } from '../reasons/define-catalog';
import { regionMessages } from './messages';

/**
 * The catalog of village and county exit (`exit/…`), made by `defineCatalog` from {@link regionMessages}.
 * 贫困村出列与贫困县摘帽的消息目录。
 *
 * @example
 * REGION_CATALOG.name //=> 'region'
 */
export const REGION_CATALOG = defineCatalog('region', regionMessages);

/** A snapshot's count group in words. */
const SNAPSHOT_GROUP_ZH: Readonly<Record<string, string>> = { counts: '计数', unmet: '未达标计数', unknown: '待核实计数' };
const groupZh = (v: unknown): string => SNAPSHOT_GROUP_ZH[String(v)] ?? String(v);

/**
 * The messages of the region concept's errors (a misused roll-up, exit or incidence call), thrown
 * as `DomainError` with the catalog key as `code` unless said otherwise. Evidence: masked
 * household ids, division codes, field names and the value given (`given`, as JSON).
 * 区域汇总、出列与发生率计算的错误消息。
 *
 * @example
 * REGION_ERRORS.render('rollup/duplicate-village', { village: '522601101201' }, 'zh-CN') //=> '村 522601101201 重复列出'
 */
export const REGION_ERRORS = defineCatalog('region-errors', {
  'rollup/invalid-level': {
    'zh-CN': (e) => `层级 ${String(e.given)} 无效：应为村、乡或县`,
    en: (e) => `${String(e.given)} is not village, township or county`,
  },
  'rollup/duplicate-household': {
    'zh-CN': (e) => `农户 ${String(e.household)} 重复列出`,
    en: (e) => `household ${String(e.household)} is listed twice`,
  },
  'rollup/unknown-household': {
    'zh-CN': (e) => `评估结果对应的农户 ${String(e.household)} 不在农户名单中`,
    en: (e) => `assessment of household ${String(e.household)}, which is not in households`,
  },
  'rollup/duplicate-assessment': {
    'zh-CN': (e) => `农户 ${String(e.household)} 有两条评估结果`,
    en: (e) => `household ${String(e.household)} is assessed twice`,
  },
  'rollup/id-mismatch': {
    'zh-CN': (e) => `农户 ${String(e.assessment)} 的评估结果被用于农户 ${String(e.household)}，二者不对应`,
    en: (e) => `assessment of ${String(e.assessment)} given for household ${String(e.household)}`,
  },
  'rollup/invalid-village-code': {
    'zh-CN': (e) => `${String(e.given)} 不是 12 位村级代码`,
    en: (e) => `${String(e.given)} is not a 12-digit village code`,
  },
  'rollup/invalid-township-code': {
    'zh-CN': (e) => `${String(e.given)} 不是 9 位乡级代码`,
    en: (e) => `${String(e.given)} is not a 9-digit township code`,
  },
  'rollup/duplicate-village': {
    'zh-CN': (e) => `村 ${String(e.village)} 重复列出`,
    en: (e) => `village ${String(e.village)} is listed twice`,
  },
  'rollup/invalid-population': {
    'zh-CN': (e) => `村 ${String(e.village)} 的农村户籍人口数（ruralPopulation）不是非负整数`,
    en: (e) => `village ${String(e.village)}: ruralPopulation is not a whole number`,
  },
  // thrown as `rollup/invalid-snapshot`
  'rollup/snapshot-format': {
    'zh-CN': () => '汇总快照无效：应为格式为 "tuopin.rollup/1" 的对象',
    en: () => 'expected an object with format "tuopin.rollup/1"',
  },
  'rollup/snapshot-villages': { 'zh-CN': () => '汇总快照无效：villages 应为对象', en: () => 'villages must be an object' },
  'rollup/snapshot-village-code': {
    'zh-CN': (e) => `汇总快照无效：${String(e.given)} 不是 12 位村级代码`,
    en: (e) => `${String(e.given)} is not a 12-digit village code`,
  },
  'rollup/snapshot-not-object': {
    'zh-CN': (e) => `汇总快照无效：村 ${String(e.village)} 的${groupZh(e.group)}应为对象`,
    en: (e) => `village ${String(e.village)}: ${String(e.group)} must be an object`,
  },
  'rollup/snapshot-not-count': {
    'zh-CN': (e) => `汇总快照无效：村 ${String(e.village)} 的 ${String(e.field)} 不是非负整数`,
    en: (e) => `village ${String(e.village)}: ${String(e.field)} is not a whole number of zero or more`,
  },
  'rollup/snapshot-inconsistent': {
    'zh-CN': (e) => `汇总快照无效：村 ${String(e.village)} 有计数超过户数或人数`,
    en: (e) => `village ${String(e.village)}: a count exceeds the number of households or persons`,
  },
  'blockers/invalid-county-code': {
    'zh-CN': (e) => `${String(e.given)} 不是 6 位县级代码`,
    en: (e) => `${String(e.given)} is not a 6-digit county code`,
  },
  'blockers/duplicate-household': {
    'zh-CN': (e) => `农户 ${String(e.household)} 重复列出`,
    en: (e) => `household ${String(e.household)} is listed twice`,
  },
  'blockers/duplicate-assessment': {
    'zh-CN': (e) => `农户 ${String(e.household)} 有两条评估结果`,
    en: (e) => `household ${String(e.household)} is assessed twice`,
  },
  'blockers/duplicate-ledger-entry': {
    'zh-CN': (e) => `台账条目编号 ${String(e.entry)} 重复`,
    en: (e) => `ledger entry id ${String(e.entry)} comes twice`,
  },
  // thrown as `exit/invalid-count` or `incidence/invalid-count`
  'region/not-a-count': {
    'zh-CN': (e) => `${String(e.field)} 必须为非负整数，实际为 ${String(e.given)}`,
    en: (e) => `${String(e.field)} must be a whole number of zero or more, got ${String(e.given)}`,
  },
  // thrown as `exit/invalid-count`
  'exit/not-an-object': { 'zh-CN': () => '输入必须是对象', en: () => 'input must be an object' },
  'exit/western-required': {
    'zh-CN': () => '须说明是否为西部地区（options.western 为 true 或 false）',
    en: () => 'options.western must be true or false',
  },
  'incidence/zero-population': {
    'zh-CN': () => '农村户籍人口为 0，无法计算贫困发生率',
    en: () => 'ruralPopulation is 0: no incidence',
  },
  'incidence/exceeds-population': {
    'zh-CN': (e) => `贫困人口 ${String(e.poor)} 多于农村户籍人口 ${String(e.population)}`,
    en: (e) => `${String(e.poor)} poor persons in a rural population of ${String(e.population)}`,
  },
});
