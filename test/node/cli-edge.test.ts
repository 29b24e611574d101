import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeId } from '../fixtures/ids';
import { fixture, run } from './cli-harness';

const dir = () => mkdtempSync(join(tmpdir(), 'tuopin-edge-'));
const HEADER = 'householdId,villageCode,status,idNumber,name,relation';
const A = makeId('529901', '1980-01-01', 11);
const B = makeId('529901', '1982-02-02', 22);
const C = makeId('529901', '1990-06-06', 33);

interface Report {
  input: { records: number; assessed: number; rejected: number };
  rejections: { index: number; row?: number; householdId?: string; issues: { code: string; path: (string | number)[]; message: { 'zh-CN': string; en: string } }[] }[];
}

async function assess(file: string, ...more: string[]): Promise<{ code: number; report: Report; text: string; stderr: string }> {
  const result = await run('assess', file, '--format', 'json', '--as-of', '2020-03-31', ...more);
  return { code: result.code, report: result.code === 0 ? (JSON.parse(result.stdout) as Report) : ({} as Report), text: result.stdout, stderr: result.stderr };
}

describe('tuopin assess on awkward files', () => {
  it('refuses a CSV whose quote is left open instead of swallowing rows', async () => {
    const file = join(dir(), 'open-quote.csv');
    writeFileSync(file, [HEADER, `H1,529901101201,poor,${A},赵一,head`, `H2,529901101201,poor,${B},"钱二,head`, `H3,529901101201,poor,${C},"孙三",head`].join('\n'));
    const { code, stderr } = await assess(file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/open-quote\.csv, 第 3 行 row 3: 第 3 行引号不合规（闭合的引号后还有文字）.* \/ row 3: misplaced quote \(text after a closing quote\)/);
  });

  it('keeps rows without a household id apart, one record each', async () => {
    const file = join(dir(), 'blank-id.csv');
    writeFileSync(file, [HEADER, `,529901101201,poor,${A},赵一,head`, `,529901101201,poor,${B},钱二,head`].join('\n'));
    const { report } = await assess(file);
    expect(report.input).toEqual({ records: 2, assessed: 0, rejected: 2 });
    expect(report.rejections.map((r) => [r.row, r.issues.map((i) => i.path.join('.'))])).toEqual([
      [2, ['id']],
      [3, ['id']],
    ]);
  });

  it('masks household ids that hold an ID number or a name, and never quotes them in messages', async () => {
    const file = join(dir(), 'ids.csv');
    writeFileSync(
      file,
      [HEADER, `${A},529901101201,poor,${A},赵一,head`, `司马懿明,529901101201,poor,${B},钱二,head`, `${A},529901101201,poor,${C},孙三,head`].join('\n'),
    );
    const { report, text } = await assess(file);
    expect(report.rejections.map((r) => [r.householdId, r.issues.map((i) => i.code)])).toEqual([['5299************' + A.slice(-2), ['input/split-household']]]);
    expect(text).not.toContain(A.slice(4, 16));
    expect(text).not.toContain('司马懿明');
    const table = await run('assess', file, '--as-of', '2020-03-31');
    expect(table.stdout).not.toContain(A.slice(4, 16));
  });

  it('rejects a row with more cells than the header', async () => {
    const file = join(dir(), 'extra.csv');
    writeFileSync(file, [HEADER, `H1,529901101201,poor,${A},赵一,head,surplus`].join('\n'));
    const { report } = await assess(file);
    expect(report.rejections[0]?.issues.map((i) => i.code)).toContain('input/extra-cells');
  });

  it('reads blank lines, a byte-order mark and an ideographic space alike on one thread and on two', async () => {
    const file = join(dir(), 'blank.ndjson');
    const line = JSON.stringify({ id: 'H1', villageCode: '529901101201', status: 'poor', members: [{ idNumber: A, name: '赵一', relation: 'head' }] });
    writeFileSync(file, `\ufeff${line}\n\u3000\n\r\r\n \t\n${line.replace('H1', 'H2')}\r\n`);
    const one = await assess(file, '--workers', '0');
    const two = await assess(file, '--workers', '2');
    expect(one.report.input).toEqual({ records: 2, assessed: 2, rejected: 0 });
    expect(two.report).toEqual(one.report);
  });

  it('exits 2 when --out cannot be written', async () => {
    const { code, stderr } = await assess(fixture('households.csv'), '--out', join(dir(), 'no', 'such', 'dir', 'out.json'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/out\.json: 无法写入输出文件（ENOENT） \/ cannot write the output \(ENOENT\)/);
  });

  it('names neither a name nor an ID number given as an unknown key', async () => {
    const file = join(dir(), 'keys.ndjson');
    writeFileSync(file, JSON.stringify({ id: 'H1', villageCode: '529901101201', status: 'poor', members: [{ idNumber: A, name: '赵一', relation: 'head', 张三: B }] }));
    const { report, text } = await assess(file);
    expect(report.rejections[0]?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['members', 0] });
    expect(text).not.toContain('张三');
    expect(text).not.toContain(B.slice(4, 16));
  });
});

describe('tuopin assess on worker threads', () => {
  // 乗 is 81 5C in GBK: its second byte is a backslash, so a GBK line read as UTF-8 escapes the
  // closing quote of the name and is no longer JSON.
  const lines = [
    JSON.stringify({ id: 'H1', villageCode: '529901101201', status: 'poor', members: [{ idNumber: A, name: '赵乗', relation: 'head' }] }),
    JSON.stringify({ id: 'H2', villageCode: '529901101201', status: 'poor', members: [{ idNumber: B, name: '钱二', relation: 'head' }] }),
  ];
  const text = `${lines.join('\n')}\n`;
  const files = (() => {
    const d = dir();
    const gbk = join(d, 'gbk.ndjson');
    // GBK by hand (Node encodes no GBK): the text is ASCII but for these four characters.
    const GBK: Record<string, number[]> = { 赵: [0xd5, 0xd4], 乗: [0x81, 0x5c], 钱: [0xc7, 0xae], 二: [0xb6, 0xfe] };
    writeFileSync(gbk, Buffer.from([...text].flatMap((c) => GBK[c] ?? [c.charCodeAt(0)])));
    const utf16 = join(d, 'utf16.ndjson');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    return { gbk, utf16 };
  })();

  for (const [name, encoding] of [['gbk', 'gb18030'], ['utf16', 'utf-16le']] as const) {
    it(`reads a ${encoding} NDJSON file alike on one thread and on two, with the same warnings`, async () => {
      const one = await assess(files[name], '--workers', '0');
      const two = await assess(files[name], '--workers', '2');
      expect(one.report.input).toEqual({ records: 2, assessed: 2, rejected: 0 });
      expect(two.report).toEqual(one.report);
      expect((two.report as unknown as { warnings: { code: string; message: { en: string } }[] }).warnings.map((w) => w.message.en)).toEqual([`file decoded as ${encoding}`]);
    });
  }

  it('honours --encoding on two threads, and says once that a wrong one gave replacement characters', async () => {
    const forced = await assess(files.gbk, '--workers', '2', '--encoding', 'gbk');
    expect(forced.report.input).toEqual({ records: 2, assessed: 2, rejected: 0 });
    const one = await assess(files.gbk, '--workers', '0', '--encoding', 'utf-8');
    const two = await assess(files.gbk, '--workers', '2', '--encoding', 'utf-8');
    expect(two.report).toEqual(one.report);
    expect(two.report.rejections.map((r) => r.issues.map((i) => i.code))).toEqual([['input/malformed-json']]);
    expect((two.report as unknown as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual(['warn/replacement-characters']);
  });
});

describe('tuopin on a bad policy or reference file', () => {
  it('names each problem of a policy file in each language, after its path in the overrides', async () => {
    const policy = join(dir(), 'policy.json');
    writeFileSync(policy, JSON.stringify({ povertyLines: [{ year: 2020, yuan: -1 }] }));
    const result = await run('assess', fixture('households.csv'), '--policy', policy, '--as-of', '2020-03-31');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`tuopin: ${policy}: 政策文件无效：povertyLines.0.yuan: 数值应大于 0 / invalid policy file: povertyLines.0.yuan: expected a number above 0\n`);
  });

  it('names the row and field of the first bad village, in each language', async () => {
    const villages = join(dir(), 'villages.csv');
    writeFileSync(villages, '村代码,村名,乡镇代码,农村人口\n529901101201,甲村,529901101,-3\n');
    const result = await run('assess', fixture('households.csv'), '--villages', villages, '--as-of', '2020-03-31');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tuopin: \S*villages\.csv, 第 2 行 row 2: 记录无效：\S+: .+ \/ invalid record: \S+: .+\n$/);
    expect(result.stderr).not.toMatch(/undefined|\(record\)/);
  });
});
