import { HELP_CATALOG, type HELP_MESSAGES } from './help/catalog';

// The text of `tuopin --help` and `tuopin <command> --help`: the usage lines are syntax, the
// descriptions come from the catalog of ./help/catalog.ts in both languages (Chinese first).
// tuopin 命令的用法说明：用法行为语法，说明文字来自本目录（中文在前）。

type HelpCode = keyof typeof HELP_MESSAGES;

/** The Chinese and the English text on one line, separated by a slash. */
export function bothLocales(code: HelpCode, evidence: Record<string, string> = {}): string {
  return `${HELP_CATALOG.render(code, evidence, 'zh-CN')} / ${HELP_CATALOG.render(code, evidence, 'en')}`;
}

const USAGE: readonly (readonly [string, string, HelpCode])[] = [
  ['assess', `tuopin assess <file> [--as-of DATE] [--policy policy.json] [--villages villages.csv]
                       [--format table|json|csv] [--out FILE] [--strict] [--quiet] [--workers N] [--wide]
                       [--encoding ENC] [--sheet NAME] [--strict-columns]`, 'help/assess'],
  ['assess', 'tuopin assess <file> --compare-policy other.json [--policy policy.json] [--as-of DATE] [--format table|json|csv]', 'help/compare'],
  ['audit', `tuopin audit <file> [--as-of DATE] [--policy policy.json] [--villages villages.csv]
                      [--format table|json|csv] [--out FILE] [--strict] [--quiet]
                      [--encoding ENC] [--sheet NAME] [--strict-columns]`, 'help/audit'],
  ['diff', `tuopin diff <before> <after> [--as-of DATE] [--policy policy.json] [--drop-share 3/10]
                      [--format table|json|csv] [--out FILE] [--strict]
                      [--encoding ENC] [--sheet NAME] [--strict-columns]`, 'help/diff'],
  ['monitor', `tuopin monitor <register> [--monitoring records.ndjson] [--as-of DATE] [--policy policy.json]
                       [--period 2021-01..2021-12] [--longer-than N] [--villages villages.csv]
                       [--format table|json|csv] [--out FILE] [--strict] [--quiet]
                       [--encoding ENC] [--sheet NAME] [--strict-columns]
                       [--monitoring-encoding ENC] [--monitoring-sheet NAME]`, 'help/monitor'],
  ['ledger', `tuopin ledger <file> [--as-of DATE] [--by unit|responsibleUnit|category|source] [--format table|json]
                       [--out FILE] [--strict] [--encoding ENC] [--sheet NAME] [--strict-columns]`, 'help/ledger'],
  ['plan', `tuopin plan <file> [--target bazi=8000] [--target ZONE_ID=9000] [--poor-households N] [--format table|json] [--out FILE]
                     [--county-code CODE] [--year YYYY] [--encoding ENC] [--sheet NAME] [--strict-columns]`, 'help/plan'],
  ['demo', 'tuopin demo [--as-of DATE] [--format table|json] [--out FILE] [--write DIR] [--report FILE.html] [--wide]', 'help/demo'],
  ['report', `tuopin report <file> --out report.html [--as-of DATE] [--villages villages.csv] [--ledger ledger.json]
                       [--plan plan.json --target bazi=8000] [--county county.json] [--survey survey.json]
                       [--monitoring records.ndjson [--period 2021-01..2021-12] [--longer-than N]]
                       [--policy policy.json] [--format html|json] [--encoding ENC] [--sheet NAME] [--strict-columns]
                       [--monitoring-encoding ENC] [--monitoring-sheet NAME]`, 'help/report'],
];

/** The commands that read a register or another table (`--encoding`, `--sheet`, `--strict-columns`). */
const READERS = ['assess', 'audit', 'diff', 'monitor', 'ledger', 'plan', 'report'] as const;

/** The common options, each with the commands that take it (`tuopin <command> --help` lists only these). */
const OPTIONS: readonly (readonly [string, HelpCode, readonly string[]])[] = [
  ['--as-of DATE', 'help/option/as-of', ['assess', 'audit', 'diff', 'monitor', 'ledger', 'demo', 'report']],
  ['--strict', 'help/option/strict', ['assess', 'audit', 'diff', 'monitor', 'ledger']],
  ['--quiet', 'help/option/quiet', ['assess', 'audit', 'monitor']],
  ['--wide', 'help/option/wide', ['assess', 'demo']],
  ['--encoding ENC', 'help/option/encoding', READERS],
  ['--sheet NAME', 'help/option/sheet', READERS],
  ['--strict-columns', 'help/option/strict-columns', READERS],
  ['--monitoring-encoding ENC', 'help/option/monitoring-encoding', ['monitor', 'report']],
  ['--monitoring-sheet NAME', 'help/option/monitoring-sheet', ['monitor', 'report']],
  ['--help, -h', 'help/option/help', ['assess', 'audit', 'diff', 'monitor', 'ledger', 'plan', 'demo', 'report']],
];

const zh = (code: HelpCode): string => HELP_CATALOG.render(code, {}, 'zh-CN');
const en = (code: HelpCode): string => HELP_CATALOG.render(code, {}, 'en');

/** Words of `text` in lines of at most `width` characters (a long word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const INDENT = '      ';

function commandBlocks(command: string | undefined): string {
  return USAGE.filter(([name]) => command === undefined || name === command)
    .map(([, usage, code]) => [`  ${usage}`, ...wrap(zh(code), 90), ...wrap(en(code), 90)].map((l, i) => (i === 0 ? l : INDENT + l)).join('\n'))
    .join('\n');
}

function optionsBlock(command: string | undefined): string {
  const known = command !== undefined && USAGE.some(([name]) => name === command);
  const shown = OPTIONS.filter(([, , commands]) => !known || commands.includes(command));
  // The flags' column is as wide as the longest flag listed, and never narrower than before.
  const width = Math.max(19, ...shown.map(([flag]) => flag.length + 2));
  const lines = shown.map(([flag, code]) => `  ${flag.padEnd(width)}${zh(code)} / ${en(code)}`);
  return `${en('help/options')} ${zh('help/options')}:\n${lines.join('\n')}\n${en('help/exit-codes')}\n${zh('help/exit-codes')}\n${en('help/privacy')}\n${zh('help/privacy')}`;
}

/**
 * The whole usage text, or one command's (`tuopin <command> --help`). 用法说明。
 * @internal
 */
export function helpText(version: string, command?: string): string {
  const head = command === undefined ? `tuopin ${version} — ${zh('help/title')} / ${en('help/title')}` : `tuopin ${version}`;
  const blocks = commandBlocks(command);
  return `${head}\n\n${zh('help/usage')} ${en('help/usage')}:\n${blocks === '' ? commandBlocks(undefined) : blocks}\n\n${optionsBlock(command)}`;
}
