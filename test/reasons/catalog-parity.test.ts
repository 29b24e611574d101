/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { isCatalog, LOCALES, type Catalog, type Evidence, type MessageCatalog, type MessageTemplate } from '../../src/index';
import { SAMPLES } from './samples';

// Every catalog of the library, found by walking the exports of every module under src/ (so a
// catalog added anywhere is checked without being listed here). A bare template map in the
// catalog form (`{ code: { 'zh-CN': fn, en: fn } }`) counts too, under its export name.
const modules = import.meta.glob<Record<string, unknown>>(['../../src/**/*.ts', '!../../src/node/bin.ts'], { eager: true });

function isTemplateMap(value: unknown): value is MessageCatalog {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return (
    entries.length > 0 &&
    entries.every((t) => t !== null && typeof t === 'object' && typeof (t as MessageTemplate)['zh-CN'] === 'function' && typeof (t as MessageTemplate).en === 'function')
  );
}

interface Found {
  readonly name: string;
  readonly templates: MessageCatalog;
}

function allCatalogs(): Found[] {
  const byTemplates = new Map<object, Found>();
  for (const exports of Object.values(modules)) {
    for (const [exportName, value] of Object.entries(exports)) {
      if (isCatalog(value)) byTemplates.set((value as Catalog).templates, { name: (value as Catalog).name, templates: (value as Catalog).templates });
    }
  }
  for (const exports of Object.values(modules)) {
    for (const [exportName, value] of Object.entries(exports)) {
      if (isTemplateMap(value) && !byTemplates.has(value)) byTemplates.set(value, { name: exportName, templates: value });
    }
  }
  return [...byTemplates.values()];
}

const CJK = /[\u3400-\u9fff]/;
/** Empty slots: a doubled space, empty brackets or quotes, a dangling colon, an empty list item. */
const EMPTY_SLOT = /\s{2}|（\s*）|\(\s*\)|「\s*」|“\s*”|\[\s*\]|[：:]\s*$|[：:]\s*[，,；;）)]|，\s*，|,\s*,/;
const UNFILLED = /undefined|NaN|\[object |\bnull\b|\$\{/;

/** Renders a template with an evidence that records which keys it reads. */
function renderTracked(render: (e: Evidence) => string, sample: Evidence): { text: string; read: Set<string> } {
  const read = new Set<string>();
  const tracked = new Proxy(sample, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.has(target, key);
    },
  });
  return { text: render(tracked), read };
}

const catalogs = allCatalogs();

describe('message catalogs', () => {
  it('are found under src/ (the walk itself works)', () => {
    const names = catalogs.map((c) => c.name);
    for (const expected of ['household', 'industry', 'ledger', 'region', 'node']) expect(names).toContain(expected);
  });

  for (const catalog of catalogs) {
    describe(catalog.name, () => {
      it('has no sample for a code it lacks', () => {
        const samples = SAMPLES[catalog.name] ?? {};
        expect(Object.keys(samples).filter((code) => catalog.templates[code] === undefined)).toEqual([]);
      });

      for (const [code, template] of Object.entries(catalog.templates)) {
        it(`${code}: every placeholder is filled in ${LOCALES.join(' and ')}`, () => {
          // A code without a sample is rendered from `{}`: a template reading any key then
          // fails below, naming the keys to give in test/reasons/samples.ts.
          const given = SAMPLES[catalog.name]?.[code] ?? {};
          const samples: readonly Evidence[] = Array.isArray(given) ? given : [given as Evidence];
          for (const sample of samples) {
            for (const locale of LOCALES) {
              const { text, read } = renderTracked(template[locale], sample);
              const absent = [...read].filter((key) => !(key in sample) && key !== 'toJSON' && key !== 'constructor');
              expect(absent, `${code} (${locale}) reads keys its sample lacks: add them under '${catalog.name}' in test/reasons/samples.ts`).toEqual([]);
              expect(text.trim(), `${code} (${locale}) is empty`).not.toBe('');
              expect(text, `${code} (${locale}) has an unfilled placeholder`).not.toMatch(UNFILLED);
              expect(text, `${code} (${locale}) has an empty slot`).not.toMatch(EMPTY_SLOT);
              // English may quote a Chinese term (亩, 三率一度); Chinese must be Chinese.
              if (locale === 'zh-CN') expect(text, `${code} is not in Chinese`).toMatch(CJK);
            }
          }
        });
      }
    });
  }
});
