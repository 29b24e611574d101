import { TuopinError } from '../errors';
import type { LedgerGroupBy } from '../ledger/ledger-summary';
import { emit, processIo, UsageError, type CliIo } from './cli-io';
import { assessFile, rejectionLines, renderAssess, warningLines } from './commands/assess';
import { auditCommand } from './commands/audit';
import { compareFile, renderCompare } from './commands/compare';
import { diffCommand } from './commands/diff';
import { demoNames, demoReport, renderBlockers, writeSampleFiles } from './commands/demo';
import { ledgerFile, renderLedgerTable } from './commands/ledger';
import { monitorFile, parseLongerThan, parsePeriod, renderMonitor } from './commands/monitor';
import { parseTargets, planFile, renderPlan, renderPlanTable } from './commands/plan';
import { InputError } from './input-error';
import { loadPolicy, loadVillages } from './load';
import { nodeMessage, printable } from './messages';
import { asOfFrom, formatFrom, HelpShown, oneFile, parse, READ_OPTIONS, readOptionsFrom } from './commands/args';

/** The package version, written in at build time. */
declare const __TUOPIN_VERSION__: string | undefined;
const VERSION = typeof __TUOPIN_VERSION__ === 'string' ? __TUOPIN_VERSION__ : '0.0.0-dev';

const ASSESS_HELP = `  tuopin assess <file> [--as-of DATE] [--policy policy.json] [--villages villages.csv]
                       [--format table|json|csv] [--out FILE] [--strict] [--quiet] [--workers N] [--wide]
                       [--encoding ENC] [--sheet NAME] [--strict-columns]
      评估户表（.ndjson .json .csv .xlsx .xls .ods，每行一人），按村、乡、县汇总并列出未通过校验的记录。
      Assess every household of a register file and roll the results up by village, township
      and county; rejected records are listed with every issue.`;
const AUDIT_HELP = `  tuopin assess <file> --compare-policy other.json [--policy policy.json] [--as-of DATE] [--format table|json|csv]
      同一户表在两套政策下的判定比较（按村计数并列出判定变化的户）。
      The same register under --policy (default national) and other.json: verdicts that change.
  tuopin audit <file> [--as-of DATE] [--policy policy.json] [--villages villages.csv]
                      [--format table|json|csv] [--out FILE] [--strict] [--quiet]
      户表核查：一人多户、一号多户、户主、年龄与关系、在校生状况、已脱贫户未达标等，按村计数。
      Audit a register: persons in two households, reused ids, heads, ages, contradictions.
  tuopin diff <before> <after> [--as-of DATE] [--policy policy.json] [--drop-share 3/10]
                      [--format table|json|csv] [--out FILE] [--strict]
      两期户表比对：户与人口增减、分户合户、迁移、状态与判定变化、人均收入降幅超限的户。
      Compare two snapshots of a register.`;
const MONITOR_HELP = `  tuopin monitor <register> [--monitoring records.ndjson] [--as-of DATE] [--policy policy.json]
                       [--period 2021-01..2021-12] [--longer-than N] [--villages villages.csv]
                       [--format table|json|csv] [--out FILE] [--strict] [--quiet]
      防止返贫监测：逐户筛查户表，按村、乡、县汇总监测对象，列出应纳未纳、帮扶未到位与长期监测户。
      Return-to-poverty monitoring: screen every household, roll the monitoring records up by
      village, township and county, list households flagged but not monitored (应纳未纳) and
      monitored with an unmet test but no measure (帮扶未到位). No provincial line is built in:
      give yours in --policy (monitoringLines).`;
const LEDGER_HELP = `  tuopin ledger <file> [--as-of DATE] [--by unit|responsibleUnit|category|source] [--format table|json]
                       [--out FILE] [--strict] [--encoding ENC] [--sheet NAME] [--strict-columns]
      问题台账汇总并列出逾期条目（.json .ndjson .csv .xlsx，中文或英文列名）。
      Ledger summary with the overdue entries.`;
const PLAN_HELP = `  tuopin plan <file> [--target bazi=8000] [--target ZONE_ID=9000] [--poor-households N] [--format table|json] [--out FILE]
                     [--county-code CODE] [--year YYYY] [--encoding ENC] [--sheet NAME] [--strict-columns]
      产业规划汇总（.json，或每行一个种植项目的 .csv .xlsx .xls .ods，中文或英文列名）。
      Industry plan summary against per-亩 targets (no default target); a table gives zones and plantings.`;
const DEMO_HELP = `  tuopin demo [--as-of DATE] [--format table|json] [--out FILE] [--write DIR] [--report FILE.html] [--wide]
      在内置虚构样例县上运行全部报告；--write 把样例文件写到 DIR；--report 写出作战图页面。
      Every report on the bundled fictional county; --write saves its files to DIR; --report
      writes its battle-map page.`;
const REPORT_HELP = `  tuopin report <file> --out report.html [--as-of DATE] [--villages villages.csv] [--ledger ledger.json]
                       [--plan plan.json --target bazi=8000] [--county county.json] [--survey survey.json]
                       [--monitoring records.ndjson [--period 2021-01..2021-12] [--longer-than N]]
                       [--policy policy.json] [--format html|json]
      县级作战图：一个自包含的 HTML 页面（图表内联、可双击打开、A4 打印），或其 JSON 数据；
      给出 --monitoring 时含防返贫监测部分（按类型、风险、状态计数，应纳未纳、帮扶未到位）。
      The county's battle map: one self-contained HTML page (charts inline, opens by
      double-click, prints on A4), or its data as JSON; with --monitoring, a monitoring section.`;
const OPTIONS_HELP = `Options:
  --as-of DATE       评估日期（中国日历），默认今天 / date of the assessment in China, default today
  --strict           有未通过校验的记录时退出码为 1 / exit 1 when records were rejected
  --quiet            不显示进度条 / no progress bar
  --wide             表格不限 120 列 / tables wider than 120 columns
  --encoding ENC     文本编码 utf-8|gb18030|gbk|utf-16le|utf-16be（默认自动识别）/ text encoding (guessed by default)
  --sheet NAME       读取指定工作表（默认按表头选择）/ the worksheet to read (default: chosen by its header)
  --strict-columns   有未识别或缺少的列时退出码为 2 / exit 2 on unrecognised or missing columns
  --help, -h         显示用法 / show usage
Exit codes: 0 success, 1 rejected records with --strict, 2 usage error, unreadable input or unwritable output.
退出码：0 成功；1 有被拒记录且给了 --strict；2 用法错误、无法读取的输入或无法写入的输出。
Personal data (ID numbers, names, phones) is masked in everything printed or written.`;

export const HELP = `tuopin ${VERSION} — 脱贫攻坚 register, ledger and plan reports

用法 Usage:
${ASSESS_HELP}
${AUDIT_HELP}
${MONITOR_HELP}
${LEDGER_HELP}
${PLAN_HELP}
${DEMO_HELP}
${REPORT_HELP}

${OPTIONS_HELP}`;

const COMMAND_HELP: Readonly<Record<string, string>> = {
  assess: ASSESS_HELP,
  monitor: MONITOR_HELP,
  ledger: LEDGER_HELP,
  plan: PLAN_HELP,
  demo: DEMO_HELP,
  report: REPORT_HELP,
};

function commandHelp(command: string): string {
  return `tuopin ${VERSION}\n\n用法 Usage:\n${COMMAND_HELP[command] ?? ''}\n\n${OPTIONS_HELP}\n`;
}

async function assessCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    policy: { type: 'string' },
    villages: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
    workers: { type: 'string' },
    'compare-policy': { type: 'string' },
    wide: { type: 'boolean' },
    ...READ_OPTIONS,
  }, 'assess');
  const file = oneFile(positionals, 'assess');
  const read = readOptionsFrom(values, file);
  const format = formatFrom(values.format as string | undefined, ['table', 'json', 'csv'] as const);
  const asOf = asOfFrom(values['as-of'] as string | undefined, io);
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw UsageError.of('usage/workers', {}, 'assess');
  }
  const policy = await loadPolicy(values.policy as string | undefined);
  const villages = values.villages === undefined ? undefined : await loadVillages(values.villages as string);
  if (values['compare-policy'] !== undefined) {
    const other = await loadPolicy(values['compare-policy'] as string);
    const compared = await compareFile(file, { asOf, policy, other, quiet: values.quiet === true, ...read }, io);
    const rendered = renderCompare(compared, format, new Map((villages ?? []).map((v) => [v.code, v.name])));
    await emit(io, rendered.out, values.out as string | undefined);
    if (rendered.err !== '') io.stderr.write(rendered.err);
    return values.strict === true && compared.input.rejected > 0 ? 1 : 0;
  }
  const report = await assessFile(file, { asOf, policy, villages, workers, quiet: values.quiet === true, ...read }, io);
  const names = new Map((villages ?? []).map((v) => [v.code, v.name]));
  const { out, err } = renderAssess(report, format, names, { wide: values.wide === true });
  await emit(io, out, values.out as string | undefined, [file, values.villages as string | undefined, values.policy as string | undefined]);
  if (err !== '') io.stderr.write(err);
  return values.strict === true && report.input.rejected > 0 ? 1 : 0;
}

async function monitorCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    policy: { type: 'string' },
    monitoring: { type: 'string' },
    period: { type: 'string' },
    'longer-than': { type: 'string' },
    villages: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  const file = oneFile(positionals, 'monitor');
  const format = formatFrom(values.format as string | undefined, ['table', 'json', 'csv'] as const);
  const asOf = asOfFrom(values['as-of'] as string | undefined, io);
  const period = parsePeriod(values.period as string | undefined);
  const longerThanMonths = parseLongerThan(values['longer-than'] as string | undefined);
  const policy = await loadPolicy(values.policy as string | undefined);
  const villages = values.villages === undefined ? undefined : await loadVillages(values.villages as string);
  const report = await monitorFile(
    file,
    { asOf, policy, monitoring: values.monitoring as string | undefined, period, longerThanMonths, quiet: values.quiet === true },
    io,
  );
  const names = new Map((villages ?? []).map((v) => [v.code, v.name]));
  const { out, err } = renderMonitor(report, format, names, rejectionLines);
  await emit(io, out, values.out as string | undefined);
  if (err !== '') io.stderr.write(err);
  return values.strict === true && report.input.rejected + report.input.monitoringRejected > 0 ? 1 : 0;
}

async function ledgerCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    by: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    ...READ_OPTIONS,
  }, 'ledger');
  const file = oneFile(positionals, 'ledger');
  const read = readOptionsFrom(values, file);
  const format = formatFrom(values.format as string | undefined, ['table', 'json'] as const);
  const by = values.by as string | undefined;
  if (by !== undefined && !['unit', 'responsibleUnit', 'category', 'source'].includes(by)) {
    throw UsageError.of('usage/by', {}, 'ledger');
  }
  const report = await ledgerFile(file, { asOf: asOfFrom(values['as-of'] as string | undefined, io), by: by as LedgerGroupBy | undefined, ...read });
  const text = format === 'json' ? JSON.stringify({ ...report, warnings: report.warnings ?? [] }, null, 2) : renderLedgerTable(report, rejectionLines);
  const warned = format === 'json' || (report.warnings ?? []).length === 0 ? '' : `\n\n警告 Warnings (${(report.warnings ?? []).length})\n${warningLines(report.warnings).join('\n')}`;
  await emit(io, text + warned, values.out as string | undefined, [file]);
  return values.strict === true && report.input.rejected > 0 ? 1 : 0;
}

async function planCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    target: { type: 'string', multiple: true },
    'poor-households': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'county-code': { type: 'string' },
    year: { type: 'string' },
    ...READ_OPTIONS,
  }, 'plan');
  const file = oneFile(positionals, 'plan');
  const read = readOptionsFrom(values, file);
  const format = formatFrom(values.format as string | undefined, ['table', 'json'] as const);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) throw UsageError.of('usage/year', {}, 'plan');
  const targets = parseTargets((values.target as string[] | undefined) ?? []);
  let poor: number | undefined;
  if (values['poor-households'] !== undefined) {
    poor = Number(values['poor-households']);
    if (!Number.isInteger(poor) || poor <= 0) throw UsageError.of('usage/poor-households', {}, 'plan');
  }
  const report = await planFile(file, { ...read, countyCode: values['county-code'] as string | undefined, year, targets, poorHouseholds: poor });
  await emit(io, renderPlan(report, format), values.out as string | undefined, [file]);
  return 0;
}

async function demoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    write: { type: 'string' },
    report: { type: 'string' },
    wide: { type: 'boolean' },
  }, 'demo');
  if (positionals.length > 0) throw UsageError.of('usage/no-file', { command: 'demo' }, 'demo');
  const format = formatFrom(values.format as string | undefined, ['table', 'json'] as const);
  // The sample county is pictured in spring 2020, the last months of the campaign.
  const asOf = values['as-of'] === undefined ? '2020-03-31' : asOfFrom(values['as-of'] as string, io);
  if (values.write !== undefined) {
    const files = await writeSampleFiles(values.write as string);
    io.stderr.write(`样例文件 sample files:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
  }
  if (values.report !== undefined) {
    // The report code (and the chart library it inlines) is loaded only when a page is asked for.
    const { demoReportModel, reportHtml } = await import('./commands/report');
    const model = demoReportModel({ asOf, policy: await loadPolicy(undefined) });
    await emit(io, await reportHtml(model, VERSION), values.report as string);
    io.stderr.write(`作战图 battle map: ${values.report as string}\n`);
  }
  const report = demoReport({ asOf, policy: await loadPolicy(undefined) });
  if (format === 'json') {
    await emit(io, JSON.stringify(report, null, 2), values.out as string | undefined);
    return 0;
  }
  const names = demoNames();
  const text = [
    '示例县（虚构）Sample county (fictional) 529901 — tuopin demo',
    '',
    renderAssess(report.assess, 'table', names, { wide: values.wide === true }).out,
    '',
    renderBlockers(report.blockers, names),
    '',
    renderLedgerTable(report.ledger, rejectionLines),
    '',
    `${renderPlanTable(report.plan)}\n（坝区目标 8,000 元/亩 为演示用数字 / the 8,000 yuan per 亩 bazi target is an example figure）`,
  ].join('\n');
  await emit(io, text, values.out as string | undefined);
  return 0;
}

async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    policy: { type: 'string' },
    villages: { type: 'string' },
    ledger: { type: 'string' },
    plan: { type: 'string' },
    target: { type: 'string', multiple: true },
    county: { type: 'string' },
    survey: { type: 'string' },
    monitoring: { type: 'string' },
    period: { type: 'string' },
    'longer-than': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  }, 'report');
  const file = oneFile(positionals, 'report');
  const format = formatFrom(values.format as string | undefined, ['html', 'json'] as const);
  if (format === 'html' && values.out === undefined) throw UsageError.of('usage/report-out', {}, 'report');
  const { reportFromFiles, reportHtml, loadCountyFile, loadSurvey } = await import('./commands/report');
  const model = await reportFromFiles(file, {
    asOf: asOfFrom(values['as-of'] as string | undefined, io),
    policy: await loadPolicy(values.policy as string | undefined),
    villages: values.villages === undefined ? undefined : await loadVillages(values.villages as string),
    county: values.county === undefined ? undefined : await loadCountyFile(values.county as string),
    survey: values.survey === undefined ? undefined : await loadSurvey(values.survey as string),
    ledger: values.ledger as string | undefined,
    plan: values.plan as string | undefined,
    targets: parseTargets((values.target as string[] | undefined) ?? []),
    monitoring: values.monitoring as string | undefined,
    period: parsePeriod(values.period as string | undefined),
    longerThanMonths: parseLongerThan(values['longer-than'] as string | undefined),
  });
  const text = format === 'json' ? JSON.stringify(model, null, 2) : await reportHtml(model, VERSION);
  const inputs = [file, values.villages, values.ledger, values.plan, values.county, values.survey, values.policy, values.monitoring] as (string | undefined)[];
  await emit(io, text, values.out as string | undefined, inputs);
  return 0;
}

/**
 * Runs the `tuopin` command and returns its exit code: 0 on success, 1 when records were rejected
 * and `--strict` was given, 2 on a usage error or an unreadable input (the message names the file,
 * and where known the row and the field).
 * 运行 tuopin 命令并返回退出码。
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'assess':
        return await assessCommand(rest, io);
      case 'audit':
        return await auditCommand(rest, io);
      case 'diff':
        return await diffCommand(rest, io);
      case 'monitor':
        return await monitorCommand(rest, io);
      case 'ledger':
        return await ledgerCommand(rest, io);
      case 'plan':
        return await planCommand(rest, io);
      case 'demo':
        return await demoCommand(rest, io);
      case 'report':
        return await reportCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
        // No command is a usage error: the help goes to standard error.
        io.stderr.write(`${HELP}\n`);
        return 2;
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${HELP}\n`);
        return 0;
      default:
        throw UsageError.of('usage/unknown-command', { command: printable(JSON.stringify(command), 40) });
    }
  } catch (error) {
    if (error instanceof HelpShown) {
      io.stdout.write(commandHelp(error.message));
      return 0;
    }
    if (error instanceof UsageError) {
      const see = nodeMessage('usage/see-help', { command: error.command === undefined ? '' : `${error.command} ` });
      io.stderr.write(`tuopin: ${error.message}\n${see['zh-CN']} / ${see.en}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof TuopinError) {
      io.stderr.write(`tuopin: ${error.message}\n`);
      return 2;
    }
    // Anything else is a defect: exit 2 with its kind only (a message could quote a value).
    const internal = nodeMessage('read/internal', { name: error instanceof Error ? error.name : typeof error });
    io.stderr.write(`tuopin: ${internal['zh-CN']} / ${internal.en}\n`);
    return 2;
  }
}
