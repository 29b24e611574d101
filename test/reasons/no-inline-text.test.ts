import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// House rule: every text a user reads comes from a catalog (`**/catalog.ts`, `**/messages.ts`)
// or a label table (`**/labels.ts`). Chinese in any other file of src/, outside comments, is
// flagged, except in the files below, which hold vocabulary or data rather than messages.
const ROOT = join(__dirname, '../../src');
const VOCABULARY: Readonly<Record<string, string>> = {
  'node/columns.ts': 'the register columns the readers recognise',
  'node/sample-county.ts': 'the fictional county of tuopin demo (names, places)',
  'node/commands/plan.ts': 'the plan table columns 县代码, 规划年度, 规划编号 the reader recognises',
  'node/xlsx.ts': 'the 年月日 of number formats that mark a date',
  'node/output-safety.ts': 'the endings of unit names (办, 局…) told from a person’s name',
  'register/register-value.ts': 'the register’s cell words and their aliases',
  'register/register-fields.ts': 'the register’s field names',
  'register/register-status.ts': 'the register’s status words',
  'register/register-boolean.ts': 'the register’s yes/no words',
  'register/household-from-register.ts': 'the units (元, 亩…) and date characters of register cells',
  'monitoring/monitoring-value.ts': 'the monitoring table’s cell words',
  'json-schemas.ts': 'the JSON Schema descriptions',
  'policy/default-policy.ts': 'the sources of the policy figures',
  'policy/schema.ts': 'the sources of the policy figures',
  'audit/default-audit-thresholds.ts': 'the source of the thresholds',
  'industry/schema.ts': 'the names of the eight elements (八要素), a label table',
  'household/assessment.ts': 'the names of the seven checks, a label table',
  'monitoring/assess-monitoring.ts': 'the names of the monitoring tests, a label table',
  'validation/fields.ts': 'the names of the division levels, a label table',
  'reasons/format.ts': 'the word for a value not recorded (未记录), in both locales',
  'ledger/entries-from-assessment.ts': 'the Chinese description a new ledger entry is given (data, in the register’s language)',
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** The code of a file without its comments (line comments, JSDoc and block comments). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))
    .join('\n');
}

const CJK = /[\u3400-\u9fff]/;
const CATALOG = /(^|\/)(catalog|messages|labels)\.ts$/;

describe('no inline text outside the catalogs', () => {
  const all = files(ROOT).map((f) => relative(ROOT, f).split('\\').join('/'));

  it('lists only files that exist and still hold Chinese', () => {
    for (const file of Object.keys(VOCABULARY)) {
      expect(all, file).toContain(file);
      expect(CJK.test(code(readFileSync(join(ROOT, file), 'utf8'))), `${file} no longer needs its exception`).toBe(true);
    }
  });

  it('finds Chinese in src/ only in catalogs, label tables and the vocabulary files', () => {
    const found: string[] = [];
    for (const file of all) {
      if (CATALOG.test(file) || Object.hasOwn(VOCABULARY, file)) continue;
      code(readFileSync(join(ROOT, file), 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (CJK.test(line)) found.push(`src/${file}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });
});
