#!/usr/bin/env node
// The `tuopin` executable.
import { runCli } from './cli';
import { bothLocales } from './help';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli turns every error into exit 2; this only guards against a defect in that. Exit codes
    // are 0, 1 and 2 only; no stack trace (it could quote a value from a file).
    process.stderr.write(`tuopin: ${bothLocales('cli/internal-error', { name: error instanceof Error ? error.name : typeof error })}\n`);
    process.exitCode = 2;
  },
);
