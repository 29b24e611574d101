import { describe, expect, it } from 'vitest';
import { assessHousehold } from '../../src/index';
import { household } from './fixtures';

// The per-capita disagreement: |recorded × members − components| > members (in fen), on either
// side, with the reason's evidence and both messages.

const income = (perCapita: number) =>
  assessHousehold(household({ income: { year: 2020, wage: 12000.03, perCapita } }), { asOf: '2020-12-31' }).checks.income;

describe('income: the register’s per-capita figure against the components', () => {
  it('says so when the recorded figure is above the components by more than a fen a head', () => {
    // 12,000.03 for 3 persons; 4,000.03 × 3 = 12,000.09: 6 fen over 3 persons.
    const above = income(4000.03);
    expect(above.status).toBe('met');
    expect(above.reasons.map((r) => r.code)).toEqual(['income/above-line', 'income/per-capita-disagrees']);
    expect(above.reasons[1]?.evidence).toEqual({ year: 2020, members: 3, perCapitaYuan: 4000.03, componentsPerCapitaYuan: 4000.01, used: 'components' });
    expect([above.reasons[1]?.message['zh-CN'], above.reasons[1]?.message.en]).toEqual([
      '2020 年登记人均纯收入 4000.03 元与收入分项折算的人均约 4000.01 元（3 人）相差超过 1 分，按收入分项判定',
      "the registered per-capita income for 2020 of 4000.03 yuan differs by more than a fen from the components' figure of about 4000.01 yuan (3 persons): decided by the components",
    ]);
    expect(income(5000).reasons.map((r) => r.code)).toEqual(['income/above-line', 'income/per-capita-disagrees']);
  });

  it('is silent within a fen a head on either side, and at the same figure', () => {
    // 4,000.02 × 3 = 12,000.06 (3 fen over), 4,000.00 × 3 = 12,000.00 (3 fen under), 4,000.01 × 3 = 12,000.03.
    for (const perCapita of [4000.02, 4000, 4000.01]) expect(income(perCapita).reasons.map((r) => r.code)).toEqual(['income/above-line']);
    expect(income(3999.99).reasons.map((r) => r.code)).toEqual(['income/above-line', 'income/per-capita-disagrees']);
  });
});
