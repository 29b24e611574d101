import type { IndustryPlan, Planting, Zone } from '../../src/index';

/** The worked example of issue 4: 600 亩; 400 亩 maize at 1,200 yuan/亩, 200 亩 vegetables at 9,000. */
export const workedExample: Zone = {
  id: 'Z1',
  name: '示例坝区',
  kind: 'bazi',
  areaMu: 600,
  plantings: [
    { crop: '玉米', industry: 'grain', areaMu: 400, outputValuePerMu: 1200, lowValue: true },
    { crop: '蔬菜', industry: 'vegetables', areaMu: 200, outputValuePerMu: 9000 },
  ],
};

/** The worked example with `mu` 亩 moved from maize to vegetables. */
export function workedExampleMoved(mu: number): Zone {
  const plantings: Planting[] = [
    { crop: '玉米', industry: 'grain', areaMu: 400 - mu, outputValuePerMu: 1200, lowValue: true },
    { crop: '蔬菜', industry: 'vegetables', areaMu: 200 + mu, outputValuePerMu: 9000 },
  ];
  return { ...workedExample, plantings };
}

export function plan(overrides: Partial<IndustryPlan> = {}): IndustryPlan {
  return { id: 'PLAN-2020', countyCode: '522601', year: 2020, zones: [], ...overrides };
}

export { thrown } from '../fixtures/thrown';
