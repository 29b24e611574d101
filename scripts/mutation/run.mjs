#!/usr/bin/env node
// npm run mutation [-- concept …]: one StrykerJS run per concept (a folder under src/), smallest
// first, then one summary line per concept read back from its JSON report.
// Without arguments it runs every concept listed in CONCEPTS that exists under src/.
// Incremental: each concept keeps reports/mutation/<concept>/incremental.json, so a second run
// only re-tests the mutants whose code or tests changed. `--force` re-runs everything.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONCEPTS = ['units', 'codes', 'policy', 'region', 'ledger', 'household', 'monitoring', 'audit'];

const args = process.argv.slice(2);
const force = args.includes('--force');
const named = args.filter((a) => !a.startsWith('--'));
for (const c of named) {
  if (!/^[a-z-]+$/.test(c) || !existsSync(path.join(root, 'src', c))) {
    console.error(`mutation: no concept src/${c}`);
    process.exit(2);
  }
}
const concepts = named.length > 0 ? named : CONCEPTS.filter((c) => existsSync(path.join(root, 'src', c)));

/** Stryker's mutation score: detected (killed, timeout) over valid mutants (detected, survived, no coverage). */
export function summarise(report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0, Pending: 0 };
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { ...counts, score: valid === 0 ? null : (100 * detected) / valid };
}

let status = 0;
const lines = [];
for (const concept of concepts) {
  console.log(`== mutation: src/${concept}`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...(force ? ['--force'] : [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TUOPIN_MUTATION_CONCEPT: concept },
  });
  if (run.status !== 0) {
    status = 1;
    lines.push(`${concept}: stryker failed (exit ${run.status})`);
    continue;
  }
  const s = summarise(JSON.parse(readFileSync(path.join(root, 'reports/mutation', concept, 'mutation.json'), 'utf8')));
  lines.push(
    `${concept}: score ${s.score === null ? 'n/a' : s.score.toFixed(2)}% ` +
      `(killed ${s.Killed}, timeout ${s.Timeout}, survived ${s.Survived}, no coverage ${s.NoCoverage}, ignored ${s.Ignored})`,
  );
}
console.log('== mutation summary');
for (const l of lines) console.log(l);
process.exit(status);
