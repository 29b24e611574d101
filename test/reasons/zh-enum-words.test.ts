/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { isCatalog, type Catalog, type Evidence, type MessageCatalog, type MessageTemplate } from '../../src/index';
import { VALIDATION_CATALOG } from '../../src/validation/catalog';
import { zodIssueMessage } from '../../src/validation/zod-messages';
import { SAMPLES } from './samples';

// Issue 11: a zh-CN message names every enum value in Chinese (户主、配偶…, never "head"|"spouse").
// Every catalog under src/ is rendered in zh-CN from its sample evidence, and the text must not
// hold an option of any enum of the exported zod schemas as a word of its own. A value quoted as
// JSON ("…") is the caller's own input echoed back and is left out; so are one-letter options
// (the housing grades A–D are written so in Chinese too).
const modules = import.meta.glob<Record<string, unknown>>(['../../src/**/*.ts', '!../../src/node/bin.ts'], { eager: true });

interface ZodLike {
  readonly _zod: { readonly def: Record<string, unknown> };
}
const isZod = (v: unknown): v is ZodLike => typeof v === 'object' && v !== null && '_zod' in v && typeof (v as ZodLike)._zod?.def === 'object';

/** Every enum reachable from a schema, as its option list. */
const enums = new Map<string, readonly string[]>();

/** Every option of every enum reachable from a schema, with the export it came from. */
function enumOptions(): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<unknown>();
  const walk = (value: unknown, from: string, depth: number): void => {
    if (depth > 40 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (isZod(value)) {
      const def = value._zod.def;
      if (def.type === 'enum') {
        const values = Object.values(def.entries as Record<string, unknown>).filter((o): o is string => typeof o === 'string');
        for (const option of values) if (!found.has(option)) found.set(option, from);
        if (values.length > 0) enums.set(values.join('|'), values);
      }
      for (const [key, inner] of Object.entries(def)) {
        if (key === 'entries') continue;
        if (key === 'getter' && typeof inner === 'function') walk((inner as () => unknown)(), from, depth + 1);
        else walk(inner, from, depth + 1);
      }
      return;
    }
    for (const inner of Array.isArray(value) ? value : Object.values(value)) walk(inner, from, depth + 1);
  };
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) if (isZod(value)) walk(value, `${name} (${file.replace('../../', '')})`, 0);
  }
  return found;
}

function isTemplateMap(value: unknown): value is MessageCatalog {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((t) => t !== null && typeof t === 'object' && typeof (t as MessageTemplate)['zh-CN'] === 'function');
}

function catalogs(): { name: string; templates: MessageCatalog }[] {
  const byTemplates = new Map<object, { name: string; templates: MessageCatalog }>();
  for (const exports of Object.values(modules)) {
    for (const value of Object.values(exports)) if (isCatalog(value)) byTemplates.set((value as Catalog).templates, { name: (value as Catalog).name, templates: (value as Catalog).templates });
  }
  for (const exports of Object.values(modules)) {
    for (const [name, value] of Object.entries(exports)) if (isTemplateMap(value) && !byTemplates.has(value)) byTemplates.set(value, { name, templates: value });
  }
  return [...byTemplates.values()];
}

/** Words a message quotes as command-line syntax, which the user types as they are. */
const SYNTAX: Readonly<Record<string, readonly string[]>> = { 'usage/target': ['bazi'] };

const options = enumOptions();
const words = [...options.keys()].filter((o) => o.length > 1 && /[a-z]/i.test(o));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = new RegExp(`(?<![A-Za-z0-9_./-])(?:${words.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9_/-])`, 'g');

describe('zh-CN messages name enum values in Chinese', () => {
  it('collects the enum options of the schemas (the walk itself works)', () => {
    for (const option of ['head', 'spouse', 'male', 'rectifying', 'bazi', 'identified', 'tea']) expect(options.has(option), option).toBe(true);
  });

  it('a value outside an enum is refused in Chinese words (期望 户主、配偶…之一)', () => {
    const leaks: string[] = [];
    for (const values of enums.values()) {
      const found = zodIssueMessage({ code: 'invalid_value', values, path: [], message: '', input: 'x' } as never);
      expect(found?.key).toBe('zod/invalid-option');
      const text = VALIDATION_CATALOG.render('zod/invalid-option', found?.evidence ?? {}, 'zh-CN');
      for (const match of text.matchAll(pattern)) leaks.push(`«${match[0]}» in «${text}»`);
    }
    expect(leaks).toEqual([]);
  });

  for (const catalog of catalogs()) {
    it(`${catalog.name}: no English enum identifier in a zh-CN message`, () => {
      const leaks: string[] = [];
      for (const [code, template] of Object.entries(catalog.templates)) {
        const given = SAMPLES[catalog.name]?.[code] ?? {};
        for (const sample of (Array.isArray(given) ? given : [given]) as Evidence[]) {
          const text = template['zh-CN'](sample).replace(/"[^"]*"/g, '""');
          for (const match of text.matchAll(pattern)) {
            if (!SYNTAX[code]?.includes(match[0])) leaks.push(`${code}: «${match[0]}» (${options.get(match[0])}) in «${text}»`);
          }
        }
      }
      expect(leaks).toEqual([]);
    });
  }
});
