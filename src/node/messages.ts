import { basename } from 'node:path';
import { CHECK_NAMES_ZH, type CheckName } from '../household/assessment';
import { maskFileName, maskNumbers } from '../privacy/mask-identifier';
import { defineCatalog, type CodeOf } from '../reasons/define-catalog';
import type { Evidence, Message, Path } from '../reasons/types';
import type { ValidationIssue } from '../validation/issues';

// Every message of the file readers and the `tuopin` command (Node side), in one catalog:
// reading errors (exit 2), record issues (a rejected record), warnings about the layout, and
// usage errors. Evidence holds no cell values: file names, row and column numbers, column
// headers (escaped), encodings and counts only.
// 文件读取与命令的全部消息（中英文）：读取错误（退出码 2）、记录问题、版式警告、用法错误。
// 证据中不含单元格的值：只有文件名、行列号、列名、编码与计数。

// A list joined in the locale's way; an absent key shows as `undefined`, never as an empty slot,
// so that the catalog parity test catches a template reading a key its code never gets.
const s = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));
const zhList = (v: unknown): string => (Array.isArray(v) ? v.join('、') : String(v));

// What is wrong in a JSON text (evidence from `jsonErrorDetail`: never the text itself).
const jsonSyntax = {
  'zh-CN': (e: Evidence): string => (e.syntax === 'at' ? `第 ${s(e.char)} 个字符处有语法错误` : e.syntax === 'end' ? '内容不完整，在中途结束' : '语法错误'),
  en: (e: Evidence): string => (e.syntax === 'at' ? `syntax error at character ${s(e.char)}` : e.syntax === 'end' ? 'unexpected end of input' : 'syntax error'),
};
// Why a JSON document is not a readable array (`JsonArraySyntaxError.kind`).
const ARRAY_PROBLEM_ZH: Record<string, string> = { 'not-array': '文档不是 JSON 数组', 'missing-value': '数组中缺少一个值', 'after-end': '数组结束后还有文字', 'not-closed': '数组没有闭合' };
const ARRAY_PROBLEM_EN: Record<string, string> = { 'not-array': 'the document is not a JSON array', 'missing-value': 'a value is missing in the array', 'after-end': 'unexpected text after the end of the array', 'not-closed': 'the JSON array is not closed' };
/** What is damaged in an unreadable workbook (`SpreadsheetDamage` in xlsx.ts), per locale. */
const DAMAGE_ZH: Record<string, (e: Evidence) => string> = {
  part: (e) => `${s(e.part)} 已损坏，无法解压`,
  xml: (e) => `${s(e.part)} 不是合法的 XML`,
  'xml-depth': (e) => `${s(e.part)} 的 XML 嵌套超过 ${s(e.limit)} 层`,
  'not-xlsx': () => '不是 .xlsx 工作簿（无法作为 zip 打开）',
  'zip-directory': () => 'zip 目录已损坏',
  'no-workbook': (e) => `不是 .xlsx 工作簿（缺少 ${s(e.part)}）`,
  legacy: () => 'SheetJS 无法解析该文件',
  'legacy-timeout': (e) => `SheetJS 未在 ${s(e.seconds)} 秒内读完（文件可能已损坏）`,
  'legacy-failed': () => 'SheetJS 读取时出错',
  'legacy-exit': (e) => `SheetJS 读取线程意外退出（退出码 ${s(e.exit)}）`,
};
const DAMAGE_EN: Record<string, (e: Evidence) => string> = {
  part: (e) => `${s(e.part)} is damaged and cannot be inflated`,
  xml: (e) => `${s(e.part)} is not well-formed XML`,
  'xml-depth': (e) => `${s(e.part)}: XML nested more than ${s(e.limit)} levels deep`,
  'not-xlsx': () => 'not an .xlsx workbook (cannot be opened as a zip)',
  'zip-directory': () => 'damaged zip directory',
  'no-workbook': (e) => `not an .xlsx workbook (no ${s(e.part)})`,
  legacy: () => 'SheetJS cannot parse the file',
  'legacy-timeout': (e) => `SheetJS did not finish within ${s(e.seconds)} s (a damaged file?)`,
  'legacy-failed': () => 'SheetJS failed while reading',
  'legacy-exit': (e) => `the SheetJS reading thread stopped (exit code ${s(e.exit)})`,
};
const damageZh = (e: Evidence): string => (Object.hasOwn(DAMAGE_ZH, s(e.damage)) ? (DAMAGE_ZH[s(e.damage)] as (e: Evidence) => string)(e) : '文件已损坏');
const damageEn = (e: Evidence): string => (Object.hasOwn(DAMAGE_EN, s(e.damage)) ? (DAMAGE_EN[s(e.damage)] as (e: Evidence) => string)(e) : 'the file is damaged');

/**
 * The catalog of the readers and the command (`read/…` stop the command, exit 2; `input/…` reject
 * one record; `warn/…` are warnings; `usage/…` are usage errors), made by `defineCatalog`. Codes
 * are stable; wording may improve. 读取器与命令的消息目录。
 *
 * @example
 * NODE_CATALOG.name //=> 'node'
 * NODE_CATALOG.render('read/empty', {}, 'en') //=> 'the file is empty'
 */
export const NODE_CATALOG = defineCatalog('node', {
  // Errors that stop the command (exit 2).
  'read/unknown-format': {
    'zh-CN': () => '未知格式：请使用 .ndjson、.jsonl、.json、.csv、.xlsx、.xls 或 .ods',
    en: () => 'unknown format: use .ndjson, .jsonl, .json, .csv, .xlsx, .xls or .ods',
  },
  'read/not-a-file': { 'zh-CN': () => '不是文件', en: () => 'not a file' },
  'read/cannot-read': {
    'zh-CN': (e) => `无法读取文件（${s(e.reason)}）`,
    en: (e) => `cannot read the file (${s(e.reason)})`,
  },
  'read/empty': { 'zh-CN': () => '文件为空', en: () => 'the file is empty' },
  'read/unknown-encoding': {
    'zh-CN': (e) => `不支持的编码 ${s(e.encoding)}：可用 utf-8、gb18030、gbk、utf-16le、utf-16be`,
    en: (e) => `unsupported encoding ${s(e.encoding)}: use utf-8, gb18030, gbk, utf-16le or utf-16be`,
  },
  'read/no-header': { 'zh-CN': () => '没有表头', en: () => 'no header row' },
  'read/missing-columns': {
    'zh-CN': (e) => `缺少必需列：${zhList(e.columns)}（表头在第 ${s(e.headerRow)} 行）`,
    en: (e) => `missing required column(s): ${s(e.columns)} (header on row ${s(e.headerRow)})`,
  },
  'read/xls-is-html': {
    'zh-CN': (e) =>
      `文件扩展名为 ${s(e.format)}，但内容是网页中的 HTML 表格（常见于网页系统的“导出 Excel”），不是 Excel 工作簿：读取它需要可选依赖 @e965/xlsx（npm install @e965/xlsx）；或用 Excel 或 WPS 打开后另存为 .xlsx 或 .csv`,
    en: (e) =>
      `the ${s(e.format)} file is really an HTML table (the "Excel" export of many web systems), not an Excel workbook: reading it needs the optional @e965/xlsx (npm install @e965/xlsx); or open it in Excel or WPS and save it as .xlsx or .csv`,
  },
  'read/duplicate-columns': {
    'zh-CN': (e) => `列重复：${zhList(e.columns)}`,
    en: (e) => `duplicate column(s): ${s(e.columns)}`,
  },
  'read/strict-columns': {
    'zh-CN': (e) => `--strict-columns：有未识别的列（${zhList(e.unknown)}）或缺少所需的列（${zhList(e.missing)}）`,
    en: (e) => `--strict-columns: unrecognised column(s) (${s(e.unknown)}) or missing needed column(s) (${s(e.missing)})`,
  },
  'read/csv-quote': {
    'zh-CN': (e) => `第 ${s(e.row)} 行引号不合规（${e.where === 'after-closing' ? '闭合的引号后还有文字' : '字段中间出现引号'}）：引号应只出现在字段开头并成对闭合`,
    en: (e) => `row ${s(e.row)}: misplaced quote (${e.where === 'after-closing' ? 'text after a closing quote' : 'quote inside a field'}): a quote may only open a field and must be closed`,
  },
  'read/csv-unterminated': {
    'zh-CN': (e) => `从第 ${s(e.row)} 行开始的引号没有闭合`,
    en: (e) => `unterminated quoted field starting in row ${s(e.row)}`,
  },
  'read/json-array': {
    'zh-CN': (e) => `不是合法的 JSON 数组：${s(ARRAY_PROBLEM_ZH[s(e.problem)])}（第 ${s(e.offset)} 个字符）`,
    en: (e) => `not a valid JSON array: ${s(ARRAY_PROBLEM_EN[s(e.problem)])} (at character ${s(e.offset)})`,
  },
  'read/spreadsheet': {
    'zh-CN': (e) => `无法读取电子表格（${damageZh(e)}${e.library === undefined ? '' : `；程序库的原始信息：${s(e.library)}`}）`,
    en: (e) => `unreadable spreadsheet (${damageEn(e)}${e.library === undefined ? '' : `; the library says: ${s(e.library)}`})`,
  },
  'read/inflate-limit': {
    'zh-CN': (e) => `工作簿中的 ${s(e.part)} 解压后超过 ${s(e.limitMiB)} MiB 上限（疑似压缩炸弹）`,
    en: (e) => `${s(e.part)} in the workbook inflates beyond the ${s(e.limitMiB)} MiB limit (a zip bomb?)`,
  },
  'read/cell-reference': {
    'zh-CN': (e) => `第 ${s(e.row)} 行有超出范围的单元格引用（${s(e.ref)}）`,
    en: (e) => `row ${s(e.row)}: cell reference out of range (${s(e.ref)})`,
  },
  'read/no-sheet': { 'zh-CN': () => '工作簿中没有工作表', en: () => 'the workbook has no worksheet' },
  'read/sheet-not-found': {
    'zh-CN': (e) => `没有名为 ${s(e.sheet)} 的工作表（有：${zhList(e.sheets)}）`,
    en: (e) => `no worksheet named ${s(e.sheet)} (there are: ${s(e.sheets)})`,
  },
  'read/reader-missing': {
    'zh-CN': (e) => `读取 ${s(e.format)} 需要可选依赖 @e965/xlsx（npm install @e965/xlsx）`,
    en: (e) => `reading ${s(e.format)} needs the optional dependency @e965/xlsx (npm install @e965/xlsx)`,
  },
  'read/village-names': {
    'zh-CN': () => '表中只有乡镇、村名而没有村代码：请用 --villages 提供村表（含村名与村代码）',
    en: () => 'the table has township and village names but no village codes: give a village table with --villages',
  },
  'read/cannot-write': {
    'zh-CN': (e) => `无法写入输出文件（${s(e.reason)}）`,
    en: (e) => `cannot write the output (${s(e.reason)})`,
  },
  'read/out-is-input': {
    'zh-CN': () => '--out 指向输入文件：拒绝覆盖输入',
    en: () => '--out names an input file: refusing to overwrite an input',
  },
  'read/policy-json': {
    'zh-CN': (e) => `政策文件不是合法的 JSON：${jsonSyntax['zh-CN'](e)}`,
    en: (e) => `the policy is not valid JSON: ${jsonSyntax.en(e)}`,
  },
  'read/plan-json': {
    'zh-CN': (e) => `产业规划不是合法的 JSON：${jsonSyntax['zh-CN'](e)}`,
    en: (e) => `the industry plan is not valid JSON: ${jsonSyntax.en(e)}`,
  },
  'read/report-json': {
    'zh-CN': (e) => `${e.what === 'survey' ? '抽查数据' : '县文件'}不是合法的 JSON：${jsonSyntax['zh-CN'](e)}`,
    en: (e) => `the ${e.what === 'survey' ? 'survey' : 'county file'} is not valid JSON: ${jsonSyntax.en(e)}`,
  },
  'read/report-invalid': {
    'zh-CN': (e) => `${e.what === 'survey' ? '抽查数据' : '县文件'}无效（${s(e.count)} 个问题，逐条列在下面）`,
    en: (e) => `invalid ${e.what === 'survey' ? 'survey' : 'county file'} (${s(e.count)} issue(s), listed below)`,
  },
  'read/plan-invalid': {
    'zh-CN': (e) => `产业规划无效（${s(e.count)} 个问题，逐条列在下面）`,
    en: (e) => `invalid industry plan (${s(e.count)} issue(s), listed below)`,
  },
  'read/plan-county-year': {
    'zh-CN': (e) => `表格中的产业规划缺少${zhList(e.fields)}：请在表中给出“县代码”“规划年度”列，或使用 --county-code、--year`,
    en: (e) => `the plan table gives no ${s(e.fields)}: add the 县代码 (countyCode) and 规划年度 (year) columns, or give --county-code and --year`,
  },
  'read/plan-conflict': {
    'zh-CN': (e) => `第 ${s(e.row)} 行的“${s(e.column)}”与第 ${s(e.first)} 行不同：一个规划只能属于一个县、一个年度`,
    en: (e) => `row ${s(e.row)} differs from row ${s(e.first)} in column ${s(e.key)}: a plan belongs to one county and one year`,
  },
  'read/invalid-reference': {
    'zh-CN': (e) => `记录无效：${s(e.detail)}`,
    en: (e) => `invalid record: ${s(e.detail)}`,
  },
  'read/invalid-policy': {
    'zh-CN': (e) => `政策文件无效：${s(e.detail)}`,
    en: (e) => `invalid policy file: ${s(e.detail)}`,
  },
  'read/internal': {
    'zh-CN': (e) => `内部错误（${s(e.name)}），请报告此问题`,
    en: (e) => `internal error (${s(e.name)}); please report it`,
  },

  // Issues of one record (the record is rejected, the run goes on).
  'input/malformed-json': {
    'zh-CN': (e) => `第 ${s(e.row)} ${e.element === true ? '个元素' : '行'}不是合法的 JSON（${jsonSyntax['zh-CN'](e)}）`,
    en: (e) => `${e.element === true ? 'element' : 'line'} ${s(e.row)} is not valid JSON: ${jsonSyntax.en(e)}`,
  },
  'input/array-line': {
    'zh-CN': (e) => `第 ${s(e.row)} 行是一个 JSON 数组（${s(e.count)} 个元素）而不是一户：整个数组请存为 .json 文件`,
    en: (e) => `line ${s(e.row)} is a JSON array (${s(e.count)} elements), not one household: save a whole array as .json`,
  },
  'input/too-large': {
    'zh-CN': (e) => `第 ${s(e.row)} 行超过 ${s(e.limit)} 个字符的上限，未读取`,
    en: (e) => `row ${s(e.row)} is over the limit of ${s(e.limit)} characters and was not read`,
  },
  'input/extra-cells': {
    'zh-CN': (e) => `第 ${s(e.row)} 行的单元格多于表头的列`,
    en: (e) => `row ${s(e.row)} has more cells than the header has columns`,
  },
  'input/split-household': {
    'zh-CN': (e) => `本户的行不连续（第 ${s(e.row)} 行之前已出现同一户编号）：同一户的成员行应相邻`,
    en: (e) =>
      `this household's rows are not together (its id appeared before row ${s(e.row)}): a household's member rows must be consecutive`,
  },
  'input/inconsistent-rows': {
    'zh-CN': (e) => `第 ${s(e.row)} 行的“${s(e.column)}”与本户第一行（第 ${s(e.first)} 行）不一致`,
    en: (e) => `row ${s(e.row)} disagrees with the household's first row (row ${s(e.first)}) in column ${s(e.key)}`,
  },
  'input/split-zone': {
    'zh-CN': (e) => `本区块的行不连续（第 ${s(e.row)} 行之前已出现同一区块编号）：同一区块的种植行应相邻`,
    en: (e) => `this zone's rows are not together (its id appeared before row ${s(e.row)}): a zone's planting rows must be consecutive`,
  },
  'input/inconsistent-zone-rows': {
    'zh-CN': (e) => `第 ${s(e.row)} 行的“${s(e.column)}”与本区块第一行（第 ${s(e.first)} 行）不一致`,
    en: (e) => `row ${s(e.row)} disagrees with the zone's first row (row ${s(e.first)}) in column ${s(e.key)}`,
  },
  'input/id-stored-as-number': {
    'zh-CN': (e) => `第 ${s(e.row)} 行：身份证号被存为数字，位数已丢失；请把该列设为文本格式后重新导出`,
    en: (e) => `row ${s(e.row)}: the ID number was stored as a number, digits lost; format the column as text and export again`,
  },
  'input/unknown-village': {
    'zh-CN': (e) => `第 ${s(e.row)} 行的村名在村表（--villages）中找不到或不唯一`,
    en: (e) => `row ${s(e.row)}: the village name is not in the village table (--villages), or not unique there`,
  },
  'input/disaster-kind-unused': {
    'zh-CN': (e) => `第 ${s(e.row)} 行填写了灾害类型，但风险类型中没有因灾`,
    en: (e) => `row ${s(e.row)}: a kind of disaster is given but no risk is 因灾 (disaster)`,
  },
  'input/risk-eliminated-disagrees': {
    'zh-CN': (e) => `第 ${s(e.row)} 行的“风险是否消除”与流程状态不一致（流程状态为风险已消除时填是，否则填否）`,
    en: (e) => `row ${s(e.row)}: 风险是否消除 (risk eliminated) disagrees with the state (yes exactly when the state is risk-eliminated)`,
  },
  'input/risk-eliminated-not-yes-no': {
    'zh-CN': (e) => `第 ${s(e.row)} 行的“风险是否消除”应为是或否`,
    en: (e) => `row ${s(e.row)}: 风险是否消除 (risk eliminated) should be 是 (yes) or 否 (no)`,
  },
  'input/head-without-id': {
    'zh-CN': (e) => `第 ${s(e.row)} 行没有户编号`,
    en: (e) => `row ${s(e.row)} has no household id`,
  },

  // Warnings: the run goes on; shown in every output format.
  'warn/header-row': {
    'zh-CN': (e) => `表头在第 ${s(e.rows)} 行（其上的标题行已跳过）`,
    en: (e) => `header found on row ${s(e.rows)} (title rows above it skipped)`,
  },
  'warn/unknown-columns': {
    'zh-CN': (e) => `未识别的列（已忽略）：${zhList(e.columns)}`,
    en: (e) => `unrecognised column(s), ignored: ${s(e.columns)}`,
  },
  'warn/missing-columns': {
    'zh-CN': (e) => `缺少的列（相应字段将不读入）：${zhList(e.columns)}`,
    en: (e) => `missing column(s) (their fields are not read): ${s(e.columns)}`,
  },
  'warn/missing-check-columns': {
    'zh-CN': (e) =>
      `缺少检查所需的列，${zhList(Array.isArray(e.checks) ? e.checks.map((c) => CHECK_NAMES_ZH[c as CheckName] ?? c) : e.checks)}检查对每户都将为“未知”：${zhList(e.columns)}（可替代的列见 docs/cli.md）`,
    en: (e) => `missing column(s) that checks need, so the ${s(e.checks)} check(s) come out unknown for every household: ${s(e.columns)} (alternatives in docs/cli.md)`,
  },
  'warn/missing-optional-columns': {
    'zh-CN': (e) => `表中没有的其他 ${s(e.count)} 列（可选，仅供参考）：${zhList(e.columns)}`,
    en: (e) => `${s(e.count)} other column(s) not in the file (optional, for information): ${s(e.columns)}`,
  },
  'warn/xls-is-html': {
    'zh-CN': (e) =>
      `文件扩展名为 ${s(e.format)}，但内容是网页中的 HTML 表格（常见于网页系统的“导出 Excel”）：已按 HTML 表格读取（编码 ${s(e.encoding)}），单元格一律按文本读入；建议用 Excel 或 WPS 打开后另存为 .xlsx`,
    en: (e) =>
      `the ${s(e.format)} file is really an HTML table (the "Excel" export of many web systems): read as an HTML table (decoded as ${s(e.encoding)}), every cell as text; open it in Excel or WPS and save it as .xlsx`,
  },
  'warn/xls-is-text': {
    'zh-CN': (e) => `文件扩展名为 ${s(e.format)}，但内容是 CSV 文本（可能是改了扩展名的 CSV 文件）：已按 CSV 读取；建议把扩展名改为 .csv，或用 Excel 或 WPS 另存为 .xlsx`,
    en: (e) => `the ${s(e.format)} file is really CSV text (a CSV file renamed?): read as CSV; rename it .csv, or save it as .xlsx in Excel or WPS`,
  },
  'warn/sheet': {
    'zh-CN': (e) => `读取工作表“${s(e.sheet)}”（共 ${s(e.count)} 个：${zhList(e.sheets)}；按表头选择，可用 --sheet 指定）`,
    en: (e) => `read worksheet "${s(e.sheet)}" (of ${s(e.count)}: ${s(e.sheets)}; chosen by its header, --sheet NAME to force one)`,
  },
  'warn/replacement-characters': {
    'zh-CN': (e) => `按 ${s(e.encoding)} 解码时出现无法识别的字符（U+FFFD）：编码可能不对，可用 --encoding 指定`,
    en: (e) => `decoding as ${s(e.encoding)} gave replacement characters (U+FFFD): wrong encoding? force one with --encoding`,
  },
  'warn/encoding': {
    'zh-CN': (e) => `文件编码识别为 ${s(e.encoding)}`,
    en: (e) => `file decoded as ${s(e.encoding)}`,
  },
  'input/household-id-stored-as-number': {
    'zh-CN': (e) =>
      `第 ${s(e.row)} 行：“${s(e.column)}”列被存为数字（16 位及以上或科学计数法），表格只保留 15 位有效数字，户编号可能已丢失位数、不同的户可能被并为一户，该户不予读取；请把该列设为文本格式后重新导出`,
    en: (e) =>
      `row ${s(e.row)}: column ${s(e.column)} was stored as a number (16 digits or more, or in exponent form); a spreadsheet keeps 15 significant digits, so the household id may have lost digits and two households may have merged: the household is not read; format the column as text and export again`,
  },
  'warn/leading-apostrophe': {
    'zh-CN': (e) => `${s(e.count)} 个单元格以撇号 ' 开头（Excel 的“存为文本”标记），已去掉这一个撇号后读取：${zhList(e.columns)}`,
    en: (e) => `${s(e.count)} cell(s) began with an apostrophe ' (Excel's "store as text" mark), read without it: ${s(e.columns)}`,
  },
  'warn/excel-text-formula': {
    'zh-CN': (e) => `${s(e.count)} 个单元格是 Excel 的文本写法 ="…"，已按引号内的文字读取：${zhList(e.columns)}`,
    en: (e) => `${s(e.count)} cell(s) in Excel's text form ="…" were read as the text inside the quotes: ${s(e.columns)}`,
  },
  'warn/carried-down': {
    'zh-CN': (e) => `${s(e.count)} 行的户字段为空（合并单元格），已沿用本户第一行的值`,
    en: (e) => `${s(e.count)} row(s) had blank household cells (merged cells): the household's first row was used`,
  },
  'warn/zone-carried-down': {
    'zh-CN': (e) => `${s(e.count)} 行的区块字段为空（合并单元格），已沿用本区块第一行的值`,
    en: (e) => `${s(e.count)} row(s) had blank zone cells (merged cells): the zone's first row was used`,
  },
  'warn/missing-plan-columns': {
    'zh-CN': (e) => `缺少的列（相应字段按未填写处理）：${zhList(e.columns)}`,
    en: (e) => `missing column(s) (their fields are read as not given): ${s(e.columns)}`,
  },
  'warn/missing-monitoring-columns': {
    'zh-CN': (e) => `缺少的列（相应字段按未填写处理）：${zhList(e.columns)}`,
    en: (e) => `missing column(s) (their fields are read as not given): ${s(e.columns)}`,
  },
  'warn/plan-table-parts': {
    'zh-CN': () => '表格只给出区块与种植结构：八要素、调减图斑与利益联结不从表格读取（显示为缺失或无），需要时请用 JSON 规划',
    en: () => 'a plan table gives zones and plantings only: the eight elements, reduction patches and benefit linkages are not read from it (shown as missing or none); use a JSON plan for them',
  },

  // Usage errors (exit 2).
  'usage/one-file': { 'zh-CN': (e) => `tuopin ${s(e.command)} 需要且只需要一个文件`, en: (e) => `tuopin ${s(e.command)} takes exactly one file` },
  'usage/no-file': { 'zh-CN': (e) => `tuopin ${s(e.command)} 不接受文件参数`, en: (e) => `tuopin ${s(e.command)} takes no file` },
  'usage/as-of': {
    'zh-CN': () => '--as-of 需要日期，如 2020-03-31',
    en: () => '--as-of takes a date such as 2020-03-31',
  },
  'usage/format': {
    'zh-CN': (e) => `--format 可取 ${s(e.allowed)}`,
    en: (e) => `--format takes ${s(e.allowed)}`,
  },
  'usage/workers': { 'zh-CN': () => '--workers 取 0 到 64 的整数', en: () => '--workers takes a whole number from 0 to 64' },
  'usage/by': {
    'zh-CN': () => '--by 可取 unit、responsibleUnit、category、source',
    en: () => '--by takes unit, responsibleUnit, category or source',
  },
  'usage/poor-households': { 'zh-CN': () => '--poor-households 取大于 0 的整数', en: () => '--poor-households takes a whole number above 0' },
  'usage/year': { 'zh-CN': () => '--year 取 2000 到 2100 的年份', en: () => '--year takes a year from 2000 to 2100' },
  'usage/unknown-command': { 'zh-CN': (e) => `未知命令 ${s(e.command)}`, en: (e) => `unknown command ${s(e.command)}` },
  'usage/options': { 'zh-CN': (e) => `参数有误：${s(e.detail)}`, en: (e) => `bad option: ${s(e.detail)}` },
  'usage/unknown-option': { 'zh-CN': (e) => `未知选项 ${s(e.option)}`, en: (e) => `unknown option ${s(e.option)}` },
  'usage/option-value': { 'zh-CN': (e) => `选项 ${s(e.option)} 需要一个值`, en: (e) => `option ${s(e.option)} needs a value` },
  'usage/option-no-value': { 'zh-CN': (e) => `选项 ${s(e.option)} 不带值`, en: (e) => `option ${s(e.option)} takes no value` },
  'usage/unexpected-argument': { 'zh-CN': (e) => `多余的参数 ${s(e.argument)}`, en: (e) => `unexpected argument ${s(e.argument)}` },
  'usage/target': {
    'zh-CN': (e) => `--target 应为 KIND=元 或 ZONE_ID=元（如 bazi=8000，即坝区每亩 8000 元），收到 ${s(e.value)}`,
    en: (e) => `--target takes KIND=YUAN or ZONE_ID=YUAN (such as bazi=8000), got ${s(e.value)}`,
  },
  'usage/report-out': {
    'zh-CN': () => 'tuopin report 写出一个页面：请给出 --out report.html',
    en: () => 'tuopin report writes a page: give --out report.html',
  },
  'usage/period': {
    'zh-CN': (e) => `--period 应为 起月..止月，如 2021-01..2021-12，收到 ${s(e.value)}`,
    en: (e) => `--period takes two months FROM..TO such as 2021-01..2021-12, got ${s(e.value)}`,
  },
  'usage/longer-than': { 'zh-CN': () => '--longer-than 取 0 到 1200 的整月数', en: () => '--longer-than takes a whole number of months from 0 to 1200' },
  'usage/monitoring-format': {
    'zh-CN': (e) => `--monitoring 读取监测对象记录的 .json、.ndjson、.csv、.xlsx、.xls 或 .ods 文件，收到 ${s(e.file)}`,
    en: (e) => `--monitoring reads a .json, .ndjson, .csv, .xlsx, .xls or .ods file of monitoring records, got ${s(e.file)}`,
  },
  'usage/diff-files': { 'zh-CN': () => 'tuopin diff 需要两个文件：<前期> <后期>', en: () => 'tuopin diff takes exactly two files: <before> <after>' },
  'usage/drop-share': {
    'zh-CN': () => '--drop-share 应为不大于 1 的分数，如 3/10',
    en: () => '--drop-share takes a fraction such as 3/10 (at most 1)',
  },
  'input/duplicate-household': { 'zh-CN': () => '户编号在户表中重复', en: () => 'the household id occurs twice in the register' },
  'usage/see-help': { 'zh-CN': (e) => `运行 \`tuopin ${s(e.command)}--help\` 查看用法`, en: (e) => `run \`tuopin ${s(e.command)}--help\` for usage` },
});

/**
 * The templates of {@link NODE_CATALOG}, `{ code: { 'zh-CN': fn, en: fn } }` (the catalog's own
 * `templates`). 读取器与命令的消息模板。
 *
 * @example
 * NODE_MESSAGES['read/empty'].en({}) //=> 'the file is empty'
 */
export const NODE_MESSAGES = NODE_CATALOG.templates;

export type NodeMessageCode = CodeOf<typeof NODE_CATALOG>;

/** The message of a code in every locale. 按代码渲染中英文消息。 */
export function nodeMessage(code: NodeMessageCode, evidence: Evidence = {}): Message {
  return NODE_CATALOG.message(code, evidence);
}

/**
 * A catalog message around a detail that is itself in both locales (the problems of a record,
 * each already rendered): each locale's template gets that locale's detail.
 * 明细本身分中英文时，各语言的模板取各自的明细。
 */
export function nodeMessageWith(code: NodeMessageCode, detail: Message, evidence: Evidence = {}): Message {
  return {
    'zh-CN': NODE_CATALOG.render(code, { ...evidence, detail: detail['zh-CN'] }, 'zh-CN'),
    en: NODE_CATALOG.render(code, { ...evidence, detail: detail.en }, 'en'),
  };
}

/** A record issue of the readers. 读取器产生的记录问题。 */
export function readIssue(code: NodeMessageCode, evidence: Evidence = {}, path: Path = []): ValidationIssue {
  return { path, code, evidence, message: nodeMessage(code, evidence) };
}

/**
 * A warning about an input's layout or encoding: the run goes on. Shown in the warnings section of
 * the table and JSON outputs, and on standard error with CSV output.
 * 关于输入版式或编码的警告：不影响运行，在每种输出格式中都会显示。
 */
export interface ReadWarning {
  readonly code: string;
  /**
   * The file, as {@link reportedFile} shows it: its base name, masked like a record id (a file
   * may be named after a household head), since warnings travel in JSON reports.
   */
  readonly file: string;
  readonly row?: number;
  readonly message: Message;
}

/** A warning of the readers. */
export function readWarning(code: NodeMessageCode, file: string, evidence: Evidence = {}, row?: number): ReadWarning {
  const shown = reportedFile(file);
  return row === undefined ? { code, file: shown, message: nodeMessage(code, evidence) } : { code, file: shown, row, message: nodeMessage(code, evidence) };
}

/**
 * A file path in a message on the terminal (an error, exit 2): as the user typed it, so that they
 * can find the file, with control characters escaped and ID and phone numbers masked. Names are
 * not masked: nothing tells `张三.xlsx` from `户表.xlsx`, and the path is the command line's own.
 * 终端消息中的文件路径：按输入显示，转义控制字符，身份证号与电话脱敏。
 *
 * @example
 * shownFile('data/522601198001010011户.csv') //=> 'data/5226************11户.csv'
 * shownFile('户表\n.csv') //=> '户表\\n.csv'
 */
export function shownFile(file: string): string {
  return printable(maskNumbers(String(file)), 240);
}

/**
 * A file as data outputs (JSON warnings, written reports) name it: the base name only (the
 * directories may hold the clerk's own user name, `C:\Users\王小明\…`), its ID and phone numbers
 * masked, and a stem in Chinese (or another non-Latin script) masked as a name, since a file may
 * be named after a household head. 报告中的文件名：只保留文件名；号码脱敏，中文等文件名主干按姓名脱敏。
 *
 * @example
 * reportedFile('/home/wang/register-gbk.csv') //=> 'register-gbk.csv'
 * reportedFile('C:\\Users\\王小明\\张三户.xlsx') //=> '张**.xlsx'
 * reportedFile('522601198001010011.csv') //=> '5226************11.csv'
 */
export function reportedFile(file: string): string {
  return printable(maskFileName(basename(String(file).replace(/\\/g, '/'))), 120);
}

/**
 * Text from a file (a column header, a sheet name) made safe to print: control characters and
 * other invisible format characters escaped (`\u001b`), and cut to `max` characters.
 * 打印前转义控制字符并截断。
 */
export function printable(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex
  const escaped = String(text).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const chars = Array.from(escaped);
  return chars.length <= max ? escaped : `${chars.slice(0, max - 1).join('')}…`;
}
