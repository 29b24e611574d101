import { defineCatalog } from '../../reasons/define-catalog';
import type { MessageCatalog } from '../../reasons/types';

// The descriptions of `tuopin --help` and the command's few status lines, in both languages
// (Chinese first). 命令用法说明与状态行的中英文文字。

const fixed = (zh: string, en: string) => ({ 'zh-CN': () => zh, en: () => en });

/**
 * The descriptions of the commands and options shown by `--help`.
 * `--help` 显示的命令与选项说明。
 *
 * @example
 * HELP_MESSAGES['help/option/quiet'].en({}) //=> 'no progress bar'
 */
export const HELP_MESSAGES = {
  'help/title': fixed('脱贫攻坚户表、台账与产业规划报告', 'register, ledger and plan reports of 脱贫攻坚'),
  'help/usage': fixed('用法', 'Usage'),
  'help/options': fixed('选项', 'Options'),
  'help/assess': fixed(
    '评估户表（.ndjson .json .csv .xlsx .xls .ods，每行一人），按村、乡、县汇总并列出未通过校验的记录。',
    'Assess every household of a register file and roll the results up by village, township and county; rejected records are listed with every issue.',
  ),
  'help/compare': fixed('同一户表在两套政策下的判定比较（按村计数并列出判定变化的户）。', 'The same register under --policy (default national) and other.json: verdicts that change.'),
  'help/audit': fixed(
    '户表核查：一人多户、一号多户、户主、年龄与关系、在校生状况、已脱贫户未达标等，按村计数。',
    'Audit a register: persons in two households, reused ids, heads, ages, contradictions.',
  ),
  'help/diff': fixed('两期户表比对：户与人口增减、分户合户、迁移、状态与判定变化、人均收入降幅超限的户。', 'Compare two snapshots of a register.'),
  'help/monitor': fixed(
    '防止返贫监测：逐户筛查户表，按村、乡、县汇总监测对象，列出应纳未纳、帮扶未到位与长期监测户。',
    'Return-to-poverty monitoring: screen every household, roll the monitoring records up by village, township and county, list households flagged but not monitored (应纳未纳) and monitored with an unmet test but no measure (帮扶未到位). No provincial line is built in: give yours in --policy (monitoringLines).',
  ),
  'help/ledger': fixed('问题台账汇总并列出逾期条目（.json .ndjson .csv .xlsx，中文或英文列名）。', 'Ledger summary with the overdue entries.'),
  'help/plan': fixed(
    '产业规划汇总（.json，或每行一个种植项目的 .csv .xlsx .xls .ods，中文或英文列名）。',
    'Industry plan summary against per-亩 targets (no default target); a table gives zones and plantings.',
  ),
  'help/demo': fixed(
    '在内置虚构样例县上运行全部报告；--write 把样例文件写到 DIR；--report 写出作战图页面。',
    'Every report on the bundled fictional county; --write saves its files to DIR; --report writes its battle-map page.',
  ),
  'help/report': fixed(
    '县级作战图：一个自包含的 HTML 页面（图表内联、可双击打开、A4 打印），或其 JSON 数据； 给出 --monitoring 时含防返贫监测部分（按类型、风险、状态计数，应纳未纳、帮扶未到位）。',
    "The county's battle map: one self-contained HTML page (charts inline, opens by double-click, prints on A4), or its data as JSON; with --monitoring, a monitoring section.",
  ),
  'help/option/as-of': fixed('评估日期（中国日历），默认今天', 'date of the assessment in China, default today'),
  'help/option/strict': fixed('有未通过校验的记录时退出码为 1', 'exit 1 when records were rejected'),
  'help/option/quiet': fixed('不显示进度条', 'no progress bar'),
  'help/option/monitoring-encoding': fixed('--monitoring 文件的编码（默认自动识别；--encoding 只用于户表）', 'encoding of the --monitoring file (guessed by default; --encoding is the register\'s)'),
  'help/option/monitoring-sheet': fixed('--monitoring 工作簿中要读取的工作表（默认按表头选择）', 'worksheet of the --monitoring workbook (chosen by its header by default)'),
  'help/option/wide': fixed('表格不限 120 列', 'tables wider than 120 columns'),
  'help/option/encoding': fixed('文本编码 utf-8|gb18030|gbk|utf-16le|utf-16be（默认自动识别）', 'text encoding (guessed by default)'),
  'help/option/sheet': fixed('读取指定工作表（默认按表头选择）', 'the worksheet to read (default: chosen by its header)'),
  'help/option/strict-columns': fixed('有未识别的列或缺少所需的列时退出码为 2（户表：检查所需的列）', 'exit 2 on unrecognised columns or missing needed ones (a register: the columns a check needs)'),
  'help/option/help': fixed('显示用法', 'show usage'),
  'help/exit-codes': fixed(
    '退出码：0 成功；1 有被拒记录且给了 --strict；2 用法错误、无法读取的输入或无法写入的输出。',
    'Exit codes: 0 success, 1 rejected records with --strict, 2 usage error, unreadable input or unwritable output.',
  ),
  'help/privacy': fixed('身份证号、姓名、电话在一切输出中均已脱敏。', 'Personal data (ID numbers, names, phones) is masked in everything printed or written.'),
  'cli/warnings': { 'zh-CN': (e) => `警告（${String(e.n)}）`, en: (e) => `Warnings (${String(e.n)})` },
  'cli/sample-files': fixed('样例文件', 'sample files'),
  'cli/demo-title': fixed('示例县（虚构）529901', 'Sample county (fictional) 529901'),
  'cli/demo-target-note': fixed('坝区目标 8,000 元/亩 为演示用数字', 'the 8,000 yuan per 亩 bazi target is an example figure'),
  'cli/battle-map-written': { 'zh-CN': (e) => `作战图已写出：${String(e.file)}`, en: (e) => `battle map: ${String(e.file)}` },
  'cli/report-written': {
    'zh-CN': (e) => `作战图已写出：${String(e.file)}（评估 ${String(e.assessed)} 户，拒绝 ${String(e.rejected)} 条记录）`,
    en: (e) => `battle map: ${String(e.file)} (${String(e.assessed)} households assessed, ${String(e.rejected)} records rejected)`,
  },
  'cli/report-data-written': {
    'zh-CN': (e) => `作战图数据已写出：${String(e.file)}（评估 ${String(e.assessed)} 户，拒绝 ${String(e.rejected)} 条记录）`,
    en: (e) => `battle-map data: ${String(e.file)} (${String(e.assessed)} households assessed, ${String(e.rejected)} records rejected)`,
  },
  'cli/progress-records': { 'zh-CN': (e) => `${String(e.n)} 条记录`, en: (e) => `${String(e.n)} records` },
  'cli/progress-rate': { 'zh-CN': (e) => `${String(e.n)} 条/秒`, en: (e) => `${String(e.n)}/s` },
  'cli/internal-error': {
    'zh-CN': (e) => `内部错误（${String(e.name)}）`,
    en: (e) => `internal error (${String(e.name)})`,
  },
} satisfies MessageCatalog;

/** The catalog of the command's help and its few status lines. */
export const HELP_CATALOG = defineCatalog('help', HELP_MESSAGES);

