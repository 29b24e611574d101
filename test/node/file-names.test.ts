import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeId } from '../fixtures/ids';
import { run } from './cli-harness';

// A clerk may name a file after a household head (their ID number, their name) and keep it under
// a folder named after themselves. Terminal errors show the path as typed (the command line's
// own) with ID and phone numbers masked and control characters escaped; data outputs (JSON
// warnings) carry the base name only, numbers masked and a Chinese stem masked as a name.
const A = makeId('522601', '1980-01-01', 11);

function register(dirName: string, fileName: string, text: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tuopin-names-')), dirName);
  mkdirSync(dir);
  const file = join(dir, fileName);
  writeFileSync(file, text);
  return file;
}

describe('file names in messages and outputs', () => {
  it('masks ID and phone numbers in the path of an error, and escapes control characters', async () => {
    const file = register('王小明', `${A}张三户.csv`, '户编号,姓名\nH1,赵一\n');
    const result = await run('assess', file);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain(A.slice(4, 16));
    expect(result.stderr).toContain(`${A.slice(0, 4)}************${A.slice(-2)}张三户.csv, 第 1 行 row 1: 缺少必需列`);
    const phone = await run('assess', join(tmpdir(), 'no-such-13812345678\u001b[31m.csv'));
    expect(phone.code).toBe(2);
    expect(phone.stderr).toContain('no-such-138****5678\\u001b[31m.csv: 无法读取文件（ENOENT）');
  });

  it('names the file in JSON warnings by its base name, numbers masked and a Chinese stem masked as a name', async () => {
    const file = register('王小明', '张三户.csv', `户编号,村代码,户状态,身份证号,姓名,与户主关系,备注\nH1,522601101201,poor,${A},赵一,户主,x\n`);
    const { code, stdout } = await run('assess', file, '--format', 'json', '--as-of', '2020-03-31');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { warnings: { code: string; file: string }[] };
    expect(report.warnings.map((w) => w.file)).toEqual(report.warnings.map(() => '张**.csv'));
    expect(stdout).not.toContain('王小明');
    expect(stdout).not.toContain('张三');
    const numbered = register('x', `${A}.csv`, `户编号,村代码,户状态,身份证号,姓名,与户主关系,备注\nH1,522601101201,poor,${A},赵一,户主,x\n`);
    const plain = JSON.parse((await run('assess', numbered, '--format', 'json', '--as-of', '2020-03-31')).stdout) as { warnings: { file: string }[] };
    expect(plain.warnings[0]?.file).toBe(`${A.slice(0, 4)}************${A.slice(-2)}.csv`);
  });
});
