import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The consumer type test itself runs once in `npm test`, after the build (scripts/check-consumer.mjs
// compiles test/consumer against dist/). These pin how it is wired, and that it can fail.
interface ConsumerScript {
  PROJECTS: string[];
  compile: (tsconfig: string) => { ok: boolean; output: string };
  report: (results: { project: string; ok: boolean; output: string }[]) => {
    numTotalTests: number;
    numPassedTests: number;
    numFailedTests: number;
    success: boolean;
  };
}
// @ts-expect-error a plain .mjs script without declarations
const script = (await import('../../scripts/check-consumer.mjs')) as ConsumerScript;

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const tsconfig = (project: string) =>
  JSON.parse(read(`test/consumer/tsconfig.${project}.json`)) as { extends: string; files: string[]; compilerOptions: Record<string, unknown> };

describe('the consumer type test', () => {
  it('compiles under node16 (an .mts and a .cts), bundler and node10, strict with exactOptionalPropertyTypes', () => {
    expect(script.PROJECTS).toEqual(['node16', 'bundler', 'node10']);
    const base = JSON.parse(read('test/consumer/tsconfig.base.json')) as { compilerOptions: Record<string, unknown> };
    expect(base.compilerOptions).toMatchObject({ strict: true, exactOptionalPropertyTypes: true, skipLibCheck: false });
    expect(tsconfig('node16')).toMatchObject({ compilerOptions: { module: 'node16', moduleResolution: 'node16' }, files: ['app.mts', 'app.cts'] });
    expect(tsconfig('bundler')).toMatchObject({ compilerOptions: { moduleResolution: 'bundler' }, files: ['app.mts'] });
    expect(tsconfig('node10')).toMatchObject({ compilerOptions: { moduleResolution: 'node10' }, files: ['app.cts'] });
    for (const project of script.PROJECTS) expect(tsconfig(project).extends).toBe('./tsconfig.base.json');
  });

  it('imports tuopin and tuopin/node by package name, never by a path into src/', () => {
    for (const file of ['app.mts', 'app.cts']) {
      const specifiers = [...read(`test/consumer/${file}`).matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(specifiers).toEqual(['tuopin', 'tuopin/node']);
    }
  });

  it('runs once in npm test, after the build, and its projects count in the final totals', () => {
    const test = read('scripts/test.sh');
    expect(test.match(/check-consumer\.mjs/g)).toHaveLength(1);
    expect(test.indexOf('check-consumer.mjs')).toBeGreaterThan(test.indexOf('npm run --silent build'));
    expect(test.indexOf('check-consumer.mjs')).toBeGreaterThan(test.lastIndexOf('done'));
    expect(read('scripts/totals.mjs')).toContain("'consumer.json'");
  });

  it('reports each project as a test, a failed compile as a failure', () => {
    expect(
      script.report([
        { project: 'node16', ok: true, output: '' },
        { project: 'bundler', ok: false, output: 'error TS2322' },
      ]),
    ).toMatchObject({ numTotalTests: 2, numPassedTests: 1, numFailedTests: 1, success: false });
    expect(script.report([])).toMatchObject({ numTotalTests: 0, success: false });
  });

  it('fails on a type error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-consumer-'));
    writeFileSync(join(dir, 'app.ts'), "export const n: number = 'not a number';\n");
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, files: ['app.ts'] }));
    const result = script.compile(join(dir, 'tsconfig.json'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('TS2322');
  });
});
