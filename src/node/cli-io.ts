import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Evidence, Message } from '../reasons/types';
import { nodeMessage, type NodeMessageCode } from './messages';
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

/** A usage error: exit code 2 with the message (Chinese and English) and a pointer to `--help`. */
export class UsageError extends Error {
  readonly detail: Message;
  /** The command whose help to point to, if any. */
  readonly command: string | undefined;
  constructor(message: string | Message, command?: string) {
    const detail: Message = typeof message === 'string' ? { 'zh-CN': message, en: message } : message;
    super(detail['zh-CN'] === detail.en ? detail.en : `${detail['zh-CN']} / ${detail.en}`);
    this.name = 'UsageError';
    this.detail = detail;
    this.command = command;
  }

  /** A usage error from the node message catalog. */
  static of(code: NodeMessageCode, evidence: Evidence = {}, command?: string): UsageError {
    return new UsageError(nodeMessage(code, evidence), command);
  }
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Writes the output to `--out FILE` or to standard output.
 * @throws {InputError} when the file cannot be written, or is one of the `inputs` (exit 2)
 */
export async function emit(io: CliIo, text: string, out: string | undefined, inputs: readonly (string | undefined)[] = []): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out === undefined) {
    io.stdout.write(body);
    return;
  }
  // The register itself must never be overwritten by its own report.
  if (inputs.some((input) => input !== undefined && sameFile(input, out))) throw InputError.of(out, 'read/out-is-input');
  try {
    await writeFile(out, body, 'utf8');
  } catch (error) {
    throw InputError.of(out, 'read/cannot-write', { reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
}
