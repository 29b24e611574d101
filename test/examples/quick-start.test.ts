import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'examples', 'quick-start.ts');

describe('examples/quick-start.ts', () => {
  it('runs with the command its header names, not `npm run example` (which runs the demo)', () => {
    const header = readFileSync(file, 'utf8').split('\n').slice(0, 3).join('\n');
    expect(header).toContain('Run with `npx tsx examples/quick-start.ts`');
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('收入 / income: 8000 元 for 2 persons; line 4000 元/人');
    expect(run.stdout).toContain('人均收入未高于贫困线 / not above the line');
  }, 60_000);
});

describe('README and docs/cli.md', () => {
  it('agree that .xlsx streams while .xls and .ods are read whole', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const cli = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
    expect(readme).toContain('`.csv` and `.xlsx` as streams');
    expect(readme).toContain('`.xls` and `.ods` read whole');
    expect(cli).toMatch(/`\.xlsx`, `\.xlsm` \| 流式逐行读取/);
  });
});
