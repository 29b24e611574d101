import { describe, expect, it } from 'vitest';
import { CHECK_NAMES } from '../../src/household/assessment';
import { summaryTable } from '../../src/node/commands/assess';
import { displayWidth, textTable, textWidth, wrapText } from '../../src/node/text-table';
import type { RollupRow } from '../../src/region/create-rollup';
import { run } from './cli-harness';

const zero = Object.fromEntries(CHECK_NAMES.map((c) => [c, 0])) as RollupRow['unmet'];
const row: RollupRow = {
  code: '529901',
  level: 'county',
  households: 40_000,
  persons: 100_000,
  poorHouseholds: 1_000,
  poorPersons: 2_999,
  compliantHouseholds: 38_000,
  unmet: { ...zero, income: 12 },
  unknown: { ...zero, water: 284 },
  ruralPopulation: 100_000,
  incidence: { numerator: 2_999, denominator: 100_000, percent: 2.999 },
};

describe('summaryTable', () => {
  it('shows 2.999% as 2.99%, never 3.00%, next to its denominator', () => {
    const text = summaryTable([row], new Map([['529901', '示例县']]));
    expect(text).toContain('2.99%');
    expect(text).not.toContain('3.00%');
    expect(text).toContain('100,000');
    expect(text).toContain('2,999');
  });

  it('puts the unknown count next to the failing one for every check', () => {
    const text = summaryTable([row], new Map());
    expect(text).toContain('12/0');
    expect(text).toContain('0/284');
    expect(text).toContain('饮水 ✗/?');
  });

  it('fits 120 columns by default and puts every column in one table with wide', () => {
    const names = new Map([['529901', '一个名字相当长的示例县']]);
    expect(textWidth(summaryTable([row], names))).toBeLessThanOrEqual(120);
    const wide = summaryTable([row], names, { wide: true });
    expect(textWidth(wide)).toBeGreaterThan(120);
    expect(wide).toContain('饮水?');
    expect(wide.split('\n')).toHaveLength(3);
  });
});

describe('textTable', () => {
  it('stacks a header cell of two lines and aligns figures to the right', () => {
    expect(textTable([['户', 'hh'], '名称 name', ['发生率', 'rate']], [[1234, '甲村', '1.74%'], [5, '乙', '12.00%']])).toBe(
      ['   户  名称 name  发生率', '   hh               rate', '-----  ---------  ------', '1,234  甲村        1.74%', '    5  乙         12.00%'].join('\n'),
    );
  });
});

describe('wrapText', () => {
  it('cuts Chinese text at the width and keeps Latin runs whole', () => {
    const lines = wrapText('联结贫困户数为各联结方式的户数之和（450 户）：同一户在多种方式下联结时按每种方式各计一次', 30, '  ');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.join('').replaceAll('  ', '')).toContain('450');
  });
});

describe('tuopin demo tables', () => {
  it('fit 120 columns, with Chinese labels for statuses, categories and kinds', async () => {
    const { code, stdout } = await run('demo');
    expect(code).toBe(0);
    for (const line of stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
    expect(stdout).toContain('0/284');
    expect(stdout).toContain('30,733');
    expect(stdout).toContain('1.74%');
    expect(stdout).toMatch(/TZ-2020-007 .* 住房 .* 待验收/);
    expect(stdout).not.toContain('awaiting-acceptance');
    expect(stdout).toMatch(/BZ-01 .* 坝区 /);
    expect(stdout).toContain('茶叶 tea');
    expect(stdout).toContain('47/1,394 = 3.37% ≥ 阈值 threshold 3.00%');
    expect(stdout).toContain('产值 output 28,060,000 元');
  });

  it('go wider with --wide', async () => {
    const { stdout } = await run('demo', '--wide');
    expect(textWidth(stdout)).toBeGreaterThan(120);
    expect(stdout).toContain('饮水?');
  });
});
