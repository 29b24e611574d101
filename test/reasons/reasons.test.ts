import { describe, expect, it } from 'vitest';
import { combineStatuses, LOCALES, makeReason, TuopinError, type MessageCatalog } from '../../src/index';

const catalog = {
  'demo/above': {
    'zh-CN': (e) => `人均 ${String(e.perCapita)} 元，高于 ${String(e.line)} 元`,
    en: (e) => `${String(e.perCapita)} yuan per person, above ${String(e.line)}`,
  },
} satisfies MessageCatalog;

describe('makeReason', () => {
  it('renders the message in every locale from the evidence', () => {
    expect(makeReason(catalog, 'demo/above', ['income'], { perCapita: 4100, line: 4000 })).toEqual({
      code: 'demo/above',
      path: ['income'],
      evidence: { perCapita: 4100, line: 4000 },
      message: { 'zh-CN': '人均 4100 元，高于 4000 元', en: '4100 yuan per person, above 4000' },
    });
    expect(LOCALES).toEqual(['zh-CN', 'en']);
  });

  it('throws a named error for a code not in the catalog', () => {
    expect(() => makeReason(catalog, 'demo/missing' as 'demo/above', [])).toThrow(TuopinError);
    expect(() => makeReason(catalog, 'demo/missing' as 'demo/above', [])).toThrow(/^tuopin: reason\/unknown-code/);
  });
});

describe('combineStatuses', () => {
  it('gives unmet over unknown over met', () => {
    expect(combineStatuses([])).toBe('met');
    expect(combineStatuses(['met', 'met'])).toBe('met');
    expect(combineStatuses(['met', 'unknown', 'met'])).toBe('unknown');
    expect(combineStatuses(['unknown', 'unmet', 'met'])).toBe('unmet');
  });
});
