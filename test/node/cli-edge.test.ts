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
    expect(stderr).toMatch(/open-quote\.csv, row 3: 第 3 行引号不合规.* \/ row 3: misplaced quote \(text after a closing quote\)/);
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
