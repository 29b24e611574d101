// npm run bench:cli [-- SIZES]: end-to-end speed and peak memory of `tuopin assess` on generated
// NDJSON registers of four-member households (default 50,000, 200,000 and 1,000,000 households).
// Generates each file in the system's temporary folder, then, in BENCH_ROUNDS interleaved rounds
// (default 3), runs in child processes the built command and the baseline (baseline-child.mjs: a
// bare one-thread readline + JSON.parse of the same file), and prints for each size the median
// time of both, the command's time as a ratio of the baseline's, households per second and the
// command's peak RSS (worker threads included); then removes the file.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
const id = (first17) => {
  let s = 0;
  for (let i = 0; i < 17; i++) s += (first17.charCodeAt(i) - 48) * W[i];
  return first17 + C[s % 11];
};

async function generate(file, households) {
  const out = createWriteStream(file);
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  let buffer = '';
  for (let h = 0; h < households; h++) {
    const village = `5299011${String(1 + (next() % 9)).padStart(2, '0')}2${String(1 + (next() % 20)).padStart(2, '0')}`;
    const members = [];
    for (let m = 0; m < 4; m++) {
      const year = m < 2 ? 1960 + (next() % 30) : 2005 + (next() % 12);
      const first17 = `529901${year}0${1 + (next() % 9)}${String(10 + (next() % 18))}${String(next() % 1000).padStart(3, '0')}`;
      const member = { idNumber: id(first17), name: `测试${m}`, relation: m === 0 ? 'head' : m === 1 ? 'spouse' : 'child', medicalInsurance: next() % 50 !== 0 };
      if (m >= 2) member.schooling = 'enrolled';
      members.push(member);
    }
    const record = {
      id: `H${h}`,
      villageCode: village,
      status: next() % 10 === 0 ? 'poor' : 'exited',
      members,
      income: { year: 2019, wage: 8000 + (next() % 9000), transfer: 1200.5, productionCosts: 300 },
      foodSecure: true,
      clothingSecure: true,
      housing: { grade: next() % 20 === 0 ? 'C' : 'B', renovation: 'accepted' },
      water: { litresPerPersonPerDay: 50, piped: true, interruptionDaysPerYear: 5, qualityOk: true },
    };
    buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const sizes = (process.argv[2] ?? '50000,200000,1000000').split(',').map(Number);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const baseline = new URL('./baseline-child.mjs', import.meta.url).pathname;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs one child process; its wall time in seconds and peak RSS (KiB), or undefined when it failed. */
function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stderr);
    process.exitCode = 1;
    return undefined;
  }
  const rss = /maxRSS=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, rss: rss === undefined ? undefined : Number(rss) };
}

const dir = mkdtempSync(join(tmpdir(), 'tuopin-bench-'));
const child = new URL('./cli-child.mjs', import.meta.url).pathname;
console.log(`node ${process.version}; households of four members; workers chosen by the command`);
try {
  for (const size of sizes) {
    const file = join(dir, `register-${size}.ndjson`);
    await generate(file, size);
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const command = [];
    const bare = [];
    let rss;
    let baseRss;
    for (let round = 0; round < rounds && process.exitCode === undefined; round++) {
      const b = timed([baseline, file]);
      const c = timed([child, 'assess', file, '--format', 'json', '--quiet', '--as-of', '2020-03-31', '--out', join(dir, 'out.json')]);
      if (b === undefined || c === undefined) break;
      bare.push(b.seconds);
      command.push(c.seconds);
      rss = Math.max(rss ?? 0, c.rss ?? 0);
      baseRss = Math.max(baseRss ?? 0, b.rss ?? 0);
    }
    if (command.length === 0) break;
    const ratios = command.map((c, i) => c / bare[i]);
    console.log(
      `${size.toLocaleString('en')} households (${mb} MB): tuopin assess ${median(command).toFixed(2)} s ` +
        `(${Math.round(size / median(command)).toLocaleString('en')} households/s, peak RSS ${(rss / 1024).toFixed(0)} MB); ` +
        `readline + JSON.parse ${median(bare).toFixed(2)} s (peak RSS ${(baseRss / 1024).toFixed(0)} MB); ` +
        `ratio ${median(ratios).toFixed(2)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`,
    );
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
