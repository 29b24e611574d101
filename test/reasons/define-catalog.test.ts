import { describe, expect, it } from 'vitest';
import { defineCatalog, formatReason, isCatalog, isLazyReason, makeReason, plainReason, TuopinError, type MessageCatalog } from '../../src/index';

function counted() {
  const calls = { zh: 0, en: 0 };
  const templates = {
    'demo/above': {
      'zh-CN': (e) => {
        calls.zh++;
        return `人均 ${String(e.perCapita)} 元，高于 ${String(e.line)} 元`;
      },
      en: (e) => {
        calls.en++;
        return `${String(e.perCapita)} yuan per person, above ${String(e.line)}`;
      },
    },
    'demo/none': { 'zh-CN': () => '无', en: () => 'none' },
  } satisfies MessageCatalog;
  return { calls, catalog: defineCatalog('demo', templates) };
}

const evidence = { perCapita: 4100, line: 4000 };
const message = { 'zh-CN': '人均 4100 元，高于 4000 元', en: '4100 yuan per person, above 4000' };

describe('defineCatalog', () => {
  it('lists the codes and tells its codes apart', () => {
    const { catalog } = counted();
    expect(catalog.name).toBe('demo');
    expect(catalog.codes).toEqual(['demo/above', 'demo/none']);
    expect(catalog.has('demo/none')).toBe(true);
    expect(catalog.has('demo/other')).toBe(false);
    expect(isCatalog(catalog)).toBe(true);
    expect(isCatalog(catalog.templates)).toBe(false);
    expect(Object.isFrozen(catalog)).toBe(true);
  });

  it('renders nothing until the message is read, then both locales once', () => {
    const { calls, catalog } = counted();
    const r = catalog.reason('demo/above', ['income'], evidence);
    expect(calls).toEqual({ zh: 0, en: 0 });
    expect(r.code).toBe('demo/above');
    expect(r.path).toEqual(['income']);
    expect(r.evidence).toBe(evidence);
    expect(calls).toEqual({ zh: 0, en: 0 });
    expect(r.message).toEqual(message);
    expect(r.message).toBe(r.message);
    expect(calls).toEqual({ zh: 1, en: 1 });
  });

  it('formatReason renders only the locale asked for', () => {
    const { calls, catalog } = counted();
    const r = catalog.reason('demo/above', ['income'], evidence);
    expect(formatReason(r, 'en')).toBe(message.en);
    expect(calls).toEqual({ zh: 0, en: 1 });
    expect(formatReason(r)).toBe(message['zh-CN']);
    expect(formatReason({ code: 'x', path: [], evidence: {}, message: { 'zh-CN': '甲', en: 'a' } }, 'en')).toBe('a');
  });

  it('JSON.stringify carries the message in zh-CN and en', () => {
    const { catalog } = counted();
    const r = catalog.reason('demo/above', ['income'], evidence);
    expect(JSON.parse(JSON.stringify({ reasons: [r] }))).toEqual({
      reasons: [{ code: 'demo/above', path: ['income'], evidence, message }],
    });
  });

  it('spread and structuredClone copy code, path and evidence but not the on-demand message', () => {
    const { catalog } = counted();
    const r = catalog.reason('demo/above', ['income'], evidence);
    expect(Object.keys(r)).toEqual(['code', 'path', 'evidence']);
    expect({ ...r }).toStrictEqual({ code: 'demo/above', path: ['income'], evidence });
    expect(structuredClone(r)).toStrictEqual({ code: 'demo/above', path: ['income'], evidence });
    expect(structuredClone(plainReason(r))).toStrictEqual({ code: 'demo/above', path: ['income'], evidence, message });
    expect(r).toMatchObject({ code: 'demo/above', message });
  });

  it('plainReason gives a plain object with both locales', () => {
    const { catalog } = counted();
    const p = plainReason(catalog.reason('demo/none', ['x']));
    expect(p).toStrictEqual({ code: 'demo/none', path: ['x'], evidence: {}, message: { 'zh-CN': '无', en: 'none' } });
    expect(isLazyReason(p)).toBe(false);
  });

  it('renders one code without building a reason', () => {
    const { catalog } = counted();
    expect(catalog.render('demo/above', evidence, 'zh-CN')).toBe(message['zh-CN']);
    expect(catalog.render('demo/above', evidence, 'en')).toBe(message.en);
  });

  it('renders every locale of one code at once, as a reason’s message would read', () => {
    const { catalog } = counted();
    expect(catalog.message('demo/above', evidence)).toEqual(message);
    expect(catalog.message('demo/none')).toEqual({ 'zh-CN': '无', en: 'none' });
  });

  it('keeps a message readable on a frozen reason', () => {
    const { catalog } = counted();
    const r = Object.freeze(catalog.reason('demo/above', [], evidence));
    expect(r.message.en).toBe(message.en);
  });

  it('throws a named error for an unknown code or an incomplete template', () => {
    const { catalog } = counted();
    expect(() => catalog.reason('demo/missing' as 'demo/none', [])).toThrow(/^tuopin: reason\/unknown-code/);
    expect(() => defineCatalog('bad', { 'bad/x': { 'zh-CN': () => '甲' } } as unknown as MessageCatalog)).toThrow(TuopinError);
    expect(() => defineCatalog('bad', { 'bad/x': { 'zh-CN': () => '甲' } } as unknown as MessageCatalog)).toThrow(
      /^tuopin: reason\/invalid-catalog/,
    );
  });

  it('makeReason accepts a catalog or a bare template map', () => {
    const { catalog } = counted();
    const a = makeReason(catalog, 'demo/above', ['income'], evidence);
    const b = makeReason(catalog.templates, 'demo/above', ['income'], evidence);
    expect(plainReason(a)).toEqual(plainReason(b));
    expect(isLazyReason(b)).toBe(true);
  });
});
