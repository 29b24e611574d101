import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: the pure core and the Node entry, ESM and CommonJS with declarations for both.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    shims: true,
    define: { __TUOPIN_VERSION__: JSON.stringify(version) },
    // The optional .xls/.ods reader stays a separate, optional package: never bundled.
    external: ['@e965/xlsx'],
  },
  {
    // The command and its worker threads (assessment, .xls/.ods reading): ESM only, run by Node.
    entry: { cli: 'src/node/bin.ts', 'cli-worker': 'src/node/worker.ts', 'sheet-worker': 'src/node/sheetjs-worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    define: { __TUOPIN_VERSION__: JSON.stringify(version) },
    external: ['@e965/xlsx'],
  },
]);
