import type { Evidence, Message, MessageCatalog } from '../reasons/types';

// Every text of the county report (作战图) and of the command's terminal tables, Chinese first,
// then English, in the template form of the other catalogs (`{ code: { 'zh-CN': (e) => …, en:
// (e) => … } }`), so that it switches to the shared catalog mechanism in one mechanical step.
// 县级作战图报告与终端表格的全部文字（中文在前、英文在后）。

type E = Evidence;
const fixed = (zh: string, en: string) => ({ 'zh-CN': (_e: E) => zh, en: (_e: E) => en });
const n = (e: E, key = 'n') => String(e[key]);

/**
 * Texts of the report and of the terminal tables: labels of every status, category and kind, and
 * the headings. Codes are stable; the wording may improve.
 * 报告与终端表格的文字：各状态、类别、类型的标签及标题。
 *
 * @example
 * REPORT_MESSAGES['village-status/unmet'].en({}) //=> 'blocked'
 */
export const REPORT_MESSAGES = {
  // household status 户状态
  'household-status/poor': fixed('未脱贫', 'poor'),
  'household-status/exited': fixed('已脱贫', 'exited'),
  'household-status/monitored': fixed('监测户', 'monitored'),
  'household-status/returned': fixed('返贫', 'returned'),
  // check verdicts 检查结论
  'check-status/met': fixed('达标', 'met'),
  'check-status/unmet': fixed('未达标', 'unmet'),
  'check-status/unknown': fixed('待核实', 'unknown'),
  // village exit on the battle map 村出列（作战图）
  'village-status/met': fixed('达到出列标准', 'exit met'),
  'village-status/unmet': fixed('未达出列标准', 'blocked'),
  'village-status/unknown': fixed('无法判定', 'unknown'),
  // the seven checks (short names) 七项检查（简称）
  'check/income': fixed('收入', 'income'),
  'check/food': fixed('吃', 'food'),
  'check/clothing': fixed('穿', 'clothing'),
  'check/education': fixed('教育', 'education'),
  'check/medical': fixed('医疗', 'medical'),
  'check/housing': fixed('住房', 'housing'),
  'check/water': fixed('饮水', 'water'),
  // county exit checks 三率一度
  'county-check/incidence': fixed('综合贫困发生率', 'comprehensive incidence'),
  'county-check/wrongfulExitRate': fixed('错退率', 'wrongful-exit rate'),
  'county-check/missedRate': fixed('漏评率', 'missed-registration rate'),
  'county-check/approval': fixed('群众认可度', 'public approval'),
  // levels 层级
  'level/county': fixed('县', 'county'),
  'level/township': fixed('乡', 'township'),
  'level/village': fixed('村', 'village'),
  // ledger 台账
  'ledger-status/open': fixed('待整改', 'open'),
  'ledger-status/rectifying': fixed('整改中', 'rectifying'),
  'ledger-status/awaiting-acceptance': fixed('待验收', 'awaiting acceptance'),
  'ledger-status/closed': fixed('已销号', 'closed'),
  'ledger-category/income': fixed('收入', 'income'),
  'ledger-category/food': fixed('吃', 'food'),
  'ledger-category/clothing': fixed('穿', 'clothing'),
  'ledger-category/education': fixed('教育', 'education'),
  'ledger-category/medical': fixed('医疗', 'medical'),
  'ledger-category/housing': fixed('住房', 'housing'),
  'ledger-category/water': fixed('饮水', 'water'),
  'ledger-category/industry': fixed('产业', 'industry'),
  'ledger-category/infrastructure': fixed('基础设施', 'infrastructure'),
  'ledger-category/data-quality': fixed('数据质量', 'data quality'),
  'ledger-category/work-style': fixed('作风', 'work style'),
  'ledger-category/other': fixed('其他', 'other'),
  'ledger-source/inspection': fixed('巡视巡察', 'inspection'),
  'ledger-source/assessment': fixed('成效考核', 'assessment'),
  'ledger-source/cross-check': fixed('交叉检查', 'cross-check'),
  'ledger-source/third-party': fixed('第三方评估', 'third-party'),
  'ledger-source/unannounced-visit': fixed('暗访督查', 'unannounced visit'),
  'ledger-source/special-campaign': fixed('专项治理', 'special campaign'),
  'ledger-source/self-check': fixed('自查', 'self-check'),
  // industry 产业
  'zone-kind/bazi': fixed('坝区', 'bazi'),
  'zone-kind/slope': fixed('坡地', 'slope'),
  'zone-kind/forest': fixed('林地', 'forest'),
  'zone-kind/water': fixed('水域', 'water'),
  'zone-kind/other': fixed('其他', 'other'),
  'target-status/met': fixed('达标', 'met'),
  'target-status/unmet': fixed('未达标', 'unmet'),
  'target-status/no-target': fixed('无目标', 'no target'),
  'industry/tea': fixed('茶叶', 'tea'),
  'industry/vegetables': fixed('蔬菜', 'vegetables'),
  'industry/edible-fungi': fixed('食用菌', 'edible fungi'),
  'industry/chili': fixed('辣椒', 'chili'),
  'industry/fruit': fixed('水果', 'fruit'),
  'industry/rosa-roxburghii': fixed('刺梨', 'rosa roxburghii'),
  'industry/bamboo': fixed('竹', 'bamboo'),
  'industry/camellia-oil': fixed('油茶', 'camellia oil'),
  'industry/herbal-medicine': fixed('中药材', 'herbal medicine'),
  'industry/dendrobium': fixed('石斛', 'dendrobium'),
  'industry/livestock': fixed('生态畜牧', 'livestock'),
  'industry/fishery': fixed('生态渔业', 'fishery'),
  'industry/grain': fixed('粮食', 'grain'),
  'industry/other': fixed('其他', 'other'),
  'element-status/done': fixed('已落实', 'done'),
  'element-status/partial': fixed('部分', 'partial'),
  'element-status/missing': fixed('缺失', 'missing'),
  'yes': fixed('是', 'yes'),
  'no': fixed('否', 'no'),
  // report headings and texts 报告标题与文字
  'report/title': { 'zh-CN': (e: E) => `${e.county}脱贫攻坚作战图`, en: (e: E) => `${e.countyEn} — the battle map of the campaign` },
  'report/as-of': { 'zh-CN': (e: E) => `截至 ${e.asOf}`, en: (e: E) => `as of ${e.asOf}` },
  'report/masked': fixed('本页所有户编号、条目编号、姓名、身份证号均已脱敏', 'Every household id, entry id, name and ID number on this page is masked'),
  'report/headline': fixed('总览', 'Headline'),
  'report/households': fixed('户数', 'households'),
  'report/persons': fixed('人数', 'persons'),
  'report/poor': fixed('未脱贫（含返贫）', 'poor (incl. returned)'),
  'report/exited': fixed('已脱贫', 'exited'),
  'report/monitored': fixed('监测户', 'monitored'),
  'report/compliant': fixed('达标户', 'compliant households'),
  'report/incidence': fixed('贫困发生率', 'poverty incidence'),
  'report/incidence-detail': {
    'zh-CN': (e: E) => `贫困人口 ${n(e, 'numerator')} ÷ 农村户籍人口 ${n(e, 'denominator')}；阈值 ${e.threshold}`,
    en: (e: E) => `poor persons ${n(e, 'numerator')} ÷ rural population ${n(e, 'denominator')}; threshold ${e.threshold}`,
  },
  'report/incidence-missing': fixed('缺少村人口（--villages），无法计算', 'no village populations (--villages): cannot be computed'),
  'report/threshold-unknown': fixed('阈值未知（未说明是否西部地区）', 'threshold unknown (western region not given)'),
  'report/threshold-range': { 'zh-CN': (e: E) => `${e.low} 或 ${e.high}`, en: (e: E) => `${e.low} or ${e.high}` },
  'report/wrongly-exited-risk': fixed('已脱贫但未达标（错退风险）', 'exited but not compliant (wrongful-exit risk)'),
  'report/persons-of': { 'zh-CN': (e: E) => `${n(e)} 人`, en: (e: E) => `${n(e)} persons` },
  'report/households-of': { 'zh-CN': (e: E) => `${n(e)} 户`, en: (e: E) => `${n(e)} households` },
  'report/rejected': { 'zh-CN': (e: E) => `未通过校验的记录 ${n(e)} 条（未计入）`, en: (e: E) => `${n(e)} records rejected by validation (not counted)` },
  'report/county-exit': fixed('县摘帽（三率一度）', 'County exit (三率一度)'),
  'report/county-exit-sample-missing': fixed('缺少抽查数据（--survey），此项待核实', 'no sample figures (--survey): unknown'),
  'report/county-exit-components-missing': fixed('缺少漏评、错退人口（--survey），此项待核实', 'no missed or wrongly exited persons (--survey): unknown'),
  'report/county-exit-none': fixed('缺少村人口，无法判断县摘帽', 'no village populations: the county exit cannot be judged'),
  'report/battle-map': fixed('作战图：各村出列情况', 'Battle map: village exit'),
  'report/battle-map-note': fixed(
    '每格一村，按乡镇分组；颜色为出列结论；格内为未达标户数（✗）与待核实户数（?）。点击村名查看明细。',
    'One cell per village, grouped by township, coloured by the exit verdict; ✗ households failing, ? households unknown. Click a village for its details.',
  ),
  'report/by-check': fixed('分项：各乡镇未达标与待核实户数', 'Per check: households failing and unknown, by township'),
  'report/failing': fixed('未达标', 'failing'),
  'report/unknown': fixed('待核实', 'unknown'),
  'report/timetable': fixed('时间表：问题台账清零进度', 'Timetable: clearing the ledger'),
  'report/open-entries': fixed('未销号', 'open'),
  'report/closed-entries': fixed('已销号', 'closed'),
  'report/month-end-target': { 'zh-CN': (e: E) => `${e.date} 月底清零目标`, en: (e: E) => `target: cleared by the month end ${e.date}` },
  'report/overdue-by-unit': fixed('逾期未销号（按责任单位）', 'Overdue entries by responsible unit'),
  'report/overdue': fixed('逾期', 'overdue'),
  'report/no-ledger': fixed('未提供台账（--ledger）', 'no ledger given (--ledger)'),
  'report/industry': fixed('产业：各区块亩均产值与目标', 'Industry: output per 亩 against target, by zone'),
  'report/per-mu': fixed('亩均产值（元/亩）', 'output per 亩 (yuan)'),
  'report/target': fixed('目标（元/亩）', 'target (yuan per 亩)'),
  'report/no-plan': fixed('未提供产业规划（--plan）', 'no industry plan given (--plan)'),
  'report/monitoring': fixed('防返贫监测', 'Monitoring against return to poverty'),
  'report/no-monitoring': fixed('未提供监测数据（--monitoring）', 'no monitoring data given (--monitoring)'),
  'report/monitoring-by-type': fixed('监测对象类型', 'Monitored households by type'),
  'report/monitoring-by-risk': fixed('风险类型（一户可有多项）', 'Risk types (a household may have several)'),
  'report/monitoring-by-state': fixed('监测记录状态', 'Monitoring records by state'),
  'report/monitoring-attention': fixed('消除与待办', 'Eliminated and to do'),
  'report/eliminated': fixed('已消除风险', 'risk eliminated'),
  'report/identified-in-period': fixed('期内识别', 'identified in the period'),
  'report/eliminated-in-period': fixed('期内消除', 'eliminated in the period'),
  'report/not-in-register': fixed('应纳未纳', 'flagged, not monitored'),
  'report/assistance-missing': fixed('帮扶未到位', 'no measure while a test is unmet'),
  'report/monitoring-rejected': fixed('无效记录（未计入，见 tuopin monitor）', 'invalid records (not counted: see tuopin monitor)'),
  'report/long-monitored': { 'zh-CN': (e: E) => `监测超过 ${n(e)} 个月`, en: (e: E) => `monitored over ${n(e)} months` },
  'report/villages': fixed('各村明细', 'Villages in detail'),
  'report/non-compliant': fixed('未达标户（已脱敏）', 'Households not compliant (masked)'),
  'report/open-ledger': fixed('未销号台账', 'Open ledger entries'),
  'report/none': fixed('无', 'none'),
  'report/more': { 'zh-CN': (e: E) => `另有 ${n(e)} 户`, en: (e: E) => `${n(e)} more` },
  'report/back-to-map': fixed('返回作战图', 'back to the map'),
  'report/generated': { 'zh-CN': (e: E) => `由 tuopin ${e.version} 生成`, en: (e: E) => `made by tuopin ${e.version}` },
  'report/population': fixed('农村户籍人口', 'rural population'),
  'report/poor-persons': fixed('贫困人口', 'poor persons'),
  'report/deadline': fixed('时限', 'deadline'),
  'report/category': fixed('类别', 'category'),
  'report/status': fixed('状态', 'status'),
  'report/id': fixed('编号', 'id'),
  'report/unit': fixed('责任单位', 'responsible unit'),
  'report/zone': fixed('区块', 'zone'),
  'report/kind': fixed('类型', 'kind'),
  'report/gap': fixed('缺口（元/亩）', 'gap (yuan per 亩)'),
  'report/village': fixed('村', 'village'),
  'report/township': fixed('乡镇', 'township'),
  'report/checks-failing': fixed('未达标项', 'failing checks'),
  'report/checks-unknown': fixed('待核实项', 'unknown checks'),
  // terminal tables 终端表格
  'table/summary-legend': fixed('发生率 = 贫困人口 ÷ 农村人口，百分数向零截断', 'incidence = poor ÷ population, cut towards zero'),
} satisfies MessageCatalog;

/** A code of {@link REPORT_MESSAGES}. */
export type ReportMessageCode = keyof typeof REPORT_MESSAGES;

/**
 * Renders one text of {@link REPORT_MESSAGES} in every locale.
 * 渲染一条报告文字（中英文）。
 */
export function reportText(code: ReportMessageCode, evidence: Evidence = {}): Message {
  const template = REPORT_MESSAGES[code];
  return { 'zh-CN': template['zh-CN'](evidence), en: template.en(evidence) };
}

/** `中文 English`: the label as the tables show it. 表格中的标签：中文在前。 */
export function bilingual(code: ReportMessageCode, evidence: Evidence = {}): string {
  const text = reportText(code, evidence);
  return `${text['zh-CN']} ${text.en}`;
}
