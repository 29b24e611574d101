// The consumer type test: compiles the application in test/consumer against the BUILT package
// (dist/, reached through package.json `exports`, and `typesVersions` under node10) with `strict`
// and `exactOptionalPropertyTypes`, once per resolution: node16 (an ESM .mts and a CommonJS .cts),
// bundler, node10. Run by `npm test` once after the build. Each project is one test: the report
// it writes has the shape of a vitest JSON report, so scripts/totals.mjs counts it like the rest.
// 消费方类型测试：以构建产物编译 test/consumer 中的示例应用（node16 ESM/CJS、bundler、node10）。
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const consumer = join(root, 'test', 'consumer');

/** The consumer's projects: one tsconfig per module resolution. */
export const PROJECTS = ['node16', 'bundler', 'node10'];

/**
 * Links test/consumer/node_modules/tuopin to the package root, so that `import 'tuopin'` is
 * resolved as an installed package is: through its package.json, never through a path mapping.
 */
export function linkPackage(dir = consumer, packageRoot = root) {
  const modules = join(dir, 'node_modules');
  const link = join(modules, 'tuopin');
  mkdirSync(modules, { recursive: true });
  let present = false;
  try {
    present = lstatSync(link).isSymbolicLink();
  } catch {
    present = false;
  }
  if (!present) symlinkSync(relative(modules, packageRoot) || '.', link, 'dir');
}

/** Runs `tsc -p` on one tsconfig; `{ ok, output }`. */
export function compile(tsconfig) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', tsconfig, '--pretty', 'false'], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
}

/** A vitest-shaped JSON report of the projects' results: one test per project. */
export function report(results) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  return {
    numTotalTests: results.length,
    numPassedTests: passed,
    numFailedTests: failed,
    numFailedTestSuites: failed > 0 ? 1 : 0,
    success: failed === 0 && results.length > 0,
    testResults: [
      {
        name: 'test/consumer',
        assertionResults: results.map((r) => ({
          title: `compiles against the built package (${r.project})`,
          status: r.ok ? 'passed' : 'failed',
          failureMessages: r.ok ? [] : [r.output],
        })),
      },
    ],
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const out = process.argv[2];
  let results;
  if (!existsSync(join(root, 'dist', 'index.d.ts')) || !existsSync(join(root, 'dist', 'node.d.cts'))) {
    console.error('consumer type test: dist/ has no declarations; run the build first');
    results = PROJECTS.map((project) => ({ project, ok: false, output: 'dist/ not built' }));
  } else {
    linkPackage();
    results = PROJECTS.map((project) => ({ project, ...compile(join(consumer, `tsconfig.${project}.json`)) }));
  }
  for (const r of results) {
    console.log(`${r.ok ? '✓' : '✗'} consumer compiles under ${r.project} resolution`);
    if (!r.ok) console.error(r.output);
  }
  const summary = report(results);
  if (out !== undefined) writeFileSync(out, JSON.stringify(summary));
  process.exit(summary.success ? 0 : 1);
}
