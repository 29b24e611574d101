import { describe, expect, it } from 'vitest';
import { EIGHT_ELEMENTS, elementGaps, type Elements } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { plan } from './fixtures';

const allDone: Elements = Object.fromEntries(EIGHT_ELEMENTS.map(({ key }) => [key, { status: 'done' }]));

describe('elementGaps', () => {
  it('lists all eight as missing, in canonical order, when the plan has no elements', () => {
    expect(elementGaps(plan())).toEqual([
      { key: 'industryChoice', zh: '产业选择', en: 'industry choice', status: 'missing' },
      { key: 'farmerTraining', zh: '培训农民', en: 'farmer training', status: 'missing' },
      { key: 'technicalService', zh: '技术服务', en: 'technical service', status: 'missing' },
      { key: 'funding', zh: '资金筹措', en: 'funding', status: 'missing' },
      { key: 'organisation', zh: '组织方式', en: 'organisation', status: 'missing' },
      { key: 'marketLinkage', zh: '产销对接', en: 'market linkage', status: 'missing' },
      { key: 'benefitLinkage', zh: '利益联结', en: 'benefit linkage', status: 'missing' },
      { key: 'partyBuilding', zh: '基层党建', en: 'grassroots Party building', status: 'missing' },
    ]);
  });

  it('is empty when all eight are done', () => {
    expect(elementGaps(plan({ elements: allDone }))).toEqual([]);
  });

  it('keeps the canonical order whatever the order of the record, counts a left-out element as missing, and keeps notes', () => {
    const elements: Elements = {
      partyBuilding: { status: 'partial', note: '党支部领办合作社 2 个' },
      benefitLinkage: { status: 'done' },
      funding: { status: 'missing', note: '缺口 200 万元' },
      industryChoice: { status: 'done' },
      marketLinkage: { status: 'partial' },
      farmerTraining: { status: 'done' },
      technicalService: { status: 'done' },
      // organisation left out
    };
    expect(elementGaps(plan({ elements }))).toEqual([
      { key: 'funding', zh: '资金筹措', en: 'funding', status: 'missing', note: '缺口 200 万元' },
      { key: 'organisation', zh: '组织方式', en: 'organisation', status: 'missing' },
      { key: 'marketLinkage', zh: '产销对接', en: 'market linkage', status: 'partial' },
      { key: 'partyBuilding', zh: '基层党建', en: 'grassroots Party building', status: 'partial', note: '党支部领办合作社 2 个' },
    ]);
  });

  it('does not mutate its input', () => {
    expectNoMutation(plan({ elements: { funding: { status: 'partial' } } }), (input) => elementGaps(input));
  });
});
