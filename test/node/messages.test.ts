import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/reasons/types';
import { NODE_MESSAGES, printable } from '../../src/node/messages';

// Sample evidence with every key the templates read; a template that reads a key not given here
// renders "undefined" or an empty slot, which the test catches.
const SAMPLE = {
  reason: 'EACCES',
  encoding: 'gb18030',
  columns: ['身份证号 (idNumber)'],
  headerRow: '2–3',
  unknown: ['备注'],
  missing: ['残疾等级 (disabilityGrade)'],
  row: 7,
  detail: 'syntax error',
  offset: 12,
  part: 'xl/worksheets/sheet1.xml',
  limitMiB: 512,
  ref: 'FXSHRXW3',
  sheet: '户表',
  sheets: ['说明', '户表'],
  format: '.xls',
  name: 'TypeError',
  element: false,
  limit: 1048576,
  column: '户状态',
  key: 'status',
  first: 4,
  count: 3,
  rows: '2–3',
  command: 'assess',
  allowed: ['table', 'json'],
  value: 'x',
};

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
