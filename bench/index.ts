// npm run bench [-- FILTER]: the library's speed figures. Each module in bench/tasks/ exports
// `tasks`, a list of { name, unitsPerOp, unit, setup?, fn }; one op may process a batch of units
// (households, assessments) and the figure printed is units per second. Record the figures in
// docs/performance.md with the machine they were taken on. Not a test: nothing here can fail CI.
// Tasks of one `group` are measured side by side: interleaved rounds in this one process (so a
// change of load hits them alike), the median round reported, and each task's time printed as a
// ratio of the group's first task (its baseline). BENCH_ROUNDS sets the rounds (default 5).
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Bench } from 'tinybench';

export interface BenchTask {
  readonly name: string;
  /** How many units one call of `fn` processes. */
  readonly unitsPerOp: number;
  /** What a unit is, e.g. 'households'. */
  readonly unit: string;
  readonly fn: () => unknown;
  /** Tasks of one group are measured in interleaved rounds and compared with the group's first. */
  readonly group?: string;
}

const filter = process.argv[2];
const dir = new URL('./tasks/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

/** Units per second of one tinybench run of `time` ms, or undefined when the task failed. */
async function measure(task: BenchTask, time: number, warmupTime: number): Promise<number | undefined> {
  const bench = new Bench({ time, warmupTime });
  bench.add(task.name, task.fn);
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (result === undefined || !('throughput' in result)) {
    console.error(`${task.name}: failed`, result !== undefined && 'error' in result ? result.error : '');
    return undefined;
  }
  return result.throughput.mean * task.unitsPerOp;
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const rows: Record<string, string | number>[] = [];
const ratios: string[] = [];
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
for (const file of files) {
  const module = (await import(new URL(file, dir).href)) as { tasks: readonly BenchTask[] };
  const selected = module.tasks.filter((task) => filter === undefined || task.name.includes(filter) || file.includes(filter));
  const groups = new Map<string, BenchTask[]>();
  for (const task of selected) {
    if (task.group === undefined) {
      const rate = await measure(task, 2000, 500);
      if (rate !== undefined) rows.push({ task: task.name, 'units/s': Math.round(rate), unit: task.unit, 'ms/op': Number(((1000 * task.unitsPerOp) / rate).toFixed(3)) });
    } else {
      groups.set(task.group, [...(groups.get(task.group) ?? []), task]);
    }
  }
  for (const [group, tasks] of groups) {
    const rates = tasks.map((): number[] => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, task] of tasks.entries()) {
        const rate = await measure(task, 600, round === 0 ? 300 : 50);
        if (rate !== undefined) rates[i]?.push(rate);
      }
    }
    const base = rates[0] !== undefined && rates[0].length > 0 ? median(rates[0]) : undefined;
    for (const [i, task] of tasks.entries()) {
      const all = rates[i] ?? [];
      if (all.length === 0) continue;
      const rate = median(all);
      rows.push({
        task: task.name,
        'units/s': Math.round(rate),
        unit: task.unit,
        'ms/op': Number(((1000 * task.unitsPerOp) / rate).toFixed(3)),
        range: `${Math.round(Math.min(...all) / 1000)}k–${Math.round(Math.max(...all) / 1000)}k`,
      });
      if (i > 0 && base !== undefined) {
        // Per-round ratios too: the rounds ran back to back, so each is a fair comparison.
        const perRound = all.map((r, k) => (rates[0]?.[k] ?? NaN) / r).filter(Number.isFinite);
        ratios.push(
          `[${group}] ${task.name}: ${(base / rate).toFixed(2)}× the time of ${tasks[0]?.name} (rounds ${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)}×)`,
        );
      }
    }
  }
}
console.table(rows);
for (const line of ratios) console.log(line);
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
