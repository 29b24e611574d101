import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { undecidedChecks } from '../../src/node/check-columns';
import { HOUSEHOLD_COLUMNS, LEDGER_COLUMNS } from '../../src/node/columns';
import { run } from './cli-harness';

// The county clerk's files of the new user's trial (scripts/make-county-trial-fixtures.sh).
const trial = (name: string) => join(__dirname, '..', 'fixtures', 'county-trial', name);
const REQUIRED = ['householdId', 'villageCode', 'status', 'idNumber', 'name', 'relation'];
const undecided = (...keys: string[]) => undecidedChecks(HOUSEHOLD_COLUMNS, new Set([...REQUIRED, ...keys]))?.map((u) => [u.check, u.missing.map((m) => m.key)]);

describe('undecidedChecks', () => {
  it('names only the checks left without columns by the national register’s export: 不愁吃 and 不愁穿', () => {
    const national = ['studentStatus', 'medicalInsurance', 'criticalIllnessInsurance', 'incomeYear', 'perCapita', 'dangerous', 'housingGrade', 'waterSafe', 'waterDifficult', 'health', 'sex'];
    expect(undecided(...national)).toEqual([
      ['food', ['foodSecure']],
      ['clothing', ['clothingSecure']],
    ]);
    expect(undecided(...national, 'foodSecure', 'clothingSecure')).toEqual([]);
  });

  it('asks for 收入年度 when the income has a figure but no year, and takes any one alternative of a check', () => {
    const rest = ['foodSecure', 'clothingSecure', 'schooling', 'medicalInsurance', 'housingRoute', 'waterDifficult'];
    expect(undecided(...rest, 'perCapita')).toEqual([['income', ['incomeYear']]]);
    expect(undecided(...rest, 'incomeYear', 'wage')).toEqual([]);
    expect(undecided(...rest)).toEqual([['income', ['incomeYear', 'perCapita']]]);
  });

  it('decides water from the four indicators only when all four are there, else asks for the closest alternative', () => {
    const rest = ['foodSecure', 'clothingSecure', 'schooling', 'medicalInsurance', 'housingGrade', 'incomeYear', 'perCapita'];
    expect(undecided(...rest, 'litresPerPersonPerDay', 'interruptionDaysPerYear', 'qualityOk', 'fetchMinutes')).toEqual([]);
    expect(undecided(...rest, 'litresPerPersonPerDay', 'interruptionDaysPerYear', 'fetchMinutes')).toEqual([['water', ['qualityOk']]]);
    expect(undecided(...rest, 'litresPerPersonPerDay')).toEqual([['water', ['waterSafe']]]);
  });

  it('is undefined for columns that are not a register’s (a ledger has no checks)', () => {
    expect(undecidedChecks(LEDGER_COLUMNS, new Set(['id']))).toBeUndefined();
  });
});

describe('missing columns of a county template', () => {
  it('warns of the columns checks need apart from the optional ones, and --strict-columns fails on the needed ones only', async () => {
    const json = JSON.parse((await run('assess', trial('county-template.xlsx'), '--as-of', '2020-12-31', '--format', 'json')).stdout) as {
      warnings: { code: string; row?: number; message: { 'zh-CN': string; en: string } }[];
    };
    expect(json.warnings.map((w) => [w.code, w.row])).toEqual([
      ['warn/header-row', 2],
      ['warn/missing-check-columns', 2],
      ['warn/missing-optional-columns', 2],
      ['warn/carried-down', undefined],
    ]);
    expect(json.warnings[1]?.message).toEqual({
      'zh-CN': '缺少检查所需的列，不愁吃、不愁穿检查对每户都将为“未知”：不愁吃 (foodSecure)、不愁穿 (clothingSecure)（可替代的列见 docs/cli.md）',
      en: 'missing column(s) that checks need, so the food, clothing check(s) come out unknown for every household: 不愁吃 (foodSecure), 不愁穿 (clothingSecure) (alternatives in docs/cli.md)',
    });
    expect(json.warnings[2]?.message.en).toMatch(/^53 other column\(s\) not in the file \(optional, for information\): 出生日期 \(birthDate\), 就学状况 \(schooling\), /);
    const strict = await run('assess', trial('county-template.xlsx'), '--as-of', '2020-12-31', '--strict-columns');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('county-template.xlsx, 第 2 行 row 2: --strict-columns：有未识别的列（-）或缺少所需的列（不愁吃 (foodSecure)、不愁穿 (clothingSecure)）');
  });

  it('passes --strict-columns on the template with the visit findings added, listing the optional columns for information', async () => {
    const { code, stdout, stderr } = await run('assess', trial('county-template-visits-gbk.csv'), '--as-of', '2020-12-31', '--strict-columns', '--format', 'json');
    expect(code, stderr).toBe(0);
    const warnings = (JSON.parse(stdout) as { warnings: { code: string }[] }).warnings.map((w) => w.code);
    expect(warnings).toEqual(['warn/encoding', 'warn/header-row', 'warn/missing-optional-columns', 'warn/carried-down']);
  });
});
