// npm run bench [-- FILTER]: the library's speed figures. Each module in bench/tasks/ exports
// `tasks`, a list of { name, unitsPerOp, unit, setup?, fn }; one op may process a batch of units
// (households, assessments) and the figure printed is units per second. Record the figures in
// docs/performance.md with the machine they were taken on. Not a test: nothing here can fail CI.
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { Bench } from 'tinybench';

export interface BenchTask {
  readonly name: string;
  /** How many units one call of `fn` processes. */
  readonly unitsPerOp: number;
  /** What a unit is, e.g. 'households'. */
  readonly unit: string;
  readonly fn: () => unknown;
}

const filter = process.argv[2];
const dir = new URL('./tasks/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}`);
const rows: Record<string, string | number>[] = [];
for (const file of files) {
  const module = (await import(new URL(file, dir).href)) as { tasks: readonly BenchTask[] };
  for (const task of module.tasks) {
    if (filter !== undefined && !task.name.includes(filter) && !file.includes(filter)) continue;
    const bench = new Bench({ time: 2000, warmupTime: 500 });
    bench.add(task.name, task.fn);
    await bench.run();
    const result = bench.tasks[0]?.result;
    if (result === undefined || !('throughput' in result)) {
      console.error(`${task.name}: failed`, result !== undefined && 'error' in result ? result.error : '');
      continue;
    }
    const hz = result.throughput.mean;
    rows.push({
      task: task.name,
      'units/s': Math.round(hz * task.unitsPerOp),
      unit: task.unit,
      'ms/op': Number((1000 / hz).toFixed(3)),
    });
  }
}
console.table(rows);
