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
import { formatCount } from '../report/format';
import { loadPolicy, loadVillages } from './load';
import { nodeMessage, printable } from './messages';
import { bothLocales, helpText } from './help';
import { asOfFrom, formatFrom, HelpShown, MONITORING_READ_OPTIONS, monitoringReadOptionsFrom, oneFile, parse, READ_OPTIONS, readOptionsFrom } from './commands/args';

/** The package version, written in at build time. */
declare const __TUOPIN_VERSION__: string | undefined;
const VERSION = typeof __TUOPIN_VERSION__ === 'string' ? __TUOPIN_VERSION__ : '0.0.0-dev';

/** The whole usage text (`tuopin --help`). */
export const HELP = helpText(VERSION);

function commandHelp(command: string): string {
  return `${helpText(VERSION, command)}\n`;
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
    ...READ_OPTIONS,
    ...MONITORING_READ_OPTIONS,
  }, 'monitor');
  const file = oneFile(positionals, 'monitor');
  const read = { ...readOptionsFrom(values, file), ...monitoringReadOptionsFrom(values, 'monitor') };
  const format = formatFrom(values.format as string | undefined, ['table', 'json', 'csv'] as const);
  const asOf = asOfFrom(values['as-of'] as string | undefined, io);
  const period = parsePeriod(values.period as string | undefined);
  const longerThanMonths = parseLongerThan(values['longer-than'] as string | undefined);
  const policy = await loadPolicy(values.policy as string | undefined);
  const villages = values.villages === undefined ? undefined : await loadVillages(values.villages as string);
  const report = await monitorFile(
    file,
    { asOf, policy, monitoring: values.monitoring as string | undefined, villages, period, longerThanMonths, quiet: values.quiet === true, ...read },
    io,
  );
  const names = new Map((villages ?? []).map((v) => [v.code, v.name]));
  const { out, err } = renderMonitor(report, format, names, rejectionLines, { monitoringFile: values.monitoring !== undefined });
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
  const warned = format === 'json' || (report.warnings ?? []).length === 0 ? '' : `\n\n${bothLocales('cli/warnings', { n: String((report.warnings ?? []).length) })}\n${warningLines(report.warnings).join('\n')}`;
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
    io.stderr.write(`${bothLocales('cli/sample-files')}:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
  }
  if (values.report !== undefined) {
    // The report code (and the chart library it inlines) is loaded only when a page is asked for.
    const { demoReportModel, reportHtml } = await import('./commands/report');
    const model = demoReportModel({ asOf, policy: await loadPolicy(undefined) });
    await emit(io, await reportHtml(model, VERSION), values.report as string);
    io.stderr.write(`${bothLocales('cli/battle-map-written', { file: values.report as string })}\n`);
  }
  const report = demoReport({ asOf, policy: await loadPolicy(undefined) });
  if (format === 'json') {
    await emit(io, JSON.stringify(report, null, 2), values.out as string | undefined);
    return 0;
  }
  const names = demoNames();
  const text = [
    `${bothLocales('cli/demo-title')} — tuopin demo`,
    '',
    renderAssess(report.assess, 'table', names, { wide: values.wide === true }).out,
    '',
    renderBlockers(report.blockers, names),
    '',
    renderLedgerTable(report.ledger, rejectionLines),
    '',
    `${renderPlanTable(report.plan)}\n（${bothLocales('cli/demo-target-note')}）`,
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
    ...READ_OPTIONS,
    ...MONITORING_READ_OPTIONS,
  }, 'report');
  const file = oneFile(positionals, 'report');
  const read = { ...readOptionsFrom(values, file), ...monitoringReadOptionsFrom(values, 'report') };
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
    ...read,
  });
  const text = format === 'json' ? JSON.stringify(model, null, 2) : await reportHtml(model, VERSION);
  const inputs = [file, values.villages, values.ledger, values.plan, values.county, values.survey, values.policy, values.monitoring] as (string | undefined)[];
  await emit(io, text, values.out as string | undefined, inputs);
  if (values.out !== undefined) {
    // As `demo --report` says it: the page is written, with what went into it (rejected records are listed by `assess`).
    const { assessed, rejected } = model.headline;
    const code = format === 'json' ? 'cli/report-data-written' : 'cli/report-written';
    io.stderr.write(`${bothLocales(code, { file: values.out as string, assessed: formatCount(assessed), rejected: formatCount(rejected) })}\n`);
  }
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
