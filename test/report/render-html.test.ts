import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/render-html';
import { reportModel } from '../../src/report/report-model';
import { ID_AS_HOUSEHOLD_ID, input, PERSON } from './fixtures';

/** The value at a dotted path of the model. */
function at(model: unknown, path: string): unknown {
  let value: unknown = model;
  for (const key of path.split('.')) value = key === 'length' && Array.isArray(value) ? value.length : (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

describe('renderReportHtml', () => {
  const model = reportModel(input);
  const html = renderReportHtml(model, { chartScript: '/* chart library */ window.echarts = {};', version: '9.9.9' });

  it('gives every village a section its cell links to', () => {
    for (const v of model.villages) {
      expect(html).toContain(`id="${v.anchor}"`);
      expect(html).toContain(`href="#${v.anchor}"`);
    }
  });

  it('marks every figure with a model path that exists, and shows the model text of every rate', () => {
    const fields = [...html.matchAll(/data-field="([^"]+)"( data-rate="true")?>([^<]*)</g)];
    expect(fields.length).toBeGreaterThan(50);
    for (const [, path, rate, text] of fields) {
      const value = at(model, path!);
      expect(value, path).toBeDefined();
      if (rate !== undefined) expect(text, path).toBe((value as { text: string }).text);
      else if (typeof value === 'number') expect(Number(text!.replaceAll(',', '')), path).toBe(value);
    }
  });

  it('shows ID-number household ids masked and no person or free text', () => {
    expect(html).not.toContain(ID_AS_HOUSEHOLD_ID);
    expect(html).not.toContain(PERSON);
    expect(html).not.toContain('危房未改造');
    expect(html).toContain(model.villages[0]!.nonCompliant.find((h) => h.id.includes('*'))!.id);
  });

  it('inlines the chart library and the chart data, and keeps a closing script tag out of them', () => {
    expect(html).toContain('/* chart library */');
    expect(html).toContain('id="tuopin-charts"');
    const sneaky = renderReportHtml(model, { chartScript: 'var s = "</script><b>";' });
    expect(sneaky).toContain('var s = "<\\/script><b>";');
  });

  it('is Chinese first, with an A4 print stylesheet', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('示例县脱贫攻坚作战图');
  });

  it('says which sections have no input', () => {
    const bare = renderReportHtml(reportModel({ ...input, ledger: undefined, plan: undefined }), { chartScript: '' });
    expect(bare).toContain('未提供台账（--ledger）');
    expect(bare).toContain('未提供产业规划（--plan）');
    expect(bare).toContain('未提供监测数据');
  });
});
