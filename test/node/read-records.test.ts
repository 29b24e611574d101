import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/node/input-error';
import { readRecords, type SourceItem } from '../../src/node/read-records';
import { HOUSEHOLD_COLUMNS } from '../../src/node/columns';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

async function read(file: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readRecords(file, { columns: HOUSEHOLD_COLUMNS })) items.push(item);
  return items;
}

describe('readRecords', () => {
  it('reads the same households from CSV, XLSX, NDJSON and JSON', async () => {
    const csv = await read(fixture('households.csv'));
    const xlsx = await read(fixture('households.xlsx'));
    const json = await read(fixture('households.json'));
    const ndjson = (await read(fixture('households.ndjson'))).filter((i) => i.record !== undefined);
    expect(csv.map((i) => i.record)).toEqual(json.map((i) => i.record));
    expect(xlsx.map((i) => i.record)).toEqual(csv.map((i) => i.record));
    expect(ndjson.map((i) => i.record)).toEqual(json.map((i) => i.record));
    expect(csv).toHaveLength(5);
  });

  it('numbers spreadsheet records by their first row and keeps each member’s row', async () => {
    const csv = await read(fixture('households.csv'));
    expect(csv.map((i) => [i.index, i.row, i.memberRows])).toEqual([
      [0, 2, [2, 3]],
      [1, 4, [4, 5, 6]],
      [2, 7, [7]],
      [3, 8, [8, 9]],
      [4, 10, [10]],
    ]);
  });

  it('turns a malformed NDJSON line into a record with an issue, and keeps counting', async () => {
    const items = await read(fixture('households.ndjson'));
    expect(items).toHaveLength(6);
    expect(items[2]).toMatchObject({ index: 2, row: 3, issues: [{ code: 'input/malformed-json' }] });
    expect(items[3]).toMatchObject({ index: 3, row: 4 });
  });

  it('says where a line is malformed, or that it stops short, in each language and without quoting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-'));
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, '{"id":"张三",}\n{"id":"李四"\n');
    const messages = (await read(file)).map((i) => i.issues?.[0]?.message);
    expect(messages[0]).toEqual({ 'zh-CN': '第 1 行不是合法的 JSON（第 12 个字符处有语法错误）', en: 'line 1 is not valid JSON: syntax error at character 12' });
    expect(messages[1]?.en).toMatch(/^line 2 is not valid JSON: (syntax error at character \d+|unexpected end of input)$/);
    expect(JSON.stringify(messages)).not.toMatch(/张三|李四/);
  });

  it('reports a split household and rows that disagree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-'));
    const file = join(dir, 'split.csv');
    writeFileSync(
      file,
      [
        'householdId,villageCode,status,idNumber,name,relation',
        'H1,529901101201,poor,529901198001010019,赵一,head',
        'H1,529901101201,exited,529901198202020029,钱二,spouse',
        'H2,529901101201,poor,529901199006060070,吴六,head',
        'H1,529901101201,poor,529901198001010019,赵一,head',
      ].join('\n'),
    );
    const items = await read(file);
    expect(items.map((i) => i.issues?.map((x) => [x.code, x.path]))).toEqual([
      [['input/inconsistent-rows', ['status']]],
      undefined,
      [['input/split-household', ['id']]],
    ]);
  });

  it('skips a title row above a one-row header instead of joining it to the header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-'));
    const file = join(dir, 'titled.csv');
    writeFileSync(file, ['某县建档立卡户信息表', 'householdId,villageCode,status,idNumber,name,relation', 'H1,529901101201,poor,529901198001010019,赵一,head'].join('\n'));
    const warnings: string[] = [];
    const items: SourceItem[] = [];
    for await (const item of readRecords(file, { onWarning: (w) => warnings.push(w.message.en) })) items.push(item);
    expect(warnings).toContain('header found on row 2 (title rows above it skipped)');
    expect(items.map((i) => [i.row, i.issues])).toEqual([[3, undefined]]);
  });

  it('names a quote left open in the last row as unterminated, from the row it opens on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-'));
    const file = join(dir, 'open-quote.csv');
    writeFileSync(file, ['householdId,villageCode,status,idNumber,name,relation', 'H1,529901101201,poor,529901198001010019,"赵一,head', 'H2'].join('\n'));
    await expect(read(file)).rejects.toMatchObject({ code: 'read/csv-unterminated', row: 2 });
    await expect(read(file)).rejects.toThrow(/从第 2 行开始的引号没有闭合 \/ unterminated quoted field starting in row 2/);
  });

  it('throws an InputError naming the file and the missing column', async () => {
    await expect(read(fixture('missing-column.csv'))).rejects.toThrow(InputError);
    await expect(read(fixture('missing-column.csv'))).rejects.toThrow(/missing-column\.csv, 第 1 行 row 1: 缺少必需列：身份证号 \(idNumber\).* \/ missing required column\(s\): 身份证号 \(idNumber\)/);
  });

  it('throws an InputError for an empty file, a missing file and an unknown format', async () => {
    await expect(read(fixture('empty.csv'))).rejects.toThrow(/empty/);
    await expect(read(fixture('no-such-file.ndjson'))).rejects.toThrow(/no-such-file\.ndjson: 无法读取文件（ENOENT） \/ cannot read the file \(ENOENT\)/);
    await expect(read(fixture('villages.txt'))).rejects.toThrow(/unknown format/);
  });
});

describe('readRecords with the register’s own columns and codes', () => {
  it('reads 脱贫状态 codes, register relations, 人均纯收入, 是否危房户 and 饮水是否安全 through the register mapping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-'));
    const file = join(dir, 'register-codes.csv');
    const a = '529901198001010019';
    const b = '529901198202020029';
    writeFileSync(
      file,
      [
        '户编号,村级区划代码,脱贫状态,证件号码,姓名,与户主关系,人均纯收入（元）,是否危房户,饮水是否安全,在校生状况,健康状况,是否参加大病保险',
        `H1,529901101201,1,${a},赵一,户主,5200.5,否,是,非在校生,长期慢性病,是`,
        `,,,${b},钱二,之儿媳,,,,小学三年级,健康,否`,
        `H2,529901101201,4,529901199006060070,吴六,户主,6000,是,否,,,`,
      ].join('\n'),
    );
    const warnings: string[] = [];
    const items: SourceItem[] = [];
    for await (const item of readRecords(file, { onWarning: (w) => warnings.push(w.code) })) items.push(item);
    expect(items.map((i) => i.record)).toEqual([
      {
        id: 'H1',
        villageCode: '529901101201',
        status: 'exited',
        policySupport: 'continuing',
        income: { perCapita: 5200.5 },
        housing: { dangerous: false },
        water: { safe: true },
        members: [
          { idNumber: a, name: '赵一', relation: 'head', studentStatus: 'not-a-student', health: 'chronic-illness', criticalIllnessInsurance: true },
          { idNumber: b, name: '钱二', relation: 'daughter-in-law', studentStatus: 'primary', health: 'healthy', criticalIllnessInsurance: false },
        ],
      },
      {
        id: 'H2',
        villageCode: '529901101201',
        status: 'exited',
        policySupport: 'ended',
        income: { perCapita: 6000 },
        housing: { dangerous: true },
        water: { safe: false },
        members: [{ idNumber: '529901199006060070', name: '吴六', relation: 'head' }],
      },
    ]);
    expect(warnings).toEqual(['warn/missing-check-columns', 'warn/missing-optional-columns', 'warn/carried-down']);
  });
});
