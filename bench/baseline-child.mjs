// The baseline of `npm run bench:cli`: a bare one-thread `readline + JSON.parse` of the same
// NDJSON file, the floor issue 10 measures `tuopin assess` against. Prints the number of records
// on standard output and its peak resident set size (KiB) on standard error.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let records = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line.length > 0 && JSON.parse(line) !== null) records++;
}
process.stdout.write(`${records}\n`);
process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
