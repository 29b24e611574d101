import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, leaks, run } from './cli-harness';

// `tuopin report` says on standard error what it wrote, as `demo --report` does, with the counts.
describe('tuopin report status line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tuopin-report-status-'));

  it('says the page was written with the records assessed and rejected', async () => {
    const out = join(dir, 'report.html');
    const { code, stdout, stderr } = await run('report', fixture('households.csv'), '--out', out, '--as-of', '2020-03-31');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`作战图已写出：${out}（评估 3 户，拒绝 2 条记录） / battle map: ${out} (3 households assessed, 2 records rejected)\n`);
    expect(readFileSync(out, 'utf8')).toContain('<html');
    expect(leaks(stderr)).toEqual([]);
  });

  it('says so for the JSON data written to a file, and prints nothing beside JSON on standard output', async () => {
    const out = join(dir, 'report.json');
    const file = await run('report', fixture('households.ndjson'), '--format', 'json', '--out', out, '--as-of', '2020-03-31');
    expect(file.code).toBe(0);
    const { headline } = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.stderr).toBe(
      `作战图数据已写出：${out}（评估 ${headline.assessed} 户，拒绝 ${headline.rejected} 条记录） / battle-map data: ${out} (${headline.assessed} households assessed, ${headline.rejected} records rejected)\n`,
    );
    const piped = await run('report', fixture('households.ndjson'), '--format', 'json', '--as-of', '2020-03-31');
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout).headline).toEqual(headline);
  });
});
