import type { Evidence, MessageCatalog } from '../reasons/types';
import { formatRate } from './exact-rate';

const FIELD_ZH: Readonly<Record<string, string>> = {
  ruralPopulation: '农村户籍人口',
  remainingPoor: '剩余贫困人口',
  missed: '漏评人口',
  wronglyExited: '错退人口',
  sampledExited: '抽查脱贫人口',
  sampledWronglyExited: '抽查错退人口',
  sampledNonRegistered: '抽查非建档立卡人口',
  sampledMissed: '抽查漏评人口',
  surveyedHouseholds: '调查户数',
  approvingHouseholds: '认可户数',
};

function field(e: Evidence): string {
  return String(e.field);
}
function fieldZh(e: Evidence): string {
  return FIELD_ZH[field(e)] ?? field(e);
}
function value(e: Evidence): string {
  return formatRate(Number(e.numerator), Number(e.denominator));
}
function threshold(e: Evidence): string {
  return formatRate(Number(e.thresholdNumerator), Number(e.thresholdDenominator));
}
function region(e: Evidence, zh: boolean): string {
  if (e.western === undefined) return '';
  if (zh) return e.western === true ? '（西部地区）' : '（非西部地区）';
  return e.western === true ? ' (western region)' : ' (non-western region)';
}

/**
 * Reason codes of the region rules (village and county exit, exit blockers) and their messages
 * in every locale. Evidence holds counts only: no personal data.
 * 村出列、县摘帽与退出障碍的理由代码及中英文消息模板。
 */
export const regionMessages = {
  'exit/incidence-below': {
    'zh-CN': (e) => `贫困发生率 ${value(e)} ${e.inclusive === true ? '不高于' : '低于'}阈值 ${threshold(e)}${region(e, true)}`,
    en: (e) => `poverty incidence ${value(e)} is ${e.inclusive === true ? 'at or below' : 'below'} the threshold ${threshold(e)}${region(e, false)}`,
  },
  'exit/incidence-not-below': {
    'zh-CN': (e) => `贫困发生率 ${value(e)} ${e.inclusive === true ? '高于' : '未低于'}阈值 ${threshold(e)}${region(e, true)}`,
    en: (e) => `poverty incidence ${value(e)} is ${e.inclusive === true ? 'above' : 'not below'} the threshold ${threshold(e)}${region(e, false)}`,
  },
  'exit/incidence-lower-bound-not-below': {
    'zh-CN': (e) => `仅已知部分的综合贫困发生率已达 ${value(e)}，${e.inclusive === true ? '高于' : '未低于'}阈值 ${threshold(e)}${region(e, true)}`,
    en: (e) =>
      `the known part of the comprehensive poverty incidence is already ${value(e)}, ${e.inclusive === true ? 'above' : 'not below'} the threshold ${threshold(e)}${region(e, false)}`,
  },
  'exit/incidence-component-missing': {
    'zh-CN': (e) => `缺少${fieldZh(e)}（${field(e)}），无法计算综合贫困发生率`,
    en: (e) => `${field(e)} is missing: the comprehensive poverty incidence cannot be computed`,
  },
  'exit/zero-population': {
    'zh-CN': () => '农村户籍人口为 0，无法计算贫困发生率',
    en: () => 'the rural population is 0: the poverty incidence cannot be computed',
  },
  'exit/population-missing': {
    'zh-CN': () => '村名单中没有该村，农村户籍人口未知，无法计算贫困发生率',
    en: () => 'the village is not in the village list: its rural population, and so its incidence, is unknown',
  },
  'exit/inconsistent-counts': {
    'zh-CN': (e) => `${String(e.part)}（${Number(e.partValue)}）超过 ${String(e.whole)}（${Number(e.wholeValue)}），数据不一致`,
    en: (e) => `${String(e.part)} (${Number(e.partValue)}) exceeds ${String(e.whole)} (${Number(e.wholeValue)}): the figures disagree`,
  },
  'exit/no-threshold': {
    'zh-CN': (e) => `政策表中 ${String(e.parameter)} 在 ${String(e.asOf)} 没有生效的阈值`,
    en: (e) => `the policy has no ${String(e.parameter)} threshold in force on ${String(e.asOf)}`,
  },
  'exit/wrongful-exit-rate-below': {
    'zh-CN': (e) => `错退率 ${value(e)} ${e.inclusive === true ? '不高于' : '低于'}阈值 ${threshold(e)}`,
    en: (e) => `the wrongful-exit rate ${value(e)} is ${e.inclusive === true ? 'at or below' : 'below'} the threshold ${threshold(e)}`,
  },
  'exit/wrongful-exit-rate-not-below': {
    'zh-CN': (e) => `错退率 ${value(e)} ${e.inclusive === true ? '高于' : '未低于'}阈值 ${threshold(e)}`,
    en: (e) => `the wrongful-exit rate ${value(e)} is ${e.inclusive === true ? 'above' : 'not below'} the threshold ${threshold(e)}`,
  },
  'exit/missed-rate-below': {
    'zh-CN': (e) => `漏评率 ${value(e)} ${e.inclusive === true ? '不高于' : '低于'}阈值 ${threshold(e)}`,
    en: (e) => `the missed-registration rate ${value(e)} is ${e.inclusive === true ? 'at or below' : 'below'} the threshold ${threshold(e)}`,
  },
  'exit/missed-rate-not-below': {
    'zh-CN': (e) => `漏评率 ${value(e)} ${e.inclusive === true ? '高于' : '未低于'}阈值 ${threshold(e)}`,
    en: (e) => `the missed-registration rate ${value(e)} is ${e.inclusive === true ? 'above' : 'not below'} the threshold ${threshold(e)}`,
  },
  'exit/approval-above': {
    'zh-CN': (e) => `群众认可度 ${value(e)} ${e.inclusive === true ? '不低于' : '高于'}阈值 ${threshold(e)}`,
    en: (e) => `public approval ${value(e)} is ${e.inclusive === true ? 'at or above' : 'above'} the threshold ${threshold(e)}`,
  },
  'exit/approval-not-above': {
    'zh-CN': (e) => `群众认可度 ${value(e)} ${e.inclusive === true ? '低于' : '未高于'}阈值 ${threshold(e)}`,
    en: (e) => `public approval ${value(e)} is ${e.inclusive === true ? 'below' : 'not above'} the threshold ${threshold(e)}`,
  },
  'exit/criterion-met': {
    'zh-CN': (e) => `出列条件“${String(e.label)}”已达到`,
    en: (e) => `the exit criterion ${String(e.id)} is met`,
  },
  'exit/criterion-unmet': {
    'zh-CN': (e) => `出列条件“${String(e.label)}”未达到`,
    en: (e) => `the exit criterion ${String(e.id)} is not met`,
  },
  'exit/criterion-missing': {
    'zh-CN': (e) => `出列条件“${String(e.label)}”未记录核查结论`,
    en: (e) => `the exit criterion ${String(e.id)} has no finding recorded`,
  },
  'exit/sample-missing': {
    'zh-CN': (e) => `缺少抽样数据${fieldZh(e)}（${field(e)}）`,
    en: (e) => `the sample figure ${field(e)} is missing`,
  },
  'exit/sample-empty': {
    'zh-CN': (e) => `${fieldZh(e)}（${field(e)}）为 0，样本为空，无法计算比率`,
    en: (e) => `${field(e)} is 0: the sample is empty and the rate cannot be computed`,
  },
} satisfies MessageCatalog;

/** A reason code of the region rules. 区域规则的理由代码。 */
export type RegionReasonCode = keyof typeof regionMessages;
