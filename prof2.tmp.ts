import { tasks } from './bench/tasks/household';
const v = tasks.find((t) => t.name.includes('validate(HouseholdSchema)'))!;
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 4000) { v.fn(); n++; }
console.log(Math.round((n * 1000) / ((performance.now() - t0) / 1000)));
