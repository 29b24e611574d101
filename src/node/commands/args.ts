import { parseArgs, type ParseArgsConfig } from 'node:util';
import { chinaDate } from '../../calendar/china-date';
import { UsageError, type CliIo } from '../cli-io';
import { encodingOf, type Encoding } from '../decode';

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
    // node:util's message names the option, never a value from a file.
    throw UsageError.of('usage/options', { detail: (error as Error).message }, command);
  }
  if (parsed.values.help === true) throw new HelpShown(command);
  return parsed;
}

