import { defineCatalog } from '../reasons/define-catalog';
import type { Evidence } from '../reasons/types';
import { REPORT_MESSAGES } from '../report/messages';
import { INDUSTRY_MESSAGES } from './messages';

/**
 * The catalog of industry plans (`industry/…`), made by `defineCatalog` from {@link INDUSTRY_MESSAGES}.
 * 产业规划的消息目录。
 *
 * @example
 * INDUSTRY_CATALOG.name //=> 'industry'
 */
export const INDUSTRY_CATALOG = defineCatalog('industry', INDUSTRY_MESSAGES);

/** The exact figures that may be too large to hold in a number, in words. @internal */
export const INDUSTRY_QUANTITIES = {
  'output-value': { 'zh-CN': '产值（分）', en: 'output value in fen' },
  'output-value-per-mu': { 'zh-CN': '亩均产值', en: 'output value per mu' },
  'industry-output-value': { 'zh-CN': '该产业产值', en: 'output value of the industry' },
  'gap-per-mu': { 'zh-CN': '亩均差距', en: 'gap per mu' },
  gap: { 'zh-CN': '差距', en: 'gap' },
  'area-to-convert': { 'zh-CN': '需调整面积', en: 'area to convert' },
  'cleared-share': { 'zh-CN': '清零面积占比', en: 'cleared share' },
  percent: { 'zh-CN': '百分比', en: 'percent' },
} as const;
/** A key of {@link INDUSTRY_QUANTITIES}. @internal */
export type IndustryQuantity = keyof typeof INDUSTRY_QUANTITIES;

const quantity = (e: Evidence, locale: 'zh-CN' | 'en'): string => INDUSTRY_QUANTITIES[String(e.quantity) as IndustryQuantity]?.[locale] ?? String(e.quantity);
/** Whose figure it is: a zone, a plan (and an industry of it), or none. */
const ownerZh = (e: Evidence): string =>
  e.zone !== null ? `区块 ${String(e.zone)} 的` : e.plan !== null ? `规划 ${String(e.plan)}${e.industryZh !== null ? ` ${String(e.industryZh)}` : ''} 的` : '';
const ownerEn = (e: Evidence): string =>
  e.zone !== null ? `zone ${String(e.zone)}: ` : e.plan !== null ? `plan ${String(e.plan)}${e.industry !== null ? ` (${String(e.industry)})` : ''}: ` : '';
/** A zone's planting: `区块 Z 第 1 项种植（辣椒）`. */
const plantingZh = (e: Evidence): string => `区块 ${String(e.zone)} 第 ${Number(e.planting) + 1} 项种植（${String(e.crop)}）`;
const plantingEn = (e: Evidence): string => `zone ${String(e.zone)}, planting ${String(e.planting)} (${String(e.crop)})`;

/** The statuses of a reduction patch, in the words of the report catalog. */
const PATCH_STATUSES_ZH = (['pending', 'converted', 'verified'] as const).map((status) => REPORT_MESSAGES[`patch-status/${status}`]['zh-CN']({})).join('、');

/**
 * The messages of the industry concept's errors (a plan or figure the functions are not defined
 * on), thrown as `DomainError` with the catalog key as `code` unless said otherwise.
 * 产业规划计算的错误消息。
 *
 * @example
 * INDUSTRY_ERRORS.render('industry/slope', { given: '95' }, 'zh-CN') //=> '坡度应在 0° 到 90° 之间，实际为 95'
 */
export const INDUSTRY_ERRORS = defineCatalog('industry-errors', {
  'industry/poor-households': {
    'zh-CN': (e) => `贫困户数应为正整数，实际为 ${String(e.given)}`,
    en: (e) => `poorHouseholds must be a whole number greater than 0, got ${String(e.given)}`,
  },
  'industry/linkage-count': {
    'zh-CN': (e) => `规划 ${String(e.plan)} 第 ${Number(e.linkage) + 1} 项利益联结的贫困户数应为非负整数，实际为 ${String(e.given)}`,
    en: (e) => `plan ${String(e.plan)}, linkage ${String(e.linkage)} (${String(e.mode)}): poorHouseholds must be a whole number ≥ 0, got ${String(e.given)}`,
  },
  // thrown as `industry/linkage-count`
  'industry/linkage-sum': {
    'zh-CN': (e) => `规划 ${String(e.plan)} 的联结贫困户数之和过大`,
    en: (e) => `plan ${String(e.plan)}: the sum of linked poor households is too large`,
  },
  'industry/zone-area': {
    'zh-CN': (e) => `区块 ${String(e.zone)} 的土地面积应为正数（亩），实际为 ${String(e.given)}`,
    en: (e) => `zone ${String(e.zone)}: land area must be a positive finite number of 亩, got ${String(e.given)}`,
  },
  'industry/planting-area': {
    'zh-CN': (e) => `${plantingZh(e)}的面积应为正数（亩），实际为 ${String(e.given)}`,
    en: (e) => `${plantingEn(e)}: area must be a positive finite number of 亩, got ${String(e.given)}`,
  },
  // thrown as `industry/planting-value`
  'industry/planting-value-per-mu': {
    'zh-CN': (e) => `${plantingZh(e)}的亩产值 ${String(e.given)} 应为非负且至多两位小数的元金额`,
    en: (e) => `${plantingEn(e)}: outputValuePerMu ${String(e.given)} is not an amount of yuan ≥ 0 with at most two decimals`,
  },
  'industry/planting-value-missing': {
    'zh-CN': (e) => `${plantingZh(e)}需填写亩产值，或同时填写亩产和单价`,
    en: (e) => `${plantingEn(e)}: give outputValuePerMu, or both yieldKgPerMu and priceYuanPerKg`,
  },
  'industry/planting-yield-price': {
    'zh-CN': (e) => `${plantingZh(e)}的亩产 ${String(e.yield)} 应为非负有限数，单价 ${String(e.price)} 应为非负且至多两位小数的元金额`,
    en: (e) =>
      `${plantingEn(e)}: yieldKgPerMu ${String(e.yield)} must be a finite number ≥ 0 and priceYuanPerKg ${String(e.price)} an amount of yuan ≥ 0 with at most two decimals`,
  },
  'industry/invalid-target': {
    'zh-CN': (e) => `区块 ${String(e.zone)} 的目标 ${String(e.given)} 应为非负且至多两位小数的元/亩金额`,
    en: (e) => `zone ${String(e.zone)}: target ${String(e.given)} is not an amount of yuan per mu ≥ 0 with at most two decimals`,
  },
  'industry/unknown-target-zone': {
    'zh-CN': (e) => `规划 ${String(e.plan)} 中没有目标所指的区块 ${String(e.zone)}`,
    en: (e) => `plan ${String(e.plan)}: a target is given for zone ${String(e.zone)}, which the plan does not have`,
  },
  'industry/not-finite': {
    'zh-CN': (e) => `${String(e.given)} 不是有限数`,
    en: (e) => `${String(e.given)} is not a finite number`,
  },
  'industry/zero-divisor': { 'zh-CN': () => '除数须为正数', en: () => 'division by a non-positive number' },
  'industry/too-large': {
    'zh-CN': (e) => `${ownerZh(e)}${quantity(e, 'zh-CN')}过大，无法精确表示（${String(e.value)}）`,
    en: (e) => `${ownerEn(e)}${quantity(e, 'en')} is too large to hold exactly (${String(e.value)})`,
  },
  'industry/patch-area': {
    'zh-CN': (e) => `第 ${Number(e.patch) + 1} 个图斑（${String(e.id)}）的面积应为正数（亩），实际为 ${String(e.given)}`,
    en: (e) => `patch ${String(e.patch)} (${String(e.id)}): area must be a positive finite number of 亩, got ${String(e.given)}`,
  },
  'industry/patch-status': {
    'zh-CN': (e) => `第 ${Number(e.patch) + 1} 个图斑（${String(e.id)}）的状态 ${String(e.given)} 未知：应为${PATCH_STATUSES_ZH}`,
    en: (e) => `patch ${String(e.patch)} (${String(e.id)}): unknown status ${String(e.given)}`,
  },
  'industry/slope': {
    'zh-CN': (e) => `坡度应在 0° 到 90° 之间，实际为 ${String(e.given)}`,
    en: (e) => `slope must be a number of degrees from 0 to 90, got ${String(e.given)}`,
  },
});
