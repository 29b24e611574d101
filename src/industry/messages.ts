import { text } from '../reasons/format';
import type { Evidence, Message, MessageCatalog } from '../reasons/types';
import type { ElementKey } from './schema';

// Shared formatting: an absent key shows as `undefined` (never as an empty slot), so the catalog
// parity test catches a template reading a key its code never gets.
const s = (value: Evidence[string] | undefined): string => text(value);

/**
 * Reason codes of the industry functions and their messages, Chinese first then English.
 * 产业规划相关理由代码及中英文消息模板。
 */
export const INDUSTRY_MESSAGES = {
  'zone/bazi-area-met': {
    'zh-CN': (e) => `坝区面积 ${s(e.areaMu)} 亩，不小于 ${s(e.minimumMu)} 亩`,
    en: (e) => `the 坝区 (bazi) covers ${s(e.areaMu)} mu, at least the ${s(e.minimumMu)} mu required`,
  },
  'zone/bazi-too-small': {
    'zh-CN': (e) => `坝区面积应不小于 ${s(e.minimumMu)} 亩，实际为 ${s(e.areaMu)} 亩`,
    en: (e) => `a 坝区 (bazi) covers at least ${s(e.minimumMu)} mu; this one has ${s(e.areaMu)}`,
  },
  'slope/vegetables-fungi': {
    'zh-CN': (e) => `坡度小于 ${s(e.below)}°：宜种蔬菜、食用菌`,
    en: (e) => `slope under ${s(e.below)}°: vegetables and edible fungi`,
  },
  'slope/herbs-tea-fruit': {
    'zh-CN': (e) => `坡度 ${s(e.below)}°–${s(e.upTo)}°（含 ${s(e.below)}° 和 ${s(e.upTo)}°）：宜种中药材、茶、水果`,
    en: (e) => `slope from ${s(e.below)}° to ${s(e.upTo)}° (both included): herbal medicine, tea and fruit`,
  },
  'slope/forest-grass': {
    'zh-CN': (e) => `坡度大于 ${s(e.upTo)}°：退耕还林还草`,
    en: (e) => `slope over ${s(e.upTo)}°: return to forest or grassland`,
  },
  'industry/target-met': {
    'zh-CN': (e) => `亩均产值 ${s(e.outputValuePerMu)} 元，达到目标 ${s(e.targetPerMu)} 元/亩`,
    en: (e) => `output value ${s(e.outputValuePerMu)} yuan per mu reaches the target of ${s(e.targetPerMu)}`,
  },
  'industry/target-missed': {
    'zh-CN': (e) =>
      `亩均产值 ${s(e.outputValuePerMu)} 元，未达到目标 ${s(e.targetPerMu)} 元/亩：每亩差 ${s(e.gapPerMu)} 元，共差 ${s(e.gapTotal)} 元`,
    en: (e) =>
      `output value ${s(e.outputValuePerMu)} yuan per mu is below the target of ${s(e.targetPerMu)}: ${s(e.gapPerMu)} yuan per mu, ${s(e.gapTotal)} yuan in total short`,
  },
  'industry/conversion-sufficient': {
    'zh-CN': (e) =>
      `将 ${s(e.mu)} 亩${s(e.fromCrop)}（${s(e.fromValuePerMu)} 元/亩）调整为${s(e.toCrop)}（${s(e.toValuePerMu)} 元/亩）即可达到目标；现有${s(e.fromCrop)} ${s(e.availableMu)} 亩，足够`,
    en: (e) =>
      `moving ${s(e.mu)} mu from ${s(e.fromCrop)} (${s(e.fromValuePerMu)} yuan/mu) to ${s(e.toCrop)} (${s(e.toValuePerMu)} yuan/mu) meets the target; ${s(e.availableMu)} mu of ${s(e.fromCrop)} are available, enough`,
  },
  'industry/conversion-insufficient': {
    'zh-CN': (e) =>
      `需将 ${s(e.mu)} 亩${s(e.fromCrop)}（${s(e.fromValuePerMu)} 元/亩）调整为${s(e.toCrop)}（${s(e.toValuePerMu)} 元/亩）才能达到目标，但现有${s(e.fromCrop)}只有 ${s(e.availableMu)} 亩，不够`,
    en: (e) =>
      `meeting the target would take moving ${s(e.mu)} mu from ${s(e.fromCrop)} (${s(e.fromValuePerMu)} yuan/mu) to ${s(e.toCrop)} (${s(e.toValuePerMu)} yuan/mu), but only ${s(e.availableMu)} mu of ${s(e.fromCrop)} are available`,
  },
  'industry/no-low-value': {
    'zh-CN': () => '区块内没有标记为低效作物的种植项目，无法测算调减面积',
    en: () => 'no planting of the zone is marked low-value, so no conversion can be proposed',
  },
  'industry/no-higher-value': {
    'zh-CN': (e) => `区块内没有亩产值高于${s(e.fromCrop)}（${s(e.fromValuePerMu)} 元/亩）的非低效作物，无法测算调减面积`,
    en: (e) =>
      `no planting that is not low-value earns more per mu than ${s(e.fromCrop)} (${s(e.fromValuePerMu)} yuan/mu), so no conversion can be proposed`,
  },
  'industry/linkage-counted-per-mode': {
    'zh-CN': (e) =>
      `联结贫困户数为各联结方式的户数之和（${s(e.linkedPoorHouseholds)} 户）：同一户在多种方式下联结时按每种方式各计一次，总数可能超过实际户数${e.capped === true ? '；已超过贫困户总数，占比按 100% 计' : ''}`,
    en: (e) =>
      `linked poor households are the sum over linkage modes (${s(e.linkedPoorHouseholds)}): a household linked under several modes is counted once per mode, so the sum may exceed the real number${e.capped === true ? '; it exceeds the poor households, so the share is capped at 100%' : ''}`,
  },
} as const satisfies MessageCatalog;

/** A reason code of the industry functions. */
export type IndustryReasonCode = keyof typeof INDUSTRY_MESSAGES;

/** Names of the eight elements in every locale, Chinese as in `EIGHT_ELEMENTS`. 八要素中英文名称。 */
export const ELEMENT_NAMES: Readonly<Record<ElementKey, Message>> = {
  industryChoice: { 'zh-CN': '产业选择', en: 'industry choice' },
  farmerTraining: { 'zh-CN': '培训农民', en: 'farmer training' },
  technicalService: { 'zh-CN': '技术服务', en: 'technical service' },
  funding: { 'zh-CN': '资金筹措', en: 'funding' },
  organisation: { 'zh-CN': '组织方式', en: 'organisation' },
  marketLinkage: { 'zh-CN': '产销对接', en: 'market linkage' },
  benefitLinkage: { 'zh-CN': '利益联结', en: 'benefit linkage' },
  partyBuilding: { 'zh-CN': '基层党建', en: 'grassroots Party building' },
};

/** The crop classes of Guizhou's slope rule. 按坡度的作物类别。 */
export const SLOPE_CLASSES = ['vegetables-fungi', 'herbs-tea-fruit', 'forest-grass'] as const;
export type SlopeClass = (typeof SLOPE_CLASSES)[number];

const DEFAULT_BANDS = { below: 15, upTo: 25 };
const advice = (cls: SlopeClass): Message => {
  const template = INDUSTRY_MESSAGES[`slope/${cls}`];
  return { 'zh-CN': template['zh-CN'](DEFAULT_BANDS), en: template.en(DEFAULT_BANDS) };
};

/**
 * Advice for each slope class in every locale, with the default bands (15°, 25°).
 * 各坡度类别的中英文建议（默认界限）。
 * @deprecated `slopeAdvice(…).message` names the limits of the policy in force; kept for one minor version.
 */
export const SLOPE_ADVICE_TEXT: Readonly<Record<SlopeClass, Message>> = {
  'vegetables-fungi': advice('vegetables-fungi'),
  'herbs-tea-fruit': advice('herbs-tea-fruit'),
  'forest-grass': advice('forest-grass'),
};
