import type { Evidence, MessageCatalog } from '../reasons/types';

const s = (value: Evidence[string] | undefined): string => (value === undefined || value === null ? '' : String(value));

/**
 * Reason codes of the industry functions and their messages, Chinese first then English.
 * 产业规划相关理由代码及中英文消息模板。
 */
export const INDUSTRY_MESSAGES = {
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
} as const satisfies MessageCatalog;

/** A reason code of the industry functions. */
export type IndustryReasonCode = keyof typeof INDUSTRY_MESSAGES;
