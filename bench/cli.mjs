// npm run bench:cli [-- SIZES]: end-to-end speed and peak memory of `tuopin assess` on generated
// NDJSON registers of four-member households (default 100,000 and 1,000,000 households).
// Generates each file in the system's temporary folder, runs the built command in a child
// process, prints households per second and the child's peak RSS, and removes the file.
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

const sizes = (process.argv[2] ?? '100000,1000000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'tuopin-bench-'));
const child = new URL('./cli-child.mjs', import.meta.url).pathname;
console.log(`node ${process.version}; households of four members; workers chosen by the command`);
try {
  for (const size of sizes) {
    const file = join(dir, `register-${size}.ndjson`);
    await generate(file, size);
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [child, 'assess', file, '--format', 'json', '--quiet', '--as-of', '2020-03-31', '--out', join(dir, 'out.json')], {
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) {
      console.error(result.stderr);
      process.exitCode = 1;
      break;
    }
    const rss = /maxRSS=(\d+)/.exec(result.stderr)?.[1];
    console.log(
      `${size.toLocaleString('en')} households (${mb} MB): ${seconds.toFixed(1)} s, ${Math.round(size / seconds).toLocaleString('en')} households/s, peak RSS ${rss === undefined ? '?' : (Number(rss) / 1024).toFixed(0)} MB`,
    );
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
