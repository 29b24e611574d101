import { writeFile } from 'node:fs/promises';
import { InputError } from './input-error';
import type { ProgressTarget } from './progress';

/**
 * What the command reads of the outside world, passed in so that tests run it in-process: output
 * streams, the clock (only to default `--as-of` to today in China) and the working directory.
 * 命令与外界的接口（输出流、时钟、工作目录），便于在进程内测试。
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressTarget;
  readonly now: () => number;
}

/** The real process streams and clock. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => Date.now(),
  };
}

/** A usage error: exit code 2 with the message and a pointer to `--help`. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Writes the output to `--out FILE` or to standard output.
 * @throws {InputError} when the file cannot be written (the command exits 2)
 */
export async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out === undefined) {
    io.stdout.write(body);
    return;
  }
  try {
    await writeFile(out, body, 'utf8');
  } catch (error) {
    throw new InputError(out, `cannot write the output / 无法写入输出文件 (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
