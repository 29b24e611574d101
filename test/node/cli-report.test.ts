import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-harness';

const dir = () => mkdtempSync(join(tmpdir(), 'tuopin-report-'));

describe('tuopin report', { timeout: 120_000 }, () => {
  it('writes the model as JSON from the demo files', async () => {
    const d = dir();
    await run('demo', '--write', d, '--format', 'json');
    const { code, stdout, stderr } = await run('report', join(d, 'households.csv'), '--villages', join(d, 'villages.csv'), '--county', join(d, 'county.json'), '--as-of', '2020-03-31', '--format', 'json');
    expect(code, stderr).toBe(0);
    const model = JSON.parse(stdout) as { format: string; county: { name: string; western: boolean }; headline: { households: number; incidence: { text: string } }; villages: unknown[]; ledger?: unknown };
    expect(model.format).toBe('tuopin.report/1');
    expect(model.county).toEqual({ code: '529901', name: '示例县', western: true });
    expect(model.headline.households).toBe(3000);
    expect(model.headline.incidence.text).toBe('1.74%');
    expect(model.villages).toHaveLength(20);
    expect(model.ledger).toBeUndefined();
  });

  it('asks for --out when it writes a page', async () => {
    const { code, stderr } = await run('report', 'register.csv');
    expect(code).toBe(2);
    expect(stderr).toContain('--out report.html');
  });

  it('exits 2 on an invalid county file or survey, naming the file', async () => {
    const d = dir();
    await run('demo', '--write', d, '--format', 'json');
    const bad = join(d, 'bad.json');
    writeFileSync(bad, JSON.stringify({ county: { code: 'x' } }));
    const county = await run('report', join(d, 'households.csv'), '--county', bad, '--format', 'json');
    expect(county.code).toBe(2);
    expect(county.stderr).toContain('bad.json');
    writeFileSync(bad, JSON.stringify({ sampledExited: -1 }));
    const survey = await run('report', join(d, 'households.csv'), '--survey', bad, '--format', 'json');
    expect(survey.code).toBe(2);
  });
});

describe('tuopin demo --report', { timeout: 120_000 }, () => {
  it('writes one self-contained page with the chart library inlined', async () => {
    const file = join(dir(), 'demo.html');
    const { code, stderr } = await run('demo', '--report', file, '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('echarts');
    // Nothing fetched at view time: no external script, stylesheet, font or image.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).toContain('id="v-529901105201"');
  });
});
