import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/node/help';

// docs/cli.md's command table: one row per command form, each naming every option of the command's usage lines.
const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
const rows = doc.split('\n').filter((l) => l.startsWith('| `tuopin '));
const COMMANDS = ['assess', 'audit', 'diff', 'monitor', 'ledger', 'plan', 'report', 'demo'] as const;

describe("docs/cli.md's command table", () => {
  it('has one row per command form', () => {
    const forms = rows.map((r) => r.split('|')[1]?.trim());
    expect(new Set(forms).size).toBe(forms.length);
    for (const command of COMMANDS) expect(forms.filter((f) => f?.startsWith(`\`tuopin ${command} `) || f === `\`tuopin ${command}\``).length).toBeGreaterThan(0);
  });

  for (const command of COMMANDS) {
    it(`names every option of tuopin ${command}'s usage`, () => {
      const help = helpText('0', command);
      const usage = help.slice(0, help.indexOf('Options'));
      const options = [...new Set([...usage.matchAll(/(?<![\w-])(--[a-z][a-z-]*[a-z])(?![\w-])/g)].map((m) => m[1] as string))];
      const text = rows.filter((r) => r.startsWith(`| \`tuopin ${command}`)).join('\n');
      const absent = options.filter((o) => !new RegExp(`(?<![\\w-])${o}(?![\\w-])`).test(text));
      expect(absent).toEqual([]);
    });
  }
});
