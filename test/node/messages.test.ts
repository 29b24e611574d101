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

describe('read/spreadsheet: what is damaged, in each language', () => {
  // Every SpreadsheetDamage of src/node/xlsx.ts, with the evidence its reader gives.
  const cases: [Evidence, string, string][] = [
    [{ damage: 'part', part: 'xl/styles.xml', library: 'invalid distances set' }, 'xl/styles.xml 已损坏，无法解压；程序库的原始信息：invalid distances set', 'xl/styles.xml is damaged and cannot be inflated; the library says: invalid distances set'],
    [{ damage: 'xml', part: 'xl/workbook.xml', library: 'Unclosed root tag' }, 'xl/workbook.xml 不是合法的 XML；程序库的原始信息：Unclosed root tag', 'xl/workbook.xml is not well-formed XML; the library says: Unclosed root tag'],
    [{ damage: 'xml-depth', part: 'xl/worksheets/sheet1.xml', limit: 64 }, 'xl/worksheets/sheet1.xml 的 XML 嵌套超过 64 层', 'xl/worksheets/sheet1.xml: XML nested more than 64 levels deep'],
    [{ damage: 'not-xlsx', library: 'end of central directory record signature not found' }, '不是 .xlsx 工作簿（无法作为 zip 打开）；程序库的原始信息：end of central directory record signature not found', 'not an .xlsx workbook (cannot be opened as a zip); the library says: end of central directory record signature not found'],
    [{ damage: 'zip-directory', library: 'invalid central directory file header signature' }, 'zip 目录已损坏；程序库的原始信息：invalid central directory file header signature', 'damaged zip directory; the library says: invalid central directory file header signature'],
    [{ damage: 'no-workbook', part: 'xl/workbook.xml' }, '不是 .xlsx 工作簿（缺少 xl/workbook.xml）', 'not an .xlsx workbook (no xl/workbook.xml)'],
    [{ damage: 'legacy', library: 'Unsupported file 12' }, 'SheetJS 无法解析该文件；程序库的原始信息：Unsupported file 12', 'SheetJS cannot parse the file; the library says: Unsupported file 12'],
    [{ damage: 'legacy-timeout', seconds: 30 }, 'SheetJS 未在 30 秒内读完（文件可能已损坏）', 'SheetJS did not finish within 30 s (a damaged file?)'],
    [{ damage: 'legacy-failed', library: 'RangeError' }, 'SheetJS 读取时出错；程序库的原始信息：RangeError', 'SheetJS failed while reading; the library says: RangeError'],
    [{ damage: 'legacy-exit', exit: 1 }, 'SheetJS 读取线程意外退出（退出码 1）', 'the SheetJS reading thread stopped (exit code 1)'],
    [{ damage: 'constructor' }, '文件已损坏', 'the file is damaged'],
  ];
  for (const [evidence, zh, en] of cases) {
    it(`words ${String(evidence.damage)}`, () => {
      expect(NODE_CATALOG.message('read/spreadsheet', evidence)).toEqual({ 'zh-CN': `无法读取电子表格（${zh}）`, en: `unreadable spreadsheet (${en})` });
    });
  }

  it('keeps English out of the Chinese message except the library’s own quoted words', () => {
    for (const [{ library: _library, ...evidence }] of cases) {
      const words = NODE_CATALOG.message('read/spreadsheet', evidence)['zh-CN'].replace(/xl\/[\w/.]+|\.xlsx|SheetJS|zip|XML/g, '');
      expect(words, String(evidence.damage)).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
