import { parseArgs, type ParseArgsConfig } from 'node:util';
import { chinaDate } from '../../calendar/china-date';
import { UsageError, type CliIo } from '../cli-io';
import { encodingOf, type Encoding } from '../decode';
import { printable } from '../messages';

// Argument helpers every command shares (kept apart from cli.ts so that command files do not
// import the dispatcher that imports them). 各命令共用的参数解析。

/** `--as-of DATE` in China's calendar; today (by the io's clock) when absent. */
export function asOfFrom(value: string | undefined, io: CliIo): string {
  if (value === undefined) return chinaDate(new Date(io.now()));
  try {
    return chinaDate(value);
  } catch {
    throw UsageError.of('usage/as-of');
  }
}

export function formatFrom<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  const format = (value ?? allowed[0]) as F;
  if (!allowed.includes(format)) throw UsageError.of('usage/format', { allowed: [...allowed] });
  return format;
}

export function oneFile(positionals: readonly string[], command: string): string {
  if (positionals.length !== 1) throw UsageError.of('usage/one-file', { command }, command);
  return positionals[0] as string;
}

/** Options every reading command takes. */
export const READ_OPTIONS = {
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  'strict-columns': { type: 'boolean' },
} as const;

export function readOptionsFrom(values: Record<string, unknown>, file: string): { encoding?: Encoding; sheet?: string; strictColumns?: boolean } {
  return {
    ...(values.encoding === undefined ? {} : { encoding: encodingOf(file, String(values.encoding)) }),
    ...(values.sheet === undefined ? {} : { sheet: String(values.sheet) }),
    ...(values['strict-columns'] === true ? { strictColumns: true } : {}),
  };
}

/** The options of the monitoring table that `tuopin monitor` and `tuopin report` read with `--monitoring`. */
export const MONITORING_READ_OPTIONS = {
  'monitoring-encoding': { type: 'string' },
  'monitoring-sheet': { type: 'string' },
} as const;

/**
 * `--monitoring-encoding` and `--monitoring-sheet`: the reader options of the `--monitoring` file,
 * apart from the register's `--encoding` and `--sheet` (the two files are often in different
 * encodings, and a register's sheet name is not the monitoring workbook's).
 * @throws {UsageError} `usage/needs-monitoring` when one is given without `--monitoring`
 */
export function monitoringReadOptionsFrom(values: Record<string, unknown>, command: string): { monitoringEncoding?: Encoding; monitoringSheet?: string } {
  const monitoring = values.monitoring as string | undefined;
  for (const option of ['monitoring-encoding', 'monitoring-sheet']) {
    if (values[option] !== undefined && monitoring === undefined) throw UsageError.of('usage/needs-monitoring', { option: `--${option}` }, command);
  }
  return {
    ...(values['monitoring-encoding'] === undefined ? {} : { monitoringEncoding: encodingOf(monitoring as string, String(values['monitoring-encoding'])) }),
    ...(values['monitoring-sheet'] === undefined ? {} : { monitoringSheet: String(values['monitoring-sheet']) }),
  };
}

/**
 * A usage error from the catalog for an error of node:util's parseArgs, naming the option (or the
 * argument) as evidence in both languages; node's own English text only for an error it has no
 * code for. parseArgs 的错误对应到本目录的用法错误（中英文），以选项名为证据。
 */
export function argumentError(error: unknown, command = ''): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // `Option '-v, --villages <value>' argument missing`: the long name is the last one given.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = printable(quoted.split(/[ ,]+/).filter((t) => t.startsWith('-')).pop() ?? quoted, 40);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      // `Unknown option '--x'. To specify a positional argument …`: the option as typed, even with a quote in it.
      const typed = /^Unknown option '(.*)'(?:\. To specify a positional argument|$)/s.exec(message)?.[1];
      return UsageError.of('usage/unknown-option', { option: typed === undefined ? option : printable(typed, 40) }, command);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return UsageError.of(/does not take an argument/.test(message) ? 'usage/option-no-value' : 'usage/option-value', { option }, command);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return UsageError.of('usage/unexpected-argument', { argument: printable(JSON.stringify(quoted), 40) }, command);
    default:
      // node:util's message names the option, never a value from a file.
      return UsageError.of('usage/options', { detail: message }, command);
  }
}

/** Thrown by {@link parse} when `--help` was given: the command prints its usage. */
export class HelpShown extends Error {}

export function parse(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  command = '',
): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentError(error, command);
  }
  if (parsed.values.help === true) throw new HelpShown(command);
  return parsed;
}

