// Checks that the built core entry (dist/index.js and dist/index.cjs, with every chunk they load)
// pulls in none of the readers' dependencies and no Node built-in, so a browser app importing
// only `tuopin` gets no spreadsheet code. Run by `npm test` after the build.
// 检查构建后的核心入口不引用读取器依赖和 Node 内置模块。
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const READER_PACKAGES = ['csv-parse', 'saxes', 'yauzl', '@e965/xlsx', 'xlsx', 'iconv-lite'];

/** Bare module specifiers imported by a built file and the files it loads, followed through relative imports. */
export function importsOf(entry) {
  const seen = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/\bfrom\s*["']([^"']+)["']/g),
      ...text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
      ...text.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g),
      ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ].map((m) => m[1]);
    for (const spec of specs) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(resolve(entry));
  return [...bare].sort();
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  let failed = false;
  for (const entry of ['dist/index.js', 'dist/index.cjs']) {
    const bad = importsOf(join(process.cwd(), entry)).filter((s) => s.startsWith('node:') || READER_PACKAGES.some((p) => s === p || s.startsWith(`${p}/`)));
    if (bad.length > 0) {
      console.error(`${entry} imports ${bad.join(', ')}: the core entry must stay free of readers and Node built-ins`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
  console.log('core bundle: no reader dependency, no Node built-in');
}
