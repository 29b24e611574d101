import { join } from 'node:path';
import { runCli } from '../../src/node/cli';
import type { CliIo } from '../../src/node/cli-io';

export const fixture = (name: string) => join(__dirname, 'fixtures', name);

/** Runs the command in-process and captures what it prints. */
export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { isTTY: false, write: (t: string) => (stderr += t) },
    now: () => Date.UTC(2020, 2, 31, 4, 0, 0),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** The personal parts of the fixtures' ID numbers (birth date and sequence) and their names. */
export const PERSONAL = [
  '19800101001',
  '19820202002',
  '19750303003',
  '20100404004',
  '20120505006',
  '19900606007',
  '19600707008',
  '19620808009',
  '19880909010',
  '赵一',
  '钱二',
  '孙三',
  '李四',
  '周五',
  '吴六',
  '郑七',
  '王八',
  '冯九',
];

export function leaks(text: string): string[] {
  return PERSONAL.filter((p) => text.includes(p));
}
