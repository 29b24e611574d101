import { defineCatalog, type CodeOf } from '../../reasons/define-catalog';
import type { Evidence } from '../../reasons/types';

// The headings, labels and column headers of the command's terminal tables, Chinese first, then
// English. The tables show both (`层级 level`), as one cell or as a two-line header; the labels of
// statuses, categories, industries and checks come from the report catalog (src/report/).
// 终端表格的标题、标签与列名（中文在前、英文在后）；状态、类别等名称取自报告目录。

const fixed = (zh: string, en: string) => ({ 'zh-CN': () => zh, en: () => en });

/**
 * The texts of the terminal tables of `tuopin assess`, `audit`, `compare`, `diff`, `ledger`,
 * `monitor`, `plan` and `demo`. Codes are stable; wording may improve. 终端表格文字目录。
 *
 * @example
 * TABLE_CATALOG.render('col/level', {}, 'zh-CN') //=> '层级'
 * tableLabel('col/level') //=> '层级 level'
 */
export const TABLE_CATALOG = defineCatalog('tables', {
  // shared labels
  'table/as-of': fixed('评估日期', 'as of'),
  'table/as-of-on': fixed('截至', 'as of'),
  'table/records': fixed('记录', 'records'),
  'table/assessed': fixed('已评估', 'assessed'),
  'table/rejected': fixed('未通过校验', 'rejected'),
  'table/valid': fixed('有效', 'valid'),
  'table/invalid': fixed('无效', 'rejected'),
  'table/rejected-records': fixed('未通过校验的记录', 'Rejected records'),
  'table/warnings': fixed('警告', 'Warnings'),
  'col/level': fixed('层级', 'level'),
  'col/code': fixed('代码', 'code'),
  'col/name': fixed('名称', 'name'),
  'col/unit': fixed('单位', 'unit'),
  'col/hh': fixed('户', 'hh'),
  'col/persons': fixed('人', 'persons'),
  'col/poor-hh': fixed('贫困户', 'poor hh'),
  'col/poor': fixed('贫困人口', 'poor'),
  'col/compliant': fixed('达标户', 'compliant'),
  'col/population': fixed('农村人口', 'population'),
  'col/incidence': fixed('发生率', 'incidence'),
  'col/village-code': fixed('村代码', 'village'),
  'col/village': fixed('村', 'village'),
  'col/household': fixed('户', 'household'),
  'col/household-id': fixed('户编号', 'household'),
  // tuopin assess
  'assess/summary': fixed('汇总', 'Summary'),
  'assess/by-check': fixed('分项', 'By check'),
  'assess/by-check-legend': fixed('✗/? = 未达标户数/待核实户数', 'households failing/unknown'),
  // rejection and warning lines of every command (rejectionLines, warningLines)
  'line/row': { 'zh-CN': (e: Evidence) => `第 ${String(e.row)} 行`, en: (e: Evidence) => `row ${String(e.row)}` },
  'line/record': fixed('整条记录', '(record)'),
  // tuopin audit
  'audit/title': fixed('户表核查', 'Register audit'),
  'audit/as-of': fixed('核查日期', 'as of'),
  'audit/audited': fixed('已核查', 'audited'),
  'audit/findings': fixed('发现', 'findings'),
  'audit/findings-heading': fixed('发现', 'Findings'),
  'audit/by-village': fixed('按村', 'By village'),
  'audit/by-code': fixed('按代码', 'By code'),
  'audit/hh-with-findings': fixed('有问题户', 'hh with findings'),
  'audit/count': fixed('条数', 'findings'),
  // tuopin assess --compare-policy
  'compare/title': fixed('政策比较', 'Policy comparison'),
  'compare/changed': fixed('判定变化', 'changed'),
  'compare/no-longer-compliant': fixed('不再达标', 'no longer compliant'),
  'compare/newly-compliant': fixed('新达标', 'newly compliant'),
  'compare/col-changed': fixed('变化', 'changed'),
  'compare/col-no-longer': fixed('不再达标', 'no longer'),
  'compare/col-newly': fixed('新达标', 'newly'),
  'compare/households': fixed('判定变化的户', 'Households that change'),
  // tuopin demo
  'demo/blockers': fixed('摘帽障碍', 'Exit blockers'),
  'demo/no-blockers': fixed('无', 'none — every village is below the incidence threshold'),
  'demo/villages-over': {
    'zh-CN': (e: Evidence) => `${String(e.n)} 个村贫困发生率未降至阈值以下`,
    en: () => 'villages at or over the incidence threshold',
  },
  'demo/incidence': fixed('发生率', 'incidence'),
  'demo/threshold': fixed('阈值', 'threshold'),
  'demo/non-compliant': fixed('未达标户', 'non-compliant households'),
  'demo/open-entries': fixed('未销号台账', 'open entries'),
  'demo/unmet': fixed('未达标', 'unmet'),
  'demo/unknown': fixed('待核实', 'unknown'),
  'demo/deadline': fixed('时限', 'deadline'),
  // tuopin diff
  'diff/title': fixed('两期户表比对', 'Register diff'),
  'diff/sorted': fixed('按户编号流式', 'streamed, sorted by id'),
  'diff/in-memory': fixed('前一期在内存中', 'first register in memory'),
  'diff/before': fixed('前一期', 'before'),
  'diff/after': fixed('后一期', 'after'),
  'diff/records': fixed('条', 'records'),
  'diff/drop-share': fixed('收入降幅阈值', 'income-drop share'),
  'diff/not-set': fixed('未设定', 'not set'),
  'diff/item': fixed('项目', 'item'),
  'diff/count': fixed('数量', 'count'),
  'diff/changes': fixed('变化', 'Changes'),
  'diff/change': fixed('变化', 'change'),
  'diff/detail': fixed('详情', 'detail'),
  'diff/compliant': fixed('达标', 'compliant'),
  'diff/yuan-per-person': fixed('元/人', 'yuan per person'),
  'diff/yes': fixed('是', 'yes'),
  'diff/no': fixed('否', 'no'),
  // the kinds of change in the table of changes (the CSV keeps the codes)
  'diff/kind/household-new': fixed('新增户', 'new household'),
  'diff/kind/household-removed': fixed('减少户', 'household removed'),
  'diff/kind/household-split': fixed('分户', 'household split'),
  'diff/kind/household-merged': fixed('合户', 'households merged'),
  'diff/kind/member-added': fixed('新增人口', 'member added'),
  'diff/kind/member-removed': fixed('减少人口', 'member removed'),
  'diff/kind/member-moved': fixed('人口迁移', 'member moved'),
  'diff/kind/status-exited': fixed('脱贫', 'exited'),
  'diff/kind/status-returned': fixed('返贫', 'returned to poverty'),
  'diff/kind/status-other': fixed('状态变化', 'status changed'),
  'diff/kind/newly-identified': fixed('新识别', 'newly identified'),
  'diff/kind/verdict': fixed('判定变化', 'verdict changed'),
  'diff/kind/income-fell': fixed('收入降幅超限', 'income fell past the share'),
  'diff/householdsBefore': fixed('前一期户数', 'households before'),
  'diff/householdsAfter': fixed('后一期户数', 'households after'),
  'diff/newHouseholds': fixed('新增户', 'new'),
  'diff/removedHouseholds': fixed('减少户', 'removed'),
  'diff/splits': fixed('分户', 'split'),
  'diff/merges': fixed('合户', 'merged'),
  'diff/membersAdded': fixed('新增人口', 'members added'),
  'diff/membersRemoved': fixed('减少人口', 'members removed'),
  'diff/membersMoved': fixed('迁移人口', 'members moved'),
  'diff/statusChanges': fixed('状态变化', 'status changes'),
  'diff/newlyIdentified': fixed('新识别', 'newly identified'),
  'diff/verdictChanges': fixed('判定变化', 'verdict changes'),
  'diff/incomeRose': fixed('人均收入上升', 'income rose'),
  'diff/incomeFell': fixed('人均收入下降', 'income fell'),
  'diff/incomeUnchanged': fixed('人均收入不变', 'income unchanged'),
  'diff/incomeFellByMoreThanShare': fixed('降幅超限', 'fell by more than the share'),
  // tuopin ledger
  'ledger/title': fixed('问题台账', 'Ledger'),
  'ledger/entries': fixed('条目', 'entries'),
  'ledger/group': fixed('分组', 'group'),
  'ledger/all': fixed('合计', 'all'),
  'ledger/total': fixed('总数', 'total'),
  'ledger/open': fixed('待整改', 'open'),
  'ledger/rectifying': fixed('整改中', 'rectifying'),
  'ledger/awaitingAcceptance': fixed('待验收', 'awaiting'),
  'ledger/closed': fixed('已销号', 'closed'),
  'ledger/overdue': fixed('逾期', 'overdue'),
  'ledger/dueWithinDays': fixed('7日内到期', 'due ≤7d'),
  'ledger/closedOnTime': fixed('按期销号', 'on time'),
  'ledger/closedLate': fixed('超期销号', 'late'),
  'ledger/cleared': fixed('清零', 'cleared'),
  'ledger/overdue-heading': fixed('逾期未销号', 'Overdue'),
  'ledger/id': fixed('编号', 'id'),
  'ledger/category': fixed('类别', 'category'),
  'ledger/responsible': fixed('责任单位', 'responsible'),
  'ledger/person': fixed('责任人', 'person'),
  'ledger/deadline': fixed('时限', 'deadline'),
  'ledger/days': fixed('逾期天数', 'days'),
  'ledger/status': fixed('状态', 'status'),
  'ledger/rejected-entries': fixed('无效条目', 'Rejected entries'),
  // tuopin monitor
  'monitor/title': fixed('防止返贫监测', 'Monitoring'),
  'monitor/period': fixed('统计期', 'period'),
  'monitor/register': fixed('户表', 'register'),
  'monitor/screened': fixed('已筛查', 'screened'),
  'monitor/records': fixed('监测记录', 'monitoring records'),
  'monitor/screening': fixed('筛查', 'screening'),
  'monitor/should': fixed('应纳入', 'should be monitored'),
  'monitor/should-not': fixed('不需纳入', 'not'),
  'monitor/unknown': fixed('无法判定', 'unknown'),
  'monitor/col-records': fixed('记录', 'records'),
  'monitor/monitored': fixed('监测户', 'monitored'),
  'monitor/assisted': fixed('帮扶中', 'assisted'),
  'monitor/eliminated': fixed('已消除', 'eliminated'),
  'monitor/identified-in-period': fixed('期内识别', 'identified'),
  'monitor/eliminated-in-period': fixed('期内消除', 'eliminated'),
  'monitor/rate': fixed('消除率', 'rate'),
  'monitor/long': { 'zh-CN': (e: Evidence) => `超${String(e.months)}月`, en: () => 'long' },
  'monitor/missed': fixed('应纳未纳', 'missed'),
  'monitor/no-measure': fixed('帮扶未到位', 'no measure'),
  'monitor/state': fixed('状态', 'state'),
  'monitor/months': fixed('月数', 'months'),
  'monitor/unmet-tests': fixed('未达标', 'unmet tests'),
  'monitor/not-in-register': fixed('应纳未纳', 'Flagged but not in the register'),
  'monitor/assistance-missing': fixed('帮扶未到位', 'Decided, a test unmet, no measure'),
  'monitor/long-monitored': {
    'zh-CN': (e: Evidence) => `监测超过 ${String(e.months)} 个月`,
    en: (e: Evidence) => `Monitored longer than ${String(e.months)} months`,
  },
  'monitor/unmatched': fixed('户表中没有的监测户', 'Monitoring records with no household in the register'),
  // tuopin plan
  'plan/title': fixed('产业规划', 'Industry plan'),
  'plan/zone': fixed('区块', 'zone'),
  'plan/kind': fixed('类型', 'kind'),
  'plan/land-mu': fixed('土地(亩)', 'land'),
  'plan/sown-mu': fixed('播种(亩)', 'sown'),
  'plan/output-yuan': fixed('产值(元)', 'output'),
  'plan/per-mu-yuan': fixed('亩均(元)', 'per mu'),
  'plan/target': fixed('目标', 'target'),
  'plan/verdict': fixed('结论', 'verdict'),
  'plan/gap-yuan': fixed('缺口(元)', 'gap'),
  'plan/conversion': fixed('调减建议', 'conversion'),
  'plan/insufficient': fixed('不足', 'insufficient'),
  'plan/total': fixed('合计', 'total'),
  'plan/land': fixed('土地', 'land'),
  'plan/sown': fixed('播种', 'sown'),
  'plan/output': fixed('产值', 'output'),
  'plan/per-mu': fixed('亩均', 'per mu'),
  'plan/industry': fixed('产业', 'industry'),
  'plan/reduction': fixed('低效作物调减', 'Reduction'),
  'plan/patches': fixed('图斑', 'patches'),
  'plan/cleared-area': fixed('清零面积', 'cleared'),
  'plan/all-cleared': fixed('已清零', 'all cleared'),
  'plan/not-cleared': fixed('未清零', 'not cleared'),
  'plan/elements': fixed('八要素', 'Eight elements'),
  'plan/all-done': fixed('全部落实', 'all done'),
  'plan/linkage': fixed('利益联结', 'Benefit linkage'),
  'plan/capped': fixed('联结户数多于贫困户数，按 100% 计', 'capped: more linked than poor households'),
  'plan/poor-households': fixed('贫困户', 'poor households'),
  'unit/mu': fixed('亩', 'mu'),
  'unit/yuan': fixed('元', 'yuan'),
});

/** A code of {@link TABLE_CATALOG}. */
export type TableCode = CodeOf<typeof TABLE_CATALOG>;

/** `中文 English`: a label as the tables show it. 表格标签：中文在前。 */
export function tableLabel(code: TableCode, evidence: Evidence = {}): string {
  return `${TABLE_CATALOG.render(code, evidence, 'zh-CN')} ${TABLE_CATALOG.render(code, evidence, 'en')}`;
}

/** `[中文, English]`: a two-line column header. 两行表头。 */
export function tableHeader(code: TableCode, evidence: Evidence = {}): [string, string] {
  return [TABLE_CATALOG.render(code, evidence, 'zh-CN'), TABLE_CATALOG.render(code, evidence, 'en')];
}

/** The Chinese text alone (a unit such as 亩 after a figure). 仅中文。 */
export function tableZh(code: TableCode, evidence: Evidence = {}): string {
  return TABLE_CATALOG.render(code, evidence, 'zh-CN');
}
