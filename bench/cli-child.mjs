// Runs the built `tuopin` command in this process and reports its peak resident set size (KiB),
// worker threads included, on standard error.
import { runCli } from '../dist/node.js';

const code = await runCli(process.argv.slice(2));
process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
