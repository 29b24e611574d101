import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../scripts/make-monitoring-fixture';
import { run } from './cli-harness';

// The monitoring system's exports (scripts/make-monitoring-tables.sh) and the register they go with.
const at = (name: string) => join(FIXTURE_DIR, name);
const BASE = ['--as-of', '2021-12-31', '--policy', at('policy.json'), '--format', 'json'];

describe('--monitoring-encoding and --monitoring-sheet', () => {
  for (const command of ['monitor', 'report'] as const) {
    it(`${command}: apply to the --monitoring file, and the register's --encoding does not`, async () => {
      const register = at('register.ndjson');
      const guessed = await run(command, register, '--monitoring', at('monitoring-gbk.csv'), ...BASE);
      expect(guessed.code, guessed.stderr).toBe(0);
      // Forced to UTF-8, the GBK table's header no longer matches: the option reached the table.
      const forced = await run(command, register, '--monitoring', at('monitoring-gbk.csv'), '--monitoring-encoding', 'utf-8', ...BASE);
      expect(forced.code).toBe(2);
      expect(forced.stderr).toContain('monitoring-gbk.csv');
      expect(forced.stderr).toContain('按 utf-8 解码时出现无法识别的字符');
      // The register's --encoding is the register's own: the table is still guessed.
      const registerOnly = await run(command, register, '--monitoring', at('monitoring-gbk.csv'), '--encoding', 'utf-8', ...BASE);
      expect(registerOnly.code, registerOnly.stderr).toBe(0);
      const sheet = await run(command, register, '--monitoring', at('monitoring.xlsx'), '--monitoring-sheet', '没有这个表', ...BASE);
      expect(sheet.code).toBe(2);
      expect(sheet.stderr).toMatch(/monitoring\.xlsx: 没有名为 没有这个表 的工作表（有：.+） \/ no worksheet named 没有这个表/);
    });

    it(`${command}: refuses them without --monitoring, naming the option`, async () => {
      const { code, stderr } = await run(command, at('register.ndjson'), '--monitoring-sheet', '监测对象', ...BASE);
      expect(code).toBe(2);
      expect(stderr).toContain('选项 --monitoring-sheet 用于 --monitoring 的文件，需要同时给出 --monitoring / option --monitoring-sheet applies to the --monitoring file: give --monitoring too');
    });
  }
});

describe('tuopin diff --quiet', () => {
  it('is refused as every option diff does not take (diff has no progress bar)', async () => {
    const register = at('register.ndjson');
    const { code, stderr } = await run('diff', register, register, '--quiet');
    expect(code).toBe(2);
    expect(stderr).toContain('未知选项 --quiet / unknown option --quiet');
  });
});
