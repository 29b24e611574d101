import { defineCatalog } from '../reasons/define-catalog';
import type { Evidence, Message } from '../reasons/types';
import { REPORT_MESSAGES, type ReportMessageCode } from './messages';

/**
 * The catalog of the county report and the terminal tables' labels, made by `defineCatalog` from
 * {@link REPORT_MESSAGES}. 县级作战图与终端表格标签的消息目录。
 *
 * @example
 * REPORT_CATALOG.name //=> 'report'
 * REPORT_CATALOG.render('village-status/unmet', {}, 'zh-CN') //=> '未达出列标准'
 */
export const REPORT_CATALOG = defineCatalog('report', REPORT_MESSAGES);

/**
 * Renders one text of {@link REPORT_CATALOG} in every locale.
 * 渲染一条报告文字（中英文）。
 */
export function reportText(code: ReportMessageCode, evidence: Evidence = {}): Message {
  return REPORT_CATALOG.message(code, evidence);
}

/** `中文 English`: the label as the tables show it. 表格中的标签：中文在前。 */
export function bilingual(code: ReportMessageCode, evidence: Evidence = {}): string {
  const text = reportText(code, evidence);
  return `${text['zh-CN']} ${text.en}`;
}
