import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run } from './cli-harness';

// --encoding, --sheet and --strict-columns are taken by every command that reads a register, and
// each command's --help lists only options the command takes.
const GBK = fixture('register-title-gbk.csv');
const XLSX = join(__dirname, '..', 'fixtures', 'real-world', 'register.xlsx');
const AS_OF = ['--as-of', '2020-03-31'];
const COMMANDS = ['audit', 'monitor', 'diff', 'report'] as const;
/** The command's files: diff compares the register with itself. */
const files = (command: string, file: string): string[] => (command === 'diff' ? [file, file] : [file]);
const warningsOf = (json: { warnings: unknown }): { code: string; message: { en: string } }[] =>
  (Array.isArray(json.warnings) ? json.warnings : (json.warnings as { before: never[] }).before) as { code: string; message: { en: string } }[];

describe('--encoding, --sheet and --strict-columns of audit, monitor, diff and report', () => {
  for (const command of COMMANDS) {
    it(`${command} reads a GBK file with --encoding GBK and a chosen --sheet`, async () => {
      const forced = await run(command, ...files(command, GBK), '--encoding', 'GBK', '--format', 'json', ...AS_OF);
      expect(forced.code).toBe(0);
      expect(warningsOf(JSON.parse(forced.stdout))[0]?.message.en).toBe('file decoded as gbk');
      // Forced wrongly, the same file cannot be read: the option reaches the reader.
      const wrong = await run(command, ...files(command, GBK), '--encoding', 'utf-8', '--format', 'json', ...AS_OF);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('decoding as utf-8 gave replacement characters');
      const unknown = await run(command, ...files(command, GBK), '--encoding', 'big5', '--format', 'json', ...AS_OF);
      expect(unknown.code).toBe(2);

      const sheet = await run(command, ...files(command, XLSX), '--sheet', '户表', '--format', 'json', ...AS_OF);
      expect(sheet.code).toBe(0);
      expect(warningsOf(JSON.parse(sheet.stdout)).map((w) => w.code)).not.toContain('warn/sheet');
      const notes = await run(command, ...files(command, XLSX), '--sheet', '说明', '--format', 'json', ...AS_OF);
      expect(notes.code).toBe(2);
      expect(notes.stderr).toContain('缺少必需列');

      const strict = await run(command, ...files(command, GBK), '--strict-columns', '--format', 'json', ...AS_OF);
      expect(strict.code).toBe(2);
      expect(strict.stderr).toContain('--strict-columns');
    });
  }
});

const ALL = ['assess', 'audit', 'diff', 'monitor', 'ledger', 'plan', 'demo', 'report'] as const;
const REFUSED = /unknown option|未知选项/i;

describe('tuopin <command> --help', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tuopin-help-'));
  for (const command of ALL) {
    it(`${command} --help lists no option that ${command} refuses`, async () => {
      const help = await run(command, '--help');
      expect(help.code).toBe(0);
      // The usage lines and the Options block (the exit-code notes below them speak of all commands).
      const listed = help.stdout.slice(0, help.stdout.indexOf('Exit codes'));
      const options = [...new Set([...listed.matchAll(/(?<![\w-])(--[a-z][a-z-]*[a-z]|-h)(?![\w-])/g)].map((m) => m[1] as string))];
      expect(options).toContain('--help');
      for (const option of options) {
        // A value in the temporary directory (so that nothing is written elsewhere); demo gets a
        // file argument so that it stops at its usage error before doing anything.
        const argv = command === 'demo' ? [command, 'extra', option, join(dir, 'x')] : [command, option, join(dir, 'x')];
        const result = await run(...argv);
        expect(`${option}: ${result.stderr}`).not.toMatch(REFUSED);
      }
    });
  }

  it('lists the options of the command only: --wide only where a table is printed and --wide is taken', async () => {
    expect((await run('assess', '--help')).stdout).toContain('--wide');
    expect((await run('demo', '--help')).stdout).toContain('--wide');
    for (const command of ['audit', 'monitor', 'diff', 'report', 'ledger', 'plan']) {
      const { stdout } = await run(command, '--help');
      expect(stdout).not.toContain('--wide');
      expect(stdout).toContain('--encoding ENC');
    }
    expect((await run('demo', '--help')).stdout).not.toContain('--encoding');
    expect((await run('plan', '--help')).stdout).not.toContain('--as-of');
    // The check itself can fail: an option a command refuses is refused.
    expect((await run('audit', '--wide', 'x')).stderr).toMatch(REFUSED);
  });
});
