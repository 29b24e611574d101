// npm run bench:audit [-- SIZE[,SIZE…] [MODES]]: assess, audit, diff and comparePolicies over
// generated registers of four-member households (default 1,000,000), each mode in its own child
// process, printing households per second and the child's peak RSS. Households are generated on
// the fly (never held in a list), so the figures show what each function itself keeps. `generate`
// is the generator alone, the floor under every other figure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assessHousehold, comparePolicies, createAudit, defaultPolicy, definePolicy, diffRegisters } from '../src/index';
import { makeHousehold } from './register-generator';

const AS_OF = '2020-12-31';

function* register(size: number, version: 0 | 1) {
  for (let i = 0; i < size; i++) yield makeHousehold(i, version);
}

function child(mode: string, size: number): void {
  const started = process.hrtime.bigint();
  let result: unknown;
  switch (mode) {
    case 'generate': {
      let n = 0;
      for (const h of register(size, 0)) n += h.members.length;
      result = n;
      break;
    }
    case 'assess': {
      let n = 0;
      for (const h of register(size, 0)) if (assessHousehold(h, { asOf: AS_OF }).compliant) n++;
      result = n;
      break;
    }
    case 'audit': {
      const audit = createAudit({ asOf: AS_OF });
      let n = 0;
      for (const h of register(size, 0)) n += audit.add(h).length;
      result = n;
      break;
    }
    case 'diff': {
      const d = diffRegisters(register(size, 0), register(size, 1), { asOf: AS_OF, sorted: true, incomeDropShare: { numerator: 3, denominator: 10 } });
      result = d.counts;
      break;
    }
    case 'compare': {
      const provincial = definePolicy({ name: 'province-4600', povertyLines: [{ year: 2020, yuan: 4600 }] });
      result = comparePolicies(register(size, 0), defaultPolicy, provincial, { asOf: AS_OF }).changed;
      break;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, result: typeof result === 'number' ? result : undefined }));
}

if (process.env.TUOPIN_BENCH_CHILD !== undefined) {
  const [mode, size] = process.env.TUOPIN_BENCH_CHILD.split(':');
  child(mode as string, Number(size));
} else {
  const sizes = (process.argv[2] ?? '1000000').split(',').map(Number);
  const modes = (process.argv[3] ?? 'generate,assess,audit,diff,compare').split(',');
  const self = fileURLToPath(import.meta.url);
  console.log(`node ${process.version}; four-member households generated on the fly; one child process per run`);
  for (const size of sizes) {
    for (const mode of modes) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', self], {
        env: { ...process.env, TUOPIN_BENCH_CHILD: `${mode}:${size}` },
        encoding: 'utf8',
      });
      if (run.status !== 0) {
        console.error(run.stderr);
        process.exitCode = 1;
        continue;
      }
      const r = JSON.parse(run.stdout) as { seconds: number; maxRssKb: number };
      console.log(
        `${mode.padEnd(8)} ${size.toLocaleString('en')} households: ${r.seconds.toFixed(1)} s, ${Math.round(size / r.seconds).toLocaleString('en')} households/s, peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`,
      );
    }
  }
}
