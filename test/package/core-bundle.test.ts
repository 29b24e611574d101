import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The core entry bundled as a browser app would bundle it: it must not reach the file readers
// (src/node), their dependencies (csv-parse, saxes, yauzl, @e965/xlsx) or any Node built-in.
// `npm test` checks the built dist/index.js the same way (scripts/check-core-bundle.mjs).
describe('the core entry', () => {
  it('bundles for the browser without the readers, their dependencies or Node built-ins', async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      external: ['zod', 'date-fns', '@date-fns/tz'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith('src/node/') || i.includes('node_modules/'))).toEqual([]);
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((p) => !['zod', 'date-fns', '@date-fns/tz'].some((d) => p === d || p.startsWith(`${d}/`)))).toEqual([]);
    expect(inputs).toContain('src/household/assess-households.ts');
  });

  it('is checked by a script that finds a reader dependency when one is there', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    // @ts-expect-error a plain .mjs script without declarations
    const { importsOf } = (await import('../../scripts/check-core-bundle.mjs')) as { importsOf: (f: string) => string[] };
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-bundle-'));
    writeFileSync(join(dir, 'index.js'), "import { a } from './chunk.js';\nexport { a };\n");
    writeFileSync(join(dir, 'chunk.js'), "import { SaxesParser } from 'saxes';\nexport const a = () => import('@e965/xlsx');\n");
    expect(importsOf(join(dir, 'index.js'))).toEqual(['@e965/xlsx', 'saxes']);
  });
});
