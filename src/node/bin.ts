#!/usr/bin/env node
// The `tuopin` executable.
import { runCli } from './cli';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tuopin: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
