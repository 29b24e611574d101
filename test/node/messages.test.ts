import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/reasons/types';
import { NODE_CATALOG, NODE_MESSAGES, printable } from '../../src/node/messages';
import type { Evidence } from '../../src/reasons/types';
import { isCatalog } from '../../src/reasons/define-catalog';
import { SAMPLES } from '../reasons/samples';

// The sample evidence of the catalog parity test (test/reasons/samples.ts): a template reading a
// key not given there renders "undefined", which the test catches.
const SAMPLE = SAMPLES.node?.['read/empty'] as Evidence;

describe('NODE_MESSAGES', () => {
  it('renders every code in every locale from the sample evidence, with no empty placeholder', () => {
    for (const [code, template] of Object.entries(NODE_MESSAGES)) {
      for (const locale of LOCALES) {
        const text = template[locale](SAMPLE);
        expect(text, `${code} ${locale}`).not.toMatch(/undefined|null|\(\)|（）|\s{2,}/);
        expect(text.length, `${code} ${locale}`).toBeGreaterThan(3);
      }
    }
  });

  it('is a catalog made by defineCatalog, whose templates NODE_MESSAGES are', () => {
    expect(isCatalog(NODE_CATALOG)).toBe(true);
    expect(NODE_CATALOG.templates).toBe(NODE_MESSAGES);
    expect(NODE_CATALOG.has('read/plan-invalid')).toBe(true);
    expect(NODE_CATALOG.render('read/cannot-read', { reason: 'EACCES' }, 'zh-CN')).toBe('无法读取文件（EACCES）');
  });

  it('keeps the Chinese and English messages apart: Chinese has Han characters', () => {
    for (const [code, template] of Object.entries(NODE_MESSAGES)) {
      expect(/\p{Script=Han}/u.test(template['zh-CN'](SAMPLE)), code).toBe(true);
    }
  });
});

describe('printable', () => {
  it('escapes control, bidi and line-break characters and cuts long text', () => {
    expect(printable('\u001b[31mH1\r\n\u202eX')).toBe('\\u001b[31mH1\\r\\n\\u202eX');
    expect(printable('a'.repeat(10), 5)).toBe('aaaa…');
  });
});
