import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/node/commands/plan';
import { InputError } from '../../src/node/input-error';
import { run } from './cli-harness';

// The industry plan (产业规划) of test/fixtures/real-world/, made by
// scripts/make-real-world-fixtures.sh: openpyxl for .xlsx, LibreOffice for .xls and .ods, iconv
// for the GBK CSV. One row per planting; the zone's cells merged over its rows (or on its first
// row only in the CSV).
const corpus = (name: string) => join(__dirname, '..', 'fixtures', 'real-world', name);

const BZ01 = {
  id: 'BZ-01',
  name: '甲坝区',
  kind: 'bazi',
  areaMu: 800,
  slopeDegrees: 3,
  villageCodes: ['529901101201', '529901101202'],
  plantings: [
    { crop: '蔬菜', industry: 'vegetables', areaMu: 500, season: '春季', horizon: 'short', outputValuePerMu: 6000, lowValue: false },
    { crop: '玉米', industry: 'grain', areaMu: 300, season: '春季', horizon: 'short', yieldKgPerMu: 400, priceYuanPerKg: 2.5, lowValue: true },
    { crop: '香菇', industry: 'edible-fungi', areaMu: 200, season: '秋季', horizon: 'short', outputValuePerMu: 12000, lowValue: false },
  ],
};

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tuopin-plan-')), name);
  writeFileSync(file, text);
  return file;
}

describe('readPlanFile', () => {
  for (const name of ['plan.xlsx', 'plan.xls', 'plan.ods']) {
    it(`reads ${name}: the plan sheet by its header, a title row, a two-row header, merged zone cells, units in brackets`, async () => {
      const { plan, targets, warnings } = await readPlanFile(corpus(name), { countyCode: '529901', year: 2020 });
      expect(plan.id).toBe('529901-2020');
      expect(plan.countyCode).toBe('529901');
      expect(plan.year).toBe(2020);
      expect(plan.zones.map((z) => [z.id, z.kind, z.areaMu, z.plantings.length])).toEqual([
        ['BZ-01', 'bazi', 800, 3],
        ['SL-01', 'slope', 300, 1],
        ['WT-01', 'water', 150, 1],
      ]);
      expect(plan.zones[0]).toEqual(BZ01);
      expect(targets).toEqual({ byZoneId: { 'BZ-01': 8000 } });
      expect(warnings.map((w) => w.code)).toEqual([
        'warn/sheet',
        'warn/header-row',
        'warn/unknown-columns',
        'warn/zone-carried-down',
        'warn/plan-table-parts',
      ]);
      expect(warnings[0]?.message.en).toBe('read worksheet "产业规划" (of 2: 说明, 产业规划; chosen by its header, --sheet NAME to force one)');
      expect(warnings[2]?.message['zh-CN']).toBe('未识别的列（已忽略）：备注');
      expect(warnings[3]?.message.en).toBe("2 row(s) had blank zone cells (merged cells): the zone's first row was used");
    });
  }

  it('reads a GBK CSV with county and year columns, a title line and zone cells on the first row only', async () => {
    const { plan, targets, warnings } = await readPlanFile(corpus('plan-gbk.csv'));
    expect(plan.id).toBe('529901-2020');
    expect(plan.zones[0]).toEqual({ ...BZ01, villageCodes: undefined, plantings: BZ01.plantings.map(({ horizon: _h, ...p }) => p) });
    expect(targets).toEqual({ byZoneId: { 'BZ-01': 8000 } });
    expect(warnings.map((w) => w.code)).toEqual(['warn/encoding', 'warn/header-row', 'warn/missing-plan-columns', 'warn/zone-carried-down', 'warn/plan-table-parts']);
    expect(warnings[0]?.message.en).toBe('file decoded as gb18030');
    expect(warnings[2]?.message.en).toBe('missing column(s) (their fields are read as not given): 村代码 (villageCodes), 周期 (horizon)');
  });

  it('leaves a column whose unit is not the field\'s unrecognised instead of reading jin as kilograms', async () => {
    const file = tempFile(
      'jin.csv',
      '县代码,规划年度,区块编号,区块名称,区块类型,面积（亩）,作物,种植面积（亩）,亩产（斤）,单价（元/斤）,亩产值（万元）\n529901,2020,Z1,甲,坝区,600,玉米,600,800,1.2,\n',
    );
    await expect(readPlanFile(file)).rejects.toSatisfy((e: InputError) => e.code === 'read/plan-invalid' && e.message.includes('plantings.0.outputValuePerMu [planting/no-output-value]'));
    const warnings: string[] = [];
    await readPlanFile(file, { onWarning: (w) => warnings.push(w.message.en) }).catch(() => undefined);
    expect(warnings).toContain('unrecognised column(s), ignored: 亩产（斤）, 单价（元/斤）, 亩产值（万元）');
  });

  it('refuses a plan table without county and year, or naming two counties', async () => {
    await expect(readPlanFile(corpus('plan.xlsx'))).rejects.toSatisfy((e: InputError) => e.code === 'read/plan-county-year');
    const two = tempFile('two.csv', '县代码,规划年度,区块编号,区块名称,区块类型,面积,作物,种植面积,亩产值\n529901,2020,Z1,甲,坡地,100,茶,100,5000\n529902,2020,Z2,乙,坡地,100,茶,100,5000\n');
    await expect(readPlanFile(two)).rejects.toSatisfy(
      (e: InputError) => e.code === 'read/plan-conflict' && e.row === 3 && e.message.includes('row 3 differs from row 2 in column countyCode'),
    );
  });
});

describe('tuopin plan on a table', () => {
  it('summarises the xlsx plan against the sheet\'s own target, and lists the warnings', async () => {
    const { code, stdout } = await run('plan', corpus('plan.xlsx'), '--county-code', '529901', '--year', '2020', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { summary: { zones: { zoneId: string; status: string; targetPerMu?: number }[] }; warnings: { code: string }[] };
    expect(report.summary.zones.map((z) => [z.zoneId, z.status, z.targetPerMu])).toEqual([
      ['BZ-01', 'unmet', 8000],
      ['SL-01', 'no-target', undefined],
      ['WT-01', 'no-target', undefined],
    ]);
    expect(report.warnings.map((w) => w.code)).toContain('warn/plan-table-parts');
    // A --target for the zone wins over the sheet's 目标亩产值; one for its kind does not.
    const table = await run('plan', corpus('plan-gbk.csv'), '--target', 'BZ-01=7000', '--target', 'slope=4000');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/BZ-01 +甲坝区 +坝区 +800 +1,000 +5,700,000 +7,125 +7,000 +达标 met/);
    expect(table.stdout).toMatch(/SL-01 .* 4,000 +达标 met/);
    expect(table.stdout).toContain('警告 Warnings (5)');
    expect(table.stdout).toContain('[warn/encoding] 文件编码识别为 gb18030');
  });

  it('exits 2 listing every rejected zone with its row, and on column problems with --strict-columns', async () => {
    const bad = tempFile(
      'bad.csv',
      [
        '县代码,规划年度,区块编号,区块名称,区块类型,面积（亩）,作物,种植面积（亩）,亩产值（元/亩）',
        '529901,2020,Z1,甲,坝区,600,蔬菜,600,6000',
        ',,,,,,玉米,100,',
        '529901,2020,Z2,乙,山区,100,茶,100,5000',
        '529901,2020,Z1,甲,坝区,600,辣椒,100,3000',
        '529901,2020,Z3,丙,草地,100,茶,100,5000',
      ].join('\n'),
    );
    const result = await run('plan', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('产业规划无效（4 个问题，逐条列在下面） / invalid industry plan (4 issue(s), listed below)');
    expect(result.stderr).toContain('第 3 行 row 3, plantings.1.outputValuePerMu [planting/no-output-value]');
    expect(result.stderr).toContain('#3 (第 5 行 row 5) Z1:\n  - id [input/split-zone]');
    expect(result.stderr).toContain('#4 (第 6 行 row 6) Z3:\n  - kind [invalid_value]');
    const strict = await run('plan', corpus('plan.xlsx'), '--county-code', '529901', '--year', '2020', '--strict-columns');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('--strict-columns');
    expect((await run('plan', corpus('plan.xlsx'), '--year', '20')).code).toBe(2);
  });
});

describe('tuopin report --plan on a table', () => {
  it('reads the plan table with its own targets, as tuopin plan does', async () => {
    const { code, stdout, stderr } = await run('report', corpus('register-utf8.csv'), '--plan', corpus('plan-gbk.csv'), '--as-of', '2020-03-31', '--format', 'json');
    expect(code, stderr).toBe(0);
    const model = JSON.parse(stdout) as { industry?: { zones: { id: string; status: string; targetPerMu?: number }[] } };
    expect(model.industry?.zones.map((z) => [z.id, z.status, z.targetPerMu])).toEqual([
      ['BZ-01', 'unmet', 8000],
      ['SL-01', 'no-target', undefined],
      ['WT-01', 'no-target', undefined],
    ]);
  });
});
